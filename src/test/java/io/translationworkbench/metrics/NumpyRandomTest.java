package io.translationworkbench.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * The streams sacreBLEU's significance tests draw. Expected values were printed by numpy 2.4.6
 * (whose Generator streams are fixed since numpy 1.17), e.g. {@code
 * np.random.default_rng(12345).choice(7, size=(3, 5))}.
 */
class NumpyRandomTest {
  @Test
  void rawPcg64OutputMatchesNumpy() {
    NumpyRandom r = new NumpyRandom(12345);
    long[] expected = {
      4193609425186963869L, 5843160025838961886L, Long.parseUnsignedLong("14708796524633321433")
    };
    long[] got = {r.next64(), r.next64(), r.next64()};
    assertArrayEquals(expected, got);
  }

  @Test
  void choiceWithReplacementMatchesNumpy() {
    assertArrayEquals(
        new int[] {4, 1, 5, 2, 1, 5, 4, 4, 6, 2, 5, 2, 3, 4, 1},
        new NumpyRandom(12345).choice(7, 15));
    assertArrayEquals(
        new int[] {2097, 682, 2365, 950, 612, 2392, 1928, 2028, 2965, 1173, 2518, 998},
        new NumpyRandom(12345).choice(3000, 12));
  }

  @Test
  void booleanIntegersMatchNumpy() {
    int[] expected = {
      1, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0, 1, 1, 0,
          1, 1, 0, 1, 1, 0, 0,
      0, 1, 1, 0, 0, 0, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1,
          0, 1, 1, 0, 0, 1, 0,
      0, 0, 1, 1
    };
    boolean[] got = new NumpyRandom(12345).booleans(80);
    int[] asInts = new int[got.length];
    for (int i = 0; i < got.length; i++) {
      asInts[i] = got[i] ? 1 : 0;
    }
    assertArrayEquals(expected, asInts);
  }
}
