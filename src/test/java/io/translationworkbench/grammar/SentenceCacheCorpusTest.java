package io.translationworkbench.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.translationworkbench.config.GrammarConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-sentence cache on a whole corpus (not part of the default run: it takes minutes). Every
 * document of a WMT-style directory (docs.tsv, ref.A.fr and hyp.*.fr, one segment per line, one
 * document = one text per system) is checked by LanguageTool without a cache, then with the cache
 * cold, then by a new checker reading every sentence back from disk, then with one sentence of each
 * text edited; every answer must equal LanguageTool's own answer without a cache.
 *
 * <pre>
 * WORKBENCH_CORPUS=/path/to/wmt22-defr-dev mvn -o -B test -Dtest=SentenceCacheCorpusTest \
 *     -Dgroups=benchmark -DexcludedGroups=none
 * </pre>
 */
@Tag("benchmark")
class SentenceCacheCorpusTest {
  private static final GrammarChecker.RuleSetup SETUP =
      GrammarChecker.setupFor(GrammarConfig.DEFAULT);

  @TempDir Path cache;

  @Test
  void everyCorpusTextGetsLanguageToolsOwnMatches() throws Exception {
    String corpus = System.getenv("WORKBENCH_CORPUS");
    assumeTrue(corpus != null && !corpus.isBlank(), "WORKBENCH_CORPUS not set");
    List<String> texts = texts(Path.of(corpus));
    List<String> edited = texts.stream().map(SentenceCacheCorpusTest::edit).toList();
    int threads = 2;

    EmbeddedLanguageTool plain = new EmbeddedLanguageTool();
    long t0 = System.nanoTime();
    List<List<RawMatch>> expected = run(texts, plain::check, threads);
    long t1 = System.nanoTime();
    EmbeddedLanguageTool cold = new EmbeddedLanguageTool(cache);
    List<List<RawMatch>> coldAnswers = run(texts, cold::check, threads);
    long t2 = System.nanoTime();
    EmbeddedLanguageTool warm = new EmbeddedLanguageTool(cache);
    List<List<RawMatch>> warmAnswers = run(texts, warm::check, threads);
    long t3 = System.nanoTime();
    SentenceCache.Stats warmStats = warm.sentenceStats();
    EmbeddedLanguageTool edit = new EmbeddedLanguageTool(cache);
    List<List<RawMatch>> editAnswers = run(edited, edit::check, threads);
    long t4 = System.nanoTime();
    List<List<RawMatch>> editExpected = run(edited, plain::check, threads);
    long t5 = System.nanoTime();

    int differ = 0;
    int matches = 0;
    for (int i = 0; i < texts.size(); i++) {
      matches += expected.get(i).size();
      if (!expected.get(i).equals(coldAnswers.get(i))
          || !expected.get(i).equals(warmAnswers.get(i))
          || !editExpected.get(i).equals(editAnswers.get(i))) {
        differ++;
        System.out.println("differs: text " + i);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d texts, %d matches; %d texts differ%n"
            + "no cache %.1f s, cold %.1f s, warm %.1f s (%s), one sentence edited %.1f s (%s),"
            + " the edited texts without cache %.1f s%n",
        texts.size(),
        matches,
        differ,
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (t3 - t2) / 1e9,
        warmStats,
        (t4 - t3) / 1e9,
        edit.sentenceStats(),
        (t5 - t4) / 1e9);
    assertEquals(0, differ);
  }

  interface Check {
    List<RawMatch> check(LtText text, GrammarChecker.RuleSetup setup);
  }

  private static List<List<RawMatch>> run(List<String> texts, Check check, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<RawMatch>>> fs = new ArrayList<>();
      for (String t : texts) {
        fs.add(pool.submit(() -> check.check(SentenceCacheTest.lt(t), SETUP)));
      }
      List<List<RawMatch>> out = new ArrayList<>();
      for (Future<List<RawMatch>> f : fs) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** One word of the middle line dropped: an edit of one sentence. */
  private static String edit(String text) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    int mid = lines.size() / 2;
    String line = lines.get(mid);
    int sp = line.indexOf(' ', line.length() / 2);
    int next = sp < 0 ? -1 : line.indexOf(' ', sp + 1);
    if (next > 0) {
      lines.set(mid, line.substring(0, sp) + line.substring(next));
    } else {
      lines.set(mid, line + " donc");
    }
    return String.join("\n", lines) + "\n";
  }

  /** Each document of each system and of the reference, as one text. */
  private static List<String> texts(Path corpus) throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(corpus.resolve("ref.A.fr"));
    try (var s = Files.list(corpus)) {
      s.filter(p -> p.getFileName().toString().matches("hyp\\..*\\.fr"))
          .sorted()
          .forEach(files::add);
    }
    List<String[]> docs =
        Files.readAllLines(corpus.resolve("docs.tsv")).stream()
            .skip(1)
            .map(l -> l.split("\t"))
            .toList();
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f);
      Function<String[], String> doc =
          d -> {
            int first = Integer.parseInt(d[2]) - 1;
            int n = Integer.parseInt(d[3]);
            return String.join("\n", lines.subList(first, first + n)) + "\n";
          };
      docs.forEach(d -> texts.add(doc.apply(d)));
    }
    return texts;
  }
}
