package io.translationworkbench.review;

import java.util.Objects;

/**
 * A recorded decision that no current flag matches: reported to the reviewer, never applied.
 *
 * @param decision the recorded decision
 * @param reason why it no longer applies
 * @param successorFingerprint a current, undecided flag with the same kind, rule and text (the same
 *     finding in the edited sentence), or null
 */
public record StaleDecision(ReviewDecision decision, Reason reason, String successorFingerprint) {
  /** Why a decision went stale. */
  public enum Reason {
    /** The same finding is still there but its sentence's text changed, so its fingerprint did. */
    SENTENCE_CHANGED,
    /**
     * No current flag looks like the decided one: the sentence was removed or the rule no longer
     * fires.
     */
    FLAG_GONE
  }

  public StaleDecision {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(reason, "reason");
    if ((reason == Reason.SENTENCE_CHANGED) != (successorFingerprint != null)) {
      throw new IllegalArgumentException("a successor goes with SENTENCE_CHANGED and only with it");
    }
  }

  /** One line for a reviewer: what was decided, on what, and why it is not applied. */
  public String message() {
    String what =
        decision.decision().label()
            + " "
            + decision.kind().id()
            + " flag "
            + decision.ruleId()
            + " on \""
            + decision.matchedText()
            + "\" ("
            + decision.fingerprint()
            + ", "
            + decision.reviewer()
            + ", "
            + decision.date()
            + ")";
    return switch (reason) {
      case SENTENCE_CHANGED ->
          "stale decision: "
              + what
              + ": the sentence changed; the same finding is now flag "
              + successorFingerprint
              + " and needs a new decision";
      case FLAG_GONE ->
          "stale decision: "
              + what
              + ": no such flag any more (sentence edited or removed, or rule no longer fires)";
    };
  }
}
