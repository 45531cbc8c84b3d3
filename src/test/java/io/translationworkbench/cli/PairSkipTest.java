package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.TestTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report}'s pair cache: a re-run over unchanged pairs prints and writes the same bytes as a
 * run without any cache ({@code --no-cache}) while it neither analyses nor writes them; a pair
 * whose text, review.json or configuration changed, or whose reports were edited or removed, or
 * whose cache entry is damaged, is analysed and written again, and only that pair. Every expected
 * output comes from a {@code --no-cache} run on the same inputs.
 */
@Tag("languagetool")
class PairSkipTest {
  static final String SAMPLE = "tiktok-bytedance-2020-09";
  static final String WMT = "wmt-nnn";
  static final FileTime OLD = FileTime.fromMillis(946_684_800_000L);

  @TempDir Path root;
  Path articles;
  Path cache;
  String before;

  @BeforeEach
  void pairs() throws IOException {
    articles = root.resolve("articles");
    TestTexts.copySample(articles.resolve(SAMPLE));
    Path dir = Files.createDirectories(articles.resolve(WMT));
    Path src = Path.of("bench/devset/docs/nnn.de.153311");
    Files.copy(src.resolve("hyp.fr"), dir.resolve("machine.fr.txt"));
    Files.copy(src.resolve("ref.fr"), dir.resolve("human.fr.txt"));
    Files.writeString(
        dir.resolve("pair.json"),
        "{\"id\": \""
            + WMT
            + "\", \"language\": \"fr\", \"system\": \"X\", \"machine\": {\"file\":"
            + " \"machine.fr.txt\"}, \"human\": {\"file\": \"human.fr.txt\"}}");
    Files.writeString(root.resolve("names.txt"), "ByteDance\n");
    Files.writeString(
        root.resolve("workbench.json"), "{\"grammar\": {\"glossary\": [\"names.txt\"]}}");
    cache = root.resolve("cache");
    before = System.getProperty("workbench.cacheDir");
    System.setProperty("workbench.cacheDir", cache.toString());
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty("workbench.cacheDir");
    } else {
      System.setProperty("workbench.cacheDir", before);
    }
  }

  @Test
  void unchangedPairsAreSkippedAndWriteWhatAFreshRunWrites() throws IOException {
    Path out = root.resolve("out");
    Cli.Run first = report(out);
    assertSameAsFresh(first, out);
    age(out);
    Cli.Run again = report(out);
    assertSameAsFresh(again, out);
    assertEquals(Set.of(), rewritten(out), "nothing analysed or written again");
  }

  @Test
  void aChangedTextOrReviewFileReportsThatPairAgain() throws IOException {
    Path out = reportedAndAged();
    Path machine = articles.resolve(WMT).resolve("machine.fr.txt");
    Files.writeString(machine, Files.readString(machine) + "Une phrase de plus.\n");
    assertSameAsFresh(report(out), out);
    assertEquals(Set.of(WMT), rewritten(out));

    age(out);
    Files.writeString(
        articles.resolve(SAMPLE).resolve("review.json"),
        "{\"version\": 1, \"decisions\": {\"ab\": {\"decision\": \"dismissed\", \"reviewer\":"
            + " \"x\", \"date\": \"2025-01-01\", \"kind\": \"grammar\", \"ruleId\": \"R\"}}}");
    assertSameAsFresh(report(out), out);
    assertEquals(Set.of(SAMPLE), rewritten(out));
  }

  @Test
  void aChangedConfigurationReportsThePairsItConfiguresAgain() throws IOException {
    Path out = reportedAndAged();
    Files.writeString(root.resolve("names.txt"), "ByteDance\nTikTok\n");
    assertSameAsFresh(report(out), out);
    assertEquals(Set.of(SAMPLE, WMT), rewritten(out), "the project's glossary: every pair");

    age(out);
    Files.writeString(
        articles.resolve(WMT).resolve("workbench.json"),
        "{\"grammar\": {\"ignoreWords\": [\"Schwerin\"]}}");
    assertSameAsFresh(report(out), out);
    assertEquals(Set.of(WMT), rewritten(out), "a pair's own workbench.json: that pair");

    age(out);
    Files.writeString(
        root.resolve("workbench.json"),
        "{\"grammar\": {\"glossary\": [\"names.txt\"], \"picky\": true}}");
    assertSameAsFresh(report(out), out);
    assertEquals(Set.of(SAMPLE, WMT), rewritten(out), "the project's workbench.json: every pair");
  }

  @Test
  void anEditedOrRemovedReportIsWrittenAgain() throws IOException {
    Path out = reportedAndAged();
    Path md = out.resolve(SAMPLE).resolve("report.md");
    Files.writeString(md, Files.readString(md) + " ");
    Files.setLastModifiedTime(md, OLD);
    Files.delete(out.resolve(WMT).resolve("report.html"));
    assertSameAsFresh(report(out), out);
    assertEquals(Set.of(SAMPLE, WMT), rewritten(out));
  }

  @Test
  void aDamagedCacheEntryIsAMiss() throws IOException {
    Path out = reportedAndAged();
    List<Path> entries = entries();
    assertEquals(2, entries.size(), entries.toString());
    // one cut short, one still JSON but with another number in it
    byte[] whole = Files.readAllBytes(entries.get(0));
    Files.write(entries.get(0), java.util.Arrays.copyOf(whole, whole.length / 2));
    String other = Files.readString(entries.get(1));
    String edited = other.replaceFirst("\"flags\":(\\d+)", "\"flags\":1$1");
    assertNotEquals(other, edited);
    Files.writeString(entries.get(1), edited);
    assertSameAsFresh(report(out), out);
    assertEquals(Set.of(SAMPLE, WMT), rewritten(out));
  }

  @Test
  void aPairWithAProcessingNoteIsNotKept() throws IOException {
    Path out = reportedAndAged();
    // LanguageTool's entries damaged: the next analysis notes it in the reports, a run after that
    // does not (the entries are rewritten), so a kept pair would carry a note a fresh run lacks
    deleteEntries();
    try (Stream<Path> s = Files.list(cache)) {
      for (Path f : s.filter(f -> f.toString().endsWith(".json")).toList()) {
        Files.writeString(f, "{");
      }
    }
    Cli.Run noted = report(out);
    assertTrue(Files.readString(out.resolve(SAMPLE).resolve("report.json")).contains("discarded"));
    assertEquals(List.of(), entries(), noted.out());
    age(out);
    assertSameAsFresh(report(out), out);
    assertEquals(Set.of(SAMPLE, WMT), rewritten(out));
  }

  /** A run with the pair cache, into {@code out}. */
  private Cli.Run report(Path out, String... more) {
    Cli.Run r =
        Cli.run(
            null, "", Cli.report(articles, out, root.resolve("workbench.json").toString(), more));
    assertEquals(0, r.code(), r.err());
    return r;
  }

  /** A first run into {@code root/out}, its reports then dated long ago: see {@link #rewritten}. */
  private Path reportedAndAged() throws IOException {
    Path out = root.resolve("out");
    report(out);
    age(out);
    return out;
  }

  /**
   * {@code run} printed and wrote into {@code out} what a run without any cache prints and writes.
   */
  private void assertSameAsFresh(Cli.Run run, Path out) throws IOException {
    Path fresh = root.resolve("fresh");
    Cli.Run expected = report(fresh, "--no-cache");
    assertEquals(
        expected.out().replace(fresh.toString(), "OUT"), run.out().replace(out.toString(), "OUT"));
    assertEquals(3, run.out().lines().count(), run.out());
    List<Path> a = Cli.files(fresh);
    assertEquals(a, Cli.files(out));
    assertTrue(a.size() >= 9, a.toString());
    for (Path f : a) {
      assertArrayEquals(
          Files.readAllBytes(fresh.resolve(f)), Files.readAllBytes(out.resolve(f)), f.toString());
    }
  }

  /** Dates every pair's reports long ago, so that a report written again shows. */
  private void age(Path out) throws IOException {
    for (String pair : List.of(SAMPLE, WMT)) {
      try (Stream<Path> s = Files.list(out.resolve(pair))) {
        for (Path f : s.toList()) {
          Files.setLastModifiedTime(f, OLD);
        }
      }
    }
  }

  /** The pairs with a report written since {@link #age}. */
  private Set<String> rewritten(Path out) throws IOException {
    Set<String> pairs = new TreeSet<>();
    for (String pair : List.of(SAMPLE, WMT)) {
      for (String name : List.of("report.json", "report.md", "report.html")) {
        if (!Files.getLastModifiedTime(out.resolve(pair).resolve(name)).equals(OLD)) {
          pairs.add(pair);
        }
      }
    }
    return pairs;
  }

  private void deleteEntries() throws IOException {
    for (Path e : entries()) {
      Files.delete(e);
    }
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> s = Files.list(cache.resolve("pairs"))) {
      return s.sorted().toList();
    }
  }
}
