package io.translationworkbench.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.grammar.OtherLanguages.Verdict;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("languagetool")
class OtherLanguagesTest {
  private static Verdict verdict(String word) {
    return OtherLanguages.classify(word, Set.of()).verdict();
  }

  @Test
  void germanNounsAreKnownInTheirOwnCaseOnly() {
    assertTrue(OtherLanguages.isGermanWord("Frust"));
    assertFalse(OtherLanguages.isGermanWord("frust"));
    // a capitalised sentence start is also looked up in lower case
    assertTrue(OtherLanguages.isGermanWord("Ist"));
  }

  @Test
  void englishWordsAreKnownInLowerCaseOrAsWritten() {
    assertTrue(OtherLanguages.isEnglishWord("schedule"));
    assertTrue(OtherLanguages.isEnglishWord("Schedule"));
    assertFalse(OtherLanguages.isEnglishWord("Frust"));
  }

  @Test
  void frenchWordsAreKnownToFrench() {
    assertTrue(FrenchWords.isKnownFrench("maison"));
    assertTrue(FrenchWords.isKnownFrench("aujourd’hui"));
    assertFalse(FrenchWords.isKnownFrench("Frust"));
    assertFalse(FrenchWords.isKnownFrench(""));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    // German common nouns and a German compound no dictionary lists whole
    "Frust, UNTRANSLATED_GERMAN",
    "Nutzer, UNTRANSLATED_GERMAN",
    "Hinserie, UNTRANSLATED_GERMAN",
    "Tabellenkeller, UNTRANSLATED_GERMAN",
    // German common noun that English knows only as a surname: the German reading wins
    "Handy, UNTRANSLATED_GERMAN",
    "Kart-Weltmeisterschaft, UNTRANSLATED_GERMAN",
    "Schedule, UNTRANSLATED_ENGLISH",
    "lockdown, UNTRANSLATED_ENGLISH",
    "maison, KNOWN_FRENCH",
    // names: German proper noun only, English proper noun, unknown everywhere
    "Thüringen, NAME_OR_UNKNOWN",
    "Weinstein, NAME_OR_UNKNOWN",
    "Catterfeld, NAME_OR_UNKNOWN",
    // acronym, inner capital, too short, not a word
    "NASA, NAME_OR_UNKNOWN",
    "TikTok, NAME_OR_UNKNOWN",
    "Hut, NAME_OR_UNKNOWN",
    "PRS_ORG, NAME_OR_UNKNOWN",
  })
  void classification(String word, Verdict expected) {
    assertEquals(expected, verdict(word), () -> OtherLanguages.classify(word, Set.of()).reason());
  }

  @Test
  void namesTheFrenchDictionaryKnowsAreFrench() {
    // Berlin and Paul are in LanguageTool's French dictionary (proper nouns), so never untranslated
    assertEquals(Verdict.KNOWN_FRENCH, verdict("Berlin"));
    assertEquals(Verdict.KNOWN_FRENCH, verdict("Paul"));
  }

  @Test
  void aWordAttestedInTheOtherTextIsANameOrTerm() {
    OtherLanguages.Classification c = OtherLanguages.classify("Frust", Set.of("frust"));
    assertEquals(Verdict.NAME_OR_UNKNOWN, c.verdict());
    assertEquals("attested in the other text of the pair", c.reason());
  }

  @Test
  void compoundVerdictSaysHowTheWordWasSplit() {
    String reason = OtherLanguages.classify("Tabellenkeller", Set.of()).reason();
    // Keller is also a surname (EIG); the reason names its common-noun reading
    assertTrue(reason.startsWith("German compound Tabellen+keller (SUB:"), reason);
  }
}
