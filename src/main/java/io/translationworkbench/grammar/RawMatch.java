package io.translationworkbench.grammar;

import java.util.List;
import java.util.Objects;

/**
 * What LanguageTool said about one span, copied out of its mutable {@code RuleMatch} before any of
 * our filtering: the unit the result cache stores.
 *
 * @param ruleId rule id
 * @param subId sub-id inside a rule group, or null
 * @param category category id
 * @param issueType LanguageTool's issue type
 * @param dictionarySpelling whether the rule is a dictionary-based spelling rule
 * @param message LanguageTool's message
 * @param from start offset in the checked text
 * @param to end offset
 * @param suggestions at most five replacements
 */
public record RawMatch(
    String ruleId,
    String subId,
    String category,
    String issueType,
    boolean dictionarySpelling,
    String message,
    int from,
    int to,
    List<String> suggestions) {
  public RawMatch {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(issueType, "issueType");
    Objects.requireNonNull(message, "message");
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("bad match span " + from + ".." + to);
    }
    suggestions = List.copyOf(suggestions.size() > 5 ? suggestions.subList(0, 5) : suggestions);
  }
}
