package io.translationworkbench.review;

import io.translationworkbench.flag.Flag;
import java.util.Objects;

/**
 * A flag with its review state: the one view of a flag that reports, SARIF, the interactive review
 * and the gate share.
 *
 * @param flag the flag as the pipeline produced it
 * @param state open, confirmed or dismissed
 * @param decision the decision that set the state, or null when open
 */
public record ReviewedFlag(Flag flag, FlagState state, ReviewDecision decision) {
  public ReviewedFlag {
    Objects.requireNonNull(flag, "flag");
    Objects.requireNonNull(state, "state");
    if ((decision == null) != (state == FlagState.OPEN)) {
      throw new IllegalArgumentException("state " + state + " does not match decision " + decision);
    }
    if (decision != null && decision.decision().state() != state) {
      throw new IllegalArgumentException(
          "state " + state + " contradicts decision " + decision.decision());
    }
    if (decision != null && !decision.fingerprint().equals(flag.fingerprint())) {
      throw new IllegalArgumentException("decision is for another flag: " + decision.fingerprint());
    }
  }

  /** An undecided flag. */
  public static ReviewedFlag open(Flag flag) {
    return new ReviewedFlag(flag, FlagState.OPEN, null);
  }

  /** The flag's fingerprint. */
  public String fingerprint() {
    return flag.fingerprint();
  }

  /** The reviewer's note, empty when none. */
  public String note() {
    return decision == null ? "" : decision.note();
  }
}
