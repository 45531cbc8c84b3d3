package io.translationworkbench.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The mteval-v13a rules that sacreBLEU's {@code 13a} tokenizer and its tercom normaliser share.
 *
 * <p>sacreBLEU applies four regular expressions one after the other ({@code tokenizer_re.py}).
 * Those passes cost more than the rest of BLEU together, so {@link #splitTokens} applies the same
 * four substitutions as scans over a char array with the same left-to-right, non-overlapping
 * semantics; the original patterns are kept in {@link #REFERENCE_PATTERNS} and a test checks both
 * give the same output. All characters involved are ASCII, so scanning UTF-16 units gives the same
 * result as Python's code points (a surrogate never equals a digit, '.', ',' or '-').
 */
final class MtevalRules {
  /** sacreBLEU's patterns and replacements, in order; the scans below must agree with them. */
  static final String[][] REFERENCE_PATTERNS = {
    {"([\\{-\\~\\[-\\` -\\&\\(-\\+\\:-\\@\\/])", " $1 "},
    {"([^0-9])([\\.,])", "$1 $2 "},
    {"([\\.,])([^0-9])", " $1 $2"},
    {"([0-9])(-)", "$1 $2 "},
  };

  /** {@link #REFERENCE_PATTERNS} compiled. */
  static final Pattern[] COMPILED = {
    Pattern.compile(REFERENCE_PATTERNS[0][0]),
    Pattern.compile(REFERENCE_PATTERNS[1][0]),
    Pattern.compile(REFERENCE_PATTERNS[2][0]),
    Pattern.compile(REFERENCE_PATTERNS[3][0]),
  };

  private MtevalRules() {}

  /**
   * {@code &quot; &amp; &lt; &gt;} unescaped in this order, so {@code &amp;lt;} becomes {@code <}.
   */
  static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
  }

  /** One space of padding each side (mteval's {@code " $text "}). */
  static String pad(String s) {
    return " " + s + " ";
  }

  /**
   * The four substitutions of {@link #REFERENCE_PATTERNS} on {@code s}, then Python's {@code
   * split()}.
   */
  static List<String> splitTokens(String s) {
    int n = s.length();
    char[] a = new char[3 * n];
    s.getChars(0, n, a, 0);
    char[] b = new char[3 * n];
    n = splitAsciiPunct(a, n, b);
    char[] c = new char[2 * n];
    n = pairRule(PERIOD_COMMA_AFTER_NON_DIGIT, b, n, c);
    char[] d = b.length >= 2 * n ? b : new char[2 * n];
    n = pairRule(PERIOD_COMMA_BEFORE_NON_DIGIT, c, n, d);
    char[] e = c.length >= 2 * n ? c : new char[2 * n];
    n = pairRule(DASH_AFTER_DIGIT, d, n, e);
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < n) {
      while (i < n && PythonText.isSpace(e[i])) {
        i++;
      }
      int start = i;
      while (i < n && !PythonText.isSpace(e[i])) {
        i++;
      }
      if (i > start) {
        tokens.add(new String(e, start, i - start));
      }
    }
    return tokens;
  }

  /**
   * 0x7B–0x7E, 0x5B–0x60, 0x20–0x26, 0x28–0x2B, 0x3A–0x40 and '/': ASCII other than letters, digits
   * and ' , - .
   */
  static boolean isSplitPunct(char c) {
    return (c >= 0x7B && c <= 0x7E)
        || (c >= 0x5B && c <= 0x60)
        || (c >= 0x20 && c <= 0x26)
        || (c >= 0x28 && c <= 0x2B)
        || (c >= 0x3A && c <= 0x40)
        || c == 0x2F;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isPeriodOrComma(char c) {
    return c == '.' || c == ',';
  }

  // ([{-~[-` -&(-+:-@/]) -> " $1 "
  private static int splitAsciiPunct(char[] in, int n, char[] out) {
    int o = 0;
    for (int i = 0; i < n; i++) {
      char c = in[i];
      if (isSplitPunct(c)) {
        out[o++] = ' ';
        out[o++] = c;
        out[o++] = ' ';
      } else {
        out[o++] = c;
      }
    }
    return o;
  }

  // the three two-character rules: ([^0-9])([\.,]) -> "$1 $2 ", ([\.,])([^0-9]) -> " $1 $2",
  // ([0-9])(-) -> "$1 $2 "
  private static final int PERIOD_COMMA_AFTER_NON_DIGIT = 0;
  private static final int PERIOD_COMMA_BEFORE_NON_DIGIT = 1;
  private static final int DASH_AFTER_DIGIT = 2;

  private static boolean pairMatches(int rule, char first, char second) {
    switch (rule) {
      case PERIOD_COMMA_AFTER_NON_DIGIT:
        return !isDigit(first) && isPeriodOrComma(second);
      case PERIOD_COMMA_BEFORE_NON_DIGIT:
        return isPeriodOrComma(first) && !isDigit(second);
      default:
        return isDigit(first) && second == '-';
    }
  }

  /**
   * One two-character rule as a left-to-right, non-overlapping scan (a match consumes both
   * characters).
   */
  private static int pairRule(int rule, char[] in, int n, char[] out) {
    int o = 0;
    int i = 0;
    while (i < n) {
      char c = in[i];
      if (i + 1 < n && pairMatches(rule, c, in[i + 1])) {
        if (rule == PERIOD_COMMA_BEFORE_NON_DIGIT) {
          out[o++] = ' ';
        }
        out[o++] = c;
        out[o++] = ' ';
        out[o++] = in[i + 1];
        if (rule != PERIOD_COMMA_BEFORE_NON_DIGIT) {
          out[o++] = ' ';
        }
        i += 2;
      } else {
        out[o++] = c;
        i++;
      }
    }
    return o;
  }

  /** The same four substitutions through {@code java.util.regex}, for the equivalence test. */
  static String splitWithRegexes(String s) {
    for (int i = 0; i < COMPILED.length; i++) {
      s = COMPILED[i].matcher(s).replaceAll(REFERENCE_PATTERNS[i][1]);
    }
    return s;
  }
}
