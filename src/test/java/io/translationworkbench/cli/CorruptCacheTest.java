package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.PairReport;
import io.translationworkbench.TestTexts;
import io.translationworkbench.Workbench;
import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.report.JsonReportWriter;
import io.translationworkbench.report.MarkdownReportWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache entry that parses but is wrong no longer makes the grammar check yield nothing: it is
 * discarded and recomputed, the report says so in a processing note, and the gate does not fail on
 * the note.
 */
@Tag("languagetool")
class CorruptCacheTest {
  @TempDir Path root;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void offsetsOutOfRangeAreRecomputedWithANoteAndTheGateStillPasses() throws Exception {
    Path pair = TestTexts.copySample(root.resolve("articles/sample"));
    Path cache = root.resolve("lt-cache");
    PairReport uncached;
    try (Workbench wb = new Workbench(null, AlignerParams.defaults(), (Path) null)) {
      uncached = wb.analyze(pair);
    }
    try (Workbench wb = new Workbench(null, AlignerParams.defaults(), cache)) {
      PairReport filled = wb.analyze(pair);
      assertEquals(uncached.matches(), filled.matches());
      assertEquals(List.of(), filled.processingNotes());
      // every match of both entries moved past the end of its text
      List<Path> entries;
      try (Stream<Path> s = Files.list(cache)) {
        entries = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      assertEquals(2, entries.size(), entries.toString());
      for (Path e : entries) {
        String json = Files.readString(e, StandardCharsets.UTF_8);
        Files.writeString(
            e,
            json.replaceAll("\"from\":\\d+,\"to\":\\d+", "\"from\":900000,\"to\":900001"),
            StandardCharsets.UTF_8);
      }

      PairReport r = wb.analyze(pair);
      assertEquals(uncached.matches(), r.matches(), "the same findings as without the cache");
      assertEquals(uncached.flags().size(), r.flags().size());
      assertTrue(r.densities().machine().findings() > 0);
      assertEquals(List.of(), r.processingErrors());
      assertEquals(2, r.processingNotes().size(), r.processingNotes().toString());
      for (String note : r.processingNotes()) {
        assertTrue(note.startsWith("grammar: the cached LanguageTool result for "), note);
        assertTrue(note.contains("past the end of the text"), note);
      }
      assertTrue(r.processingNotes().get(0).contains("machine.fr.txt"));

      // JSON: processingNotes, then postEditing (2.2) last; Markdown: a section
      JsonNode json = new ObjectMapper().readTree(new JsonReportWriter().write(r));
      Iterator<String> keys = json.fieldNames();
      String last = null;
      String beforeLast = null;
      while (keys.hasNext()) {
        beforeLast = last;
        last = keys.next();
      }
      assertEquals("processingNotes", beforeLast);
      assertEquals("postEditing", last);
      assertEquals(2, json.get("processingNotes").size());
      assertTrue(new MarkdownReportWriter().write(r).contains("## Processing notes"));

      // the gate counts processing errors, never notes: corrupt again, and check passes
      for (Path e : entries) {
        String json2 = Files.readString(e, StandardCharsets.UTF_8);
        Files.writeString(
            e,
            json2.replaceAll("\"from\":\\d+,\"to\":\\d+", "\"from\":900000,\"to\":900001"),
            StandardCharsets.UTF_8);
      }
      Path policy = root.resolve("lenient-gate.json");
      Files.writeString(
          policy,
          "{\"maxOpenErrors\": 1000, \"maxGrammarDensityRatio\": 1000, \"allowUntranslated\": true}");
      Cli.Run run =
          Cli.run(cfg -> wb, "", "check", "--root", root.toString(), "--policy", policy.toString());
      assertEquals(0, run.code(), run.out() + run.err());
      assertTrue(run.out().startsWith("Quality gate PASSED"), run.out());
    }
  }
}
