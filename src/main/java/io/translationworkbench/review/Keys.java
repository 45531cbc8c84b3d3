package io.translationworkbench.review;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Where the interactive review reads its keys: one per line (a pipe, a file, the tests), or single
 * key presses on a terminal in raw mode ({@code io.translationworkbench.cli.TerminalKeys}).
 */
public interface Keys {
  /** The next key (in line mode, a whole line), or null at the end of input. */
  String key() throws IOException;

  /** A line of text (a note), or null at the end of input. */
  String line() throws IOException;

  /** Keys one per line from {@code in}. */
  static Keys lines(BufferedReader in) {
    return new Keys() {
      @Override
      public String key() throws IOException {
        return in.readLine();
      }

      @Override
      public String line() throws IOException {
        return in.readLine();
      }
    };
  }
}
