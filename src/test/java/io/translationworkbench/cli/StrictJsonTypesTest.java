package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.translationworkbench.TestTexts;
import io.translationworkbench.gate.StubPairAnalyzer;
import io.translationworkbench.review.TestFlags;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JSON inputs are strict about types: a number too large for a double ({@code 1e999}) is not
 * infinity, {@code 1.5} is not a whole number, a number is not a string nor a boolean. Each is exit
 * 2 with one line naming the file and the key, and nothing written.
 */
class StrictJsonTypesTest {
  @TempDir Path tmp;

  private void assertRejected(Cli.Run r, Path file, String... fragments) {
    Cli.assertInputError(r, file, fragments);
    assertFalse(Files.exists(tmp.resolve("out")), "a report was written");
    assertFalse(Files.exists(tmp.resolve("reports")), "a gate report was written");
  }

  private Cli.Run report(Path pair) {
    return Cli.run(null, "", "report", pair.toString(), "--out", tmp.resolve("out").toString());
  }

  private Cli.Run check(String... more) {
    return Cli.run(cfg -> new StubPairAnalyzer(), "", Cli.atRoot("check", tmp, more));
  }

  private static void write(Path p, String text) throws IOException {
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pair.json      | {\"language\": \"fr\", \"id\": 1e999}                | \"id\": number out of range",
        "pair.json      | {\"language\": \"fr\", \"id\": 1.5}                  | \"id\": expected a string, found 1.5",
        "pair.json      | {\"language\": \"fr\", \"id\": 12}                   | \"id\": expected a string, found 12",
        "pair.json      | {\"language\": \"fr\", \"machine\": {\"file\": 1.5}} | \"machine.file\": expected a string, found 1.5",
        "pair.json      | {\"language\": \"fr\", \"topic\": true}              | \"topic\": expected a string, found true",
        "workbench.json | {\"maxFileBytes\": 1.5}                          | \"maxFileBytes\": expected a whole number, found 1.5",
        "workbench.json | {\"maxFileBytes\": 1e999}                        | \"maxFileBytes\": number out of range",
        "workbench.json | {\"maxFileBytes\": \"5000000\"}                  | \"maxFileBytes\": expected a whole number, found \"5000000\"",
        "workbench.json | {\"grammar\": {\"picky\": 1}}                    | \"grammar.picky\": expected true or false, found 1",
        "workbench.json | {\"grammar\": {\"ignoreWords\": [\"a\", 2]}}     | \"grammar.ignoreWords[1]\": expected a string, found 2",
        "workbench.json | {\"grammar\": {\"glossary\": [1e999]}}           | \"grammar.glossary[0]\": number out of range",
      })
  void pairFileWithAWrongType(String name, String json, String problem) throws IOException {
    Path pair = TestTexts.copySample(tmp.resolve("pair"));
    Path file = pair.resolve(name);
    write(file, json);
    assertRejected(report(pair), file, problem);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"maxOpenErrors\": 1.5}       | \"maxOpenErrors\" must be a whole number, was 1.5",
        "{\"maxOpenErrors\": 1e999}     | \"maxOpenErrors\": number out of range",
        "{\"minDocumentChrF\": 1e999}   | \"minDocumentChrF\": number out of range",
        "{\"maxOpenWarnings\": \"3\"}   | \"maxOpenWarnings\" must be a whole number",
      })
  void policyWithAWrongType(String policy, String problem) throws IOException {
    StubPairAnalyzer.writePair(tmp, "p", TestFlags.MACHINE);
    Path file = tmp.resolve("policy.json");
    write(file, policy);
    assertRejected(check("--policy", file.toString()), file, problem);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"version\": 1e999, \"decisions\": {}}  | \"version\": number out of range",
        "{\"version\": 1.5, \"decisions\": {}}    | \"version\" must be 1",
        "{\"version\": 1, \"decisions\": {\"x\": {\"decision\": \"dismissed\", \"reviewer\": 1e999,"
            + " \"date\": \"2020\", \"kind\": \"grammar\", \"ruleId\": \"R\"}}}"
            + " | \"decisions.x.reviewer\": number out of range",
      })
  void reviewJsonWithAWrongType(String review, String problem) throws IOException {
    Path pair = StubPairAnalyzer.writePair(tmp, "p", TestFlags.MACHINE);
    Path file = pair.resolve("review.json");
    write(file, review);
    byte[] before = Files.readAllBytes(file);
    assertRejected(check(), file, problem);
    assertEquals(List.of(before.length), List.of(Files.readAllBytes(file).length));
  }

  @Test
  void baselineWithANumberTooLarge() throws IOException {
    StubPairAnalyzer.writePair(tmp, "p", TestFlags.MACHINE);
    Path file = tmp.resolve("baseline.json");
    write(file, "{\"version\": 1, \"pairs\": {\"p\": [1e999]}}");
    assertRejected(
        check("--baseline", file.toString()), file, "\"pairs.p[0]\": number out of range");
  }

  @Test
  void wholeNumbersAndNumbersStillRead() throws IOException {
    StubPairAnalyzer.writePair(tmp, "p", TestFlags.MACHINE);
    Path file = tmp.resolve("policy.json");
    // an integer where a double is expected is a number all the same, 1e3 a finite one
    write(
        file,
        "{\"maxOpenErrors\": 10, \"minDocumentChrF\": 0, \"maxGrammarDensityRatio\": 1e3,"
            + " \"allowUntranslated\": true}");
    Cli.Run r = check("--policy", file.toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals("", r.err());
  }
}
