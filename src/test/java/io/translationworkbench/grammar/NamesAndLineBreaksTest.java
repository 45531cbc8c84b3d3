package io.translationworkbench.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.TestTexts;
import io.translationworkbench.config.GrammarConfig;
import io.translationworkbench.ingest.IngestedText;
import io.translationworkbench.ingest.LanguageIdentifier;
import io.translationworkbench.ingest.StructureAnalyzer;
import io.translationworkbench.segment.Segmenter;
import io.translationworkbench.segment.Sentence;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Causes 3 and 4 of issue 8 on small texts: a name is attested in the other text only with the same
 * case and accents, an unknown capitalised word is judged the same wherever it stands, and a line
 * break ends a paragraph for LanguageTool.
 */
@Tag("languagetool")
class NamesAndLineBreaksTest {
  private static final GrammarChecker CHECKER = new GrammarChecker();

  private static List<GrammarMatch> check(String text, Set<String> otherText) {
    IngestedText doc =
        new StructureAnalyzer(new LanguageIdentifier(), FrenchWords::isKnownFrench)
            .analyze(TestTexts.source(Side.MACHINE, "m.txt", text));
    List<Sentence> sentences = new Segmenter().segment(doc);
    return CHECKER
        .check(
            doc, sentences, GrammarConfig.DEFAULT, new GrammarChecker.Lexicon(Set.of(), otherText))
        .matches();
  }

  private static GrammarMatch on(List<GrammarMatch> matches, String word) {
    return matches.stream()
        .filter(m -> m.matchedText().equals(word))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no match on " + word + ": " + matches));
  }

  @Test
  void aNameWrittenExactlyAsInTheOtherTextIsNotReported() {
    List<GrammarMatch> m = check("Le ministre Kowalczyk est venu hier.", Set.of("Kowalczyk"));
    assertTrue(m.stream().noneMatch(x -> x.matchedText().equals("Kowalczyk")), m.toString());
  }

  @Test
  void aNameWithoutTheAccentsOfTheOtherTextIsASpellingWarningSuggestingThatSpelling() {
    GrammarMatch m =
        on(check("Le ministre Kowalczyk est venu hier.", Set.of("Kowalczýk")), "Kowalczyk");
    assertEquals(MatchKind.SPELLING, m.kind());
    assertEquals(Severity.WARNING, m.severity());
    assertEquals(List.of("Kowalczýk"), m.suggestions());
  }

  @Test
  void aNameInAnotherCaseThanInTheOtherTextIsASpellingWarning() {
    GrammarMatch m =
        on(check("Le ministre kowalczyk est venu hier.", Set.of("Kowalczyk")), "kowalczyk");
    assertEquals(MatchKind.SPELLING, m.kind());
    assertEquals(List.of("Kowalczyk"), m.suggestions());
  }

  @Test
  void aCapitalisedFrenchWordWithoutItsAccentIsASpellingMistakeNotAName() {
    GrammarMatch m = on(check("Le budget de l'Etat a augmenté.", Set.of()), "Etat");
    assertEquals(MatchKind.SPELLING, m.kind());
    assertEquals(Severity.WARNING, m.severity());
    assertTrue(m.suggestions().contains("État"), m.suggestions().toString());
  }

  @Test
  void aGermanNounLeftInTheTextIsAnUntranslatedWordNotAName() {
    // capitalised like a name, but a German common noun (Landkreis: district), wherever it stands
    GrammarMatch inside =
        on(check("Le feu a pris dans le Landkreis de Passau.", Set.of()), "Landkreis");
    GrammarMatch first = on(check("Landkreis de Passau : un feu a pris.", Set.of()), "Landkreis");
    assertEquals(MatchKind.UNTRANSLATED, inside.kind());
    assertEquals(Severity.ERROR, inside.severity());
    assertEquals(List.of(), inside.suggestions());
    assertEquals(MatchKind.UNTRANSLATED, first.kind());
  }

  @Test
  void anEnglishWordLeftInTheTextIsAnUntranslatedWord() {
    GrammarMatch m =
        on(check("La ville a décidé un nouveau lockdown pour tous.", Set.of()), "lockdown");
    assertEquals(MatchKind.UNTRANSLATED, m.kind());
  }

  @Test
  void capitalisedEnglishWordsSideBySideAreANameNotUntranslatedWords() {
    // a product name made of English words; the same word alone in running text is untranslated
    List<GrammarMatch> m = check("Le sac Everyday Backpack coûte cent euros.", Set.of());
    assertEquals(MatchKind.PROBABLE_NAME, on(m, "Everyday").kind());
    assertEquals(MatchKind.PROBABLE_NAME, on(m, "Backpack").kind());
    GrammarMatch alone = on(check("Il a acheté un backpack pour le voyage.", Set.of()), "backpack");
    assertEquals(MatchKind.UNTRANSLATED, alone.kind());
  }

  @Test
  void aWordOfAnotherLanguageAttestedInTheOtherTextIsNotReported() {
    List<GrammarMatch> m = check("Le feu a pris dans le Landkreis de Passau.", Set.of("Landkreis"));
    assertTrue(m.stream().noneMatch(x -> x.matchedText().equals("Landkreis")), m.toString());
  }

  @Test
  void anUnknownCapitalisedWordIsJudgedTheSameAtTheStartOfASentenceAndInside() {
    GrammarMatch first = on(check("Kowalczyk est venu hier.", Set.of()), "Kowalczyk");
    GrammarMatch inside = on(check("Hier, le ministre Kowalczyk est venu.", Set.of()), "Kowalczyk");
    assertEquals(MatchKind.PROBABLE_NAME, first.kind());
    assertEquals(first.kind(), inside.kind());
    assertEquals(first.severity(), inside.severity());
  }

  @Test
  void aLineWithoutFinalPunctuationDoesNotRunIntoTheNextLine() {
    // LanguageTool, given the two lines as one paragraph, reports a capital "Il" after "59"
    // (PRONOMS_PERSONNELS_MINUSCULE); each line checked on its own is clean, and the first line
    // without its final period is a headline, not a missing period (POINT)
    String first = "Le nombre de victimes devient 59";
    String second = "Il a dit que tout allait bien.";
    assertEquals(List.of(), check(first, Set.of()));
    assertEquals(List.of(), check(second, Set.of()));
    List<GrammarMatch> both = check(first + "\n" + second, Set.of());
    assertEquals(List.of(), both);
  }
}
