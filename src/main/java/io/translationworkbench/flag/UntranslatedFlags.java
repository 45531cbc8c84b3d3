package io.translationworkbench.flag;

import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.Texts;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.grammar.MatchKind;
import io.translationworkbench.ingest.Anomaly;
import io.translationworkbench.ingest.AnomalyKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text left in another language: a paragraph the language identifier calls foreign, or a word the
 * French speller does not know and an English or German dictionary does. A reader meets words they
 * cannot read: an error.
 */
final class UntranslatedFlags implements FlagRule {
  @Override
  public void apply(Flagger.Input in, FlagContext out) {
    for (GrammarMatch m : in.matches()) {
      if (m.side() != Side.MACHINE || m.kind() != MatchKind.UNTRANSLATED) {
        continue;
      }
      Map<String, String> ev = new LinkedHashMap<>();
      ev.put("category", m.category());
      ev.put("issueType", m.issueType());
      out.add(
          FlagKind.UNTRANSLATED,
          m.severity(),
          m.fullRuleId(),
          out.machine(m.sentenceId()),
          m.span(),
          m.matchedText(),
          m.message(),
          m.suggestions(),
          ev,
          true);
    }
    for (Anomaly a : in.anomalies()) {
      if (a.side() == Side.MACHINE && a.kind() == AnomalyKind.FOREIGN_LANGUAGE) {
        out.addDocumentLevel(
            FlagKind.UNTRANSLATED,
            Severity.ERROR,
            "untranslated",
            a,
            "Paragraph in "
                + Texts.languageName(a.evidence().getOrDefault("language", "another language"))
                + " inside the French text: untranslated, or a publisher's note to remove or translate.");
      }
    }
  }
}
