package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.translationworkbench.InputErrors;
import io.translationworkbench.TestTexts;
import io.translationworkbench.gate.StubPairAnalyzer;
import io.translationworkbench.review.Decision;
import io.translationworkbench.review.ReviewFile;
import io.translationworkbench.review.TestFlags;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where outputs cannot go, pair ids that cannot name a report, policies that are not there, and
 * reviews that run at once: every such run ends with exit code 2 and one line naming the path (no
 * stack trace), and leaves the files it found as they were. {@code check} and {@code review} run on
 * the stub pipeline; {@code report} fails before its analysis except where tagged.
 */
class OutputFailuresTest {
  @TempDir Path root;
  private Path pair;
  private Path reports;

  @BeforeEach
  void pairAndStubPipeline() throws IOException {
    pair = StubPairAnalyzer.writePair(root, "tiktok", TestFlags.MACHINE);
    reports = root.resolve("reports");
    CheckCommandTest.analyzer = new StubPairAnalyzer();
  }

  private Cli.Run check(String... more) {
    List<String> args = new ArrayList<>(List.of("check", "--root", root.toString()));
    args.addAll(List.of(more));
    return CheckCommandTest.run("", Cli.withOutputs(root, args.toArray(String[]::new)));
  }

  /** {@code report} with the real pipeline, writing under ROOT/out unless told otherwise. */
  private static Cli.Run report(String... args) {
    List<String> all = new ArrayList<>(List.of("report"));
    all.addAll(List.of(args));
    return Cli.run(null, "", all.toArray(String[]::new));
  }

  /**
   * Exit code 2, one line on stderr, "workbench: error: PATH: …" with every fragment, no stack
   * trace, nothing on stdout.
   */
  static void assertInputError(Cli.Run r, Path path, String... fragments) {
    assertEquals(2, r.code(), r::toString);
    List<String> lines = r.err().lines().toList();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith("workbench: error: " + path + ": "), r.err());
    InputErrors.assertMentions(lines.get(0), fragments);
    assertFalse(r.err().contains("at io."), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("internal error"), r.err());
    assertEquals("", r.out());
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The three outputs of an earlier check, to be found intact after a failed one. */
  private void earlierOutputs() throws IOException {
    Files.createDirectories(reports);
    for (String name : List.of("check.sarif", "check-junit.xml", "check-summary.md")) {
      Files.writeString(reports.resolve(name), "earlier " + name);
    }
  }

  private void assertEarlierOutputsIntact() throws IOException {
    for (String name : List.of("check.sarif", "check-junit.xml", "check-summary.md")) {
      assertEquals("earlier " + name, Files.readString(reports.resolve(name)));
    }
  }

  // where outputs go

  @Test
  void checkWhoseReportsDirectoryIsAFileNamesIt() throws IOException {
    Files.writeString(reports, "not a directory");
    Cli.Run r = check();
    assertInputError(r, reports.resolve("check.sarif"), reports + " is a file, not a directory");
    assertEquals("not a directory", Files.readString(reports));
  }

  @Test
  void checkIntoAReadOnlyDirectoryNamesItAndKeepsTheEarlierOutputs() throws IOException {
    earlierOutputs();
    try {
      Files.setPosixFilePermissions(reports, PosixFilePermissions.fromString("r-xr-xr-x"));
      assumeFalse(Files.isWritable(reports), "root writes into read-only directories");
      Cli.Run r = check();
      assertInputError(r, reports.resolve("check.sarif"), "permission denied", reports.toString());
      assertEarlierOutputsIntact();
    } finally {
      Files.setPosixFilePermissions(reports, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void checkWhoseOutputPathIsADirectoryWritesNoneOfItsOutputs() throws IOException {
    earlierOutputs();
    Path junit = Files.createDirectories(root.resolve("ci/junit.xml"));
    Cli.Run r = check("--junit", junit.toString());
    assertInputError(r, junit, "is a directory");
    assertEarlierOutputsIntact();
    assertEquals(List.of(), names(junit));
  }

  @Test
  void oneFileNamedForTwoOutputsIsAnInputError() {
    Path same = root.resolve("out.txt");
    Cli.Run r = check("--junit", same.toString(), "--summary", same.toString());
    assertInputError(r, same, "named for two outputs (--junit and --summary)");
    assertFalse(Files.exists(same));
  }

  @Test
  void checkRemovesTheTemporaryFilesOfAKilledRunAndPublishesItsOutputsTogether()
      throws IOException {
    earlierOutputs();
    // what a check killed while writing leaves: its outputs untouched, a temporary file beside
    Path killed =
        Files.writeString(reports.resolve(".check.sarif.0123456789ab.workbench-tmp"), "{");
    Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minusSeconds(300)));
    assertEarlierOutputsIntact();
    Cli.Run r = check();
    assertEquals(1, r.code(), r.err());
    assertEquals(
        List.of("check-junit.xml", "check-summary.md", "check.sarif"),
        names(reports),
        "the leftover is gone, no new one");
    assertTrue(Files.readString(reports.resolve("check.sarif")).contains("\"version\""));
  }

  @Test
  void reportIntoAFileNamesItBeforeTheAnalysis() throws IOException {
    Path out = Files.writeString(root.resolve("out"), "not a directory");
    Cli.Run r = report(pair.toString(), "--out", out.toString());
    assertInputError(r, out, "is a file, not a directory");
    assertEquals("not a directory", Files.readString(out));
  }

  @Test
  @Tag("languagetool")
  void reportWhosePairDirectoryIsAFileNamesItAndKeepsIt() throws IOException {
    Path sample = TestTexts.copySample(root.resolve("sample"));
    Path out = root.resolve("out");
    Path blocker = Files.createDirectories(out).resolve("tiktok-bytedance-2020-09");
    Files.writeString(blocker, "in the way");
    Cli.Run r = report(sample.toString(), "--out", out.toString());
    assertEquals(2, r.code(), r::toString);
    List<String> lines = r.err().lines().toList();
    assertEquals(
        List.of("workbench: error: " + blocker + ": is a file, not a directory"), lines, r.err());
    assertEquals("in the way", Files.readString(blocker));
    assertEquals(List.of("tiktok-bytedance-2020-09"), names(out));
  }

  // pairs and their ids

  @Test
  void theRootDirectoryIsNotAPair() {
    Path slash = Path.of("/");
    assertInputError(
        report(slash.toString(), "--out", root.resolve("out").toString()),
        slash,
        "is the root directory, not a pair directory");
    assertInputError(check(slash.toString()), slash, "is the root directory");
    assertFalse(Files.exists(root.resolve("out")));
  }

  private Path manifest(String json) throws IOException {
    return Files.writeString(pair.resolve("pair.json"), json, StandardCharsets.UTF_8);
  }

  @Test
  void aNulInAFileNameIsAnInputErrorNamingTheManifest() throws IOException {
    Path manifest =
        manifest("{\"language\": \"fr\", \"machine\": {\"file\": \"machine\\u0000.fr.txt\"}}");
    String problem = "file \"machine\\u0000.fr.txt\" must be a plain file name";
    assertInputError(check(), manifest, problem);
    assertInputError(
        report(pair.toString(), "--out", root.resolve("out").toString()), manifest, problem);
    assertInputError(
        CheckCommandTest.run("", "review", pair.toString(), "--list"), manifest, problem);
    assertFalse(Files.exists(reports));
  }

  @Test
  void anEmptyPairIdIsRejectedByEveryCommand() throws IOException {
    Path manifest = manifest("{\"id\": \"\", \"language\": \"fr\"}");
    String problem = "pair id \"\" must match";
    assertInputError(check(), manifest, problem);
    assertInputError(
        report(pair.toString(), "--out", root.resolve("out").toString()), manifest, problem);
    assertInputError(
        CheckCommandTest.run(
            "",
            "review",
            pair.toString(),
            "--dismiss",
            TestFlags.sampleFlags().get(1).fingerprint()),
        manifest,
        problem);
    assertFalse(Files.exists(reports));
    assertFalse(Files.exists(pair.resolve(ReviewFile.FILE_NAME)));
  }

  @Test
  void anIdWithALineBreakStaysOnOneLine() throws IOException {
    Path manifest = manifest("{\"id\": \"a\\nb\", \"language\": \"fr\"}");
    assertInputError(check(), manifest, "pair id \"a\\u000ab\" must match");
  }

  @Test
  void twoPairsWithOneIdWriteNoReport() throws IOException {
    Path other = StubPairAnalyzer.writePair(root.resolve("elsewhere"), "tiktok", TestFlags.MACHINE);
    Path out = root.resolve("out");
    Cli.Run r = report(pair.toString(), other.toString(), "--out", out.toString());
    assertInputError(r, other, "same pair id as " + pair + ": tiktok");
    assertFalse(Files.exists(out));

    // the same with ids from the manifests, under report and check
    Path third = StubPairAnalyzer.writePair(root, "tiktok-copy", TestFlags.MACHINE);
    Files.writeString(third.resolve("pair.json"), "{\"id\": \"tiktok\", \"language\": \"fr\"}");
    assertInputError(
        report(pair.toString(), third.toString(), "--out", out.toString()),
        third,
        "same pair id as " + pair + ": tiktok");
    assertInputError(check(), third, "same pair id as " + pair + ": tiktok");
    assertFalse(Files.exists(out));
    assertFalse(Files.exists(reports));
  }

  // the policy

  @Test
  void aPolicyFileNamedButMissingIsAnInputError() throws IOException {
    Path missing = root.resolve("strict.json");
    assertInputError(check("--policy", missing.toString()), missing, "policy file not found");
    assertFalse(Files.exists(reports));
  }

  @Test
  void aPolicyFileThatIsALinkToNothingIsAnInputError() throws IOException {
    Path link = Files.createSymbolicLink(root.resolve("strict.json"), root.resolve("gone.json"));
    assertInputError(
        check("--policy", link.toString()),
        link,
        "policy file not found: a symbolic link to " + root.resolve("gone.json"));
    // the default policy too: a link to nothing is a mistake, not "no policy"
    Path dflt = Files.createSymbolicLink(root.resolve("quality-gate.json"), Path.of("gone.json"));
    assertInputError(check(), dflt, "policy file not found: a symbolic link to gone.json");
    Files.delete(dflt);
    Files.createDirectory(dflt);
    assertInputError(check(), dflt, "policy file is a directory");
    assertFalse(Files.exists(reports));
  }

  // reviews at once

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void concurrentScriptedReviewsKeepEveryDecision() throws Exception {
    List<String> fps = TestFlags.sampleFlags().stream().map(f -> f.fingerprint()).toList();
    Path file = pair.resolve(ReviewFile.FILE_NAME);
    ExecutorService pool = Executors.newFixedThreadPool(fps.size());
    try {
      for (int round = 0; round < 25; round++) {
        Files.deleteIfExists(file);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Cli.Run>> runs = new ArrayList<>();
        for (int i = 0; i < fps.size(); i++) {
          String action = i % 2 == 0 ? "--dismiss" : "--confirm";
          String fp = fps.get(i);
          runs.add(
              pool.submit(
                  () -> {
                    start.await();
                    return CheckCommandTest.run("", "review", pair.toString(), action, fp);
                  }));
        }
        start.countDown();
        for (Future<Cli.Run> f : runs) {
          Cli.Run r = f.get();
          assertEquals(0, r.code(), r::toString);
        }
        ReviewFile saved = ReviewFile.load(file);
        for (int i = 0; i < fps.size(); i++) {
          assertEquals(
              i % 2 == 0 ? Decision.DISMISSED : Decision.CONFIRMED,
              saved
                  .find(fps.get(i))
                  .orElseThrow(() -> new AssertionError(saved.decisions()))
                  .decision(),
              "round " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        List.of("human.fr.txt", "machine.fr.txt", "review.json", "review.json.lock"), names(pair));
  }

  @Test
  void aReviewThatCannotSaveNamesTheFileAndKeepsTheDecisionsSaved() throws IOException {
    String first = TestFlags.sampleFlags().get(1).fingerprint();
    assertEquals(0, CheckCommandTest.run("", "review", pair.toString(), "--dismiss", first).code());
    Path file = pair.resolve(ReviewFile.FILE_NAME);
    byte[] before = Files.readAllBytes(file);
    // the lock cannot be taken: a directory stands where the lock file goes
    Path lock = pair.resolve(ReviewFile.FILE_NAME + ReviewFile.LOCK_SUFFIX);
    Files.delete(lock);
    Files.createDirectory(lock);
    String second = TestFlags.sampleFlags().get(3).fingerprint();
    assertInputError(
        CheckCommandTest.run("", "review", pair.toString(), "--confirm", second),
        file,
        "cannot lock " + lock);
    // the interactive review stops at the first decision it cannot save
    Cli.Run r = CheckCommandTest.run("c\nd\n", "review", pair.toString(), "--reviewer", "bob");
    assertEquals(2, r.code(), r::toString);
    assertEquals(
        List.of(
            "workbench: error: "
                + file
                + ": review stopped: cannot lock "
                + lock
                + ": Is a directory"),
        r.err().lines().toList());
    assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
  }
}
