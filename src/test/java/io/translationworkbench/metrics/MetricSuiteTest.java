package io.translationworkbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The façade on the seed pair of the project (articles/tiktok-bytedance-2020-09). Expected values
 * are the sacreBLEU figures recorded in NOTES.md (§4 BLEU bit-for-bit value, §5 intl figure, §7 TER
 * edit counts).
 */
class MetricSuiteTest {
  private static final Path PAIR = Path.of("articles/tiktok-bytedance-2020-09");

  private static String read(String name) throws IOException {
    return Files.readString(PAIR.resolve(name), StandardCharsets.UTF_8);
  }

  /** human.fr.txt holds the article twice (line 1 and line 3); "one reference copy" is line 1. */
  private static String oneReferenceCopy() throws IOException {
    return read("human.fr.txt").split("\n")[0];
  }

  @Test
  void documentScoresComeInTheFixedOrderWithSignatures() throws IOException {
    List<Score> scores =
        new MetricSuite().documentScores(read("machine.fr.txt"), oneReferenceCopy());
    assertEquals(
        List.of("BLEU", "chrF2", "chrF2++", "TER"), scores.stream().map(Score::name).toList());
    assertEquals(
        "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:" + SacrebleuSignature.version(),
        scores.get(0).signature().toString());
    assertEquals(
        "nrefs:1|case:mixed|eff:yes|nc:6|nw:2|space:no|version:" + SacrebleuSignature.version(),
        scores.get(2).signature().toString());
    assertEquals(
        "nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:"
            + SacrebleuSignature.version(),
        scores.get(3).signature().toString());
  }

  @Test
  void seedDocumentBleuMatchesSacrebleuBitForBit() throws IOException {
    Score bleu =
        new MetricSuite().documentScores(read("machine.fr.txt"), oneReferenceCopy()).get(0);
    assertEquals(6.801215098345977, bleu.score(), 0.0);
  }

  @Test
  void seedDocumentBleuWithIntlTokenizerIsSevenPointSeven() throws IOException {
    Bleu intl =
        new Bleu(
            new BleuConfig(BleuTokenizer.INTL, false, BleuConfig.Smoothing.EXP, null, 4, false));
    double score = intl.sentenceScore(read("machine.fr.txt"), List.of(oneReferenceCopy())).score();
    assertEquals("7.70", PyFormat.fixed(score, 2));
  }

  @Test
  void seedDocumentTerStopsAtTheThousandCandidateCap() throws IOException {
    // NOTES §7: 6 shifts + beam distance 347 = 353 edits over 211 reference words
    Score ter = new MetricSuite().documentScores(read("machine.fr.txt"), oneReferenceCopy()).get(3);
    assertEquals(353L, ter.details().get("num_edits"));
    assertEquals(100 * (353.0 / 211.0), ter.score(), 1e-9);
  }

  @Test
  void seedDocumentTerAgainstBothCopiesIs397Over422() throws IOException {
    Score ter =
        new MetricSuite().documentScores(read("machine.fr.txt"), read("human.fr.txt")).get(3);
    assertEquals(397L, ter.details().get("num_edits"));
    assertEquals(100 * (397.0 / 422.0), ter.score(), 1e-9);
  }

  @Test
  void terIsLeftOutBeyondItsWordLimitAndTheOtherScoresKept() {
    MetricSuite suite = new MetricSuite();
    String hyp = "mot ".repeat(Ter.MAX_WORDS + 1);
    String ref = "mot ".repeat(Ter.MAX_WORDS);
    assertEquals(
        List.of("BLEU", "chrF2", "chrF2++"),
        suite.documentScores(hyp, ref).stream().map(Score::name).toList());
    assertEquals(4, suite.documentScores("le chat .", "le chien .").size());
  }
}
