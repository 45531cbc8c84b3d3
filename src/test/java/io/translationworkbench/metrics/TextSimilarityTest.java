package io.translationworkbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Commons Text measures; expected values are worked by hand in the comments (Jaro–Winkler: the
 * textbook example).
 */
class TextSimilarityTest {
  private static double value(List<Similarity> all, String name) {
    return all.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().value();
  }

  @Test
  void levenshteinSimilarityIsOneMinusDistanceOverLongerLength() {
    // "chat" -> "chats": one insertion over 5 characters
    assertEquals(
        0.8, value(TextSimilarity.measure("chat", "chats"), "levenshtein_similarity"), 1e-12);
  }

  @Test
  void jaroWinklerMatchesTheTextbookExample() {
    // Winkler (1990) MARTHA / MARHTA: Jaro 0.9444, prefix 3 -> 0.9611
    assertEquals(0.9611, value(TextSimilarity.measure("MARTHA", "MARHTA"), "jaro_winkler"), 1e-4);
  }

  @Test
  void cosineUsesWordCounts() {
    // {le:2, chat:1} . {le:1, chien:1} = 2; norms sqrt(5), sqrt(2) -> 2 / sqrt(10)
    assertEquals(
        2 / Math.sqrt(10),
        value(TextSimilarity.measure("Le chat, le", "le chien"), "cosine_words"),
        1e-12);
  }

  @Test
  void jaccardUsesWordSets() {
    // {le, chat} vs {le, chien}: 1 shared of 3
    assertEquals(
        1.0 / 3, value(TextSimilarity.measure("le chat le", "le chien."), "jaccard_words"), 1e-12);
  }

  @Test
  void lcsRatioIsTwiceTheSubsequenceOverBothLengths() {
    // "chat" / "chien": LCS "ch" = 2 -> 2 * 2 / 9
    assertEquals(4.0 / 9, value(TextSimilarity.measure("chat", "chien"), "lcs_ratio"), 1e-12);
  }

  @Test
  void frenchSpacesAndCompositionDoNotCount() {
    // NBSP/narrow NBSP collapse to spaces, decomposed é (e + U+0301) composes to é: identical after
    // normalisation
    List<Similarity> all =
        TextSimilarity.measure(
            "Il a dit\u00a0: «\u00a0été\u00a0»\u202f!", "Il a dit : « e\u0301te\u0301 » !");
    for (Similarity s : all) {
      assertEquals(1.0, s.value(), 1e-12, s.name());
      assertTrue(!s.tokenisation().isEmpty() && !s.normalisation().isEmpty());
    }
  }

  @Test
  void emptyTextsAreIdentical() {
    for (Similarity s : TextSimilarity.measure("", " ")) {
      assertEquals(1.0, s.value(), 0.0, s.name());
    }
  }

  @Test
  void theCharacterMeasuresAreLeftOutBeyondTheirLimitAndTheWordMeasuresKept() {
    String a = "le chat ".repeat(4_000); // 32,000 characters
    String b = "le chien ".repeat(2_000); // 18,000 characters: 5.76e8 cells
    assertTrue((long) a.length() * b.length() > TextSimilarity.MAX_CHAR_CELLS);
    List<Similarity> m = TextSimilarity.measure(a, b);
    assertEquals(
        List.of("cosine_words", "jaccard_words"), m.stream().map(Similarity::name).toList());
    assertEquals(1.0 / 3, value(m, "jaccard_words"), 1e-12);
    assertEquals(5, TextSimilarity.measure(a.substring(0, 1_000), b).size());
  }
}
