package io.translationworkbench.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word tokens as an editor counts them: runs of letters (with inner hyphens and apostrophes, so
 * "lui-même" and "l’application" are one word each) or of digits.
 */
public final class Words {
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{M}]+(?:[-’'][\\p{L}\\p{M}]+)*|\\d+(?:[.,]\\d+)*");

  private Words() {}

  /** The words of {@code text}, in order. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Number of words in {@code text}. */
  public static int count(String text) {
    int n = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }
}
