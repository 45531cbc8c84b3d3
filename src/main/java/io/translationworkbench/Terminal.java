package io.translationworkbench;

/**
 * The one escaping of text for a terminal line, used by every line the CLI prints that holds text
 * from a file or an argument (error lines, {@code review}, {@code check}): the text stays on one
 * line and cannot drive the terminal.
 */
public final class Terminal {
  private Terminal() {}

  /**
   * {@code s} safe on one terminal line: a tab as a space; line feed and carriage return as the
   * visible {@code \n} and {@code \r}; every other C0 control, DEL, ESC, C1 control and the Unicode
   * line and paragraph separators as a visible {@code \xNN} or {@code \}{@code uNNNN}; null as
   * "null". Nothing else changes.
   */
  public static String line(String s) {
    if (s == null) {
      return "null";
    }
    return Escapes.map(s, (t, i) -> escape(t.charAt(i)));
  }

  private static String escape(char c) {
    if (c == '\t') {
      return " ";
    }
    if (c == '\n') {
      return "\\n";
    }
    if (c == '\r') {
      return "\\r";
    }
    if (c < 0x20 || c == 0x7F) {
      return String.format("\\x%02X", (int) c);
    }
    if ((c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
      return String.format("\\u%04X", (int) c);
    }
    return null;
  }
}
