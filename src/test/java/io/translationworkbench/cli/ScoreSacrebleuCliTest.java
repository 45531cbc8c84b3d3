package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.metrics.SacrebleuSignature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code workbench score} given sacreBLEU's own command lines (its README and {@code --help}),
 * against what sacreBLEU 2.6.0 printed for the same command line on the same files ({@code
 * src/test/resources/sacrebleu-cli}: {@code cases.tsv}, {@code expected/}, PROVENANCE.md). Text is
 * compared line by line, JSON field by field (and then line by line); the only difference allowed
 * is the version field of the signatures, which names this tool and the sacreBLEU it reproduces.
 *
 * <p>The files are named by their path from the project root, as {@code regenerate.sh} named them
 * to sacreBLEU, since system names are printed: Maven runs the tests there.
 */
class ScoreSacrebleuCliTest {
  private static final String DIR = "src/test/resources/sacrebleu-cli/";
  private static final String OURS = SacrebleuSignature.version();
  private static final String THEIRS = "2.6.0";

  @BeforeAll
  static void runFromTheProjectRoot() {
    assertTrue(Files.isDirectory(Path.of(DIR)), "run from the project root (Maven's basedir)");
    assertTrue(OURS.endsWith("+sacrebleu-" + THEIRS), OURS);
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(DIR, "cases.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      out.add(Arguments.of(f[0], f[1], f[2]));
    }
    return out.stream();
  }

  @Test
  void theTableHasAtLeastTwentyFiveCommandLines() throws IOException {
    assertTrue(cases().count() >= 25);
  }

  @ParameterizedTest(name = "{0}: score {2}")
  @MethodSource("cases")
  void printsWhatSacrebleuPrints(String id, String stdin, String args) throws IOException {
    List<String> argv = new ArrayList<>(List.of("score"));
    for (String a : args.split(" ")) {
      argv.add(Files.isRegularFile(Path.of(DIR, a)) ? DIR + a : a);
    }
    String input =
        stdin.equals("-") ? "" : Files.readString(Path.of(DIR, stdin), StandardCharsets.UTF_8);
    Cli.Run r = Cli.run(null, input, argv.toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    String expected =
        Files.readString(Path.of(DIR, "expected", id + ".out"), StandardCharsets.UTF_8);
    String trimmed = expected.strip();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      ObjectMapper json = new ObjectMapper();
      assertJsonEquals(json.readTree(expected), json.readTree(r.out()), "$");
    }
    List<String> want = expected.lines().toList();
    List<String> got = r.out().lines().map(ScoreSacrebleuCliTest::theirVersion).toList();
    for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
      assertEquals(want.get(i), got.get(i), "line " + (i + 1) + " of " + id);
    }
    assertEquals(want.size(), got.size(), "lines of " + id + ":\n" + r.out());
    assertEquals(expected.endsWith("\n"), r.out().endsWith("\n"));
  }

  /** Our line with sacreBLEU's version in place of ours (signatures, long and short, and JSON). */
  private static String theirVersion(String line) {
    return line.replace("version:" + OURS, "version:" + THEIRS)
        .replace("v:" + OURS, "v:" + THEIRS)
        .replace("\"version\": \"" + OURS + "\"", "\"version\": \"" + THEIRS + "\"");
  }

  /** Same keys in the same order, same strings, numbers equal; only the version may differ. */
  private static void assertJsonEquals(JsonNode want, JsonNode got, String path) {
    assertEquals(want.getNodeType(), got.getNodeType(), path);
    if (want.isObject()) {
      List<String> wantKeys = new ArrayList<>();
      want.fieldNames().forEachRemaining(wantKeys::add);
      List<String> gotKeys = new ArrayList<>();
      got.fieldNames().forEachRemaining(gotKeys::add);
      assertEquals(wantKeys, gotKeys, path);
      Iterator<Map.Entry<String, JsonNode>> fields = want.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        String key = e.getKey();
        JsonNode ours = got.get(key);
        if (key.equals("version")) {
          assertEquals(THEIRS, e.getValue().asText(), path);
          assertEquals(OURS, ours.asText(), path + ".version");
        } else if (key.equals("signature")) {
          assertEquals(e.getValue().asText(), theirVersion(ours.asText()), path + ".signature");
        } else {
          assertJsonEquals(e.getValue(), ours, path + "." + key);
        }
      }
    } else if (want.isArray()) {
      assertEquals(want.size(), got.size(), path);
      for (int i = 0; i < want.size(); i++) {
        assertJsonEquals(want.get(i), got.get(i), path + "[" + i + "]");
      }
    } else if (want.isNumber()) {
      assertEquals(want.asDouble(), got.asDouble(), 0.0, path); // the digits sacreBLEU printed
    } else {
      assertEquals(want, got, path);
    }
  }

  // ---- sacreBLEU's test-set options: refused, one line, their own exit code

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-t wmt17 -l en-de -i H",
        "--test-set wmt22 -i H",
        "-twmt17 -i H", // a short option's value attached, as argparse reads it
        "-ts -i H", // -t s: argparse and picocli both read it as test set "s"
        "--test-set=wmt22 -i H",
        "-l de-fr R -i H",
        "--language-pair de-fr R -i H",
        "--download wmt22",
        "--echo src",
        "-t wmt21 -l en-de --echo src docid ref",
        "--list",
        "--citation -t wmt22",
        "-ol de R -i H",
        "--origlang non-de R -i H",
        "--subset nw R -i H",
        "-d R -i H"
      })
  void testSetOptionsAreRefusedWithExitFour(String args) throws IOException {
    List<String> argv = new ArrayList<>(List.of("score"));
    for (String a : args.split(" ")) {
      argv.add(a.equals("R") ? DIR + "ref.txt" : a.equals("H") ? DIR + "lt22.txt" : a);
    }
    Cli.Run r = Cli.run(null, "", argv.toArray(String[]::new));
    assertEquals(4, r.code(), r.toString());
    assertEquals(ExitCode.UNSUPPORTED.code(), r.code());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("workbench: error: --"), r.err());
    assertTrue(r.err().contains("test set") || r.err().contains("test-set"), r.err());
  }

  @Test
  void theTestSetRefusalSaysWhatToDoInstead() {
    Cli.Run r = Cli.run(null, "", "score", "-t", "wmt22", "-l", "de-fr", "-i", DIR + "lt22.txt");
    assertEquals(
        "workbench: error: --test-set: the workbench does not download test sets; give the"
            + " reference files as arguments\n",
        r.err());
  }

  // ---- usage errors of sacreBLEU's form: exit 2 (sacreBLEU exits 1), one message

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-i H", // no reference
        "R -i H -sl -m bleu chrf", // sentence level: one metric
        "R -i H H2 -sl", // sentence level: one system
        "R -i H -sl -ci", // sentence level: no tests
        "R -i H --paired-bs", // a paired test needs two systems
        "R -i H H2 --confidence", // an interval is for one system
        "R -i H H2 H", // a system named twice (not the baseline of a paired test)
        "R R2 -nr 2 -i H", // tab-separated references come from one file
        "R --ref R -i H", // both forms of references
        "R -i H -m bleurt", // not a metric
        "R -i H -f html", // not a format
        "R -i H -e latin-1" // not UTF-8
      })
  void usageErrorsExitTwo(String args) {
    List<String> argv = new ArrayList<>(List.of("score"));
    for (String a : args.split(" ")) {
      argv.add(
          switch (a) {
            case "R" -> DIR + "ref.txt";
            case "R2" -> DIR + "ref-b.txt";
            case "H" -> DIR + "lt22.txt";
            case "H2" -> DIR + "online-a.txt";
            default -> a;
          });
    }
    Cli.Run r = Cli.run(null, "", argv.toArray(String[]::new));
    assertEquals(2, r.code(), r.toString());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("workbench: "), r.err());
  }

  // ---- several systems, standard input

  @Test
  void systemsFromStandardInputAreTheTabSeparatedColumns() throws IOException {
    String two = Files.readString(Path.of(DIR, "two-systems.tsv"), StandardCharsets.UTF_8);
    Cli.Run fromStdin = Cli.run(null, two, "score", DIR + "ref.txt", "-m", "bleu", "-f", "json");
    Cli.Run fromFiles =
        Cli.run(
            null,
            "",
            "score",
            DIR + "ref.txt",
            "-i",
            DIR + "lt22.txt",
            DIR + "online-a.txt",
            "-m",
            "bleu");
    assertEquals(0, fromStdin.code(), fromStdin.err());
    assertEquals(
        fromFiles
            .out()
            .replace(DIR + "lt22.txt", "System 1")
            .replace(DIR + "online-a.txt", "System 2"),
        fromStdin.out());
  }

  @Test
  void standardInputWithARaggedLineIsAnInputError() {
    Cli.Run r = Cli.run(null, "a\tb\nc\n", "score", DIR + "ref.txt");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("line 2 has 1 tab-separated fields but line 1 has 2"), r.err());
  }

  @Test
  void standardInputEndsLinesAsPythonDoes() throws IOException {
    // universal newlines on stdin: CR LF and CR end lines too (files end lines at LF only)
    String lf = Files.readString(Path.of(DIR, "lt22.txt"), StandardCharsets.UTF_8);
    Cli.Run unix = Cli.run(null, lf, "score", DIR + "ref.txt", "-b", "-w", "6");
    Cli.Run dos =
        Cli.run(null, lf.replace("\n", "\r\n"), "score", DIR + "ref.txt", "-b", "-w", "6");
    assertEquals(0, dos.code(), dos.err());
    assertEquals(unix.out(), dos.out());
  }

  @Test
  void theOldFormStillGivesTheFullPrecisionJson() {
    Cli.Run r =
        Cli.run(
            null,
            "",
            "score",
            "--hyp",
            DIR + "lt22.txt",
            "--ref",
            DIR + "ref.txt",
            "-m",
            "bleu,chrf");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"hypothesis\""), r.out());
    assertTrue(r.out().contains("\"score\": 31.908584840220254"), r.out());
    assertFalse(r.out().contains("TER"), r.out());
  }

  @Test
  void fourMetricsInOneRunAddChrFPlusPlusBesideChrF() {
    Cli.Run r =
        Cli.run(
            null,
            "",
            "score",
            DIR + "ref.txt",
            "-i",
            DIR + "lt22.txt",
            "-m",
            "bleu",
            "chrf",
            "chrf++",
            "ter",
            "-f",
            "text",
            "-b");
    assertEquals(0, r.code(), r.err());
    assertEquals(4, r.out().lines().count(), r.out());
  }
}
