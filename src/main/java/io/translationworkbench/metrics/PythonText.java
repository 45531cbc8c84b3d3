package io.translationworkbench.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Python 3 string semantics that sacreBLEU relies on: {@code str.isspace}, {@code split()}, {@code
 * rstrip()}, {@code lower()} and code-point indexing.
 *
 * <p>Java's {@code \s}, {@code Character.isWhitespace}, {@code trim()} and {@code strip()} all
 * disagree with Python on some of the 29 whitespace code points (NBSP U+00A0 and the narrow NBSP
 * U+202F of French typography among them), so every metric goes through this class instead.
 */
final class PythonText {
  private PythonText() {}

  /**
   * True for exactly the code points Python's {@code str.isspace()} accepts (Unicode 14, CPython
   * 3.11).
   */
  public static boolean isSpace(int cp) {
    if (cp <= 0x20) {
      return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    }
    if (cp < 0x85) {
      return false;
    }
    return cp == 0x85
        || cp == 0xA0
        || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A)
        || cp == 0x2028
        || cp == 0x2029
        || cp == 0x202F
        || cp == 0x205F
        || cp == 0x3000;
  }

  /**
   * Python {@code s.rstrip()}. All Python whitespace is in the BMP, so UTF-16 units suffice here.
   */
  public static String rstrip(String s) {
    int end = s.length();
    while (end > 0 && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return end == s.length() ? s : s.substring(0, end);
  }

  /**
   * Python {@code s.split()} with no argument: runs of whitespace separate, empty tokens are
   * dropped.
   */
  public static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      while (i < n && !isSpace(s.charAt(i))) {
        i++;
      }
      out.add(s.substring(start, i));
    }
    return out;
  }

  /** Python {@code ' '.join(s.split())}. */
  public static String collapseWhitespace(String s) {
    return String.join(" ", split(s));
  }

  /** Python {@code ''.join(s.split())}: every whitespace code point removed. */
  public static String removeWhitespace(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (sb == null) {
          sb = new StringBuilder(s.length());
          sb.append(s, 0, i);
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * Python {@code s.lower()}. {@code Locale.ROOT} matches CPython on every code point Java 17 knows
   * (it lacks the Unicode 14 additions); the default locale would break Turkish-locale machines.
   */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** The code points of {@code s}; Python indexes strings by code point, not by UTF-16 unit. */
  public static int[] codePoints(String s) {
    return s.codePoints().toArray();
  }

  /**
   * Splits file content into lines the way Python's {@code open(..., newline="\n")} iterates it:
   * only LF ends a line, a final line without LF still counts, and empty content has no lines. Line
   * ends are not included.
   */
  public static List<String> lines(String content) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = content.length();
    while (start < n) {
      int nl = content.indexOf('\n', start);
      if (nl < 0) {
        out.add(content.substring(start));
        break;
      }
      out.add(content.substring(start, nl));
      start = nl + 1;
    }
    return out;
  }
}
