package io.translationworkbench.flag;

import static io.translationworkbench.flag.FlagFixtures.machine;
import static io.translationworkbench.flag.FlagFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.Severity;
import io.translationworkbench.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Anonymisation placeholders the translation damaged, translated or added. */
class PlaceholderFlagsTest {
  private static final String HUMAN =
      "Le service #PRS_ORG# a répondu à la plainte.\nLe client #NAME# a écrit.";

  private static List<Flag> flags(String machineText) {
    return run(new PlaceholderFlags(), machine(machineText).human(HUMAN).build());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "#PRS_ORG     | #PRS_ORG#",
        "PRS_ORG#     | #PRS_ORG#",
        "# PRS_ORG #  | #PRS_ORG#",
        "'PRS'ORG'    | #PRS_ORG#",
        "#Prs_org#    | #PRS_ORG#",
        "«PRS_ORG»    | #PRS_ORG#",
        "# NAME #     | #NAME#",
      })
  void aDamagedPlaceholderIsAnErrorWithTheWellFormedOneAsSuggestion(
      String damaged, String expected) {
    // "Le service " is 11 characters: the placeholder starts at offset 11, column 12
    List<Flag> f = flags("Le service " + damaged + " a répondu.");
    assertEquals(1, f.size(), f::toString);
    Flag flag = f.get(0);
    assertEquals(FlagKind.PLACEHOLDER, flag.kind());
    assertEquals(Severity.ERROR, flag.severity());
    assertEquals("placeholder", flag.ruleId());
    assertEquals("m-1", flag.sentenceId());
    assertEquals(new Span(11, 11 + damaged.length(), 1, 12, 1, 12 + damaged.length()), flag.span());
    assertEquals(damaged, flag.matchedText());
    assertEquals(List.of(expected), flag.suggestions());
    assertEquals("mangled", flag.evidence().get("problem"));
    assertEquals(expected.replace("#", ""), flag.evidence().get("placeholder"));
    assertTrue(flag.message().contains("damaged"), flag.message());
  }

  @Test
  void theSpanIsAnOffsetIntoTheWholeMachineText() {
    // line 2 starts at 19; "#PRS_ORG" at 11-19 of the sentence
    List<Flag> f = flags("Le client a écrit.\nLe service #PRS_ORG a répondu.");
    assertEquals(1, f.size(), f::toString);
    assertEquals("m-2", f.get(0).sentenceId());
    assertEquals(new Span(30, 38, 2, 12, 2, 20), f.get(0).span());
  }

  @Test
  void aWellFormedPlaceholderAsInTheHumanTextGivesNothing() {
    assertTrue(flags("Le service #PRS_ORG# a répondu.").isEmpty());
    assertTrue(flags("Le service #PRS_ORG# a répondu à #NAME#.").isEmpty());
  }

  @Test
  void aTranslatedPlaceholderIsAnError() {
    List<Flag> f = flags("Le client #NOM# a écrit.");
    assertEquals(1, f.size(), f::toString);
    Flag flag = f.get(0);
    assertEquals(FlagKind.PLACEHOLDER, flag.kind());
    assertEquals(Severity.ERROR, flag.severity());
    assertEquals(new Span(10, 15, 1, 11, 1, 16), flag.span());
    assertEquals("#NOM#", flag.matchedText());
    assertEquals(List.of("#NAME#"), flag.suggestions());
    assertEquals("translated", flag.evidence().get("problem"));
    assertEquals("NAME", flag.evidence().get("placeholder"));
  }

  @Test
  void aWellFormedPlaceholderTheHumanTextLacksIsAWarningWithoutSuggestion() {
    List<Flag> f = flags("Le client a payé #NUMBER# euros.");
    assertEquals(1, f.size(), f::toString);
    Flag flag = f.get(0);
    assertEquals(FlagKind.PLACEHOLDER, flag.kind());
    assertEquals(Severity.WARNING, flag.severity());
    assertEquals("#NUMBER#", flag.matchedText());
    assertEquals(List.of(), flag.suggestions());
    assertEquals("not-in-other-text", flag.evidence().get("problem"));
  }

  @Test
  void aPlaceholderMissingFromTheMachineSentenceHasNoSpanAndNoFlag() {
    // the human text has #PRS_ORG# and #NAME#; this sentence has neither
    assertTrue(flags("Le service a répondu.").isEmpty());
  }

  @Test
  void hashtagsAreNotPlaceholders() {
    assertTrue(flags("Le mot-clé #Wozu circule.").isEmpty());
  }
}
