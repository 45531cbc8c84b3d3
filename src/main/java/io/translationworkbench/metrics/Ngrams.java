package io.translationworkbench.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * N-gram counting on primitive keys instead of Python's {@code Counter} of tuples: tokens get dense
 * ids per segment, an n-gram becomes one {@code long} (ids packed side by side, or a dictionary id
 * when they do not fit), and counts live in an open-addressing table. The counts are exactly
 * sacreBLEU's; only the bookkeeping is cheaper.
 */
final class Ngrams {
  private Ngrams() {}

  /** Dense ids for the words of one segment and its references. */
  static final class WordIds {
    private final Map<String, Integer> ids = new HashMap<>();

    int[] encode(List<String> tokens) {
      int[] out = new int[tokens.size()];
      for (int i = 0; i < out.length; i++) {
        Integer id = ids.get(tokens.get(i));
        if (id == null) {
          id = ids.size();
          ids.put(tokens.get(i), id);
        }
        out[i] = id;
      }
      return out;
    }

    int size() {
      return ids.size();
    }
  }

  /**
   * Dense ids for the code points of several sequences (sorted distinct values, found by binary
   * search). The last element of the result holds the number of distinct code points.
   */
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

  /**
   * Turns id sequences into n-gram keys; one encoder per segment so keys are comparable across hyp
   * and refs.
   */
  static final class Encoder {
    private final int bits;
    private final boolean packed;
    private Map<String, Long> dictionary;

    Encoder(int vocabularySize, int maxOrder) {
      this.bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(0, vocabularySize - 1)));
      this.packed = (long) bits * maxOrder <= 64;
    }

    /**
     * The keys of all n-grams of order {@code n}, in text order (there are {@code max(0, len - n +
     * 1)}).
     */
    long[] keys(int[] ids, int n) {
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
      return keys;
    }
  }

  /** A multiset of n-gram keys: an open-addressing table from key to count. */
  static final class Counts {
    private final long[] keys;
    private final int[] counts;
    private final boolean[] used;
    private final int mask;

    private Counts(int expected) {
      int capacity = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
      keys = new long[capacity];
      counts = new int[capacity];
      used = new boolean[capacity];
      mask = capacity - 1;
    }

    /** The counts of {@code keys}. */
    static Counts of(long[] keys) {
      Counts c = new Counts(keys.length);
      for (long k : keys) {
        c.counts[c.slot(k)]++;
      }
      return c;
    }

    /**
     * Per key the maximum count over several references (sacreBLEU's multi-reference BLEU merge).
     */
    static Counts max(List<long[]> keysPerReference) {
      if (keysPerReference.size() == 1) {
        return of(keysPerReference.get(0));
      }
      int total = 0;
      for (long[] k : keysPerReference) {
        total += k.length;
      }
      Counts merged = new Counts(total);
      for (long[] k : keysPerReference) {
        Counts one = of(k);
        for (int i = 0; i < one.keys.length; i++) {
          if (one.used[i]) {
            int s = merged.slot(one.keys[i]);
            merged.counts[s] = Math.max(merged.counts[s], one.counts[i]);
          }
        }
      }
      return merged;
    }

    /** The slot holding {@code key}, or the free slot where it would go. */
    private int find(long key) {
      int h = (int) (key ^ (key >>> 32)) * 0x9E3779B9;
      int i = (h ^ (h >>> 16)) & mask;
      while (used[i] && keys[i] != key) {
        i = (i + 1) & mask;
      }
      return i;
    }

    /**
     * The slot of {@code key}, claimed (with count 0) if the key is new; the table is sized for
     * every insert.
     */
    private int slot(long key) {
      int i = find(key);
      if (!used[i]) {
        used[i] = true;
        keys[i] = key;
      }
      return i;
    }

    /**
     * The sum over distinct hypothesis n-grams of min(hyp count, ref count), computed by taking
     * each hypothesis n-gram out of this multiset while it lasts. Consumes the counts.
     */
    long clipAgainst(long[] hypKeys) {
      long matches = 0;
      for (long k : hypKeys) {
        int s = find(k); // never inserts: the table is sized for the reference only
        if (used[s] && counts[s] > 0) {
          counts[s]--;
          matches++;
        }
      }
      return matches;
    }
  }
}
