package io.translationworkbench.flag;

import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.grammar.MatchKind;
import io.translationworkbench.grammar.SideDensity;
import io.translationworkbench.segment.Sentence;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * LanguageTool's findings on the machine text (grammar, spelling, typography, calques, style,
 * probable names), calibrated by the human baseline: a rule that fires at least as often per 100
 * words on the human text is the house's usage, not an error of the translation, and drops to info.
 * Untranslated words are {@link UntranslatedFlags}' business.
 */
final class GrammarFlags implements FlagRule {
  private final boolean calibrate;

  GrammarFlags(boolean calibrate) {
    this.calibrate = calibrate;
  }

  @Override
  public void apply(Flagger.Input in, FlagContext out) {
    Map<String, int[]> perRule = new HashMap<>();
    for (GrammarMatch m : in.matches()) {
      if (countsForCalibration(m)) {
        perRule.computeIfAbsent(key(m), k -> new int[2])[m.side() == Side.MACHINE ? 0 : 1]++;
      }
    }
    for (GrammarMatch m : in.matches()) {
      if (m.side() != Side.MACHINE || m.kind() == MatchKind.UNTRANSLATED) {
        continue;
      }
      Sentence s = out.machine(m.sentenceId());
      Severity severity = m.severity();
      Map<String, String> ev = new LinkedHashMap<>();
      ev.put("category", m.category());
      ev.put("issueType", m.issueType());
      String message = m.message();
      int[] counts = perRule.get(key(m));
      if (calibrate && counts != null && counts[1] > 0 && severity != Severity.INFO) {
        double machineRate = SideDensity.rate(counts[0], in.machineWords());
        double humanRate = SideDensity.rate(counts[1], in.humanWords());
        ev.put("machinePer100Words", FlagContext.fmt(machineRate));
        ev.put("humanPer100Words", FlagContext.fmt(humanRate));
        if (humanRate >= machineRate) {
          severity = Severity.INFO;
          message +=
              " (This rule fires as often on the human baseline: house style, not a translation error.)";
        }
      }
      out.add(
          FlagKind.valueOf(m.kind().name()),
          severity,
          m.fullRuleId(),
          s,
          m.span(),
          m.matchedText(),
          message,
          m.suggestions(),
          ev,
          m.countsAsFinding());
    }
  }

  /**
   * Only real findings calibrate: a probable name or a word of another language on the human side
   * says nothing about how often the house misspells ("16-year-old" must not become house style
   * because the human text has names the speller does not know).
   */
  private static boolean countsForCalibration(GrammarMatch m) {
    return m.kind() != MatchKind.PROBABLE_NAME && m.kind() != MatchKind.UNTRANSLATED;
  }

  private static String key(GrammarMatch m) {
    return m.ruleId() + "|" + m.kind();
  }
}
