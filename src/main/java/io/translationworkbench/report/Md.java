package io.translationworkbench.report;

/** Markdown escaping for table cells and inline code, shared by the Markdown writers. */
final class Md {
  private Md() {}

  /**
   * Text safe inside a table cell: pipes escaped, line breaks flattened, Markdown punctuation
   * neutralised.
   */
  static String cell(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '|', '\\', '*', '_', '`', '[', ']', '<', '>', '#' -> sb.append('\\').append(c);
        case '\n', '\r' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Inline code that survives backticks inside. */
  static String code(String s) {
    String t = s.replace('\n', ' ').replace("|", "\\|");
    String fence = t.contains("`") ? "``" : "`";
    String pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
    return fence + pad + t + pad + fence;
  }
}
