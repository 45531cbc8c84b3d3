package io.translationworkbench.report;

import io.translationworkbench.Escapes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML escaping for the HTML report: the one way input text reaches the page. */
public final class Html {
  private static final Pattern DELETED = Pattern.compile("\\[-(.*?)-\\]");
  private static final Pattern INSERTED = Pattern.compile("\\{\\+(.*?)\\+\\}");

  private Html() {}

  /**
   * Text safe in element content and in double- or single-quoted attributes: the one HTML escaping
   * of the report. {@code &#39;} rather than {@code &apos;} because old HTML parsers do not know
   * the latter; both parse as XML. Characters that neither HTML nor XML may carry (C0 controls but
   * tab and line ends, DEL, C1 controls, U+FFFE, U+FFFF, a lone surrogate) become U+FFFD, so that
   * the page stays well-formed whatever a pair id or a text holds.
   */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    return Escapes.map(
        s,
        (t, i) ->
            switch (t.charAt(i)) {
              case '&' -> "&amp;";
              case '<' -> "&lt;";
              case '>' -> "&gt;";
              case '"' -> "&quot;";
              case '\'' -> "&#39;";
              default -> forbidden(t, i) ? "\uFFFD" : null;
            });
  }

  private static boolean forbidden(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    if (c >= 0x7F && c <= 0x9F) {
      return true;
    }
    if (c == '\uFFFE' || c == '\uFFFF') {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
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
