package io.translationworkbench.flag;

import static io.translationworkbench.flag.FlagFixtures.anomaly;
import static io.translationworkbench.flag.FlagFixtures.machine;
import static io.translationworkbench.flag.FlagFixtures.match;
import static io.translationworkbench.flag.FlagFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.Span;
import io.translationworkbench.grammar.MatchKind;
import io.translationworkbench.ingest.AnomalyKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Words and paragraphs left in another language in the machine text. */
class UntranslatedFlagsTest {
  // line 1: offsets 0-34 ("deal" at 24-28); line 2 is 35-84
  private static final String MACHINE =
      "Le président a signé le deal hier.\n" + "The government declined to comment on the matter.";
  private static final String ENGLISH = "The government declined to comment on the matter.";
  private static final String HUMAN = "Le président a signé l'accord hier, un deal historique.";

  private static List<Flag> flags(FlagFixtures.InputBuilder b) {
    return run(new UntranslatedFlags(), b.build());
  }

  @Test
  void anUntranslatedWordOnTheMachineSideIsAnErrorOnThatWord() {
    List<Flag> f =
        flags(
            machine(MACHINE)
                .human(HUMAN)
                .matches(
                    match(
                        Side.MACHINE,
                        MACHINE,
                        MatchKind.UNTRANSLATED,
                        Severity.ERROR,
                        "FR_SPELLING_RULE",
                        "deal",
                        "m-1")));
    assertEquals(1, f.size());
    Flag flag = f.get(0);
    assertEquals(FlagKind.UNTRANSLATED, flag.kind());
    assertEquals(Severity.ERROR, flag.severity());
    assertEquals("FR_SPELLING_RULE", flag.ruleId());
    assertEquals("m-1", flag.sentenceId());
    assertEquals(new Span(24, 28, 1, 25, 1, 29), flag.span());
    assertEquals("deal", flag.matchedText());
    assertEquals("Word in another language.", flag.message());
  }

  @Test
  void theMatchSeverityIsKept() {
    List<Flag> f =
        flags(
            machine(MACHINE)
                .matches(
                    match(
                        Side.MACHINE,
                        MACHINE,
                        MatchKind.UNTRANSLATED,
                        Severity.WARNING,
                        "UNTRANSLATED_DE",
                        "deal",
                        "m-1")));
    assertEquals(Severity.WARNING, f.get(0).severity());
  }

  @Test
  void untranslatedWordsOfTheHumanTextGiveNoFlag() {
    List<Flag> f =
        flags(
            machine(MACHINE)
                .human(HUMAN)
                .matches(
                    match(
                        Side.HUMAN,
                        HUMAN,
                        MatchKind.UNTRANSLATED,
                        Severity.ERROR,
                        "FR_SPELLING_RULE",
                        "deal",
                        "h-1")));
    assertTrue(f.isEmpty(), f::toString);
  }

  @Test
  void otherMachineMatchesAreLeftToGrammarFlags() {
    List<Flag> f =
        flags(
            machine(MACHINE)
                .matches(
                    match(
                        Side.MACHINE,
                        MACHINE,
                        MatchKind.SPELLING,
                        Severity.WARNING,
                        "FR_SPELLING_RULE",
                        "deal",
                        "m-1")));
    assertTrue(f.isEmpty(), f::toString);
  }

  @Test
  void aForeignParagraphOfTheMachineTextIsADocumentLevelErrorNamingTheLanguage() {
    List<Flag> f =
        flags(
            machine(MACHINE)
                .anomalies(
                    anomaly(
                        AnomalyKind.FOREIGN_LANGUAGE,
                        Side.MACHINE,
                        MACHINE,
                        ENGLISH,
                        Map.of("language", "en", "probability", "0.99"))));
    assertEquals(1, f.size());
    Flag flag = f.get(0);
    assertEquals(FlagKind.UNTRANSLATED, flag.kind());
    assertEquals(Severity.ERROR, flag.severity());
    assertEquals("untranslated", flag.ruleId());
    assertNull(flag.sentenceId());
    assertEquals(new Span(35, 84, 2, 1, 2, 50), flag.span());
    assertEquals(ENGLISH, flag.matchedText());
    assertTrue(flag.message().contains("English"), flag.message());
    assertEquals("foreign-language", flag.evidence().get("anomaly"));
    assertEquals("en", flag.evidence().get("language"));
  }

  @Test
  void aForeignParagraphOfTheHumanTextGivesNoFlag() {
    String human = "Le président a signé.\nThe government declined to comment on the matter.";
    List<Flag> f =
        flags(
            machine(MACHINE)
                .human(human)
                .anomalies(
                    anomaly(
                        AnomalyKind.FOREIGN_LANGUAGE,
                        Side.HUMAN,
                        human,
                        ENGLISH,
                        Map.of("language", "en"))));
    assertTrue(f.isEmpty(), f::toString);
  }

  @Test
  void otherAnomaliesOfTheMachineTextAreNotUntranslatedText() {
    List<Flag> f =
        flags(
            machine(MACHINE)
                .anomalies(
                    anomaly(AnomalyKind.GLUED_SENTENCES, Side.MACHINE, MACHINE, "hier.", Map.of()),
                    anomaly(
                        AnomalyKind.DUPLICATE_PARAGRAPH, Side.MACHINE, MACHINE, ENGLISH, Map.of()),
                    anomaly(AnomalyKind.CREDIT_LINE, Side.MACHINE, MACHINE, ENGLISH, Map.of())));
    assertTrue(f.isEmpty(), f::toString);
  }
}
