package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.InputErrors;
import io.translationworkbench.TestTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path tmp;

  private record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(args, new PrintWriter(out), new PrintWriter(err), InputStream.nullInputStream());
    return new Run(code, out.toString(), err.toString());
  }

  private Path pair() throws IOException {
    return TestTexts.copySample(tmp.resolve("pair"));
  }

  private Path out() {
    return tmp.resolve("out");
  }

  private Run report(Path pair) {
    return run("report", pair.toString(), "--out", out().toString());
  }

  /** Every file under the output directory (none when it does not exist). */
  private List<Path> written() throws IOException {
    if (!Files.exists(out())) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(out())) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  /**
   * The run failed with an input error: exit 2, one line on stderr naming {@code file} and the
   * problem, no stack trace, and nothing written (no report, no temp file).
   */
  private void assertInputError(Run r, Path file, String... problem) throws IOException {
    assertEquals(2, r.code(), r::toString);
    assertEquals(1, r.errLines().size(), r.err());
    String line = r.errLines().get(0);
    assertTrue(line.startsWith("workbench: error: " + file + ": "), line);
    InputErrors.assertMentions(line, problem);
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertEquals(List.of(), written());
    assertEquals("", r.out());
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void missingMachineFileIsAnInputError() throws IOException {
    Path pair = pair();
    Path machine = pair.resolve(TestTexts.MACHINE);
    Files.delete(machine);
    assertInputError(report(pair), machine, "file not found");
  }

  @Test
  void emptyMachineFileIsAnInputError() throws IOException {
    Path pair = pair();
    Path machine = pair.resolve(TestTexts.MACHINE);
    Files.write(machine, new byte[0]);
    assertInputError(report(pair), machine, "file is empty");
  }

  @Test
  void directoryInPlaceOfTheMachineFileIsAnInputError() throws IOException {
    Path pair = pair();
    Path machine = pair.resolve(TestTexts.MACHINE);
    Files.delete(machine);
    Files.createDirectory(machine);
    assertInputError(report(pair), machine, "not a regular file (a directory)");
  }

  @Test
  void binaryHumanFileIsAnInputError() throws IOException {
    Path pair = pair();
    Path human = pair.resolve(TestTexts.HUMAN);
    Files.write(human, new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1});
    assertInputError(report(pair), human, "binary", "byte offset 6");
  }

  @Test
  void nonUtf8MachineFileIsAnInputError() throws IOException {
    Path pair = pair();
    Path machine = pair.resolve(TestTexts.MACHINE);
    Files.write(
        machine, "P\u00e9kin s'oppose \u00e0 la vente.".getBytes(StandardCharsets.ISO_8859_1));
    assertInputError(report(pair), machine, "not valid UTF-8", "byte offset 1", "0xE9");
  }

  @Test
  void fileOverTheConfiguredLimitIsAnInputError() throws IOException {
    Path pair = pair();
    write(pair.resolve("workbench.json"), "{\"maxFileBytes\": 100}");
    long size = Files.size(pair.resolve(TestTexts.MACHINE));
    assertTrue(size > 100);
    assertInputError(
        report(pair),
        pair.resolve(TestTexts.MACHINE),
        "over the limit of 100 bytes",
        String.format("%,d", size));
  }

  @Test
  void englishMachineTextIsAnInputError() throws IOException {
    Path pair = pair();
    Path machine = pair.resolve(TestTexts.MACHINE);
    write(
        machine,
        "JAKARTA - Beijing opposes the forced sale of TikTok's business to American companies.\n"
            + "ByteDance itself began talks to sell its TikTok business in the United States to Microsoft and Oracle,"
            + " after President Donald Trump gave the company a deadline of September 15 to finalize the deal.\n"
            + "Chinese officials are confident that a forced sale would make ByteDance and China look weak in the"
            + " face of pressure from Washington, according to sources quoted by Reuters on Sunday.\n");
    assertInputError(report(pair), machine, "not French");
  }

  /** A pair whose manifest holds {@code json} is rejected with an error naming the manifest. */
  private void assertManifestRejected(String json, String... problem) throws IOException {
    Path pair = pair();
    Path manifest = pair.resolve(TestTexts.MANIFEST);
    write(manifest, json);
    assertInputError(report(pair), manifest, problem);
  }

  @Test
  void truncatedManifestIsAnInputError() throws IOException {
    assertManifestRejected("{\"language\": \"fr\",", "malformed JSON", "line 1");
  }

  @Test
  void unknownKeyInManifestIsAnInputError() throws IOException {
    assertManifestRejected("{\"language\": \"fr\", \"colour\": \"red\"}", "unknown key \"colour\"");
  }

  @Test
  void manifestInAnotherLanguageIsAnInputError() throws IOException {
    assertManifestRejected("{\"language\": \"en\"}", "\"en\" is not supported");
  }

  @Test
  void manifestPointingOutsideThePairIsAnInputError() throws IOException {
    assertManifestRejected(
        "{\"language\": \"fr\", \"machine\": {\"file\": \"../machine.fr.txt\"}}",
        "plain file name");
  }

  @Test
  void unknownKeyInPairConfigIsAnInputError() throws IOException {
    Path pair = pair();
    Path config = pair.resolve("workbench.json");
    write(config, "{\"maxFileBytes\": 5000000, \"grammer\": {}}");
    assertInputError(report(pair), config, "unknown key \"grammer\"");
  }

  @Test
  void unknownKeyInProjectConfigIsBlamedOnTheProjectConfig() throws IOException {
    Path pair = pair();
    Path project = tmp.resolve("workbench.json");
    write(project, "{\"colour\": \"red\"}");
    write(pair.resolve("workbench.json"), "{\"maxFileBytes\": 5000000}");
    Run r =
        run("report", pair.toString(), "--out", out().toString(), "--config", project.toString());
    assertInputError(r, project, "unknown key \"colour\"");
  }

  @Test
  void missingPairDirectoryIsAnInputError() throws IOException {
    Path absent = tmp.resolve("no-such-pair");
    assertInputError(report(absent), absent, "not found");
  }

  @Test
  void fileGivenAsPairDirectoryIsAnInputError() throws IOException {
    Path file = Files.writeString(tmp.resolve("pair.txt"), "x");
    assertInputError(report(file), file, "expected a pair directory");
  }

  @Test
  void missingProjectConfigIsAnInputError() throws IOException {
    Path absent = tmp.resolve("absent.json");
    Run r =
        run("report", pair().toString(), "--out", out().toString(), "--config", absent.toString());
    assertInputError(r, absent, "not found");
  }

  @Test
  void helpListsTheExitCodes() {
    Run r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Exit codes:"), r.out());
    for (ExitCode c : ExitCode.values()) {
      assertTrue(
          r.out().contains("  " + c.code() + "  " + c.meaning()),
          () -> c + " missing from:\n" + r.out());
    }
    Set<Integer> codes = new HashSet<>();
    for (ExitCode c : ExitCode.values()) {
      codes.add(c.code());
    }
    // 4: score's refusal of sacreBLEU's test-set options (added with sacreBLEU's command line)
    assertEquals(Set.of(0, 1, 2, 3, 4), codes);
  }

  @Test
  void versionNamesToolAndLanguageTool() {
    Run r = run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("translation-workbench"), r.out());
    assertTrue(r.out().contains("LanguageTool 6.8"), r.out());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = run("report", "--bogus");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("--bogus"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertEquals(2, run("--bogus").code());
  }

  @Test
  @Tag("languagetool")
  void samplePairGivesAllThreeReports() throws IOException {
    Path pair = pair();
    Run r = report(pair);
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err());
    Path dir = out().resolve("tiktok-bytedance-2020-09");
    assertEquals(
        Set.of(
            dir.resolve("report.json"),
            dir.resolve("report.md"),
            dir.resolve("report.html"),
            out().resolve("index.json"),
            out().resolve("index.md"),
            out().resolve("index.html")),
        new HashSet<>(written()));
    // the corpus report of the run: the one pair, with its verdict, and no system named
    JsonNode index = new ObjectMapper().readTree(out().resolve("index.json").toFile());
    assertEquals(1, index.get("pairs").size());
    assertEquals("tiktok-bytedance-2020-09", index.get("pairs").get(0).get("id").asText());
    assertEquals(0, index.get("systems").size());
    assertTrue(r.out().contains("corpus report: 1 pair ("), r.out());
    assertTrue(r.out().startsWith("tiktok-bytedance-2020-09: "), r.out());
    assertTrue(r.out().contains(" flags (") && r.out().contains(" findings ("), r.out());
    JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    Set<String> kinds = new HashSet<>();
    json.get("anomalies").forEach(a -> kinds.add(a.get("kind").asText()));
    assertEquals(
        Set.of("foreign-language", "duplicate-paragraph", "glued-sentences", "credit-line"),
        kinds,
        kinds::toString);
    assertTrue(Files.readString(dir.resolve("report.md")).contains("tiktok-bytedance-2020-09"));
    assertTrue(Files.readString(dir.resolve("report.html")).contains("tiktok-bytedance-2020-09"));
    assertTrue(r.out().contains("report.html"), r.out());
  }

  @Test
  @Tag("languagetool")
  void anIndexThatCannotBeWrittenLeavesTheEarlierIndexWhole() throws IOException {
    Path pair = pair();
    // an earlier index, and a directory where index.html goes: the set cannot be published
    Files.createDirectories(out().resolve("index.html"));
    Files.writeString(out().resolve("index.json"), "earlier");
    Files.writeString(out().resolve("index.md"), "earlier");
    Run r = report(pair);
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("index.html"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    // the pair's reports are there; the index files are the earlier ones, none half-replaced
    assertTrue(Files.exists(out().resolve("tiktok-bytedance-2020-09/report.json")));
    assertEquals("earlier", Files.readString(out().resolve("index.json")));
    assertEquals("earlier", Files.readString(out().resolve("index.md")));
    try (Stream<Path> s = Files.list(out())) {
      assertTrue(
          s.noneMatch(p -> p.getFileName().toString().endsWith(".workbench-tmp")),
          "a temporary file was left behind");
    }
  }
}
