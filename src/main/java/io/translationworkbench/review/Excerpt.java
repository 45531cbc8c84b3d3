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

  /**
   * Characters shown at each end of a longer span, whose middle is left out ("…"): an excerpt is
   * never longer than {@code 2 * CONTEXT + 2 * SPAN_END + 3} characters, however long its sentence
   * or span, so that a report quoting one per flag grows with the text, not with its square.
   */
  public static final int SPAN_END = 60;

  /**
   * What an excerpt shows of its sentence: the text, with "…" where something was left out, and
   * where the span lies in it.
   *
   * @param text the excerpt as shown
   * @param markFrom start of the span in {@code text}
   * @param markTo end (exclusive) of the span in {@code text}
   */
  public record Shown(String text, int markFrom, int markTo) {}

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

  /**
   * The excerpt of {@code sentence} as shown: "…" where the sentence goes on before or after it,
   * and a span longer than {@code 2 * SPAN_END} characters shown by its two ends around a "…"
   * (never splitting a surrogate pair).
   */
  public Shown show(String sentence) {
    StringBuilder sb = new StringBuilder(end - start + 8);
    if (cutBefore()) {
      sb.append('…');
    }
    sb.append(sentence, start, from);
    int markFrom = sb.length();
    if (to - from > 2 * SPAN_END + 1) {
      int a = from + SPAN_END;
      if (Character.isLowSurrogate(sentence.charAt(a))) {
        a--;
      }
      int b = to - SPAN_END;
      if (Character.isLowSurrogate(sentence.charAt(b))) {
        b++;
      }
      sb.append(sentence, from, a).append('…').append(sentence, b, to);
    } else {
      sb.append(sentence, from, to);
    }
    int markTo = sb.length();
    sb.append(sentence, to, end);
    if (cutAfter(sentence.length())) {
      sb.append('…');
    }
    return new Shown(sb.toString(), markFrom, markTo);
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
