package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.InputErrors;
import io.translationworkbench.PairAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

/** Runs the CLI in-process, as the tests of every command do. */
final class Cli {
  private Cli() {}

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  /**
   * Standard error without the progress lines a long run prints after 2 s of silence ({@link
   * Progress}): what tests of error lines compare.
   */
  static String withoutProgress(String err) {
    StringBuilder b = new StringBuilder();
    for (String line : err.split("(?<=\n)")) {
      if (!line.matches("workbench: \\d+ of \\d+ pairs done in \\d+ s.*\\R?")) {
        b.append(line);
      }
    }
    return b.toString();
  }

  /** {@code command --root root more…}: the arguments of a command run at a repository root. */
  static String[] atRoot(String command, Path root, String... more) {
    String[] args = new String[more.length + 3];
    args[0] = command;
    args[1] = "--root";
    args[2] = root.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return args;
  }

  /** {@code report --articles articles --out out --config config more…}. */
  static String[] report(Path articles, Path out, String config, String... more) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "report",
                "--articles",
                articles.toString(),
                "--out",
                out.toString(),
                "--config",
                config));
    args.addAll(java.util.List.of(more));
    return args.toArray(String[]::new);
  }

  /** The regular files under {@code dir}, relative to it, sorted. */
  static java.util.List<Path> files(Path dir) throws java.io.IOException {
    try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(dir)) {
      return s.filter(java.nio.file.Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }

  /**
   * {@code args} of a {@code check} run with the three outputs it wrote by default before they
   * became opt-in ({@code ROOT/reports/check.sarif}, {@code check-junit.xml}, {@code
   * check-summary.md}), each added unless {@code args} names it already.
   */
  static String[] withOutputs(Path root, String... args) {
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
    String[][] outputs = {
      {"--sarif", "reports/check.sarif"},
      {"--junit", "reports/check-junit.xml"},
      {"--summary", "reports/check-summary.md"}
    };
    for (String[] o : outputs) {
      if (!all.contains(o[0])) {
        all.add(o[0]);
        all.add(root.resolve(o[1]).toString());
      }
    }
    return all.toArray(String[]::new);
  }

  /**
   * The run failed on bad input: exit 2, one line on stderr, {@code workbench: error: file: …} with
   * every fragment, no stack trace, nothing on stdout.
   */
  static void assertInputError(Run r, Path file, String... fragments) {
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.err());
    String line = r.err().strip();
    assertTrue(line.startsWith("workbench: error: " + file + ": "), line);
    InputErrors.assertMentions(line, fragments);
    assertFalse(r.err().contains("at io."), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals("", r.out());
  }

  /**
   * Runs {@code args} with {@code input} on stdin; {@code analyzer} null means the real pipeline.
   */
  static Run run(Function<Path, PairAnalyzer> analyzer, String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayInputStream in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
    int code =
        analyzer == null
            ? Main.run(args, new PrintWriter(out), new PrintWriter(err), in)
            : Main.run(args, new PrintWriter(out), new PrintWriter(err), in, analyzer);
    return new Run(code, out.toString(), withoutProgress(err.toString()));
  }
}
