package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.flag.Flag;
import io.translationworkbench.gate.StubPairAnalyzer;
import io.translationworkbench.review.Decision;
import io.translationworkbench.review.ReviewDecision;
import io.translationworkbench.review.ReviewFile;
import io.translationworkbench.review.TestFlags;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {
  @TempDir Path root;
  private Path pair;
  private final List<Flag> flags = TestFlags.sampleFlags();

  @BeforeEach
  void pairAndStubPipeline() throws IOException {
    pair = StubPairAnalyzer.writePair(root, "tiktok", TestFlags.MACHINE);
    CheckCommandTest.analyzer = new StubPairAnalyzer();
  }

  private Cli.Run review(String input, String... more) {
    String[] args = new String[more.length + 2];
    args[0] = "review";
    args[1] = pair.toString();
    System.arraycopy(more, 0, args, 2, more.length);
    return CheckCommandTest.run(input, args);
  }

  private ReviewDecision saved(String fingerprint) {
    return ReviewFile.load(pair.resolve("review.json")).find(fingerprint).orElseThrow();
  }

  @Test
  void listShowsEveryFlagWithItsState() {
    Cli.Run r = review("", "--list");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out().contains("open      " + flags.get(1).fingerprint() + " error   grammar"), r.out());
    // one card per sentence: the sentence once, its flags indented under it
    assertTrue(
        r.out()
            .contains(
                "sentence m2, line 2: «Les responsables sont confiants que la vente fera ByteDance"
                    + " semblent faibles.»\n  open      "
                    + flags.get(1).fingerprint()),
        r.out());
    assertTrue(
        r.out()
            .endsWith(
                "4 flags on 4 sentences; 4 open, 0 confirmed, 0 dismissed; 0 stale decisions\n"),
        r.out());
  }

  @Test
  void scriptedDismissAndConfirmAcceptAUniquePrefix() {
    String fp = flags.get(1).fingerprint();
    Cli.Run r =
        review(
            "",
            "--dismiss",
            fp.substring(0, 8),
            "--note",
            "accepted style",
            "--reviewer",
            "léa",
            "--date",
            "2025-03-14");
    assertEquals(0, r.code(), r.err());
    ReviewDecision d = saved(fp);
    assertEquals(Decision.DISMISSED, d.decision());
    assertEquals("accepted style", d.note());
    assertEquals("léa", d.reviewer());
    assertEquals("2025-03-14", d.date());
    assertEquals(0, review("", "--confirm", flags.get(3).fingerprint()).code());
    assertEquals(Decision.CONFIRMED, saved(flags.get(3).fingerprint()).decision());
    assertTrue(review("", "--list").out().contains("dismissed " + fp), "list shows the state");
  }

  @Test
  void aScriptedDecisionThatReplacesAnotherSaysSo() {
    String fp = flags.get(1).fingerprint();
    assertEquals(
        0, review("", "--dismiss", fp, "--reviewer", "léa", "--date", "2025-03-14").code());
    Cli.Run r = review("", "--confirm", fp, "--reviewer", "bob");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out().contains("It replaces the dismissed decision by léa on 2025-03-14"), r.out());
    assertEquals(Decision.CONFIRMED, saved(fp).decision());
    assertEquals("bob", saved(fp).reviewer());
  }

  @Test
  void unknownFingerprintIsAnInputError() {
    Cli.Run r = review("", "--dismiss", "ffffffffff");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no flag with fingerprint ffffffffff"), r.err());
  }

  @Test
  void twoActionsAtOnceAreAUsageError() {
    assertEquals(2, review("", "--list", "--confirm", "abcd").code());
  }

  @Test
  void severityOptionFiltersTheInteractiveReviewAndUndoTakesBackADecision() {
    Cli.Run r = review("c\nu\nd\nd\n", "--severity", "error", "--reviewer", "bob");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Showing error flags (f to change)."), r.out());
    assertTrue(r.out().contains("Undone: confirmed"), r.out());
    assertTrue(r.out().contains("All error flags seen"), r.out());
    assertTrue(!r.out().contains("· warning ·") && !r.out().contains("· info ·"), r.out());
    assertEquals(Decision.DISMISSED, saved(flags.get(1).fingerprint()).decision());
    assertEquals(2, ReviewFile.load(pair.resolve("review.json")).decisions().size());
  }

  @Test
  void reviewOfAPairIdSuggestsTheArticlesDirectory() {
    Cli.Run r = CheckCommandTest.run("", "review", "articles/tiktk", "--list");
    Cli.assertInputError(r, Path.of("articles/tiktk"), "not a pair directory");
  }

  @Test
  void interactiveReviewDrivenByScriptedKeysWritesTheReviewFile() throws IOException {
    Cli.Run r = review("d\nn\nleft in English\nc\ns\nq\n", "--reviewer", "bob", "--color", "auto");
    assertEquals(0, r.code(), r.err());
    // most severe first, as in the reports: the two errors (grammar, then untranslated), then the
    // rest
    assertTrue(r.out().contains("flag 1 of 4 · error · grammar"), r.out());
    assertTrue(r.out().contains("[[semblent]]"), "no terminal: markers, not colour");
    assertTrue(r.out().contains("human:   " + StubPairAnalyzer.HUMAN), r.out());
    assertTrue(r.out().contains("flag 2 of 4 · error · untranslated"), r.out());
    assertEquals(Decision.DISMISSED, saved(flags.get(1).fingerprint()).decision());
    ReviewDecision confirmed = saved(flags.get(3).fingerprint());
    assertEquals(Decision.CONFIRMED, confirmed.decision());
    assertEquals("left in English", confirmed.note());
    assertEquals("bob", confirmed.reviewer());
    assertEquals(2, ReviewFile.load(pair.resolve("review.json")).decisions().size());
    String json = Files.readString(pair.resolve("review.json"), StandardCharsets.UTF_8);
    assertTrue(json.endsWith("}\n") && json.contains("\"decision\": \"confirmed\""), json);

    // a second session only shows the flags still open
    Cli.Run second = review("q\n");
    assertTrue(second.out().contains("flag 1 of 2 · warning · style"), second.out());
  }

  @Test
  void interruptedInteractiveReviewKeepsEveryDecisionTaken() {
    Cli.Run r = review("c\nd\n");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("End of input"), r.out());
    assertEquals(Decision.CONFIRMED, saved(flags.get(1).fingerprint()).decision());
    assertEquals(Decision.DISMISSED, saved(flags.get(3).fingerprint()).decision());
  }

  @Test
  void editedSentenceReportsTheDecisionAsStaleUntilTheNewFlagIsDecided() throws IOException {
    String old = flags.get(1).fingerprint();
    assertEquals(0, review("", "--dismiss", old, "--note", "fine").code());
    String edited =
        TestFlags.MACHINE.replace("Les responsables sont", "Les hauts responsables sont");
    Files.writeString(pair.resolve("machine.fr.txt"), edited, StandardCharsets.UTF_8);
    String fresh = TestFlags.sampleFlags(edited).get(1).fingerprint();

    Cli.Run list = review("", "--list");
    assertTrue(
        list.out().contains("open      " + fresh),
        "the decision is not carried over: " + list.out());
    assertTrue(
        list.out()
            .contains(
                "stale decision: dismissed grammar flag ACCORD_SUJET_VERBE on \"semblent\" ("
                    + old),
        list.out());
    assertTrue(
        list.out().contains("the sentence changed; the same finding is now flag " + fresh),
        list.out());

    Cli.Run interactive = review("s\nq\n");
    assertTrue(
        interactive.out().contains("earlier, on the old wording: dismissed by"), interactive.out());

    assertEquals(0, review("", "--dismiss", fresh).code());
    Cli.Run after = review("", "--list");
    assertTrue(after.out().endsWith("0 stale decisions\n"), after.out());
  }
}
