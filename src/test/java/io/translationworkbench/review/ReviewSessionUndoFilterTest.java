package io.translationworkbench.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.Severity;
import io.translationworkbench.flag.Flag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review's {@code u} (undo the session's last decision) and its severity filter. */
class ReviewSessionUndoFilterTest {
  @TempDir Path dir;

  private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
  private final StringWriter screen = new StringWriter();
  private final List<Flag> flags = TestFlags.sampleFlags();

  /** The review order: the two errors, the warning, the info (as in ReviewSessionTest). */
  private static final int[] SHOWN = {1, 3, 2, 0};

  private ReviewSession session(String keys, Severity filter) {
    List<ReviewItem> items = new ArrayList<>();
    for (Flag f : flags) {
      items.add(TestFlags.item(TestFlags.MACHINE, f, "Pékin s'oppose à la vente."));
    }
    return new ReviewSession(
        items,
        List.of(),
        ReviewFile.load(dir.resolve(ReviewFile.FILE_NAME)),
        Keys.lines(new BufferedReader(new StringReader(keys))),
        new PrintWriter(screen),
        false,
        "léa",
        DAY,
        filter);
  }

  private Optional<ReviewDecision> saved(int shown) {
    return ReviewFile.load(dir.resolve(ReviewFile.FILE_NAME))
        .find(flags.get(SHOWN[shown]).fingerprint());
  }

  @Test
  void undoTakesBackTheSessionsDecisionsLastFirst() throws IOException {
    ReviewSession.Summary s = session("c\nd\nu\nu\nq\n", Severity.INFO).run();
    assertTrue(saved(0).isEmpty(), "first decision undone");
    assertTrue(saved(1).isEmpty(), "second decision undone");
    assertEquals(new ReviewSession.Summary(0, 0, 0, false), s);
    String text = screen.toString();
    assertTrue(
        text.contains(
            "Undone: dismissed " + flags.get(SHOWN[1]).fingerprint() + "; the flag is open"),
        text);
    assertTrue(text.contains("Undone: confirmed " + flags.get(SHOWN[0]).fingerprint()), text);
    // after an undo the flag is shown again, to be decided anew
    assertEquals(2, text.split("flag 1 of 4 ·", -1).length - 1, text);
  }

  @Test
  void undoThenDecideAgainKeepsTheNewDecision() throws IOException {
    session("c\nu\nd\nq\n", Severity.INFO).run();
    assertEquals(Decision.DISMISSED, saved(0).orElseThrow().decision());
  }

  @Test
  void undoRestoresTheDecisionSavedBeforeTheSession() throws IOException {
    session("c\nq\n", Severity.INFO).run();
    screen.getBuffer().setLength(0);
    session("d\nu\nq\n", Severity.INFO).run();
    assertEquals(Decision.CONFIRMED, saved(0).orElseThrow().decision());
    assertTrue(
        screen.toString().contains("; back to the confirmed decision by léa on 2025-03-14."),
        screen.toString());
  }

  @Test
  void undoWithNoDecisionInTheSessionSaysSo() throws IOException {
    session("u\nq\n", Severity.INFO).run();
    assertTrue(screen.toString().contains("Nothing to undo"), screen.toString());
  }

  @Test
  void aSeverityFilterShowsOnlyTheFlagsOfThatSeverityOrWorse() throws IOException {
    ReviewSession.Summary s = session("c\nc\n", Severity.ERROR).run();
    assertTrue(s.finished());
    String text = screen.toString();
    assertTrue(text.contains("Showing error flags (f to change)."), text);
    assertTrue(text.contains("All error flags seen (f shows more)."), text);
    assertFalse(text.contains("flag 3 of 4"), text);
    assertTrue(saved(2).isEmpty() && saved(3).isEmpty());

    screen.getBuffer().setLength(0);
    session("s\ns\ns\n", Severity.WARNING).run();
    assertTrue(screen.toString().contains("flag 3 of 4 · warning"), screen.toString());
    assertFalse(screen.toString().contains("flag 4 of 4"), screen.toString());
  }

  @Test
  void theFKeyCyclesTheFilterAndMovesOffAHiddenFlag() throws IOException {
    // to the warning, then errors only: it is hidden, no error after it, so the review ends
    session("s\ns\nf\n", Severity.INFO).run();
    String text = screen.toString();
    assertTrue(text.contains("Showing error flags."), text);
    assertTrue(text.contains("All error flags seen"), text);

    screen.getBuffer().setLength(0);
    // errors only, then errors and warnings, then all: the info flag is reached
    session("f\nf\nf\ns\ns\ns\nq\n", Severity.INFO).run();
    text = screen.toString();
    assertTrue(text.contains("Showing error and warning flags."), text);
    assertTrue(text.contains("Showing all flags."), text);
    assertTrue(text.contains("flag 4 of 4 · info"), text);
  }

  @Test
  void backSkipsTheFlagsTheFilterHides() throws IOException {
    session("c\nb\nb\nq\n", Severity.ERROR).run();
    assertTrue(screen.toString().contains("Already at the first flag shown."), screen.toString());
  }
}
