package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.translationworkbench.TestTexts;
import io.translationworkbench.gate.StubPairAnalyzer;
import io.translationworkbench.review.TestFlags;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every input read through the one reader: a FIFO, a device behind a link, a link leaving the pair
 * directory, a glossary or rule file outside the project, UTF-16 text and {@code @file} arguments
 * each end the run with exit 2 and one line naming the file, with no stack trace and every file
 * left as it was. A FIFO opened for reading would block for ever: each test runs in its own thread
 * and fails after a generous 30 s instead of hanging the build (not a timing assertion).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class UnusableInputTest {
  @TempDir Path tmp;

  private static final String FIFO = "not a regular file (a FIFO)";

  /** Makes a FIFO at {@code p}; the test is skipped where mkfifo is not available. */
  private static Path mkfifo(Path p) throws InterruptedException {
    Process proc;
    try {
      proc = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available: " + e.getMessage());
      return p;
    }
    assumeTrue(proc.waitFor(10, TimeUnit.SECONDS) && proc.exitValue() == 0, "mkfifo failed");
    return p;
  }

  private static boolean isFifo(Path p) throws IOException {
    return Files.exists(p, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
        && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
        && !Files.isSymbolicLink(p);
  }

  /** Every entry under {@code tmp}: a regular file by its hash, anything else by its kind. */
  private Map<String, String> snapshot() throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> s = Files.walk(tmp)) {
      for (Path p : s.toList()) {
        String kind;
        if (Files.isSymbolicLink(p)) {
          kind = "link to " + Files.readSymbolicLink(p);
        } else if (Files.isDirectory(p)) {
          kind = "directory";
        } else if (Files.isRegularFile(p)) {
          kind = sha256(Files.readAllBytes(p));
        } else {
          kind = "special";
        }
        all.put(tmp.relativize(p).toString(), kind);
      }
    }
    return all;
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Runs {@code args} (through {@code check}'s stub pipeline when {@code stub}), then asserts exit
   * 2, one line on stderr naming {@code file} with every fragment, no stack trace, nothing on
   * stdout, and every file under the temporary directory as it was.
   */
  private void assertRejected(boolean stub, Path file, String[] args, String... fragments)
      throws IOException {
    Map<String, String> before = snapshot();
    Cli.Run r = Cli.run(stub ? cfg -> new StubPairAnalyzer() : null, "", args);
    Cli.assertInputError(r, file, fragments);
    assertEquals(before, snapshot(), "files changed");
  }

  private Path pair() throws IOException {
    return TestTexts.copySample(tmp.resolve("pair"));
  }

  private String[] report(Path pair) {
    return new String[] {"report", pair.toString(), "--out", tmp.resolve("out").toString()};
  }

  private Path stubPair() throws IOException {
    return StubPairAnalyzer.writePair(tmp, "p", TestFlags.MACHINE);
  }

  private String[] check(String... more) {
    return Cli.atRoot("check", tmp, more);
  }

  private static void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  // --- a FIFO as each kind of input ---

  @ParameterizedTest
  @ValueSource(strings = {TestTexts.MACHINE, TestTexts.HUMAN, TestTexts.MANIFEST, "workbench.json"})
  void fifoInThePairDirectory(String name) throws Exception {
    Path pair = pair();
    Path file = pair.resolve(name);
    Files.deleteIfExists(file);
    mkfifo(file);
    assertRejected(false, file, report(pair), FIFO);
    assertTrue(isFifo(file));
  }

  @Test
  void fifoAsTheConfigOption() throws Exception {
    Path pair = pair();
    Path config = mkfifo(tmp.resolve("workbench.json"));
    String[] args = {
      "report",
      pair.toString(),
      "--out",
      tmp.resolve("out").toString(),
      "--config",
      config.toString()
    };
    assertRejected(false, config, args, FIFO);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"grammar\": {\"glossary\": [\"names.txt\"]}}  | names.txt",
        "{\"grammar\": {\"ruleFiles\": [\"rules\"]}}     | rules/house.xml",
        "{\"grammar\": {\"ruleFiles\": [\"house.xml\"]}} | house.xml",
      })
  void fifoNamedByWorkbenchJson(String config, String name) throws Exception {
    Path pair = pair();
    write(pair.resolve("workbench.json"), config);
    Path file = pair.resolve(name);
    Files.createDirectories(file.getParent());
    mkfifo(file);
    assertRejected(
        false, file, report(pair), FIFO, "declared in " + pair.resolve("workbench.json"));
  }

  @Test
  void fifoAsReviewJsonInCheck() throws Exception {
    Path pair = stubPair();
    Path review = mkfifo(pair.resolve("review.json"));
    assertRejected(true, review, check(), FIFO);
    assertTrue(isFifo(review));
  }

  @Test
  void fifoAsReviewJsonInReviewIsNotReplaced() throws Exception {
    Path pair = stubPair();
    Path review = mkfifo(pair.resolve("review.json"));
    String fp = TestFlags.sampleFlags().get(1).fingerprint();
    String[] args = {"review", pair.toString(), "--dismiss", fp, "--note", "house style"};
    assertRejected(true, review, args, FIFO);
    assertTrue(isFifo(review), "review.json is still the FIFO, not a file written over it");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--policy", "--baseline"})
  void fifoAsAGateOption(String option) throws Exception {
    stubPair();
    Path file = mkfifo(tmp.resolve("gate.json"));
    assertRejected(true, file, check(option, file.toString()), FIFO);
  }

  @Test
  void fifoAsTheDefaultPolicyIsAnErrorNotTheDefaults() throws Exception {
    stubPair();
    Path policy = mkfifo(tmp.resolve("quality-gate.json"));
    assertRejected(true, policy, check(), FIFO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--hyp", "--ref"})
  void fifoAsAScoreFile(String option) throws Exception {
    Path fifo = mkfifo(tmp.resolve("fifo.txt"));
    Path other = tmp.resolve("other.txt");
    write(other, "le chat\n");
    boolean hyp = option.equals("--hyp");
    String[] args = {
      "score", "--hyp", (hyp ? fifo : other).toString(), "--ref", (hyp ? other : fifo).toString()
    };
    assertRejected(false, fifo, args, FIFO);
  }

  // --- devices and links ---

  @Test
  void machineTextLinkedToDevZero() throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero");
    Path pair = pair();
    Path machine = pair.resolve(TestTexts.MACHINE);
    Files.delete(machine);
    Files.createSymbolicLink(machine, zero);
    assertRejected(
        false,
        machine,
        report(pair),
        "not a regular file (a character device, linked to /dev/zero)");
  }

  @Test
  void scoreHypothesisLinkedToDevZero() throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero");
    Path hyp = Files.createSymbolicLink(tmp.resolve("hyp.txt"), zero);
    write(tmp.resolve("ref.txt"), "le chat\n");
    String[] args = {"score", "--hyp", hyp.toString(), "--ref", tmp.resolve("ref.txt").toString()};
    assertRejected(false, hyp, args, "not a regular file (a character device");
  }

  @Test
  void policyLinkedToDevZero() throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero");
    stubPair();
    Path policy = Files.createSymbolicLink(tmp.resolve("policy.json"), zero);
    assertRejected(true, policy, check("--policy", policy.toString()), "a character device");
  }

  @Test
  void machineTextLinkedOutOfThePairDirectory() throws Exception {
    Path pair = pair();
    Path machine = pair.resolve(TestTexts.MACHINE);
    Path outside = tmp.resolve("elsewhere.fr.txt");
    Files.move(machine, outside);
    Files.createSymbolicLink(machine, outside);
    assertRejected(
        false, machine, report(pair), "resolves to " + outside.toRealPath(), "the pair directory");
  }

  @Test
  void humanTextLinkedOutOfThePairDirectoryRelatively() throws Exception {
    Path pair = pair();
    Path human = pair.resolve(TestTexts.HUMAN);
    Files.move(human, tmp.resolve("human.fr.txt"));
    Files.createSymbolicLink(human, Path.of("..", "human.fr.txt"));
    assertRejected(false, human, report(pair), "outside the pair directory");
  }

  @Test
  void absoluteGlossaryPathOutsideTheProject() throws Exception {
    Path pair = pair();
    Path names = tmp.resolve("elsewhere/names.txt");
    write(names, "ByteDance\n");
    write(
        pair.resolve("workbench.json"),
        "{\"grammar\": {\"glossary\": [\"" + names.toAbsolutePath() + "\"]}}");
    assertRejected(
        false, names.toAbsolutePath(), report(pair), "glossary lies outside", "workbench.json");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"grammar\": {\"glossary\": [\"names.txt\"]}} | names.txt       | glossary resolves to",
        "{\"grammar\": {\"ruleFiles\": [\"rules\"]}}    | rules/house.xml | rule file resolves to",
      })
  void fileNamedByWorkbenchJsonLinkedOutOfTheProject(String config, String name, String problem)
      throws Exception {
    Path pair = pair();
    Path target = tmp.resolve("elsewhere/target");
    write(target, "<rules lang=\"fr\"></rules>\n");
    write(pair.resolve("workbench.json"), config);
    Path link = pair.resolve(name);
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, target);
    assertRejected(false, link, report(pair), problem, "declared in");
  }

  // --- encodings ---

  @Test
  void utf16MachineTextSaysUtf16NotBinary() throws Exception {
    Path pair = pair();
    Path machine = pair.resolve(TestTexts.MACHINE);
    byte[] text = TestTexts.sample(TestTexts.MACHINE).getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[text.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(text, 0, withBom, 2, text.length);
    Files.write(machine, withBom);
    assertRejected(
        false,
        machine,
        report(pair),
        "UTF-16",
        "byte-order mark FF FE",
        "re-save the file as UTF-8");
  }

  @Test
  void utf16BigEndianPairJsonSaysUtf16() throws Exception {
    Path pair = pair();
    Path manifest = pair.resolve(TestTexts.MANIFEST);
    // UTF_16 encodes big-endian with the mark FE FF first
    Files.write(manifest, "{\"language\": \"fr\"}".getBytes(StandardCharsets.UTF_16));
    assertRejected(false, manifest, report(pair), "UTF-16", "FE FF");
  }

  @Test
  void utf16ScoreReferenceSaysUtf16() throws Exception {
    write(tmp.resolve("hyp.txt"), "le chat\n");
    Path ref = tmp.resolve("ref.txt");
    Files.write(ref, "\uFEFFle chat\n".getBytes(StandardCharsets.UTF_16LE));
    String[] args = {"score", "--hyp", tmp.resolve("hyp.txt").toString(), "--ref", ref.toString()};
    assertRejected(false, ref, args, "UTF-16", "FF FE");
  }

  // --- @file arguments are not expanded ---

  @Test
  void atFileArgumentIsNotExpandedNorEchoed() throws IOException {
    Path args = tmp.resolve("args.txt");
    write(args, "SECRET-LINE-ONE\n--SECRET-LINE-TWO\n");
    write(tmp.resolve("ref.txt"), "le chat\n");
    Path named = Path.of("@" + args);
    String[] run = {"score", "--hyp", named.toString(), "--ref", tmp.resolve("ref.txt").toString()};
    // expanded, the file's lines would be arguments, and "--SECRET-LINE-TWO" an unknown option
    // echoed on stderr; as it is, "@…" names a file that does not exist
    assertRejected(false, named, run, "file not found");
    Cli.Run r = Cli.run(null, "", run);
    assertFalse(r.err().contains("SECRET"), r.err());
  }

  @Test
  void atFileAsAPairIsAPathNamedAsItIs() throws IOException {
    Path args = tmp.resolve("args.txt");
    write(args, "SECRET-LINE-ONE\n");
    Map<String, String> before = snapshot();
    Cli.Run r = Cli.run(null, "", "report", "@" + args, "--out", tmp.resolve("out").toString());
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("workbench: error: @" + args + ": "), r.err());
    assertFalse(r.err().contains("SECRET"), r.err());
    assertEquals(before, snapshot());
  }
}
