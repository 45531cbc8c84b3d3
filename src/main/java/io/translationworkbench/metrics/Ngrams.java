package io.translationworkbench.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * N-gram counting on sorted primitive keys instead of Python's {@code Counter} of tuples: tokens get dense ids per
 * segment, an n-gram becomes one {@code long} (ids packed side by side, or a dictionary id when they do not fit), and
 * counts are runs in a sorted array. The counts are the same as sacreBLEU's; only the bookkeeping is cheaper.
 */
final class Ngrams {
  private Ngrams() {}

  /** Dense ids for the words of one segment and its references. */
  static final class WordIds {
    private final Map<String, Integer> ids = new HashMap<>();

    int[] encode(List<String> tokens) {
      int[] out = new int[tokens.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = ids.computeIfAbsent(tokens.get(i), k -> ids.size());
      }
      return out;
    }

    int size() {
      return ids.size();
    }
  }

  /** Dense ids for code points: sorted distinct values, looked up by binary search. */
  static int[][] encodeCodePoints(int[]... sequences) {
    int total = 0;
    for (int[] s : sequences) {
      total += s.length;
    }
    int[] all = new int[total];
    int p = 0;
    for (int[] s : sequences) {
      System.arraycopy(s, 0, all, p, s.length);
      p += s.length;
    }
    Arrays.sort(all);
    int distinct = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[distinct++] = all[i];
      }
    }
    int[][] out = new int[sequences.length + 1][];
    for (int k = 0; k < sequences.length; k++) {
      int[] s = sequences[k];
      int[] ids = new int[s.length];
      for (int i = 0; i < s.length; i++) {
        ids[i] = Arrays.binarySearch(all, 0, distinct, s[i]);
      }
      out[k] = ids;
    }
    out[sequences.length] = new int[] {distinct};
    return out;
  }

  /** Turns id sequences into n-gram keys; one encoder per segment so keys are comparable across hyp and refs. */
  static final class Encoder {
    private final int bits;
    private final boolean packed;
    private Map<String, Long> dictionary;

    Encoder(int vocabularySize, int maxOrder) {
      this.bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(0, vocabularySize - 1)));
      this.packed = (long) bits * maxOrder <= 64;
    }

    /** The sorted keys of all n-grams of order {@code n} (there are {@code max(0, len - n + 1)}). */
    long[] sortedKeys(int[] ids, int n) {
      int count = ids.length - n + 1;
      if (count <= 0) {
        return new long[0];
      }
      long[] keys = new long[count];
      if (packed) {
        for (int i = 0; i < count; i++) {
          long k = 0;
          for (int j = 0; j < n; j++) {
            k = (k << bits) | ids[i + j];
          }
          keys[i] = k;
        }
      } else {
        if (dictionary == null) {
          dictionary = new HashMap<>();
        }
        for (int i = 0; i < count; i++) {
          String s = Arrays.toString(Arrays.copyOfRange(ids, i, i + n));
          keys[i] = dictionary.computeIfAbsent(s, x -> (long) dictionary.size());
        }
      }
      Arrays.sort(keys);
      return keys;
    }
  }

  /** Distinct keys with their counts. */
  record Runs(long[] keys, int[] counts, int size) {
    static Runs of(long[] sorted) {
      long[] keys = new long[sorted.length];
      int[] counts = new int[sorted.length];
      int size = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (size > 0 && keys[size - 1] == sorted[i]) {
          counts[size - 1]++;
        } else {
          keys[size] = sorted[i];
          counts[size] = 1;
          size++;
        }
      }
      return new Runs(keys, counts, size);
    }

    /** Per key the maximum count over several references (sacreBLEU's multi-reference BLEU merge). */
    static Runs max(List<Runs> all) {
      if (all.size() == 1) {
        return all.get(0);
      }
      int total = 0;
      for (Runs r : all) {
        total += r.size;
      }
      long[][] pairs = new long[total][];
      int p = 0;
      for (Runs r : all) {
        for (int i = 0; i < r.size; i++) {
          pairs[p++] = new long[] {r.keys[i], r.counts[i]};
        }
      }
      Arrays.sort(pairs, (a, b) -> Long.compare(a[0], b[0]));
      long[] keys = new long[total];
      int[] counts = new int[total];
      int size = 0;
      for (long[] pair : pairs) {
        if (size > 0 && keys[size - 1] == pair[0]) {
          counts[size - 1] = Math.max(counts[size - 1], (int) pair[1]);
        } else {
          keys[size] = pair[0];
          counts[size] = (int) pair[1];
          size++;
        }
      }
      return new Runs(keys, counts, size);
    }
  }

  /** The sum over distinct hypothesis n-grams of min(hyp count, ref count). */
  static long clippedMatches(long[] hypSorted, Runs ref) {
    long matches = 0;
    int r = 0;
    int i = 0;
    while (i < hypSorted.length && r < ref.size()) {
      long key = hypSorted[i];
      int run = 1;
      while (i + run < hypSorted.length && hypSorted[i + run] == key) {
        run++;
      }
      while (r < ref.size() && ref.keys()[r] < key) {
        r++;
      }
      if (r < ref.size() && ref.keys()[r] == key) {
        matches += Math.min(run, ref.counts()[r]);
      }
      i += run;
    }
    return matches;
  }
}
