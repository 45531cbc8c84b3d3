package io.translationworkbench;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Maps UTF-16 offsets of one text to 1-based line and column numbers; lines end at '\n'. Built with
 * the text as received (before Unicode NFC), it gives line and column in the file as received:
 * columns count that text's UTF-16 code units, so a decomposed "e" and accent count two where the
 * normalised text has one "é", and columns after it do not drift.
 */
public final class LineIndex {
  private final int[] lineStarts;
  private final int length;
  // the stretches NFC changed, in both texts: [start, end) in the normalised text and the
  // received one; none when the two are the same
  private final int[] normStart;
  private final int[] normEnd;
  private final int[] recvStart;
  private final int[] recvEnd;

  /** Line and column in {@code text} itself. */
  public LineIndex(String text) {
    this(text, text);
  }

  /**
   * Offsets into {@code text}, the NFC normalisation of {@code received}, with line and column in
   * {@code received}.
   *
   * @throws IllegalArgumentException when {@code text} is not the NFC of {@code received}
   */
  public LineIndex(String text, String received) {
    this.lineStarts = lineStarts(received);
    this.length = text.length();
    if (text.equals(received)) {
      normStart = normEnd = recvStart = recvEnd = new int[0];
      return;
    }
    int[][] map = changedStretches(text, received, true);
    if (map == null) {
      // not cut as NFC cuts (a Unicode version newer than this table): by line, which always is
      map = changedStretches(text, received, false);
    }
    if (map == null) {
      throw new IllegalArgumentException("the text is not the NFC of the received text");
    }
    normStart = map[0];
    normEnd = map[1];
    recvStart = map[2];
    recvEnd = map[3];
  }

  private static int[] lineStarts(String text) {
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
    return Arrays.copyOf(starts, n);
  }

  /**
   * Cuts {@code received} before every code point NFC never joins to what precedes it ({@code
   * fine}), or else after every line break, normalises each piece on its own and keeps the pieces
   * NFC changed; null when the pieces do not add up to {@code text}. A code point that is no
   * combining mark (Unicode categories Mn, Mc, Me) and no Hangul vowel or final consonant jamo
   * starts a new piece: NFC only ever joins or reorders a mark (or such a jamo) with what stands
   * before it.
   */
  private static int[][] changedStretches(String text, String received, boolean fine) {
    int cap = 16;
    int[] ns = new int[cap];
    int[] ne = new int[cap];
    int[] rs = new int[cap];
    int[] re = new int[cap];
    int n = 0;
    int normPos = 0;
    int pieceStart = 0;
    while (pieceStart < received.length()) {
      int i = pieceStart + Character.charCount(received.codePointAt(pieceStart));
      while (i < received.length()
          && (fine ? !startsPiece(received.codePointAt(i)) : received.charAt(i - 1) != '\n')) {
        i += Character.charCount(received.codePointAt(i));
      }
      char first = received.charAt(pieceStart);
      if (i == pieceStart + 1 && first < 0x300) {
        // Latin letters, digits, spaces and punctuation: NFC leaves them as they are
        if (normPos >= text.length() || text.charAt(normPos) != first) {
          return null;
        }
        normPos++;
        pieceStart = i;
        continue;
      }
      String piece = received.substring(pieceStart, i);
      String normal = Normalizer.normalize(piece, Normalizer.Form.NFC);
      if (!text.startsWith(normal, normPos)) {
        return null;
      }
      if (!normal.equals(piece)) {
        if (n == cap) {
          cap *= 2;
          ns = Arrays.copyOf(ns, cap);
          ne = Arrays.copyOf(ne, cap);
          rs = Arrays.copyOf(rs, cap);
          re = Arrays.copyOf(re, cap);
        }
        ns[n] = normPos;
        ne[n] = normPos + normal.length();
        rs[n] = pieceStart;
        re[n] = i;
        n++;
      }
      normPos += normal.length();
      pieceStart = i;
    }
    if (normPos != text.length()) {
      return null;
    }
    return new int[][] {
      Arrays.copyOf(ns, n), Arrays.copyOf(ne, n), Arrays.copyOf(rs, n), Arrays.copyOf(re, n)
    };
  }

  private static boolean startsPiece(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return false;
    }
    // Hangul jamo vowels and final consonants join a syllable before them
    return !(cp >= 0x1160 && cp <= 0x11FF) && !(cp >= 0xD7B0 && cp <= 0xD7FF);
  }

  /** The offset in the received text of {@code offset} in the normalised one. */
  private int received(int offset) {
    int k = Arrays.binarySearch(normStart, offset);
    // the last changed stretch starting at or before the offset
    k = k >= 0 ? k : -k - 2;
    // a stretch of length zero never occurs: NFC of a non-empty piece is not empty
    if (k < 0) {
      return offset;
    }
    if (offset >= normEnd[k]) {
      return offset + (recvEnd[k] - normEnd[k]);
    }
    // inside a stretch NFC changed (between a letter and a mark it kept apart): as far in as the
    // received stretch allows
    return recvStart[k] + Math.min(offset - normStart[k], recvEnd[k] - recvStart[k]);
  }

  /** The span {@code [start, end)} with its line and column numbers. */
  public Span span(int start, int end) {
    if (start < 0 || end > length || end < start) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") outside text of length " + length);
    }
    int from = received(start);
    int to = received(end);
    int line = lineOf(from);
    int endLine = lineOf(to);
    return new Span(
        start,
        end,
        line + 1,
        from - lineStarts[line] + 1,
        endLine + 1,
        to - lineStarts[endLine] + 1);
  }

  private int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i : -i - 2;
  }
}
