package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.gate.StubPairAnalyzer;
import io.translationworkbench.review.TestFlags;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a whole: no command, help texts, "did you mean". */
class UsageTest {
  private static final String[] COMMANDS = {"report", "score", "check", "review", "serve"};

  private static Cli.Run run(String... args) {
    return Cli.run(cfg -> new StubPairAnalyzer(), "", args);
  }

  @Test
  void noCommandListsTheCommandsOnStderrAndExits2() {
    Cli.Run r = run();
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("workbench: error: no command given\nUsage: workbench"), r.err());
    assertTrue(r.err().contains("Commands:"), r.err());
    for (String c : COMMANDS) {
      // each command with its one-line description
      assertTrue(r.err().matches("(?s).*\n  " + c + " +[A-Z][^\n]*\\.\n.*"), c + " in " + r.err());
    }
  }

  @Test
  void helpListsTheCommandsOnStdoutAndExits0() {
    Cli.Run r = run("--help");
    assertEquals(0, r.code());
    for (String c : COMMANDS) {
      assertTrue(r.out().contains("\n  " + c + " "), c + " in " + r.out());
    }
  }

  @Test
  void everyHelpTextIsMadeOfWholeSentencesWithinTheWidth() {
    for (String c : COMMANDS) {
      Cli.Run r = run(c, "--help");
      assertEquals(0, r.code(), c);
      String[] lines = r.out().split("\n");
      for (String line : lines) {
        assertTrue(line.length() <= 120, c + ": line too long: " + line);
      }
      // the description: the lines between the usage and the first option or parameter
      int i = 1;
      while (lines[i].startsWith("        ")) {
        i++; // the usage synopsis continues (indented under "Usage:"; options are indented less)
      }
      StringBuilder description = new StringBuilder();
      for (; i < lines.length && !lines[i].startsWith("  "); i++) {
        description.append(lines[i]).append('\n');
      }
      String text = description.toString().strip();
      assertFalse(text.isEmpty(), c + ": no description in\n" + r.out());
      for (String paragraph : text.split("\n(?=[A-Z])")) {
        String p = paragraph.strip();
        assertTrue(
            p.endsWith(".") || p.endsWith(":") || p.endsWith("]"),
            c + ": paragraph cut mid-sentence: «" + p + "»");
      }
    }
  }

  @Test
  void reportHelpSaysWhereTheReportsGoInWholeSentences() {
    Cli.Run r = run("report", "--help");
    String flat = r.out().replaceAll("\\s+", " ");
    assertTrue(
        flat.contains(
            "writes report.json, report.md and report.html (one self-contained page for a"
                + " browser) to OUT/<id>/ (default: reports/<id>/). With no PAIR, it reports every"
                + " pair under --articles."),
        r.out());
  }

  @Test
  void mistypedCommandGetsADidYouMean() {
    Cli.Run r = run("reprot");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertTrue(
        r.err().startsWith("workbench: error: unknown command 'reprot'; did you mean 'report'?\n"),
        r.err());
    assertTrue(r.err().contains("Try 'workbench --help'"), r.err());
    assertTrue(run("chekc").err().contains("did you mean 'check'?"));
    assertTrue(run("serv").err().contains("did you mean 'serve'?"));
  }

  @Test
  void unknownCommandFarFromEveryNameListsTheCommands() {
    Cli.Run r = run("translate");
    assertEquals(2, r.code());
    assertTrue(
        r.err().startsWith("workbench: error: unknown command 'translate' (commands: "), r.err());
    assertTrue(r.err().contains("report, score, check, review, serve"), r.err());
  }

  @Test
  void mistypedOptionGetsADidYouMean() {
    Cli.Run r = run("report", "--jbos", "2");
    assertEquals(2, r.code());
    assertTrue(
        r.err().startsWith("workbench: error: unknown option '--jbos'; did you mean '--jobs'?\n"),
        r.err());
    assertTrue(r.err().contains("Try 'workbench report --help'"), r.err());
    Cli.Run eq = run("check", "--polciy=x.json");
    assertTrue(eq.err().contains("unknown option '--polciy'; did you mean '--policy'?"), eq.err());
  }

  @Test
  void suggestionsNeedANearName() {
    assertEquals("report", Suggestions.closest("reprot", java.util.List.of(COMMANDS)));
    assertEquals("review", Suggestions.closest("reveiw", java.util.List.of(COMMANDS)));
    assertEquals(null, Suggestions.closest("x", java.util.List.of(COMMANDS)));
    assertEquals(null, Suggestions.closest("help", java.util.List.of(COMMANDS)));
    assertEquals(1, Suggestions.distance("ab", "ba"));
    assertEquals(3, Suggestions.distance("", "abc"));
  }

  @Test
  void reviewOfAPairIdSuggestsItsDirectory(@TempDir Path root) throws IOException {
    Path pair = StubPairAnalyzer.writePair(root, "tiktok", TestFlags.MACHINE);
    // an id given where a path is expected, a typo in a path
    Cli.Run typo = run("review", root.resolve("articles/tikotk").toString(), "--list");
    Cli.assertInputError(
        typo, root.resolve("articles/tikotk"), "not a pair directory; did you mean " + pair + "?");
  }

  @Test
  void reportOfAMistypedPairSuggestsTheNearOne(@TempDir Path root) throws IOException {
    Path pair = StubPairAnalyzer.writePair(root, "tiktok", TestFlags.MACHINE);
    Path typo = root.resolve("articles/tiktk");
    Cli.Run r = run("report", typo.toString(), "--out", root.resolve("out").toString());
    Cli.assertInputError(r, typo, "not a pair directory; did you mean " + pair + "?");
  }
}
