package io.translationworkbench.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.Severity;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewSessionTest {
  @TempDir Path dir;

  private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
  private final StringWriter screen = new StringWriter();
  private final List<Flag> flags = TestFlags.sampleFlags();

  private List<ReviewItem> items() {
    List<ReviewItem> items = new ArrayList<>();
    for (Flag f : flags) {
      items.add(TestFlags.item(TestFlags.MACHINE, f, "Pékin s'oppose à la vente."));
    }
    return items;
  }

  private Path reviewJson() {
    return dir.resolve(ReviewFile.FILE_NAME);
  }

  private ReviewSession session(Reader keys, boolean colour) {
    return new ReviewSession(
        items(),
        List.of(),
        ReviewFile.load(reviewJson()),
        new BufferedReader(keys),
        new PrintWriter(screen),
        colour,
        "léa",
        DAY);
  }

  /**
   * The review order of {@link TestFlags#sampleFlags}, one sentence each: the two errors (grammar,
   * untranslated) in text order, the warning, the info.
   */
  private static final int[] SHOWN = {1, 3, 2, 0};

  /** The decision on the flag shown in position {@code shown} (0-based). */
  private Optional<ReviewDecision> saved(int shown) {
    return ReviewFile.load(reviewJson()).find(flags.get(SHOWN[shown]).fingerprint());
  }

  @Test
  void scriptedKeysWriteTheReviewFile() throws IOException {
    ReviewSession.Summary summary =
        session(new StringReader("d\nn\ntypo rule, not ours\nc\ns\nc\n"), false).run();

    assertEquals(new ReviewSession.Summary(2, 1, 1, true), summary);
    ReviewFile file = ReviewFile.load(reviewJson());
    assertEquals(3, file.decisions().size());
    assertEquals(Decision.DISMISSED, saved(0).orElseThrow().decision());
    assertEquals(Decision.CONFIRMED, saved(1).orElseThrow().decision());
    assertEquals(
        "typo rule, not ours",
        saved(1).orElseThrow().note(),
        "note typed before the decision is kept");
    assertTrue(saved(2).isEmpty(), "skipped flag stays open");
    ReviewDecision last = saved(3).orElseThrow();
    assertEquals("léa", last.reviewer());
    assertEquals("2025-03-14", last.date());
    assertEquals(flags.get(0).matchedText(), last.matchedText());
    assertEquals(TestFlags.MACHINE.split("\n")[0], last.sentence());
    String text = screen.toString();
    assertTrue(text.startsWith("4 flags on 4 sentences to review"), text);
    assertTrue(text.contains("sentence 1 of 4 · line 2 · 1 flag\n"), text);
    assertTrue(text.contains("flag 1 of 4 · error · grammar · ACCORD_SUJET_VERBE"), text);
    assertTrue(text.contains("flag 4 of 4 · info · typography · APOS_TYP"), text);
    assertTrue(text.contains("flag 4 of 4"), text);
    assertTrue(text.contains("All 4 flags seen."), text);
  }

  @Test
  void plainOutputMarksTheSpanAndColourOutputHighlightsIt() throws IOException {
    session(new StringReader("s\ns\ns\nq\n"), false).run();
    assertTrue(
        screen.toString().contains("machine: Pékin [[s’oppose]] à la vente"), screen.toString());
    assertTrue(
        screen.toString().contains("human:   Pékin s'oppose à la vente."), screen.toString());
    assertTrue(screen.toString().contains("suggestions: S’OPPOSE"), screen.toString());
    screen.getBuffer().setLength(0);
    session(new StringReader("q\n"), true).run();
    assertTrue(
        screen
            .toString()
            .contains(
                "ByteDance " + ReviewSession.BOLD_RED + "semblent" + ReviewSession.RESET + " f"),
        screen.toString());
  }

  @Test
  void backGoesToThePreviousFlagAndItsDecisionCanBeChanged() throws IOException {
    session(new StringReader("c\nb\nd\nq\n"), false).run();
    assertEquals(Decision.DISMISSED, saved(0).orElseThrow().decision());
    assertTrue(screen.toString().contains("· now confirmed"), screen.toString());
  }

  @Test
  void endOfInputMidwayKeepsEveryDecisionTaken() throws IOException {
    ReviewSession.Summary summary = session(new StringReader("c\nd\n"), false).run();
    assertFalse(summary.finished());
    assertEquals(Decision.CONFIRMED, saved(0).orElseThrow().decision());
    assertEquals(Decision.DISMISSED, saved(1).orElseThrow().decision());
    assertTrue(screen.toString().contains("End of input"), screen.toString());
  }

  @Test
  void crashMidwayKeepsEveryDecisionTakenAndLeavesNoTemporaryFile() throws IOException {
    Reader crashing =
        new Reader() {
          private final StringReader keys = new StringReader("c\ns\nd\n");

          @Override
          public int read(char[] buf, int off, int len) throws IOException {
            int n = keys.read(buf, off, 1);
            if (n < 0) {
              throw new IOException("terminal went away");
            }
            return n;
          }

          @Override
          public void close() {}
        };
    IOException e = assertThrows(IOException.class, () -> session(crashing, false).run());
    assertTrue(e.getMessage().contains("terminal went away"), e.getMessage());
    assertEquals(Decision.CONFIRMED, saved(0).orElseThrow().decision());
    assertTrue(saved(1).isEmpty());
    assertEquals(Decision.DISMISSED, saved(2).orElseThrow().decision());
    try (Stream<Path> files = Files.list(dir)) {
      // the review file and its lock (ignored by git), no temporary file
      assertEquals(
          List.of(reviewJson(), dir.resolve(ReviewFile.FILE_NAME + ReviewFile.LOCK_SUFFIX)),
          files.sorted().toList());
    }
  }

  @Test
  void failedSaveStopsTheSessionWithAnErrorNamingTheFile() throws IOException {
    // the review file's directory cannot be created: a plain file stands in its way (root ignores
    // permissions)
    Path blocker = Files.writeString(dir.resolve("blocker"), "");
    ReviewFile unwritable = ReviewFile.empty(blocker.resolve(ReviewFile.FILE_NAME));
    ReviewSession s =
        new ReviewSession(
            items(),
            List.of(),
            unwritable,
            new BufferedReader(new StringReader("c\nd\n")),
            new PrintWriter(screen),
            false,
            "léa",
            DAY);
    IOException e = assertThrows(IOException.class, s::run);
    assertTrue(e.getMessage().startsWith("cannot save " + unwritable.path()), e.getMessage());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(blocker), files.toList(), "nothing half-written anywhere");
    }
  }

  /**
   * Keys for a session; before handing out key {@code at} (0-based), another review records {@code
   * meanwhile} in the same file, as a second terminal or a script would.
   */
  private Reader keysWithAnotherReview(String keys, int at, ReviewDecision meanwhile) {
    List<String> lines = keys.lines().toList();
    return new Reader() {
      private final StringBuilder pending = new StringBuilder();
      private int given;

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        if (pending.isEmpty()) {
          if (given == lines.size()) {
            return -1;
          }
          if (given == at) {
            ReviewFile.update(reviewJson(), now -> now.with(meanwhile));
          }
          pending.append(lines.get(given++)).append('\n');
        }
        // one line at a time, so the other review acts between two keys
        int n = Math.min(len, pending.length());
        pending.getChars(0, n, buf, off);
        pending.delete(0, n);
        return n;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void decisionsAnotherReviewSavesMeanwhileAreKept() throws IOException {
    // this session shows the flags in the order SHOWN; another review dismisses the last one while
    // this one decides the first two
    ReviewDecision other =
        ReviewDecision.of(flags.get(SHOWN[3]), null, Decision.DISMISSED, "bob", DAY, "by bob");
    session(keysWithAnotherReview("c\nd\nq\n", 1, other), false).run();
    assertEquals(Decision.CONFIRMED, saved(0).orElseThrow().decision());
    assertEquals(Decision.DISMISSED, saved(1).orElseThrow().decision());
    assertEquals(other, saved(3).orElseThrow(), "the other review's decision is kept");
    assertEquals(3, ReviewFile.load(reviewJson()).decisions().size());
  }

  @Test
  void aFlagAnotherReviewDecidedMeanwhileIsReplacedAndTheReviewerIsTold() throws IOException {
    ReviewDecision other =
        ReviewDecision.of(flags.get(SHOWN[0]), null, Decision.CONFIRMED, "bob", DAY, "real error");
    session(keysWithAnotherReview("d\nq\n", 0, other), false).run();
    ReviewDecision mine = saved(0).orElseThrow();
    assertEquals(Decision.DISMISSED, mine.decision(), "the newest decision wins");
    assertEquals("léa", mine.reviewer());
    assertTrue(
        screen
            .toString()
            .contains(
                "It replaces the confirmed decision by bob on 2025-03-14 (note: real error), saved"
                    + " meanwhile by another review."),
        screen.toString());
  }

  @Test
  void unknownKeysAndHelpDoNotMoveOn() throws IOException {
    session(new StringReader("x\n?\n\nd\nq\n"), false).run();
    assertTrue(screen.toString().contains("Unknown key 'x'"), screen.toString());
    assertTrue(screen.toString().contains("q  quit"), screen.toString());
    assertEquals(
        Decision.DISMISSED, saved(0).orElseThrow().decision(), "the first flag was still current");
  }

  @Test
  void aSentenceWithSeveralFlagsIsShownOnceAndEachFlagIsDecided() throws IOException {
    String sentence = TestFlags.MACHINE.split("\n")[1];
    Flag info =
        TestFlags.flag(
            TestFlags.MACHINE, 1, "responsables", FlagKind.STYLE, Severity.INFO, "STYLE_RULE");
    Flag error = flags.get(1); // "semblent", later in the same sentence, more severe
    Flag warning = flags.get(2); // another sentence
    Flag document =
        new Flag(
            "00dd00dd00dd00dd",
            FlagKind.STRUCTURE,
            Severity.ERROR,
            "glued-sentences",
            null,
            flags.get(3).span(),
            "sociétéD’autre",
            "two sentences glued together",
            List.of(),
            Map.of(),
            false);
    List<ReviewItem> queue =
        List.of(
            TestFlags.item(TestFlags.MACHINE, info, "Les responsables craignent."),
            TestFlags.item(TestFlags.MACHINE, warning, null),
            ReviewItem.documentLevel(document),
            TestFlags.item(TestFlags.MACHINE, error, "Les responsables craignent."));
    ReviewSession s =
        new ReviewSession(
            queue,
            List.of(),
            ReviewFile.load(reviewJson()),
            new BufferedReader(new StringReader("c\nd\nb\nc\nd\ns\n")),
            new PrintWriter(screen),
            false,
            "léa",
            DAY);
    assertEquals(new ReviewSession.Summary(2, 2, 0, true), s.run());
    String text = screen.toString();
    assertTrue(text.startsWith("4 flags: 3 on 2 sentences, 1 document-level to review"), text);
    // cards: the two-flag sentence (its error), the document-level error (last in the text), then
    // the warning's sentence (before it in the text, less severe); in the card, the error before
    // the earlier info
    int card = text.indexOf("sentence 1 of 3 · line 2 · 2 flags");
    int first = text.indexOf("flag 1 of 4 · error · grammar · ACCORD_SUJET_VERBE");
    int second = text.indexOf("flag 2 of 4 · info · style · STYLE_RULE");
    int doc = text.indexOf("sentence 2 of 3 · document-level · 1 flag");
    int last = text.indexOf("sentence 3 of 3 · line 3 · 1 flag");
    assertTrue(0 < card && card < first && first < second && second < doc && doc < last, text);
    assertTrue(
        text.contains(
            "machine: Les [[responsables]] sont confiants que la vente fera ByteDance [[semblent]]"
                + " faibles.\nhuman:   Les responsables craignent.\n"),
        text);
    assertTrue(text.contains("· 1 of 2 on this sentence"), text);
    assertTrue(text.contains("· 2 of 2 on this sentence"), text);
    // each flag of the card: its span, with a little of the sentence around it
    assertTrue(
        text.contains("at:      …confiants que la vente fera ByteDance [[semblent]] faibles.\n"),
        text);
    assertTrue(text.contains("at:      Les [[responsables]] sont confiants que la vente"), text);
    assertTrue(text.contains("machine: [[sociétéD’autre]]"), text);
    // the sentence is shown once for its two flags, and again only when "b" comes back to it
    assertEquals(2, text.split("machine: Les \\[\\[responsables", -1).length - 1, text);
    assertEquals(Decision.CONFIRMED, decision(error).decision());
    assertEquals(Decision.CONFIRMED, decision(info).decision(), "changed after going back");
    assertEquals(sentence, decision(info).sentence());
    assertEquals(Decision.DISMISSED, decision(document).decision());
    assertTrue(ReviewFile.load(reviewJson()).find(warning.fingerprint()).isEmpty(), "skipped");
  }

  private ReviewDecision decision(Flag f) {
    return ReviewFile.load(reviewJson()).find(f.fingerprint()).orElseThrow();
  }

  @Test
  void terminalControlCharactersInTheTextAreDefused() {
    assertEquals("a\\n\\x1B[31mb\\u009B1m", ReviewSession.oneLine("a\n\u001B[31mb\u009B1m"));
  }
}
