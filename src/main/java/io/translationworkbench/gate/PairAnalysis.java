package io.translationworkbench.gate;

import io.translationworkbench.flag.Flag;
import io.translationworkbench.review.ReviewItem;
import io.translationworkbench.review.ReviewOutcome;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the pipeline found in one pair, as the review and the gate need it (review decisions not yet
 * applied).
 *
 * @param pairId the pair's id (its directory name)
 * @param machineFile the machine text file
 * @param items one per flag: the flag with its sentence, span in the sentence and human match
 * @param machineWords words in the machine text (0 if not counted)
 * @param humanWords words in the human text (0 if not counted)
 * @param machineGrammarMatches LanguageTool matches in the machine text (see {@link GateInput})
 * @param humanGrammarMatches LanguageTool matches in the human text
 * @param documentChrF document chrF (0–100), or null if not measured
 */
public record PairAnalysis(
    String pairId,
    Path machineFile,
    List<ReviewItem> items,
    int machineWords,
    int humanWords,
    int machineGrammarMatches,
    int humanGrammarMatches,
    Double documentChrF) {
  public PairAnalysis {
    Objects.requireNonNull(pairId, "pairId");
    Objects.requireNonNull(machineFile, "machineFile");
    items = List.copyOf(items);
    Set<String> seen = new HashSet<>();
    for (ReviewItem i : items) {
      if (!seen.add(i.flag().fingerprint())) {
        // decisions are keyed by fingerprint: two flags sharing one would share a decision
        throw new IllegalArgumentException(
            "duplicate flag fingerprint " + i.flag().fingerprint() + " in " + pairId);
      }
    }
  }

  /** The flags, in item order. */
  public List<Flag> flags() {
    return items.stream().map(ReviewItem::flag).toList();
  }

  /**
   * The gate's input for this pair, with review states from {@code outcome} and the machine file as
   * SARIF names it.
   */
  public GateInput toGateInput(String machineFileFromRoot, ReviewOutcome outcome) {
    return new GateInput(
        pairId,
        machineFileFromRoot,
        outcome.flags(),
        outcome.stale(),
        machineWords,
        humanWords,
        machineGrammarMatches,
        humanGrammarMatches,
        documentChrF);
  }
}
