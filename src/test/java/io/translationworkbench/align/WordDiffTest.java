package io.translationworkbench.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

  @Test
  void identicalSentencesAreOneEqualStep() {
    List<WordDiffOp> ops = WordDiff.diff("Il pleut à Bruxelles.", "Il pleut à Bruxelles.");
    assertEquals(
        List.of(
            new WordDiffOp(
                WordDiffOp.Kind.EQUAL,
                List.of("Il", "pleut", "à", "Bruxelles", "."),
                List.of("Il", "pleut", "à", "Bruxelles", "."))),
        ops);
  }

  @Test
  void substitutionDeletionAndInsertionAreSeparateSteps() {
    List<WordDiffOp> ops =
        WordDiff.diff(
            "Pékin s’oppose fermement à la vente forcée.",
            "Pékin est opposé à la vente forcée de TikTok.");
    assertEquals(
        List.of(
            new WordDiffOp(WordDiffOp.Kind.EQUAL, List.of("Pékin"), List.of("Pékin")),
            new WordDiffOp(
                WordDiffOp.Kind.CHANGE,
                List.of("s’", "oppose", "fermement"),
                List.of("est", "opposé")),
            new WordDiffOp(
                WordDiffOp.Kind.EQUAL,
                List.of("à", "la", "vente", "forcée"),
                List.of("à", "la", "vente", "forcée")),
            new WordDiffOp(WordDiffOp.Kind.INSERT, List.of(), List.of("de", "TikTok")),
            new WordDiffOp(WordDiffOp.Kind.EQUAL, List.of("."), List.of("."))),
        ops);
    assertEquals(
        "Pékin [-s’ oppose fermement-]{+est opposé+} à la vente forcée {+de TikTok+} .",
        WordDiff.render(ops));
  }

  @Test
  void wordsOnlyInTheMachineSentenceAreDeleted() {
    assertEquals(
        "La vente [-forcée-] est reportée .",
        WordDiff.render(WordDiff.diff("La vente forcée est reportée.", "La vente est reportée.")));
  }

  @Test
  void apostropheStyleIsNoDifferenceButCaseIs() {
    List<WordDiffOp> ops = WordDiff.diff("l’application, Septembre", "l'application, septembre");
    assertEquals("l’ application , [-Septembre-]{+septembre+}", WordDiff.render(ops));
    assertEquals(List.of("l'", "application", ","), ops.get(0).humanWords());
  }

  @Test
  void numbersAndHyphenatedWordsStayWhole() {
    assertEquals(
        List.of("1,5", "million", "aux", "États-Unis", "."),
        WordDiff.words("1,5 million aux États-Unis."));
  }

  @Test
  void emptySentencesGiveNoSteps() {
    assertEquals(List.of(), WordDiff.diff("", ""));
    assertEquals("{+Fin .+}", WordDiff.render(WordDiff.diff("", "Fin.")));
  }
}
