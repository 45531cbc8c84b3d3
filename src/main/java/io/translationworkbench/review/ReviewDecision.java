package io.translationworkbench.review;

import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One reviewer's decision on one flag, with what the flag looked like when it was taken so that a
 * decision whose flag has gone (its sentence changed) can be reported as stale instead of being
 * applied silently.
 *
 * @param fingerprint the decided flag's fingerprint
 * @param decision confirmed or dismissed
 * @param reviewer who decided
 * @param date ISO date of the decision ({@code 2025-01-31})
 * @param note free text, empty when none
 * @param kind the flag's kind at decision time
 * @param ruleId the flag's rule id at decision time
 * @param matchedText the flagged text at decision time
 * @param sentence the machine sentence at decision time, or null for document-level flags
 */
public record ReviewDecision(
    String fingerprint,
    Decision decision,
    String reviewer,
    String date,
    String note,
    FlagKind kind,
    String ruleId,
    String matchedText,
    String sentence) {
  public ReviewDecision {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ruleId, "ruleId");
    if (fingerprint.isBlank()) {
      throw new IllegalArgumentException("blank fingerprint");
    }
    reviewer = Attribution.reviewer(reviewer);
    date = Attribution.isoDate(date);
    note = note == null ? "" : note.strip();
    matchedText = matchedText == null ? "" : matchedText;
  }

  /** A decision on {@code flag} taken now, remembering the flag's kind, rule, text and sentence. */
  public static ReviewDecision of(
      Flag flag, String sentence, Decision decision, String reviewer, LocalDate date, String note) {
    return new ReviewDecision(
        flag.fingerprint(),
        decision,
        reviewer,
        date.toString(),
        note,
        flag.kind(),
        flag.ruleId(),
        flag.matchedText(),
        sentence);
  }

  /** This decision with another note (same verdict, reviewer and date). */
  public ReviewDecision withNote(String newNote) {
    return new ReviewDecision(
        fingerprint, decision, reviewer, date, newNote, kind, ruleId, matchedText, sentence);
  }

  /**
   * Whether {@code flag} is the same finding (kind, rule and text) as the one decided, whatever its
   * fingerprint.
   */
  public boolean sameFindingAs(Flag flag) {
    return kind == flag.kind()
        && ruleId.equals(flag.ruleId())
        && matchedText.equals(flag.matchedText());
  }
}
