package io.translationworkbench.review;

import java.util.List;

/**
 * The current flags of a pair with their review states, and the recorded decisions that no longer
 * apply.
 *
 * @param flags every current flag, in the order given, each with its state
 * @param stale decisions whose flag is gone, sorted by fingerprint
 */
public record ReviewOutcome(List<ReviewedFlag> flags, List<StaleDecision> stale) {
  public ReviewOutcome {
    flags = List.copyOf(flags);
    stale = List.copyOf(stale);
  }

  /** The number of flags in {@code state}. */
  public long count(FlagState state) {
    return flags.stream().filter(f -> f.state() == state).count();
  }

  /** Flags standing for a finding that a reviewer dismissed: off the density. */
  public int dismissedFindings() {
    return (int)
        flags.stream().filter(f -> f.flag().finding() && f.state() == FlagState.DISMISSED).count();
  }
}
