package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.PairAnalyzer;
import io.translationworkbench.gate.StubPairAnalyzer;
import io.translationworkbench.review.TestFlags;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path root;
  private Path pair;

  /** The pipeline behind check and review in these tests: a stub, so no LanguageTool start. */
  static PairAnalyzer analyzer = new StubPairAnalyzer();

  static Cli.Run run(String input, String... args) {
    return Cli.run(cfg -> analyzer, input, args);
  }

  private Cli.Run check(String... more) {
    String[] args = new String[more.length + 3];
    args[0] = "check";
    args[1] = "--root";
    args[2] = root.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return run("", Cli.withOutputs(root, args));
  }

  @BeforeEach
  void pairAndStubPipeline() throws IOException {
    pair = StubPairAnalyzer.writePair(root, "tiktok", TestFlags.MACHINE);
    analyzer = new StubPairAnalyzer();
  }

  @Test
  void openErrorsFailTheGateWithExitCode1NamingTheReason() throws IOException {
    Cli.Run r = check();
    assertEquals(1, r.code(), r.err());
    assertTrue(
        r.out().startsWith("Quality gate FAILED: 1 of 1 pair failed (policy: built-in defaults)"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "error-flags: 2 error flags not dismissed (2 open, 0 confirmed), at most 0 allowed: grammar ACCORD_SUJET_VERBE"));
    assertTrue(
        r.out()
            .contains(
                "untranslated: 1 untranslated flag not dismissed (1 open, 0 confirmed), at most 0 allowed"),
        r.out());
    JsonNode sarif = new ObjectMapper().readTree(root.resolve("reports/check.sarif").toFile());
    assertEquals(4, sarif.get("runs").get(0).get("results").size());
    assertEquals(
        "articles/tiktok/machine.fr.txt",
        sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertTrue(Files.exists(root.resolve("reports/check-junit.xml")));
    assertTrue(
        Files.readString(root.resolve("reports/check-summary.md"))
            .startsWith("## Translation quality gate: ❌"));
  }

  @Test
  void dismissingAFlagWithReviewLowersTheGatesOpenErrorCount() {
    String grammar = TestFlags.sampleFlags().get(1).fingerprint();
    Cli.Run dismissed =
        run(
            "",
            "review",
            pair.toString(),
            "--dismiss",
            grammar,
            "--note",
            "subject is 'ByteDance et la Chine'");
    assertEquals(0, dismissed.code(), dismissed.err());
    Cli.Run r = check();
    assertTrue(
        r.out()
            .contains(
                "error-flags: 1 error flag not dismissed (1 open, 0 confirmed), at most 0 allowed"),
        r.out());
    assertFalse(r.out().contains(grammar), r.out());
  }

  @Test
  void baselineWrittenFromTheSameFlagsPassesAndANewFlagFailsAgainNamingOnlyIt() throws IOException {
    Path baseline = root.resolve("baseline.json");
    Cli.Run written = check("--write-baseline", baseline.toString());
    assertEquals(0, written.code(), written.out() + written.err());
    assertTrue(written.out().contains("Baseline of 4 flags written"), written.out());
    assertEquals(0, check("--baseline", baseline.toString()).code());

    // editing the grammar sentence gives its flag a new fingerprint: a new flag, the others are
    // known
    String edited =
        TestFlags.MACHINE.replace("Les responsables sont", "Les hauts responsables sont");
    Files.writeString(pair.resolve("machine.fr.txt"), edited, StandardCharsets.UTF_8);
    Cli.Run again = check("--baseline", baseline.toString());
    assertEquals(1, again.code(), again.out());
    String fresh = TestFlags.sampleFlags(edited).get(1).fingerprint();
    assertTrue(
        again
            .out()
            .contains(
                "error-flags: 1 new error flag not dismissed (1 open, 0 confirmed), at most 0 allowed: grammar"),
        again.out());
    assertTrue(again.out().contains(fresh), again.out());
    assertFalse(
        again.out().contains(TestFlags.sampleFlags().get(3).fingerprint()),
        "baselined flag not named");
  }

  @Test
  void policyFileAtTheRootIsUsedAndCanPassTheGate() throws IOException {
    Files.writeString(
        root.resolve("quality-gate.json"), "{\"maxOpenErrors\": 2, \"allowUntranslated\": true}\n");
    Cli.Run r = check();
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("Quality gate PASSED"), r.out());
  }

  @Test
  void badPolicyIsAnInputErrorNamingTheFile() throws IOException {
    Path policy = Files.writeString(root.resolve("strict.json"), "{\"maxOpenErorrs\": 1}");
    Cli.Run r = check("--policy", policy.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(policy.toString()) && r.err().contains("maxOpenErorrs"), r.err());
  }

  @Test
  void missingPairDirectoryIsAnInputError() {
    Cli.Run r =
        run("", "check", "--root", root.toString(), root.resolve("articles/nope").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("not a pair directory"), r.err());
  }

  @Test
  void baselineAndWriteBaselineTogetherAreAUsageError() {
    assertEquals(2, check("--baseline", "a.json", "--write-baseline", "b.json").code());
  }

  @Test
  void pipelineFailureIsAnInternalError() {
    analyzer = StubPairAnalyzer.broken();
    Cli.Run r = check();
    assertEquals(3, r.code());
    assertTrue(r.err().contains("pipeline exploded"), r.err());
  }

  @Test
  void helpListsTheExitCodes() {
    Cli.Run r = run("", "check", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("1  the quality gate failed"), r.out());
    assertTrue(r.out().contains("--write-baseline"), r.out());
  }
}
