package io.translationworkbench.metrics;

import java.util.regex.Pattern;

/**
 * The mteval-v13a rules that sacreBLEU's {@code 13a} tokenizer and its tercom normaliser share. The patterns are
 * sacreBLEU's; {@code Matcher.replaceAll} has Python {@code re.sub}'s left-to-right, non-overlapping semantics, and
 * the digit classes are ASCII {@code [0-9]} on purpose (not {@code \d}).
 */
final class MtevalRules {
  private static final Pattern ASCII_PUNCT = Pattern.compile("([\\{-\\~\\[-\\` -\\&\\(-\\+\\:-\\@\\/])");
  private static final Pattern PERIOD_COMMA_AFTER_NON_DIGIT = Pattern.compile("([^0-9])([\\.,])");
  private static final Pattern PERIOD_COMMA_BEFORE_NON_DIGIT = Pattern.compile("([\\.,])([^0-9])");
  private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("([0-9])(-)");

  private MtevalRules() {}

  /** {@code &quot; &amp; &lt; &gt;} unescaped in this order, so {@code &amp;lt;} becomes {@code <}. */
  static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
  }

  /** Padding with one space each side, then spaces around ASCII punctuation and symbols except {@code ' , - .}. */
  static String padAndSplitPunctuation(String s) {
    return ASCII_PUNCT.matcher(" " + s + " ").replaceAll(" $1 ");
  }

  /** Periods and commas split unless between digits; a dash split after a digit. */
  static String splitPeriodCommaDash(String s) {
    s = PERIOD_COMMA_AFTER_NON_DIGIT.matcher(s).replaceAll("$1 $2 ");
    s = PERIOD_COMMA_BEFORE_NON_DIGIT.matcher(s).replaceAll(" $1 $2");
    return DASH_AFTER_DIGIT.matcher(s).replaceAll("$1 $2 ");
  }
}
