package io.translationworkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private static List<String> names(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Counts a bad read and keeps the first few for the failure message. */
  private static void note(List<String> bad, int[] count, String what) {
    if (count[0]++ < 5) {
      bad.add(what);
    }
  }

  @Test
  void writesContentAndCreatesParents() throws IOException {
    Path target = dir.resolve("reports/pair/report.md");
    AtomicFiles.writeString(target, "# Rapport\nÉtats-Unis\n");
    assertEquals("# Rapport\nÉtats-Unis\n", Files.readString(target, StandardCharsets.UTF_8));
    assertEquals(List.of("report.md"), names(target.getParent()));
  }

  @Test
  void replacesAnExistingFile() throws IOException {
    Path target =
        Files.writeString(
            dir.resolve("report.json"), "old content that is longer than the new one");
    AtomicFiles.writeString(target, "{}");
    assertEquals("{}", Files.readString(target));
    assertEquals(List.of("report.json"), names(dir));
  }

  @Test
  void parentThatIsARegularFileFailsAndLeavesNoTempFile() throws IOException {
    Files.writeString(dir.resolve("reports"), "not a directory");
    Path target = dir.resolve("reports/report.json");
    assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "{}"));
    assertEquals(List.of("reports"), names(dir));
    assertEquals("not a directory", Files.readString(dir.resolve("reports")));
  }

  @Test
  void failedRenameRemovesTheTempFile() throws IOException {
    // the target is a non-empty directory, so the final move cannot replace it
    Path target = Files.createDirectory(dir.resolve("report.json"));
    Files.writeString(target.resolve("keep.txt"), "x");
    assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "{}"));
    assertEquals(List.of("report.json"), names(dir));
    assertEquals(List.of("keep.txt"), names(target));
  }

  @Test
  void largeContentReadsBackWhole() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < 6_000_000; i++) {
      sb.append("ligne ").append(i).append(" — société\n");
    }
    String content = sb.toString();
    Path target = dir.resolve("big.txt");
    AtomicFiles.writeString(target, content);
    assertEquals(content, Files.readString(target, StandardCharsets.UTF_8));
    assertEquals(List.of("big.txt"), names(dir));
  }

  @Test
  void readerNeverSeesAPartlyWrittenFile() throws Exception {
    String a = "a".repeat(2_000_000);
    String b = "b".repeat(3_000_000);
    Path target = dir.resolve("report.json");
    AtomicFiles.writeString(target, a);
    AtomicBoolean done = new AtomicBoolean();
    List<String> bad = new ArrayList<>();
    int[] reads = {0};
    int[] badReads = {0};
    Thread reader =
        new Thread(
            () -> {
              while (!done.get()) {
                try {
                  String seen = Files.readString(target);
                  reads[0]++;
                  if (!seen.equals(a) && !seen.equals(b)) {
                    note(bad, badReads, "read " + seen.length() + " chars");
                  }
                } catch (NoSuchFileException e) {
                  note(bad, badReads, "file missing during replace");
                } catch (IOException e) {
                  note(bad, badReads, e.toString());
                }
              }
            });
    reader.start();
    for (int i = 0; i < 20; i++) {
      AtomicFiles.writeString(target, i % 2 == 0 ? b : a);
    }
    done.set(true);
    reader.join();
    assertEquals(
        0, badReads[0], () -> badReads[0] + " bad reads of " + reads[0] + ", first: " + bad);
    assertTrue(reads[0] > 0);
    assertEquals(a, Files.readString(target));
    assertEquals(List.of("report.json"), names(dir));
  }
}
