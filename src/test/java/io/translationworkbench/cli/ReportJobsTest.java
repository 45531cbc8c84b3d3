package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.TestTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --jobs}: the sample pair and three real WMT22 documents (machine translation
 * against the human reference, from bench/devset) reported with one job and with four write the
 * same bytes and print the same lines in the same order.
 */
@Tag("languagetool")
class ReportJobsTest {
  static final List<String> DOCS =
      List.of("bz-berlin.de.13125", "dzonline.de.23305", "ecommerce_de_38");

  @TempDir Path root;

  @Test
  void oneJobAndFourJobsWriteTheSameReports() throws IOException {
    Path articles = root.resolve("articles");
    TestTexts.copySample(articles.resolve("a-sample"));
    for (String doc : DOCS) {
      Path dir = Files.createDirectories(articles.resolve("wmt-" + doc.replace('.', '-')));
      Path src = Path.of("bench/devset/docs", doc);
      Files.copy(src.resolve("hyp.fr"), dir.resolve("machine.fr.txt"));
      Files.copy(src.resolve("ref.fr"), dir.resolve("human.fr.txt"));
      Files.writeString(
          dir.resolve("pair.json"),
          "{\"id\": \"wmt-"
              + doc.replace('.', '-')
              + "\", \"language\": \"fr\", \"machine\": {\"file\": \"machine.fr.txt\"},"
              + " \"human\": {\"file\": \"human.fr.txt\"}}");
    }
    Cli.Run one = report(articles, root.resolve("one"), "1");
    Cli.Run four = report(articles, root.resolve("four"), "4");
    assertEquals(0, one.code(), one.err());
    assertEquals(0, four.code(), four.err());
    assertEquals(
        one.out().replace(root.resolve("one").toString(), "OUT"),
        four.out().replace(root.resolve("four").toString(), "OUT"));
    // a line per pair, then the corpus report's (its index files are compared below too)
    assertEquals(5, one.out().lines().count(), one.out());
    List<Path> a = Cli.files(root.resolve("one"));
    List<Path> b = Cli.files(root.resolve("four"));
    assertEquals(a, b);
    assertTrue(a.size() >= 12, a.toString());
    for (Path f : a) {
      assertArrayEquals(
          Files.readAllBytes(root.resolve("one").resolve(f)),
          Files.readAllBytes(root.resolve("four").resolve(f)),
          f.toString());
    }
  }

  private static Cli.Run report(Path articles, Path out, String jobs) {
    return Cli.run(null, "", Cli.report(articles, out, "workbench.json", "--jobs", jobs));
  }
}
