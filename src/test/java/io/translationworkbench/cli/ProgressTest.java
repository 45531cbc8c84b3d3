package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a run says while it works, in a log (not a terminal) and on a terminal. */
class ProgressTest {
  @Test
  void aLogGetsALineAfterTwoSecondsOfSilenceSayingWhatTheRunWaitsFor() throws Exception {
    StringWriter err = new StringWriter();
    StringWriter out = new StringWriter();
    try (Progress p = new Progress(new PrintWriter(err, true), false, 3)) {
      p.started("a");
      Thread.sleep(2600);
      List<String> lines = err.toString().lines().toList();
      assertEquals(1, lines.size(), err.toString());
      assertTrue(
          lines
              .get(0)
              .startsWith("workbench: 0 of 3 pairs done in 2 s; waiting for the first pair:"),
          lines.get(0));
      assertTrue(lines.get(0).contains("LanguageTool loads"), lines.get(0));
      p.finished("a", () -> out.write("a: done\n"));
      p.started("b");
      assertEquals("a: done\n", out.toString());
    }
    // the pair's own line reset the silence: nothing more within 2 s
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(Cli.withoutProgress(err.toString()).isEmpty());
  }

  @Test
  void aTerminalGetsABarClearedBeforeEachLine() throws Exception {
    StringWriter err = new StringWriter();
    StringBuilder seen = new StringBuilder();
    try (Progress p = new Progress(new PrintWriter(err, true), true, 2)) {
      p.started("a");
      p.finished("a", () -> seen.append(err.toString()));
      String bar = err.toString();
      assertTrue(bar.contains("[                        ] 0/2 pairs"), bar);
      // the bar is cleared (carriage return, erase line) before the line is printed
      assertTrue(seen.toString().endsWith("\r\u001b[K"), seen.toString());
      assertTrue(bar.contains("1/2 pairs"), bar);
      assertTrue(bar.contains("about"), bar);
    }
    assertTrue(err.toString().endsWith("\r\u001b[K"), "the bar is gone at the end");
  }

  @Test
  void durationsReadAsAPersonWouldSayThem() {
    assertEquals("42 s", Progress.duration(42));
    assertEquals("2 min 5 s", Progress.duration(125));
    assertEquals("1 h 1 min", Progress.duration(3660));
  }
}
