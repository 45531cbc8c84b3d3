package io.translationworkbench.metrics;

/**
 * The random streams sacreBLEU's significance tests draw: {@code numpy.random.default_rng(seed)}
 * (PCG64 seeded through {@code SeedSequence}), {@code Generator.choice(n, size, replace=True)}
 * (Lemire's bounded integers on buffered 32-bit draws) and {@code Generator.integers(2, size,
 * dtype=bool)}. Reproducing them gives the same resamples and trials as sacreBLEU for the same
 * seed.
 */
final class NumpyRandom {
  private static final long MULT_HI = 2549297995355413924L;
  private static final long MULT_LO = 4865540595714422341L;

  private long stateHi;
  private long stateLo;
  private final long incHi;
  private final long incLo;
  private boolean hasUint32;
  private int uinteger;

  /**
   * {@code numpy.random.default_rng(seed)} for a non-negative seed below 2^32 (one entropy word).
   */
  NumpyRandom(long seed) {
    if (seed < 0 || seed > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("seed must be in [0, 2^32), got " + seed);
    }
    int[] pool = seedSequencePool(new int[] {(int) seed});
    long[] words = generateState(pool, 4);
    long initHi = words[0];
    long initLo = words[1];
    long seqHi = words[2];
    long seqLo = words[3];
    // pcg_setseq_128_srandom_r: inc = (initseq << 1) | 1; step; state += initstate; step
    incHi = (seqHi << 1) | (seqLo >>> 63);
    incLo = (seqLo << 1) | 1L;
    stateHi = 0;
    stateLo = 0;
    step();
    long lo = stateLo + initLo;
    long carry = Long.compareUnsigned(lo, stateLo) < 0 ? 1 : 0;
    stateHi = stateHi + initHi + carry;
    stateLo = lo;
    step();
  }

  // SeedSequence constants (numpy/random/bit_generator.pyx)
  private static final int INIT_A = 0x43b0d7e5;
  private static final int MULT_A = 0x931e8875;
  private static final int INIT_B = 0x8b51f9dd;
  private static final int MULT_B = 0x58f38ded;
  private static final int MIX_MULT_L = 0xca01f9dd;
  private static final int MIX_MULT_R = 0x4973f715;
  private static final int POOL_SIZE = 4;

  private static int[] seedSequencePool(int[] entropy) {
    int[] mixer = new int[POOL_SIZE];
    int[] hashConst = {INIT_A};
    for (int i = 0; i < POOL_SIZE; i++) {
      mixer[i] = hashmix(i < entropy.length ? entropy[i] : 0, hashConst);
    }
    for (int src = 0; src < POOL_SIZE; src++) {
      for (int dst = 0; dst < POOL_SIZE; dst++) {
        if (src != dst) {
          mixer[dst] = mix(mixer[dst], hashmix(mixer[src], hashConst));
        }
      }
    }
    for (int src = POOL_SIZE; src < entropy.length; src++) {
      for (int dst = 0; dst < POOL_SIZE; dst++) {
        mixer[dst] = mix(mixer[dst], hashmix(entropy[src], hashConst));
      }
    }
    return mixer;
  }

  private static int hashmix(int value, int[] hashConst) {
    value ^= hashConst[0];
    hashConst[0] *= MULT_A;
    value *= hashConst[0];
    value ^= value >>> 16;
    return value;
  }

  private static int mix(int x, int y) {
    int result = MIX_MULT_L * x - MIX_MULT_R * y;
    result ^= result >>> 16;
    return result;
  }

  /**
   * {@code SeedSequence.generate_state(n, uint64)}: 2n 32-bit words, read little-endian in pairs.
   */
  private static long[] generateState(int[] pool, int n) {
    long[] out = new long[n];
    int hashConst = INIT_B;
    for (int i = 0; i < 2 * n; i++) {
      int data = pool[i % pool.length];
      data ^= hashConst;
      hashConst *= MULT_B;
      data *= hashConst;
      data ^= data >>> 16;
      if (i % 2 == 0) {
        out[i / 2] = data & 0xFFFFFFFFL;
      } else {
        out[i / 2] |= ((long) data) << 32;
      }
    }
    return out;
  }

  private void step() {
    // state = state * MULT + inc (mod 2^128)
    long lo = stateLo * MULT_LO;
    long hi = unsignedMultiplyHigh(stateLo, MULT_LO) + stateHi * MULT_LO + stateLo * MULT_HI;
    long newLo = lo + incLo;
    long carry = Long.compareUnsigned(newLo, lo) < 0 ? 1 : 0;
    stateHi = hi + incHi + carry;
    stateLo = newLo;
  }

  private static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }

  /** PCG64's XSL-RR output of the next state. */
  long next64() {
    step();
    int rot = (int) (stateHi >>> 58);
    return Long.rotateRight(stateHi ^ stateLo, rot);
  }

  /** numpy's buffered 32-bit draw: the low half of a 64-bit output, then its high half. */
  int next32() {
    if (hasUint32) {
      hasUint32 = false;
      return uinteger;
    }
    long next = next64();
    hasUint32 = true;
    uinteger = (int) (next >>> 32);
    return (int) next;
  }

  /** {@code Generator.choice(n, size=count, replace=True)}, flattened in C order. */
  int[] choice(int n, int count) {
    int[] out = new int[count];
    if (n <= 1) {
      return out; // numpy draws nothing when the range is a single value
    }
    long rngExcl = n; // Lemire's method on rng = n - 1, rng_excl = n
    long threshold = (0xFFFFFFFFL - (n - 1)) % rngExcl;
    for (int i = 0; i < count; i++) {
      long m = (next32() & 0xFFFFFFFFL) * rngExcl;
      long leftover = m & 0xFFFFFFFFL;
      if (leftover < rngExcl) {
        while (leftover < threshold) {
          m = (next32() & 0xFFFFFFFFL) * rngExcl;
          leftover = m & 0xFFFFFFFFL;
        }
      }
      out[i] = (int) (m >>> 32);
    }
    return out;
  }

  /** {@code Generator.integers(2, size=count, dtype=bool)}: one 32-bit draw serves 32 booleans. */
  boolean[] booleans(int count) {
    boolean[] out = new boolean[count];
    int bcnt = 0;
    int buf = 0;
    for (int i = 0; i < count; i++) {
      if (bcnt == 0) {
        buf = next32();
        bcnt = 31;
      } else {
        buf >>>= 1;
        bcnt--;
      }
      out[i] = (buf & 1) != 0;
    }
    return out;
  }
}
