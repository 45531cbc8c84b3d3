package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagKind;
import io.translationworkbench.gate.StubPairAnalyzer;
import io.translationworkbench.review.Decision;
import io.translationworkbench.review.ReviewDecision;
import io.translationworkbench.review.ReviewFile;
import io.translationworkbench.review.TestFlags;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from review.json and from arguments reaches the terminal escaped: no escape sequence raw,
 * one line per message.
 */
class TerminalEscapingTest {
  @TempDir Path root;

  /** Clears the screen, sets the window title, then rings the bell; and a C1 CSI. */
  static final String HOSTILE = "ok\u001B[2J\u001B]0;pwned\u0007 \u009B31m\nnext line";

  @Test
  void escapeSequencesFromReviewJsonAreNotPrintedRawByReviewList() throws IOException {
    Path pair = StubPairAnalyzer.writePair(root, "tiktok", TestFlags.MACHINE);
    CheckCommandTest.analyzer = new StubPairAnalyzer();
    List<Flag> flags = TestFlags.sampleFlags();
    LocalDate day = LocalDate.of(2025, 3, 14);
    ReviewFile.empty(pair.resolve(ReviewFile.FILE_NAME))
        .with(ReviewDecision.of(flags.get(1), null, Decision.DISMISSED, HOSTILE, day, HOSTILE))
        // a decision whose flag is gone: listed as stale, with its fingerprint and note
        .with(
            new ReviewDecision(
                "0ld\u001B[31m",
                Decision.DISMISSED,
                HOSTILE,
                "2025-02-01",
                HOSTILE,
                FlagKind.GRAMMAR,
                "RULE\u001B[0m",
                "x\u001Bx",
                "Une phrase\u001B[5m disparue."))
        .save();
    Cli.Run r = CheckCommandTest.run("", "review", pair.toString(), "--list");
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().contains("\u001B"), r.out());
    assertFalse(r.out().contains("\u0007"), r.out());
    assertFalse(r.out().contains("\u009B"), r.out());
    assertFalse(r.out().contains("next line\n"), "the note's line break stays escaped");
    assertTrue(
        r.out().contains("[note: ok\\x1B[2J\\x1B]0;pwned\\x07 \\u009B31m\\nnext line]"), r.out());
    assertTrue(r.out().contains("0ld\\x1B[31m"), r.out());
  }

  @Test
  void aNewlineInAnIdGivesOneErrorLine() throws IOException {
    Path pair = root.resolve("articles").resolve("bad\nid\u001B[31m");
    Files.createDirectories(pair);
    Files.writeString(pair.resolve("machine.fr.txt"), "");
    Cli.Run r = Cli.run(null, "", "report", pair.toString(), "--out", root.resolve("r").toString());
    assertEquals(2, r.code(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("workbench: error: "), r.err());
    assertTrue(r.err().contains("bad\\nid\\x1B[31m"), r.err());
    assertFalse(r.err().contains("\u001B"), r.err());
  }

  @Test
  void aNewlineInAnArgumentGivesOneUsageLine() {
    Cli.Run r = Cli.run(null, "", "score", "--hyp", "a", "--ref", "b", "--bogus\nline");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().lines().findFirst().orElseThrow().contains("--bogus\\nline"), r.err());
  }
}
