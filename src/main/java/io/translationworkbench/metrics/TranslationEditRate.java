package io.translationworkbench.metrics;

import java.util.Arrays;

/**
 * sacreBLEU's tercom-compatible edit count ({@code metrics/lib_ter.py}): greedy block shifts chosen
 * by a beam edit distance, with the same limits (shift size 10, shift distance 50, beam 25, at most
 * 1,000 shift candidates per hypothesis/reference pair, counted over all rounds) and the same
 * tie-breaking. The beam is not exact Levenshtein, and the 1,000-candidate cap discards the best
 * shift of the round that crosses it; both change results on long segments, so both are reproduced.
 * Words are compared as dense ids.
 */
final class TranslationEditRate {
  private static final int MAX_SHIFT_SIZE = 10;
  private static final int MAX_SHIFT_DIST = 50;
  private static final int BEAM_WIDTH = 25;
  private static final int MAX_SHIFT_CANDIDATES = 1000;
  // stands in for sacreBLEU's 1e16: larger than any real distance, and INF + 1 cannot overflow
  private static final int INF = 1_000_000_000;

  private static final byte OP_NOP = 0;
  private static final byte OP_SUB = 1;
  private static final byte OP_INS = 2;
  private static final byte OP_DEL = 3;
  private static final byte OP_UNDEF = 4;

  private TranslationEditRate() {}

  /** The number of edits (shifts plus beam edit distance) turning {@code hyp} into {@code ref}. */
  static int edits(int[] hyp, int[] ref) {
    if (ref.length == 0) {
      return hyp.length; // sacreBLEU's special case for empty references
    }
    Beam beam = new Beam(ref, hyp.length);
    int shifts = 0;
    int[] current = hyp;
    int checked = 0;
    while (true) {
      Round round = shift(current, ref, beam, checked);
      checked = round.checked;
      if (checked >= MAX_SHIFT_CANDIDATES) {
        break; // before applying this round's best shift, as lib_ter.py does
      }
      if (round.gain <= 0) {
        break;
      }
      shifts++;
      current = round.words;
    }
    return shifts + beam.full(current);
  }

  private record Round(int gain, int[] words, int checked) {}

  private static Round shift(int[] h, int[] r, Beam beam, int checked) {
    int preScore = beam.full(h);
    int hLen = h.length;
    int rLen = r.length;
    // walk the trace with insertions and deletions flipped (rewriting the reference into the
    // hypothesis)
    int[] align = new int[rLen];
    int[] hypErrPrefix = new int[hLen + 1];
    int[] refErrPrefix = new int[rLen + 1];
    byte[] trace = beam.trace;
    int posHyp = -1;
    int posRef = -1;
    for (int t = 0; t < beam.traceLength; t++) {
      byte op = trace[t];
      if (op == OP_NOP || op == OP_SUB) {
        int err = op == OP_SUB ? 1 : 0;
        posHyp++;
        posRef++;
        align[posRef] = posHyp;
        hypErrPrefix[posHyp + 1] = hypErrPrefix[posHyp] + err;
        refErrPrefix[posRef + 1] = refErrPrefix[posRef] + err;
      } else if (op == OP_DEL) { // flipped to an insertion: a hypothesis word without partner
        posHyp++;
        hypErrPrefix[posHyp + 1] = hypErrPrefix[posHyp] + 1;
      } else { // OP_INS flipped to a deletion: a reference word without partner
        posRef++;
        align[posRef] = posHyp;
        refErrPrefix[posRef + 1] = refErrPrefix[posRef] + 1;
      }
    }

    int bestGain = 0;
    int bestLength = 0;
    int bestStart = 0;
    int bestIdx = 0;
    int[] bestWords = null;
    search:
    for (int startH = 0; startH < hLen; startH++) {
      for (int startR = 0; startR < rLen; startR++) {
        if (Math.abs(startR - startH) > MAX_SHIFT_DIST) {
          continue;
        }
        int length = 0;
        while (h[startH + length] == r[startR + length] && length < MAX_SHIFT_SIZE) {
          length++;
          // a candidate span (startH, startR, length)
          if (hypErrPrefix[startH + length] - hypErrPrefix[startH] != 0
              && refErrPrefix[startR + length] - refErrPrefix[startR] != 0
              && !(startH <= align[startR] && align[startR] < startH + length)) {
            int prevIdx = -1;
            for (int offset = -1; offset < length; offset++) {
              int idx;
              if (startR + offset == -1) {
                idx = 0;
              } else if (startR + offset < rLen) {
                idx = align[startR + offset] + 1;
              } else {
                break;
              }
              if (idx == prevIdx) {
                continue;
              }
              prevIdx = idx;
              int[] shifted = performShift(h, startH, length, idx);
              int gain = preScore - beam.distanceFrom(shifted, firstDifference(h, shifted));
              checked++;
              if (bestWords == null
                  || gain > bestGain
                  || (gain == bestGain
                      && (length > bestLength
                          || (length == bestLength
                              && (startH < bestStart
                                  || (startH == bestStart && idx < bestIdx)))))) {
                bestGain = gain;
                bestLength = length;
                bestStart = startH;
                bestIdx = idx;
                bestWords = shifted;
              }
            }
            if (checked >= MAX_SHIFT_CANDIDATES) {
              break search;
            }
          }
          if (hLen == startH + length || rLen == startR + length) {
            break;
          }
        }
      }
    }
    if (bestWords == null) {
      return new Round(0, h, checked);
    }
    return new Round(bestGain, bestWords, checked);
  }

  private static int firstDifference(int[] a, int[] b) {
    int i = 0;
    while (i < a.length && a[i] == b[i]) {
      i++;
    }
    return i;
  }

  /** lib_ter.py's {@code _perform_shift}: the span is inserted before position {@code target}. */
  static int[] performShift(int[] words, int start, int length, int target) {
    int n = words.length;
    int[] out = new int[n];
    int p = 0;
    if (target < start) {
      p = copy(words, 0, target, out, p);
      p = copy(words, start, start + length, out, p);
      p = copy(words, target, start, out, p);
      copy(words, start + length, n, out, p);
    } else if (target > start + length) {
      p = copy(words, 0, start, out, p);
      p = copy(words, start + length, target, out, p);
      p = copy(words, start, start + length, out, p);
      copy(words, target, n, out, p);
    } else {
      p = copy(words, 0, start, out, p);
      p = copy(words, start + length, length + target, out, p);
      p = copy(words, start, start + length, out, p);
      copy(words, length + target, n, out, p);
    }
    return out;
  }

  /**
   * Appends Python's {@code words[from:to]} (bounds clamped as slicing does); returns the new write
   * position.
   */
  private static int copy(int[] words, int from, int to, int[] out, int p) {
    int a = Math.min(Math.max(from, 0), words.length);
    int b = Math.min(Math.max(to, 0), words.length);
    if (b > a) {
      System.arraycopy(words, a, out, p, b - a);
      return p + b - a;
    }
    return p;
  }

  /**
   * The beam edit distance of {@code BeamEditDistance._edit_distance} for one reference and a fixed
   * hypothesis length (shifts keep it constant). Row {@code i} (hypothesis position) fills only
   * columns within the beam around the pseudo-diagonal; the other cells stay infinite. Ties prefer
   * diagonal, then deletion, then insertion.
   */
  private static final class Beam {
    private final int[] ref;
    private final int hLen;
    private final int rLen;
    private final int[] minJ;
    private final int[] maxJ;
    // the last full computation (with operations) and a scratch matrix for candidate distances
    private final int[][] dist;
    private final byte[][] ops;
    private final int[][] scratch;
    private int[] fullWords;
    byte[] trace;
    int traceLength;

    Beam(int[] ref, int hLen) {
      this.ref = ref;
      this.hLen = hLen;
      this.rLen = ref.length;
      double ratio = hLen > 0 ? (double) rLen / hLen : 1;
      int beam = BEAM_WIDTH < ratio / 2 ? (int) Math.ceil(ratio / 2 + BEAM_WIDTH) : BEAM_WIDTH;
      minJ = new int[hLen + 1];
      maxJ = new int[hLen + 1];
      for (int i = 1; i <= hLen; i++) {
        int diag = (int) Math.floor(i * ratio);
        minJ[i] = Math.max(0, diag - beam);
        maxJ[i] = i == hLen ? rLen + 1 : Math.min(rLen + 1, diag + beam);
      }
      dist = new int[hLen + 1][rLen + 1];
      ops = new byte[hLen + 1][rLen + 1];
      scratch = new int[hLen + 1][rLen + 1];
      for (int j = 0; j <= rLen; j++) {
        dist[0][j] = j;
        ops[0][j] = OP_INS;
        scratch[0][j] = j;
      }
      for (int i = 1; i <= hLen; i++) {
        Arrays.fill(dist[i], INF);
        Arrays.fill(ops[i], OP_UNDEF);
        Arrays.fill(scratch[i], INF);
      }
      trace = new byte[hLen + rLen];
    }

    /**
     * The distance for {@code words}, keeping the matrix and the trace (from (H, R) back to (0,
     * 0)).
     */
    int full(int[] words) {
      if (words == fullWords) {
        return dist[hLen][rLen];
      }
      for (int i = 1; i <= hLen; i++) {
        int[] prev = dist[i - 1];
        int[] row = dist[i];
        byte[] opRow = ops[i];
        int w = words[i - 1];
        for (int j = minJ[i]; j < maxJ[i]; j++) {
          if (j == 0) {
            row[0] = prev[0] + 1;
            opRow[0] = OP_DEL;
            continue;
          }
          int best = INF;
          byte op = OP_UNDEF;
          int diagonal = prev[j - 1] + (w == ref[j - 1] ? 0 : 1);
          if (best > diagonal) {
            best = diagonal;
            op = w == ref[j - 1] ? OP_NOP : OP_SUB;
          }
          int up = prev[j] + 1;
          if (best > up) {
            best = up;
            op = OP_DEL;
          }
          int left = row[j - 1] + 1;
          if (best > left) {
            best = left;
            op = OP_INS;
          }
          row[j] = best;
          opRow[j] = op;
        }
      }
      // backtrace, written from the end of the buffer then moved to the front
      int i = hLen;
      int j = rLen;
      int t = trace.length;
      while (i > 0 || j > 0) {
        byte op = ops[i][j];
        trace[--t] = op;
        if (op == OP_NOP || op == OP_SUB) {
          i--;
          j--;
        } else if (op == OP_INS) {
          j--;
        } else if (op == OP_DEL) {
          i--;
        } else {
          throw new IllegalStateException("TER trace reached an unfilled cell at " + i + "," + j);
        }
      }
      traceLength = trace.length - t;
      System.arraycopy(trace, t, trace, 0, traceLength);
      fullWords = words;
      return dist[hLen][rLen];
    }

    /**
     * The distance for {@code words}, whose first {@code same} words equal those of the last {@link
     * #full} call: rows up to {@code same} depend only on that prefix, so they are taken from the
     * full matrix (sacreBLEU's prefix cache has the same effect).
     */
    int distanceFrom(int[] words, int same) {
      if (same >= hLen) {
        return dist[hLen][rLen];
      }
      for (int i = same + 1; i <= hLen; i++) {
        int[] prev = i - 1 == same ? dist[i - 1] : scratch[i - 1];
        int[] row = scratch[i];
        int w = words[i - 1];
        for (int j = minJ[i]; j < maxJ[i]; j++) {
          if (j == 0) {
            row[0] = prev[0] + 1;
            continue;
          }
          int best = INF;
          int diagonal = prev[j - 1] + (w == ref[j - 1] ? 0 : 1);
          if (best > diagonal) {
            best = diagonal;
          }
          int up = prev[j] + 1;
          if (best > up) {
            best = up;
          }
          int left = row[j - 1] + 1;
          if (best > left) {
            best = left;
          }
          row[j] = best;
        }
      }
      return scratch[hLen][rLen];
    }
  }
}
