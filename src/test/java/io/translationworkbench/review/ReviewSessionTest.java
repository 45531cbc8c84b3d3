package io.translationworkbench.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.flag.Flag;
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

  private Optional<ReviewDecision> saved(int flag) {
    return ReviewFile.load(reviewJson()).find(flags.get(flag).fingerprint());
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
    assertEquals(flags.get(3).matchedText(), last.matchedText());
    assertEquals(TestFlags.MACHINE.split("\n")[3], last.sentence());
    String text = screen.toString();
    assertTrue(text.contains("flag 1 of 4 · info · typography · APOS_TYP"), text);
    assertTrue(text.contains("flag 4 of 4"), text);
    assertTrue(text.contains("All 4 flags seen."), text);
  }

  @Test
  void plainOutputMarksTheSpanAndColourOutputHighlightsIt() throws IOException {
    session(new StringReader("q\n"), false).run();
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
            .contains("Pékin " + ReviewSession.BOLD_RED + "s’oppose" + ReviewSession.RESET + " à"),
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
      assertEquals(List.of(reviewJson()), files.toList());
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

  @Test
  void unknownKeysAndHelpDoNotMoveOn() throws IOException {
    session(new StringReader("x\n?\n\nd\nq\n"), false).run();
    assertTrue(screen.toString().contains("Unknown key 'x'"), screen.toString());
    assertTrue(screen.toString().contains("q  quit"), screen.toString());
    assertEquals(
        Decision.DISMISSED, saved(0).orElseThrow().decision(), "the first flag was still current");
  }

  @Test
  void terminalControlCharactersInTheTextAreDefused() {
    assertEquals("a ?[31mb", ReviewSession.oneLine("a\n\u001B[31mb"));
  }
}
