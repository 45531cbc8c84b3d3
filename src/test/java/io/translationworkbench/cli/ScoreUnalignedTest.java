package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score --unaligned} on real machine translation: the 24 WMT22 documents of bench/devset
 * (213 lines, machine translation and human reference, line-aligned), with the reference lines
 * shuffled (seeded), then a quarter of them dropped. sacreBLEU 2.6.0 gives the line-aligned chrF:
 * {@code python3 -m sacrebleu ref.txt -i hyp.txt -m chrf -w 4 -b} = 64.6176.
 */
class ScoreUnalignedTest {
  static final double SACREBLEU_LINE_ALIGNED_CHRF = 64.6176;

  @TempDir Path dir;
  List<String> hyp = new ArrayList<>();
  List<String> ref = new ArrayList<>();

  @BeforeEach
  void devset() throws IOException {
    try (var docs = Files.list(Path.of("bench/devset/docs"))) {
      for (Path d : docs.sorted().toList()) {
        hyp.addAll(Files.readAllLines(d.resolve("hyp.fr")));
        ref.addAll(Files.readAllLines(d.resolve("ref.fr")));
      }
    }
    assertEquals(213, hyp.size());
    Files.write(dir.resolve("hyp.txt"), hyp);
  }

  private JsonNode unaligned(List<String> reference) throws IOException {
    Files.write(dir.resolve("ref.txt"), reference);
    Cli.Run r =
        Cli.run(
            null,
            "",
            "score",
            dir.resolve("ref.txt").toString(),
            "-i",
            dir.resolve("hyp.txt").toString(),
            "-m",
            "chrf",
            "--unaligned",
            "-w",
            "4");
    assertEquals(0, r.code(), r.err());
    return new ObjectMapper().readTree(r.out());
  }

  /** How many hypothesis lines the alignment pairs with their own reference line. */
  private int correct(JsonNode out, List<String> reference) {
    int ok = 0;
    for (JsonNode p : out.get("alignment")) {
      for (JsonNode h : p.get("hypothesis")) {
        String truth = ref.get(h.asInt() - 1);
        for (JsonNode r : p.get("reference")) {
          if (reference.get(r.asInt() - 1).equals(truth)) {
            ok++;
            break;
          }
        }
      }
    }
    return ok;
  }

  @Test
  void shuffledReferenceScoresWithinOnePointOfTheLineAlignedScore() throws IOException {
    List<String> shuffled = new ArrayList<>(ref);
    Collections.shuffle(shuffled, new Random(1));
    JsonNode out = unaligned(shuffled);
    double chrF = out.get("scores").get(0).get("score").asDouble();
    assertTrue(Math.abs(chrF - SACREBLEU_LINE_ALIGNED_CHRF) <= 1.0, chrF + " vs 64.6176");
    assertTrue(
        out.get("scores").get(0).get("signature").asText().contains("|align:comparable,"),
        out.toString());
    int aligned = out.get("coverage").get("hypothesis").get("aligned").asInt();
    assertTrue(aligned >= 200, "at least 200 of 213 lines aligned: " + aligned);
    // the alignment is right: at least 97% of the aligned lines found their own reference
    assertTrue(correct(out, shuffled) >= 0.97 * aligned, correct(out, shuffled) + " of " + aligned);
  }

  @Test
  void droppedReferenceLinesShowInTheCoverage() throws IOException {
    List<String> shuffled = new ArrayList<>(ref);
    Collections.shuffle(shuffled, new Random(2));
    List<String> kept = new ArrayList<>(shuffled.subList(0, 160));
    JsonNode out = unaligned(kept);
    JsonNode h = out.get("coverage").get("hypothesis");
    JsonNode r = out.get("coverage").get("reference");
    assertEquals(213, h.get("lines").asInt());
    assertEquals(160, r.get("lines").asInt());
    // at most the 160 lines that still have a reference, and most of those
    assertTrue(h.get("aligned").asInt() <= 160 && h.get("aligned").asInt() >= 145, h.toString());
    assertTrue(r.get("coverage").asDouble() >= 0.9, r.toString());
    assertTrue(
        correct(out, kept) >= 0.95 * h.get("aligned").asInt(), out.get("coverage").toString());
  }

  @Test
  void unalignedScoresOneSystemAgainstOneReference() throws IOException {
    Files.write(dir.resolve("ref.txt"), ref);
    Cli.Run two =
        Cli.run(
            null,
            "",
            "score",
            dir.resolve("ref.txt").toString(),
            "-i",
            dir.resolve("hyp.txt").toString(),
            dir.resolve("hyp.txt").toString(),
            "--unaligned");
    assertEquals(2, two.code());
    Cli.Run text =
        Cli.run(
            null,
            "",
            "score",
            dir.resolve("ref.txt").toString(),
            "-i",
            dir.resolve("hyp.txt").toString(),
            "--unaligned",
            "-f",
            "text");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().contains("coverage: hypothesis "), text.out());
  }
}
