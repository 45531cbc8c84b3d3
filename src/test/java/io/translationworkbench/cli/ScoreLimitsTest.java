package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.metrics.Ter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every numeric option of {@code score} has a documented limit; beyond it, one error line and exit
 * 2, before any work (an n-gram order of 1,000 or TER on a 100,000-word line ran out of memory).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ScoreLimitsTest {
  @TempDir Path dir;

  private String file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p.toString();
  }

  private Cli.Run score(String... args) {
    List<String> all = new ArrayList<>(List.of("score"));
    all.addAll(List.of(args));
    return Cli.run(null, "", all.toArray(new String[0]));
  }

  private void assertOneLineError(Cli.Run r, String... fragments) {
    assertEquals(2, r.code(), r.out() + r.err());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("workbench: error: "), r.err());
    for (String f : fragments) {
      assertTrue(r.err().contains(f), f + " in " + r.err());
    }
  }

  @Test
  void eachOptionOverItsBoundIsOneErrorLineWithExitCode2() throws IOException {
    String h = file("h", "le chat dort ici .\n");
    String r = file("r", "le chien dort là .\n");
    assertOneLineError(
        score("--hyp", h, "--ref", r, "-m", "bleu", "--max-ngram-order", "1000"),
        "--max-ngram-order",
        "between 1 and 20",
        "1000");
    assertOneLineError(
        score("--hyp", h, "--ref", r, "-m", "chrf", "--chrf-char-order", "13"),
        "--chrf-char-order",
        "between 0 and 12");
    assertOneLineError(
        score("--hyp", h, "--ref", r, "-m", "chrf", "--chrf-word-order", "7"),
        "--chrf-word-order",
        "between 0 and 6");
    assertOneLineError(
        score("--hyp", h, "--ref", r, "-m", "chrf", "--chrf-beta", "101"),
        "--chrf-beta",
        "between 0 and 100");
    assertOneLineError(
        score("--hyp", h, "--hyp", h, "--ref", r, "-pbs", "--paired-bs-n", "100001"),
        "--paired-bs-n",
        "between 1 and 100000");
    assertOneLineError(
        score("--hyp", h, "--hyp", h, "--ref", r, "-par", "--paired-ar-n", "1000000"),
        "--paired-ar-n",
        "between 1 and 100000");
    assertOneLineError(score("--hyp", h, "--ref", r, "--num-refs", "101"), "--num-refs");
    assertOneLineError(score("--hyp", h, "--ref", r, "-f", "text", "--width", "18"), "--width");
  }

  @Test
  void valuesAtTheBoundsAreAccepted() throws IOException {
    String h = file("h", "le chat dort ici .\n");
    String r = file("r", "le chien dort là .\n");
    assertEquals(0, score("--hyp", h, "--ref", r, "-m", "bleu", "--max-ngram-order", "20").code());
    assertEquals(0, score("--hyp", h, "--ref", r, "-m", "chrf", "-cc", "12", "-cw", "6").code());
  }

  @Test
  void aPairedTestOfTooManyDrawsIsRefusedBeforeDrawing() throws IOException {
    String lines = "le chat dort .\n".repeat(1001);
    String h = file("h", lines);
    String r = file("r", lines);
    // 1,001 lines × 100,000 resamples: more than 100,000,000 draws
    assertOneLineError(
        score("--hyp", h, "--hyp", h, "--ref", r, "-m", "bleu", "-pbs", "-pbsn", "100000"),
        "h: 1001 lines × 100000 resamples or trials",
        "more than the paired test's limit of 100000000");
  }

  @Test
  void aLineLongerThanTerAcceptsIsRefusedNamingFileAndLine() throws IOException {
    String longLine = "mot ".repeat(Ter.MAX_WORDS + 1).strip() + "\n";
    String h = file("hyp.txt", "court .\n" + longLine);
    String r = file("ref.txt", "court .\nmot mot .\n");
    assertOneLineError(
        score("--hyp", h, "--ref", r, "-m", "ter"),
        "hyp.txt: line 2 has 5001 words, more than TER's limit of 5000 words per line");
    // the other metrics take the line
    assertEquals(0, score("--hyp", h, "--ref", r, "-m", "bleu,chrf").code());
    // a long reference too
    assertOneLineError(
        score("--hyp", r, "--ref", h, "-m", "ter"), "hyp.txt: line 2 has 5001 words");
  }
}
