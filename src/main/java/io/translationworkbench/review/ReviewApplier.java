package io.translationworkbench.review;

import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies recorded decisions to the current flags by fingerprint. A decision whose fingerprint is
 * not among the flags is stale: it is reported, never carried over to a look-alike flag, because
 * the reviewer judged a sentence that no longer exists.
 */
public final class ReviewApplier {
  private ReviewApplier() {}

  /** Loads {@code pairDir}'s review.json and applies it to {@code flags}. */
  public static ReviewOutcome applyTo(Path pairDir, List<Flag> flags) {
    return apply(flags, ReviewFile.load(ReviewFile.pathIn(pairDir)).decisions());
  }

  /**
   * Each flag with its state (in the given order), plus the stale decisions sorted by fingerprint.
   */
  public static ReviewOutcome apply(List<Flag> flags, Collection<ReviewDecision> decisions) {
    Map<String, ReviewDecision> byFingerprint = new TreeMap<>();
    for (ReviewDecision d : decisions) {
      byFingerprint.put(d.fingerprint(), d);
    }
    List<ReviewedFlag> reviewed = new ArrayList<>(flags.size());
    Set<String> current = new HashSet<>();
    for (Flag f : flags) {
      current.add(f.fingerprint());
      ReviewDecision d = byFingerprint.get(f.fingerprint());
      reviewed.add(d == null ? ReviewedFlag.open(f) : new ReviewedFlag(f, d.decision().state(), d));
    }
    // successors are looked for among undecided flags only, in the one order of flags, so the hint
    // is stable
    List<Flag> undecided = new ArrayList<>();
    for (Flag f : flags) {
      if (!byFingerprint.containsKey(f.fingerprint())) {
        undecided.add(f);
      }
    }
    undecided.sort(FlagOrder.ORDER);
    List<StaleDecision> stale = new ArrayList<>();
    for (ReviewDecision d : byFingerprint.values()) {
      if (current.contains(d.fingerprint())) {
        continue;
      }
      Flag successor = undecided.stream().filter(d::sameFindingAs).findFirst().orElse(null);
      stale.add(
          successor == null
              ? new StaleDecision(d, StaleDecision.Reason.FLAG_GONE, null)
              : new StaleDecision(
                  d, StaleDecision.Reason.SENTENCE_CHANGED, successor.fingerprint()));
    }
    return new ReviewOutcome(reviewed, stale);
  }
}
