package io.translationworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.translationworkbench.metrics.PairedSignificance;
import io.translationworkbench.metrics.SacrebleuSignature;
import io.translationworkbench.metrics.Score;
import io.translationworkbench.metrics.ScoreRun;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code workbench score}'s writers on hand-made results; every expected string is written out by
 * hand from sacreBLEU's layout, not produced by the writers.
 */
class ScoreWritersTest {
  private static final String V = SacrebleuSignature.version();
  private static final SacrebleuSignature MIXED = signature("mixed");
  private static final SacrebleuSignature LC = signature("lc");

  private static SacrebleuSignature signature(String casing) {
    return new SacrebleuSignature(
        List.of(
            new SacrebleuSignature.Field("nrefs", "#", "1"),
            new SacrebleuSignature.Field("case", "c", casing)));
  }

  private static Score bleu() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("counts", List.of(5L, 4L));
    details.put("bp", 1.0);
    return new Score("BLEU", 100.00000000000004, MIXED, "100.0/100.0 (BP = 1.000)", details);
  }

  private static Score ter(double score) {
    return new Score("TER", score, LC, "", Map.of());
  }

  private static ScoreRun.Result corpus() {
    return new ScoreRun.Result(
        List.of(Path.of("h.txt")),
        List.of(Path.of("r.txt")),
        List.of(List.of(bleu(), ter(12.5))),
        List.of(),
        null,
        List.of());
  }

  @Test
  void corpusJsonKeepsFullPrecisionVerboseAndDetails() {
    String expected =
        """
        {
          "hypothesis": "h.txt",
          "references": [
            "r.txt"
          ],
          "corpus": [
            {
              "name": "BLEU",
              "score": 100.00000000000004,
              "signature": "nrefs:1|case:mixed|version:V",
              "verbose_score": "100.0/100.0 (BP = 1.000)",
              "counts": [
                5,
                4
              ],
              "bp": 1.0
            },
            {
              "name": "TER",
              "score": 12.5,
              "signature": "nrefs:1|case:lc|version:V"
            }
          ]
        }
        """
            .replace(":V", ":" + V);
    assertEquals(expected, new ScoreJsonWriter().write(corpus()));
  }

  @Test
  void corpusTextIsRightAlignedOnTheEqualsSign() {
    // "BLEU|…|case:mixed" is four characters longer than "TER|…|case:lc"
    String expected =
        "BLEU|nrefs:1|case:mixed|version:V = 100.00 100.0/100.0 (BP = 1.000)\n"
            + "    TER|nrefs:1|case:lc|version:V = 12.50\n";
    assertEquals(
        expected.replace(":V", ":" + V), new ScoreTextWriter(2, false, false).write(corpus()));
    assertEquals("100.0\n12.5\n", new ScoreTextWriter(1, true, true).write(corpus()));
  }

  @Test
  void sentenceJsonHasSignaturesThenOneObjectPerLine() {
    ScoreRun.Result r =
        new ScoreRun.Result(
            List.of(Path.of("h.txt")),
            List.of(Path.of("r.txt")),
            List.of(List.of(ter(50.0))),
            List.of(List.of(ter(100.0)), List.of(ter(0.0))),
            null,
            List.of());
    String expected =
        """
        {
          "hypothesis": "h.txt",
          "references": [
            "r.txt"
          ],
          "corpus": [
            {
              "name": "TER",
              "score": 50.0,
              "signature": "nrefs:1|case:lc|version:V"
            }
          ],
          "sentence_signatures": {
            "TER": "nrefs:1|case:lc|version:V"
          },
          "sentences": [
            {
              "line": 1,
              "TER": 100.0
            },
            {
              "line": 2,
              "TER": 0.0
            }
          ]
        }
        """
            .replace(":V", ":" + V);
    assertEquals(expected, new ScoreJsonWriter().write(r));
  }

  @Test
  void pairedTextStarsSignificantSystemsAndJsonOmitsMissingFields() {
    ScoreRun.PairedTest test =
        new ScoreRun.PairedTest(PairedSignificance.Test.RANDOMIZATION, 99, 7);
    ScoreRun.Result r =
        new ScoreRun.Result(
            List.of(Path.of("a.txt"), Path.of("b.txt")),
            List.of(Path.of("r.txt")),
            List.of(),
            List.of(),
            test,
            List.of(
                List.of(
                    new PairedSignificance.Result("TER", 20.0, null, null, null, LC),
                    new PairedSignificance.Result("TER", 30.25, null, null, 0.01, LC))));
    String text =
        "TER|#:1|c:lc|v:V\n"
            + "  Baseline: a.txt  20.0\n"
            + "  b.txt  30.2 (p = 0.0100)*\n"; // 30.25 is exact in binary: ties round to even
    assertEquals(text.replace(":V", ":" + V), new ScoreTextWriter(1, true, false).write(r));
    String json =
        """
        {
          "test": "paired-ar",
          "samples": 99,
          "seed": 7,
          "references": [
            "r.txt"
          ],
          "systems": [
            {
              "hypothesis": "a.txt",
              "baseline": true,
              "scores": [
                {
                  "name": "TER",
                  "score": 20.0,
                  "signature": "nrefs:1|case:lc|version:V"
                }
              ]
            },
            {
              "hypothesis": "b.txt",
              "baseline": false,
              "scores": [
                {
                  "name": "TER",
                  "score": 30.25,
                  "p_value": 0.01,
                  "signature": "nrefs:1|case:lc|version:V"
                }
              ]
            }
          ]
        }
        """
            .replace(":V", ":" + V);
    assertEquals(json, new ScoreJsonWriter().write(r));
  }
}
