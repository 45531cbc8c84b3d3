package io.translationworkbench.grammar;

import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.Span;
import java.util.List;
import java.util.Objects;

/**
 * One LanguageTool finding, converted at the boundary into our own immutable record.
 *
 * @param side which text
 * @param ruleId LanguageTool rule id, e.g. "MOIS"
 * @param subId the rule's sub-id inside a rule group, or null
 * @param category LanguageTool category id, e.g. "CAT_MAJUSCULES"
 * @param issueType LanguageTool's issue type (misspelling, grammar, typographical, style,
 *     uncategorized…)
 * @param kind our classification
 * @param severity our severity before calibration against the baseline
 * @param message LanguageTool's message
 * @param span where (UTF-16 offsets into the text, 1-based line:column)
 * @param matchedText the text covered
 * @param suggestions at most five replacements
 * @param sentenceId the sentence containing the match
 */
public record GrammarMatch(
    Side side,
    String ruleId,
    String subId,
    String category,
    String issueType,
    MatchKind kind,
    Severity severity,
    String message,
    Span span,
    String matchedText,
    List<String> suggestions,
    String sentenceId) {
  public GrammarMatch {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(matchedText, "matchedText");
    suggestions = List.copyOf(suggestions.size() > 5 ? suggestions.subList(0, 5) : suggestions);
  }

  /** Rule id with its sub-id, as LanguageTool prints it: "MOIS[1]". */
  public String fullRuleId() {
    return subId == null ? ruleId : ruleId + "[" + subId + "]";
  }

  /**
   * Whether the match is a finding: counted in the density (every match but a probable name, which
   * is a note).
   */
  public boolean countsAsFinding() {
    return kind != MatchKind.PROBABLE_NAME;
  }
}
