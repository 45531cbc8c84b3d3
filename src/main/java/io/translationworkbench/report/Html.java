package io.translationworkbench.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML escaping for the HTML report: the one way input text reaches the page. */
final class Html {
  private static final Pattern DELETED = Pattern.compile("\\[-(.*?)-\\]");
  private static final Pattern INSERTED = Pattern.compile("\\{\\+(.*?)\\+\\}");

  private Html() {}

  /**
   * Text safe in element content and in double- or single-quoted attributes. {@code &#39;} rather
   * than {@code &apos;} because old HTML parsers do not know the latter; both parse as XML.
   */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (rep != null && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (sb != null) {
        if (rep != null) {
          sb.append(rep);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * A word diff ({@code [-machine-]}, {@code {+human+}}) as markup: escaped first, so only the
   * markers become {@code <del>} and {@code <ins>}; the escaper leaves the markers' characters
   * alone.
   */
  static String diff(String d) {
    String e = esc(d);
    e =
        DELETED
            .matcher(e)
            .replaceAll(m -> "<del>" + Matcher.quoteReplacement(m.group(1)) + "</del>");
    return INSERTED
        .matcher(e)
        .replaceAll(m -> "<ins>" + Matcher.quoteReplacement(m.group(1)) + "</ins>");
  }
}
