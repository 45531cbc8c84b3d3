package io.translationworkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  private static void age(Path p) throws IOException {
    Files.setLastModifiedTime(
        p, FileTime.from(Instant.now().minus(AtomicFiles.LEFTOVER_AGE).minusSeconds(60)));
  }

  private static AtomicFiles.Body text(String s) {
    return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  private static AtomicFiles.Body failing(String s) {
    return out -> {
      out.write(s.getBytes(StandardCharsets.UTF_8));
      out.flush();
      throw new IOException("No space left on device");
    };
  }

  @Test
  void temporaryFilesHaveOneNamePatternThatGitIgnores() throws IOException {
    Path target = dir.resolve("check.sarif");
    List<String> seen = new ArrayList<>();
    AtomicFiles.write(
        target,
        out -> {
          seen.addAll(names(dir));
          out.write('x');
        });
    assertEquals(1, seen.size(), seen::toString);
    String tmp = seen.get(0);
    assertTrue(tmp.startsWith(".check.sarif.") && tmp.endsWith(AtomicFiles.TEMP_SUFFIX), tmp);
    assertTrue(AtomicFiles.isTempName(tmp), tmp);
    assertFalse(AtomicFiles.isTempName("check.sarif"));
    assertFalse(AtomicFiles.isTempName(".notes.tmp"));
    List<String> ignored = Files.readAllLines(Path.of(".gitignore"));
    assertTrue(ignored.contains("*" + AtomicFiles.TEMP_SUFFIX), ignored::toString);
    assertTrue(ignored.contains("review.json.lock"), ignored::toString);
  }

  @Test
  void leftoversOfKilledWritesOlderThanAMinuteGoWithTheNextWrite() throws IOException {
    // a killed run's temporary file and staged report directory, and a younger one that may belong
    // to a run still writing
    Path oldFile = Files.writeString(dir.resolve(".report.json.0123456789ab.workbench-tmp"), "{");
    Path oldDir = Files.createDirectory(dir.resolve(".pair.abcdef012345.workbench-tmp"));
    Files.writeString(oldDir.resolve("report.md"), "# half");
    Path young = Files.writeString(dir.resolve(".report.md.aaaaaaaaaaaa.workbench-tmp"), "#");
    Path notOurs = Files.writeString(dir.resolve(".notes.tmp"), "mine");
    Path notOursEither = Files.writeString(dir.resolve("x.workbench-tmp"), "mine");
    for (Path p : List.of(oldDir.resolve("report.md"), oldFile, oldDir, notOurs, notOursEither)) {
      age(p);
    }
    AtomicFiles.writeString(dir.resolve("report.html"), "<p>");
    assertEquals(
        List.of(
            ".notes.tmp",
            ".report.md.aaaaaaaaaaaa.workbench-tmp",
            "report.html",
            "x.workbench-tmp"),
        names(dir));
    assertTrue(Files.exists(young));
  }

  @Test
  void aSetIsReplacedOnlyWhenEveryFileIsWritten() throws IOException {
    Path other = Files.createDirectory(dir.resolve("ci"));
    Path sarif = Files.writeString(dir.resolve("check.sarif"), "old sarif");
    Path junit = Files.writeString(other.resolve("junit.xml"), "old junit");
    Path summary = Files.writeString(dir.resolve("summary.md"), "old summary");
    Map<Path, AtomicFiles.Body> set = new LinkedHashMap<>();
    set.put(sarif, text("new sarif"));
    set.put(junit, failing("new jun"));
    set.put(summary, text("new summary"));
    AtomicFiles.WriteException e =
        assertThrows(AtomicFiles.WriteException.class, () -> AtomicFiles.writeAll(set));
    assertEquals(junit, e.target());
    assertEquals("cannot write it: No space left on device", e.problem());
    assertEquals("old sarif", Files.readString(sarif));
    assertEquals("old junit", Files.readString(junit));
    assertEquals("old summary", Files.readString(summary));
    assertEquals(List.of("check.sarif", "ci", "summary.md"), names(dir));
    assertEquals(List.of("junit.xml"), names(other));

    set.put(junit, text("new junit"));
    AtomicFiles.writeAll(set);
    assertEquals("new sarif", Files.readString(sarif));
    assertEquals("new junit", Files.readString(junit));
    assertEquals("new summary", Files.readString(summary));
    assertEquals(List.of("check.sarif", "ci", "summary.md"), names(dir));
  }

  private static Map<String, AtomicFiles.Body> reports(String json, AtomicFiles.Body md) {
    Map<String, AtomicFiles.Body> files = new LinkedHashMap<>();
    files.put("report.json", text(json));
    files.put("report.md", md);
    files.put("report.html", text("<p>" + json));
    return files;
  }

  @Test
  void aDirectoryIsSwappedWholeAndKeepsWhatElseItHolds() throws IOException {
    Path pair = dir.resolve("reports/tiktok");
    AtomicFiles.replaceDirectory(pair, reports("1", text("# 1")));
    assertEquals(List.of("report.html", "report.json", "report.md"), names(pair));
    Files.writeString(pair.resolve("notes.txt"), "kept");
    Files.createDirectories(pair.resolve("img"));
    Files.writeString(pair.resolve("img/a.svg"), "<svg/>");

    AtomicFiles.replaceDirectory(pair, reports("2", text("# 2")));
    assertEquals("2", Files.readString(pair.resolve("report.json")));
    assertEquals("# 2", Files.readString(pair.resolve("report.md")));
    assertEquals("<p>2", Files.readString(pair.resolve("report.html")));
    assertEquals("kept", Files.readString(pair.resolve("notes.txt")));
    assertEquals("<svg/>", Files.readString(pair.resolve("img/a.svg")));
    assertEquals(List.of("tiktok"), names(dir.resolve("reports")), "no temporary directory left");
  }

  @Test
  void aDirectoryWhoseSecondFileFailsKeepsTheOldSetWhole() throws IOException {
    Path pair = dir.resolve("reports/tiktok");
    AtomicFiles.replaceDirectory(pair, reports("old", text("# old")));
    AtomicFiles.WriteException e =
        assertThrows(
            AtomicFiles.WriteException.class,
            () -> AtomicFiles.replaceDirectory(pair, reports("new", failing("# ne"))));
    assertEquals(pair.resolve("report.md"), e.target());
    assertTrue(e.problem().contains("No space left on device"), e.problem());
    assertEquals("old", Files.readString(pair.resolve("report.json")));
    assertEquals("# old", Files.readString(pair.resolve("report.md")));
    assertEquals("<p>old", Files.readString(pair.resolve("report.html")));
    assertEquals(List.of("tiktok"), names(dir.resolve("reports")));
  }

  @Test
  void aTargetThatIsADirectoryIsNamedAndNothingIsWritten() throws IOException {
    Path target = Files.createDirectory(dir.resolve("check.sarif"));
    AtomicFiles.WriteException e =
        assertThrows(AtomicFiles.WriteException.class, () -> AtomicFiles.writeString(target, "{}"));
    assertEquals(target, e.target());
    assertEquals("is a directory", e.problem());
    assertEquals(List.of("check.sarif"), names(dir));
  }

  @Test
  void aFileWhereADirectoryShouldBeIsNamed() throws IOException {
    Path reports = Files.writeString(dir.resolve("reports"), "a file");
    Path target = reports.resolve("pair/report.json");
    AtomicFiles.WriteException e =
        assertThrows(AtomicFiles.WriteException.class, () -> AtomicFiles.writeString(target, "{}"));
    assertEquals(target, e.target());
    assertEquals(reports + " is a file, not a directory", e.problem());
    AtomicFiles.WriteException d =
        assertThrows(
            AtomicFiles.WriteException.class,
            () -> AtomicFiles.replaceDirectory(reports, reports("1", text("# 1"))));
    assertEquals("is a file, not a directory", d.problem());
    assertEquals("a file", Files.readString(reports));
  }

  @Test
  void aReadOnlyDirectoryIsNamedAndKeepsItsFiles() throws IOException {
    Path ro = Files.createDirectory(dir.resolve("ro"));
    Path target = Files.writeString(ro.resolve("check.sarif"), "old");
    try {
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
      assumeFalse(Files.isWritable(ro), "root writes into read-only directories");
      AtomicFiles.WriteException e =
          assertThrows(
              AtomicFiles.WriteException.class, () -> AtomicFiles.writeString(target, "new"));
      assertEquals(target, e.target());
      assertTrue(e.problem().startsWith("permission denied"), e.problem());
      assertEquals("old", Files.readString(target));
      assertEquals(List.of("check.sarif"), names(ro));
    } finally {
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
