package io.translationworkbench.report;

import io.translationworkbench.gate.RuleResult;

/**
 * How the writers print a rule's threshold ("≤ 0", "≥ 20") and policy numbers, alike in every
 * format.
 */
final class RuleResultText {
  private RuleResultText() {}

  static String threshold(RuleResult r) {
    if (r.threshold() == null) {
      return "none";
    }
    return (r.rule().isMinimum() ? "≥ " : "≤ ") + r.thresholdText();
  }

  static String number(double v) {
    return RuleResult.formatNumber(v);
  }
}
