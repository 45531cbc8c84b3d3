package io.translationworkbench.flag;

import io.translationworkbench.Severity;
import io.translationworkbench.Span;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One problem in one machine-text sentence that a reviewer may want to look at.
 *
 * @param fingerprint stable id: same across runs and unrelated edits, changes when the sentence's
 *     own text changes
 * @param kind what kind of problem
 * @param severity how serious, after calibration against the human baseline
 * @param ruleId LanguageTool rule id (with sub-id after '[' if any) or our own rule id such as
 *     "low-similarity"
 * @param sentenceId id of the machine sentence the flag belongs to (null for document-level flags)
 * @param span where in the machine text (UTF-16 offsets, 1-based line:column)
 * @param matchedText the text covered by {@code span}
 * @param message what a reviewer should know, in plain words
 * @param suggestions at most five replacement suggestions
 * @param evidence supporting data (scores, rule ids, the human counterpart), sorted by key for
 *     stable output
 * @param finding whether the flag stands for one finding: a LanguageTool match counted in the
 *     density (every match but a probable name); dismissing it takes it off the density
 */
public record Flag(
    String fingerprint,
    FlagKind kind,
    Severity severity,
    String ruleId,
    String sentenceId,
    Span span,
    String matchedText,
    String message,
    List<String> suggestions,
    Map<String, String> evidence,
    boolean finding) {
  public Flag {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
    matchedText = matchedText == null ? "" : matchedText;
    suggestions = List.copyOf(suggestions == null ? List.of() : suggestions);
    if (suggestions.size() > 5) {
      suggestions = suggestions.subList(0, 5);
    }
    evidence = Map.copyOf(evidence == null ? Map.of() : evidence);
  }
}
