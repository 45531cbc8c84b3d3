package io.translationworkbench.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.translationworkbench.TestTexts;
import io.translationworkbench.metrics.CorpusAggregates;
import io.translationworkbench.report.CorpusPair;
import io.translationworkbench.report.CorpusReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PairCache} on its own: an entry stands for its pair only under the key, the build and the
 * reports it was written for; a damaged entry, and a cache that cannot be written, are misses.
 */
class PairCacheTest {
  static final Map<String, byte[]> REPORTS =
      Map.of(
          "report.json", bytes("{}\n"), "report.md", bytes("# r\n"), "report.html", bytes("<p>"));

  @TempDir Path root;
  Path pair;
  Path reports;
  CorpusPair summary;

  @BeforeEach
  void setUp() throws IOException {
    pair = TestTexts.copySample(root.resolve("articles/p"));
    reports = Files.createDirectories(root.resolve("out/p"));
    for (Map.Entry<String, byte[]> r : REPORTS.entrySet()) {
      Files.write(reports.resolve(r.getKey()), r.getValue());
    }
    summary =
        new CorpusPair(
            new CorpusReport.PairRow(
                "p",
                "X",
                false,
                List.of("chrF"),
                12.5,
                40.25,
                null,
                3,
                1,
                1,
                1,
                2.0,
                0.1,
                1.5,
                "p/report.html"),
            new CorpusAggregates.Document(
                "X", "p", "abc", Map.of("BLEU", new double[] {1, 2.5, 0.1 + 0.2})),
            List.of(0.1 + 0.2, 55.0));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private PairCache cache(String build) {
    return new PairCache(root.resolve("cache"), build, "parallel=false");
  }

  @Test
  void anEntryComesBackWholeUnderItsKeyAndBuild() {
    PairCache c = cache("b1");
    String key = c.key(pair, null);
    assertNotNull(key);
    c.put(pair, reports, key, REPORTS, "p: 3 flags", summary);
    PairCache.Entry e = c.get(pair, reports, key);
    assertNotNull(e);
    assertEquals("p: 3 flags", e.line());
    assertEquals(summary.row(), e.pair().row());
    assertEquals(summary.sentenceChrF(), e.pair().sentenceChrF());
    assertEquals(
        List.of(1.0, 2.5, 0.1 + 0.2),
        java.util.Arrays.stream(e.pair().document().statistics().get("BLEU")).boxed().toList());
  }

  @Test
  void anotherBuildIsAMiss() {
    PairCache c = cache("2026-11-30T03:00:00.000Z");
    String key = c.key(pair, null);
    c.put(pair, reports, key, REPORTS, "line", summary);
    PairCache rebuilt = cache("2026-11-30T03:00:00.001Z");
    String newKey = rebuilt.key(pair, null);
    assertNotEquals(key, newKey);
    assertNull(rebuilt.get(pair, reports, newKey));
  }

  @Test
  void anyChangedByteOfThePairChangesTheKey() throws IOException {
    PairCache c = cache("b");
    String key = c.key(pair, null);
    assertEquals(key, c.key(pair, null));
    Files.writeString(pair.resolve("notes.txt"), "x");
    String withNotes = c.key(pair, null);
    assertNotEquals(key, withNotes);
    Files.writeString(pair.resolve("notes.txt"), "y");
    assertNotEquals(withNotes, c.key(pair, null));
  }

  @Test
  void aDamagedEntryOrChangedReportIsAMiss() throws IOException {
    PairCache c = cache("b");
    String key = c.key(pair, null);
    c.put(pair, reports, key, REPORTS, "line", summary);
    Path entry;
    try (Stream<Path> s = Files.list(root.resolve("cache"))) {
      entry = s.findFirst().orElseThrow();
    }
    String whole = Files.readString(entry);
    for (String damaged :
        List.of(
            "",
            whole.substring(0, whole.length() / 2),
            "[]",
            whole.replace("\"line\"", "\"lime\""),
            whole.replace("12.5", "12.6"),
            whole.replace("55.0", "55.5"),
            whole.replace(key, (key.charAt(0) == '0' ? "1" : "0") + key.substring(1)))) {
      if (!damaged.isEmpty()) {
        assertNotEquals(whole, damaged);
      }
      Files.writeString(entry, damaged);
      assertNull(c.get(pair, reports, key), damaged);
    }
    Files.writeString(entry, whole);
    assertNotNull(c.get(pair, reports, key));
    Files.writeString(reports.resolve("report.md"), "# R\n");
    assertNull(c.get(pair, reports, key));
  }

  @Test
  void aCacheThatCannotBeWrittenOnlyMisses() throws IOException {
    Files.writeString(root.resolve("cache"), "a file where the directory should be");
    PairCache c = cache("b");
    String key = c.key(pair, null);
    c.put(pair, reports, key, REPORTS, "line", summary);
    assertNull(c.get(pair, reports, key));
  }

  @Test
  void aPairThatCannotBeReadHasNoKey() {
    assertNull(cache("b").key(root.resolve("articles/missing"), null));
  }
}
