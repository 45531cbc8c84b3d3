package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.gate.StubPairAnalyzer;
import io.translationworkbench.review.TestFlags;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} writes only the outputs asked for, "-" is standard output, and --fail-on. */
class CheckOutputsTest {
  @TempDir Path root;

  @BeforeEach
  void pair() throws IOException {
    // the stub's flags: 2 errors (one untranslated), 1 warning, 1 info
    StubPairAnalyzer.writePair(root, "tiktok", TestFlags.MACHINE);
    CheckCommandTest.analyzer = new StubPairAnalyzer();
  }

  private Cli.Run check(String... more) {
    List<String> args = new ArrayList<>(List.of("check", "--root", root.toString()));
    args.addAll(List.of(more));
    return CheckCommandTest.run("", args.toArray(String[]::new));
  }

  /** A policy the stub's pair passes: two errors allowed, untranslated text allowed. */
  private String lenientPolicy() throws IOException {
    return Files.writeString(
            root.resolve("lenient.json"), "{\"maxOpenErrors\": 2, \"allowUntranslated\": true}\n")
        .toString();
  }

  @Test
  void withoutOutputOptionsNoFileIsWrittenAndTheVerdictIsOnStdout() {
    Cli.Run r = check();
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().startsWith("Quality gate FAILED: 1 of 1 pair failed"), r.out());
    assertFalse(r.out().contains("Reports:"), r.out());
    assertEquals("", r.err());
    assertFalse(Files.exists(root.resolve("reports")), "no reports/ directory");
  }

  @Test
  void onlyTheOutputsAskedForAreWritten() {
    Path junit = root.resolve("ci/junit.xml");
    Cli.Run r = check("--junit", junit.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(Files.exists(junit));
    assertFalse(Files.exists(root.resolve("reports")));
    assertTrue(r.out().contains("Reports: " + junit), r.out());
  }

  @Test
  void sarifOnStandardOutputIsTheWholeStdoutAndTheVerdictGoesToStderr() throws IOException {
    Path summary = root.resolve("summary.md");
    Cli.Run r = check("--sarif", "-", "--summary", summary.toString());
    assertEquals(1, r.code(), r.err());
    JsonNode sarif = new ObjectMapper().readTree(r.out());
    assertEquals("2.1.0", sarif.get("version").asText());
    assertEquals(4, sarif.at("/runs/0/results").size());
    assertTrue(r.err().startsWith("Quality gate FAILED"), r.err());
    assertTrue(r.err().contains("Reports: " + summary), r.err());
    assertTrue(Files.readString(summary).startsWith("## Translation quality gate: ❌"));
  }

  @Test
  void summaryOnStandardOutputIsTheMarkdown() {
    Cli.Run r = check("--summary", "-");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().startsWith("## Translation quality gate: ❌"), r.out());
  }

  @Test
  void twoOutputsOnStandardOutputAreAUsageError() {
    Cli.Run r = check("--sarif", "-", "--junit", "-");
    assertEquals(2, r.code(), r.err());
    assertTrue(
        r.err()
            .startsWith(
                "workbench: only one output can go to standard output ('-'): --sarif and --junit"),
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void failOnTightensThePolicyOneSeverityAtATime() throws IOException {
    String policy = lenientPolicy();
    Cli.Run lenient = check("--policy", policy);
    assertEquals(0, lenient.code(), lenient.out());

    Cli.Run errors = check("--policy", policy, "--fail-on", "error");
    assertEquals(1, errors.code(), errors.out());
    assertTrue(errors.out().contains("(policy: " + policy + ", --fail-on error)"), errors.out());
    assertTrue(errors.out().contains("error-flags: 2 error flags not dismissed"), errors.out());
    assertFalse(errors.out().contains("warning-flags:"), errors.out());

    Cli.Run warnings = check("--policy", policy, "--fail-on", "warning");
    assertEquals(1, warnings.code(), warnings.out());
    assertTrue(
        warnings.out().contains("warning-flags: 1 warning flag not dismissed"), warnings.out());
    assertFalse(warnings.out().contains("info-flags:"), warnings.out());

    Cli.Run infos = check("--policy", policy, "--fail-on", "info");
    assertEquals(1, infos.code(), infos.out());
    assertTrue(
        infos.out().contains("info-flags: 1 info flag not dismissed (1 open, 0 confirmed)"),
        infos.out());
  }

  @Test
  void failOnInfoAddsAnInfoRuleToTheJUnitXml() throws IOException {
    Cli.Run r = check("--policy", lenientPolicy(), "--fail-on", "info", "--junit", "-");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("name=\"info-flags\""), r.out());
    assertTrue(r.out().contains("policy.maxOpenInfos"), r.out());
  }

  @Test
  void unknownFailOnLevelIsAUsageError() {
    Cli.Run r = check("--fail-on", "fatal");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("--fail-on"), r.err());
  }

  @Test
  void pairIdGivenForItsPathIsAnErrorSuggestingThePath() {
    Cli.Run r = check("tiktok");
    Cli.assertInputError(r, Path.of("tiktok"), "not a pair directory; did you mean ");
    assertTrue(r.err().strip().endsWith("articles/tiktok?"), r.err());
  }
}
