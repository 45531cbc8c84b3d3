package io.translationworkbench;

import java.util.Arrays;

/** Maps UTF-16 offsets of one text to 1-based line and column numbers; lines end at '\n'. */
public final class LineIndex {
  private final int[] lineStarts;
  private final int length;

  public LineIndex(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
    this.length = text.length();
  }

  /** The span {@code [start, end)} with its line and column numbers. */
  public Span span(int start, int end) {
    if (start < 0 || end > length || end < start) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") outside text of length " + length);
    }
    int line = lineOf(start);
    int endLine = lineOf(end);
    return new Span(
        start,
        end,
        line + 1,
        start - lineStarts[line] + 1,
        endLine + 1,
        end - lineStarts[endLine] + 1);
  }

  private int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i : -i - 2;
  }
}
