package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbench score} run in-process. Expected numbers come from NOTES.md (sacreBLEU's
 * behaviour) or are worked by hand in the comments; none is produced by this code.
 */
class ScoreCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {
    JsonNode json() throws IOException {
      return new ObjectMapper().readTree(out);
    }

    JsonNode corpus(String name) throws IOException {
      for (JsonNode s : json().get("corpus")) {
        if (s.get("name").asText().equals(name)) {
          return s;
        }
      }
      throw new AssertionError("no " + name + " in " + out);
    }
  }

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "score";
    System.arraycopy(args, 0, all, 1, args.length);
    int code =
        Main.run(
            all, new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(new byte[0]));
    return new Run(code, out.toString(), err.toString());
  }

  private String file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p.toString();
  }

  @Test
  void sentenceBleuMatchesTheWorkedExampleOfTheNotes() throws IOException {
    // NOTES §4: precisions 3/5, 1/4, 0/3 -> 100/(2*3), 0/2 -> 100/(4*2); BLEU = exp(mean(ln 60, ln
    // 25, ln 16.67, ln 12.5))
    Run r =
        run(
            "--hyp",
            file("h", "le chat noir dort ici\n"),
            "--ref",
            file("r", "le chien noir dort là\n"),
            "-m",
            "bleu",
            "-sl");
    assertEquals(0, r.code(), r.err());
    double byHand =
        Math.exp((Math.log(60) + Math.log(25) + Math.log(100.0 / 6) + Math.log(12.5)) / 4);
    double got = r.json().get("sentences").get(0).get("BLEU").asDouble();
    assertEquals(byHand, got, 1e-9);
    assertEquals("23.64", String.format(java.util.Locale.ROOT, "%.2f", got));
    assertTrue(r.json().get("sentence_signatures").get("BLEU").asText().contains("eff:yes"));
    assertTrue(r.corpus("BLEU").get("signature").asText().contains("eff:no"));
  }

  @Test
  void exactMatchKeepsPythonsHundredPointZeroZeroFourInShortestForm() throws IOException {
    // NOTES §4: an exact match gives 100.00000000000004, not 100.0; JSON must carry the shortest
    // round-trip digits
    Run r =
        run(
            "--hyp",
            file("h", "le chat noir dort ici\n"),
            "--ref",
            file("r", "le chat noir dort ici\n"));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"score\": 100.00000000000004"), r.out());
    assertEquals(0.0, r.corpus("TER").get("score").asDouble(), 0.0);
  }

  @Test
  void frenchNonBreakingSpacesAreWhitespaceForEveryMetric() throws IOException {
    // NOTES §9 proof: NBSP and narrow NBSP vs plain spaces scores 100 on every metric (TER 0)
    Run r =
        run(
            "--hyp", file("h", "Il a dit\u00a0: «\u00a0oui\u00a0»\u202f!\n"),
            "--ref", file("r", "Il a dit : « oui » !\n"));
    assertEquals(0, r.code(), r.err());
    assertEquals(100.0, r.corpus("BLEU").get("score").asDouble(), 1e-9);
    assertEquals(100.0, r.corpus("chrF2").get("score").asDouble(), 1e-9);
    assertEquals(100.0, r.corpus("chrF2++").get("score").asDouble(), 1e-9);
    assertEquals(0.0, r.corpus("TER").get("score").asDouble(), 1e-9);
  }

  @Test
  void emptySegmentsFollowTheNotesTable() throws IOException {
    // NOTES §8: empty hyp vs "Le chat dort." -> BLEU 0, chrF 0, TER 100 (3 edits / 3)
    Run r = run("--hyp", file("h", "\n"), "--ref", file("r", "Le chat dort.\n"), "-sl");
    assertEquals(0, r.code(), r.err());
    JsonNode line = r.json().get("sentences").get(0);
    assertEquals(0.0, line.get("BLEU").asDouble(), 0.0);
    assertEquals(0.0, line.get("chrF2").asDouble(), 0.0);
    assertEquals(100.0, line.get("TER").asDouble(), 0.0);
    assertEquals(3, r.corpus("TER").get("num_edits").asInt());
  }

  @Test
  void bothEmptyGiveZeroNotHundred() throws IOException {
    Run r = run("--hyp", file("h", "\n"), "--ref", file("r", "\n"));
    assertEquals(0, r.code(), r.err());
    for (String m : new String[] {"BLEU", "chrF2", "chrF2++", "TER"}) {
      assertEquals(0.0, r.corpus(m).get("score").asDouble(), 0.0, m);
    }
  }

  @Test
  void carriageReturnsAreStrippedButTheBomIsKept() throws IOException {
    Run crlf =
        run(
            "--hyp",
            file("h", "a b c\r\nd e f\r\n"),
            "--ref",
            file("r", "a b c\nd e f\n"),
            "-m",
            "ter");
    assertEquals(0.0, crlf.corpus("TER").get("score").asDouble(), 0.0);
    // NOTES §9: U+FEFF is not whitespace, so it stays glued to the first word (1 substitution out
    // of 2 words)
    Run bom =
        run(
            "--hyp",
            file("h2", "\ufeffBonjour monde\n"),
            "--ref",
            file("r2", "Bonjour monde\n"),
            "-m",
            "ter");
    assertEquals(50.0, bom.corpus("TER").get("score").asDouble(), 1e-9);
  }

  @Test
  void onlyLineFeedsEndLines() throws IOException {
    // U+2028 and U+0085 are whitespace inside a segment, not line ends: one segment on each side
    Run r =
        run("--hyp", file("h", "x\u2028y\u0085z\n"), "--ref", file("r", "x y z\n"), "-m", "ter");
    assertEquals(0, r.code(), r.err());
    assertEquals(0.0, r.corpus("TER").get("score").asDouble(), 0.0);
  }

  @Test
  void lowercaseOptionOnlyLowercasesBleu() throws IOException {
    Run r = run("--hyp", file("h", "Le Chat\n"), "--ref", file("r", "le chat\n"), "-lc");
    assertTrue(r.corpus("BLEU").get("signature").asText().startsWith("nrefs:1|case:lc|"));
    assertTrue(r.corpus("chrF2").get("signature").asText().startsWith("nrefs:1|case:mixed|"));
    // TER lowercases by default (NOTES §3)
    assertTrue(r.corpus("TER").get("signature").asText().startsWith("nrefs:1|case:lc|"));
    assertEquals(0.0, r.corpus("TER").get("score").asDouble(), 0.0);
  }

  @Test
  void signaturesFollowSacrebleuFormatting() throws IOException {
    Run r =
        run(
            "--hyp",
            file("h", "a b\n"),
            "--ref",
            file("r1", "a b\n"),
            "--ref",
            file("r2", "a c\n"),
            "-m",
            "bleu",
            "-s",
            "floor");
    String sig = r.corpus("BLEU").get("signature").asText();
    assertTrue(
        sig.startsWith("nrefs:2|case:mixed|eff:no|tok:13a|smooth:floor[0.10]|version:"), sig);
  }

  @Test
  void differentLineCountsAreAnInputError() throws IOException {
    Run r = run("--hyp", file("h", "a\nb\n"), "--ref", file("r", "a\n"));
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("has 1 lines but the hypothesis has 2"), r.err());
  }

  @Test
  void emptyHypothesisFileIsAnInputError() throws IOException {
    Run r = run("--hyp", file("h", ""), "--ref", file("r", ""));
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no lines"), r.err());
  }

  @Test
  void missingFileIsAnInputError() throws IOException {
    Run r = run("--hyp", dir.resolve("nope.txt").toString(), "--ref", file("r", "a\n"));
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void invalidUtf8IsAnInputError() throws IOException {
    Path p = dir.resolve("latin1.txt");
    Files.write(p, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
    Run r = run("--hyp", p.toString(), "--ref", file("r", "café\n"));
    assertEquals(2, r.code());
    assertTrue(r.err().contains("not valid UTF-8"), r.err());
  }

  @Test
  void unknownMetricIsAUsageError() throws IOException {
    Run r = run("--hyp", file("h", "a\n"), "--ref", file("r", "a\n"), "-m", "meteor");
    assertEquals(2, r.code());
  }

  @Test
  void textFormatPrintsSacrebleuScoreLines() throws IOException {
    Run r =
        run(
            "--hyp",
            file("h", "le chat\n"),
            "--ref",
            file("r", "le chat\n"),
            "-m",
            "ter",
            "-f",
            "text");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out().startsWith("TER|nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:"),
        r.out());
    assertTrue(r.out().strip().endsWith(" = 0.0"), r.out());
  }

  @Test
  void pairedBootstrapGivesMeanIntervalAndPValuePerSystem() throws IOException {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    StringBuilder ref = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      ref.append("le chat noir dort ici ").append(i).append('\n');
      a.append("le chat noir dort là ").append(i).append('\n');
      b.append(i % 3 == 0 ? "un chien blanc court\n" : "le chat noir dort ici " + i + "\n");
    }
    Run r =
        run(
            "--hyp",
            file("a", a.toString()),
            "--hyp",
            file("b", b.toString()),
            "--ref",
            file("r", ref.toString()),
            "--paired-bs",
            "-m",
            "bleu,chrf");
    assertEquals(0, r.code(), r.err());
    JsonNode systems = r.json().get("systems");
    JsonNode baseline = systems.get(0).get("scores").get(0);
    JsonNode system = systems.get(1).get("scores").get(0);
    assertTrue(systems.get(0).get("baseline").asBoolean());
    assertNull(baseline.get("p_value"));
    assertTrue(system.get("p_value").asDouble() > 0 && system.get("p_value").asDouble() <= 1);
    assertTrue(system.has("mean") && system.has("ci"));
    assertTrue(baseline.get("signature").asText().startsWith("nrefs:1|bs:1000|seed:12345|"));
  }

  @Test
  void pairedRandomizationReportsPValues() throws IOException {
    Run r =
        run(
            "--hyp",
            file("a", "le chat dort\nil pleut\n"),
            "--hyp",
            file("b", "le chien dort\nil pleut fort\n"),
            "--ref",
            file("r", "le chat dort\nil pleut\n"),
            "--paired-ar",
            "-m",
            "ter");
    assertEquals(0, r.code(), r.err());
    JsonNode system = r.json().get("systems").get(1).get("scores").get(0);
    assertTrue(system.get("signature").asText().startsWith("nrefs:1|ar:10000|seed:12345|"));
    assertFalse(system.has("mean"));
    assertTrue(system.get("p_value").asDouble() > 0);
  }

  @Test
  void pairedTestNeedsTwoSystems() throws IOException {
    Run r = run("--hyp", file("a", "x\n"), "--ref", file("r", "x\n"), "--paired-bs");
    assertEquals(2, r.code());
  }

  @Test
  void helpListsTheSacrebleuOptions() {
    Run r = run("--help");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("--tokenize") && r.out().contains("--paired-bs"), r.out());
  }
}
