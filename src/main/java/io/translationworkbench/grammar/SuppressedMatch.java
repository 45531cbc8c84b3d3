package io.translationworkbench.grammar;

import io.translationworkbench.Side;
import io.translationworkbench.Span;

/**
 * A LanguageTool match we deliberately did not report, kept so the report can say what was left out
 * and why.
 *
 * @param side which text
 * @param ruleId the rule
 * @param span where
 * @param matchedText the text covered
 * @param reason why it was left out ("attested in the other text", "glossary", "typography
 *     profile"…)
 */
public record SuppressedMatch(
    Side side, String ruleId, Span span, String matchedText, String reason) {}
