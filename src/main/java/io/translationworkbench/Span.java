package io.translationworkbench;

/**
 * A half-open range {@code [start, end)} in a text, in UTF-16 code units (as Java strings and
 * LanguageTool count), with 1-based line and column of both ends (columns also in UTF-16 code
 * units).
 */
public record Span(int start, int end, int line, int column, int endLine, int endColumn) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (line < 1 || column < 1 || endLine < line) {
      throw new IllegalArgumentException("bad line/column " + line + ":" + column);
    }
  }

  /** Number of UTF-16 code units covered. */
  public int length() {
    return end - start;
  }

  /** Whether {@code other} lies entirely inside this span. */
  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }
}
