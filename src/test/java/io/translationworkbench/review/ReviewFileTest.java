package io.translationworkbench.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.AtomicFiles;
import io.translationworkbench.InputException;
import io.translationworkbench.flag.Flag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewFileTest {
  @TempDir Path dir;

  private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

  private ReviewFile twoDecisions(Path file) {
    List<Flag> flags = TestFlags.sampleFlags();
    return ReviewFile.empty(file)
        .with(
            ReviewDecision.of(
                flags.get(2), "Le porte-parole…", Decision.DISMISSED, "léa", DAY, "accepted style"))
        .with(ReviewDecision.of(flags.get(1), null, Decision.CONFIRMED, "bob", DAY, ""));
  }

  @Test
  void missingFileMeansNoDecisions() {
    assertEquals(List.of(), ReviewFile.load(dir.resolve("review.json")).decisions());
  }

  @Test
  void savedFileIsSortedPrettyAndEndsWithNewline() throws IOException {
    Path file = dir.resolve("review.json");
    twoDecisions(file).save();
    String json = Files.readString(file, StandardCharsets.UTF_8);
    List<Flag> flags = TestFlags.sampleFlags();
    String first =
        flags.get(1).fingerprint().compareTo(flags.get(2).fingerprint()) < 0 ? "bob" : "léa";
    assertTrue(json.endsWith("}\n"), json);
    assertTrue(json.startsWith("{\n  \"version\": 1,\n  \"decisions\": {\n    \""), json);
    assertTrue(
        json.indexOf("\"reviewer\": \"" + first + "\"")
            < json.indexOf("\"reviewer\": \"" + other(first)));
    assertTrue(json.contains("\"kind\": \"style\""), json);
    assertTrue(json.contains("\"sentence\": null"), json);
    assertTrue(!json.contains("\r"), "LF only");
  }

  private static String other(String reviewer) {
    return reviewer.equals("bob") ? "léa" : "bob";
  }

  @Test
  void loadGivesBackWhatWasSavedByteForByte() throws IOException {
    Path file = dir.resolve("review.json");
    ReviewFile saved = twoDecisions(file);
    saved.save();
    ReviewFile loaded = ReviewFile.load(file);
    assertEquals(saved.decisions(), loaded.decisions());
    assertArrayEquals(Files.readAllBytes(file), loaded.toJson());
  }

  @Test
  void malformedFileIsAnInputErrorNamingTheFile() throws IOException {
    Path file = dir.resolve("review.json");
    Files.writeString(file, "{\"version\": 1, \"decisions\": {", StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class, () -> ReviewFile.load(file));
    assertEquals(file, e.file());
    assertTrue(e.problem().startsWith("malformed JSON"), e.problem());
  }

  @Test
  void unknownKeyDuplicateKeyAndBadDecisionAreInputErrors() throws IOException {
    Path file = dir.resolve("review.json");
    Files.writeString(file, "{\"version\": 1, \"decisions\": {}, \"extra\": 1}");
    assertTrue(
        assertThrows(InputException.class, () -> ReviewFile.load(file))
            .problem()
            .contains("extra"));
    Files.writeString(file, "{\"version\": 1, \"version\": 1, \"decisions\": {}}");
    assertThrows(InputException.class, () -> ReviewFile.load(file));
    Files.writeString(
        file,
        "{\"version\": 1, \"decisions\": {\"ab\": {\"decision\": \"maybe\", \"reviewer\": \"x\","
            + " \"date\": \"2025-01-01\", \"kind\": \"grammar\", \"ruleId\": \"R\"}}}");
    assertTrue(
        assertThrows(InputException.class, () -> ReviewFile.load(file))
            .problem()
            .contains("maybe"));
    Files.writeString(
        file,
        "{\"version\": 1, \"decisions\": {\"ab\": {\"decision\": \"dismissed\", \"reviewer\": \"x\","
            + " \"date\": \"yesterday\", \"kind\": \"grammar\", \"ruleId\": \"R\"}}}");
    assertTrue(
        assertThrows(InputException.class, () -> ReviewFile.load(file))
            .problem()
            .contains("ISO date"));
  }

  @Test
  void failedSaveLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("review.json");
    twoDecisions(file).save();
    byte[] before = Files.readAllBytes(file);
    byte[] next = ReviewFile.empty(file).toJson();
    AtomicFiles.Body halfThenFail =
        out -> {
          out.write(next, 0, next.length / 2);
          throw new IOException("disk full");
        };
    AtomicFiles.WriteException boom =
        assertThrows(AtomicFiles.WriteException.class, () -> AtomicFiles.write(file, halfThenFail));
    assertEquals(file, boom.target());
    assertEquals("cannot write it: disk full", boom.problem());
    assertArrayEquals(before, Files.readAllBytes(file));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of(file),
          files.filter(f -> !f.toString().endsWith(ReviewFile.LOCK_SUFFIX)).toList(),
          "no temporary file left behind");
    }
  }

  @Test
  void failedFirstSaveCreatesNoFileAtAll() {
    Path file = dir.resolve("review.json");
    AtomicFiles.Body killed =
        out -> {
          out.write('{');
          throw new IOException("killed");
        };
    assertThrows(IOException.class, () -> AtomicFiles.write(file, killed));
    assertTrue(Files.notExists(file));
  }
}
