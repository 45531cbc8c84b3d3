package io.translationworkbench.cli;

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
    return new Run(code, out.toString(), err.toString());
  }
}
