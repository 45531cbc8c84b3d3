package io.translationworkbench.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.translationworkbench.Severity;
import org.junit.jupiter.api.Test;

/**
 * What a severity means to the reader (issue 8): broken or misleading is an error, an editor's fix
 * a warning, advice info.
 */
class SeverityTest {
  @Test
  void grammarAndUntranslatedWordsAreErrors() {
    assertEquals(Severity.ERROR, GrammarChecker.severityOf(MatchKind.GRAMMAR, "CAT_GRAMMAIRE"));
    assertEquals(Severity.ERROR, GrammarChecker.severityOf(MatchKind.UNTRANSLATED, "TYPOS"));
  }

  @Test
  void calquesSpellingAndTypographyAreWarnings() {
    assertEquals(Severity.WARNING, GrammarChecker.severityOf(MatchKind.CALQUE, "CAT_CALQUES"));
    assertEquals(Severity.WARNING, GrammarChecker.severityOf(MatchKind.SPELLING, "TYPOS"));
    assertEquals(
        Severity.WARNING, GrammarChecker.severityOf(MatchKind.TYPOGRAPHY, "CAT_TYPOGRAPHIE"));
  }

  @Test
  void criticisedUsageAndCommaAdviceNamesAndStyleAreInfo() {
    // "faire des affaires avec" is correct French; LanguageTool's advice on it stays a note
    assertEquals(
        Severity.INFO, GrammarChecker.severityOf(MatchKind.GRAMMAR, "CAT_TOURS_CRITIQUES"));
    assertEquals(
        Severity.INFO, GrammarChecker.severityOf(MatchKind.GRAMMAR, "PONCTUATION_VIRGULE"));
    assertEquals(Severity.INFO, GrammarChecker.severityOf(MatchKind.PROBABLE_NAME, "TYPOS"));
    assertEquals(Severity.INFO, GrammarChecker.severityOf(MatchKind.STYLE, "CAT_STYLE"));
  }
}
