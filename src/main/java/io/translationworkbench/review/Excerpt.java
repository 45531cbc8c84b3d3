package io.translationworkbench.review;

/**
 * A flag's span with a little of the sentence around it, so that each flag of a card can show where
 * it lies without repeating the whole sentence.
 *
 * @param start where the excerpt starts in the sentence (UTF-16 offset)
 * @param from start of the flagged span in the sentence
 * @param to end (exclusive) of the flagged span in the sentence
 * @param end where the excerpt ends (exclusive)
 */
public record Excerpt(int start, int from, int to, int end) {
  /** Characters of context shown on each side of the span, at most. */
  public static final int CONTEXT = 40;

  public Excerpt {
    if (start < 0 || from < start || to < from || end < to) {
      throw new IllegalArgumentException(
          "excerpt [" + start + ", " + from + ", " + to + ", " + end + "] out of order");
    }
  }

  /**
   * The span {@code [from, to)} of {@code text} with up to {@link #CONTEXT} characters either side,
   * cut at a space when the context does not reach the end of the text (never inside a surrogate
   * pair).
   */
  public static Excerpt around(String text, int from, int to) {
    int start = Math.max(0, from - CONTEXT);
    if (start > 0) {
      int space = text.indexOf(' ', start);
      start = space >= 0 && space < from ? space + 1 : start;
      if (start < from && Character.isLowSurrogate(text.charAt(start))) {
        start--;
      }
    }
    int end = Math.min(text.length(), to + CONTEXT);
    if (end < text.length()) {
      int space = text.lastIndexOf(' ', end);
      end = space >= to ? space : end;
      if (end > to && end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
        end++;
      }
    }
    return new Excerpt(start, from, to, end);
  }

  /** Whether text before the excerpt was left out. */
  public boolean cutBefore() {
    return start > 0;
  }

  /** Whether text after the excerpt was left out ({@code length} is the sentence's). */
  public boolean cutAfter(int length) {
    return end < length;
  }
}
