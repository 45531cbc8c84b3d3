package io.translationworkbench.report;

/**
 * The one Markdown escaping: every text of the Markdown report and the gate summary goes through
 * {@link #cell} or {@link #code}, so input text (a sentence, a file name, a pair id) is never
 * markup.
 */
final class Md {
  private Md() {}

  /**
   * Text safe inside a table cell and anywhere inline: Markdown punctuation and pipes
   * backslash-escaped, line breaks (and other whitespace controls) as spaces, so that the text
   * stays on its line.
   */
  static String cell(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '|', '\\', '*', '_', '`', '[', ']', '<', '>', '#', '~' -> sb.append('\\').append(c);
        default -> sb.append(lineBreak(c) ? ' ' : c);
      }
    }
    return sb.toString();
  }

  /**
   * Inline code holding {@code s} literally, whatever backticks it holds: fenced by a run of
   * backticks longer than any inside (CommonMark), padded with a space when it starts or ends with
   * a backtick or is wrapped in spaces; line breaks as spaces, pipes escaped for table cells.
   */
  static String code(String s) {
    StringBuilder t = new StringBuilder(s.length() + 4);
    int run = 0;
    int longest = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
      if (c == '|') {
        t.append("\\|");
      } else {
        t.append(lineBreak(c) ? ' ' : c);
      }
    }
    if (t.length() == 0) {
      return "` `";
    }
    String fence = "`".repeat(longest + 1);
    boolean pad =
        t.charAt(0) == '`'
            || t.charAt(t.length() - 1) == '`'
            || (t.charAt(0) == ' ' && t.charAt(t.length() - 1) == ' ');
    String p = pad ? " " : "";
    return fence + p + t + p + fence;
  }

  /**
   * Characters that would end a Markdown line or block: CR, LF, the other C0 breaks, NEL, LS, PS.
   */
  private static boolean lineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == '\u000B'
        || c == '\f'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }
}
