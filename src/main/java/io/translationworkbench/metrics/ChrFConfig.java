package io.translationworkbench.metrics;

/**
 * chrF / chrF++ settings, with sacreBLEU's defaults ({@code metrics/chrf.py}).
 *
 * @param charOrder character n-gram order (6)
 * @param wordOrder word n-gram order (0 for chrF, 2 for chrF++)
 * @param beta recall weight (2)
 * @param lowercase lowercase first ({@code case:lc})
 * @param whitespace keep whitespace inside character n-grams ({@code space:yes})
 * @param epsSmoothing chrF++.py / NLTK / Moses epsilon smoothing; off by default, which the
 *     signature prints as {@code eff:yes}
 */
public record ChrFConfig(
    int charOrder,
    int wordOrder,
    int beta,
    boolean lowercase,
    boolean whitespace,
    boolean epsSmoothing) {
  /**
   * Highest character n-gram order accepted (sacreBLEU has no limit): the work grows with the
   * square of the order; 12 with word order 6 scores 73,000 words in about 5 s, 50 took 47 s.
   */
  public static final int MAX_CHAR_ORDER = 12;

  /** Highest word n-gram order accepted (chrF++ uses 2). */
  public static final int MAX_WORD_ORDER = 6;

  /** Highest beta accepted (the recall weight; 2 by default). */
  public static final int MAX_BETA = 100;

  public ChrFConfig {
    if (charOrder > MAX_CHAR_ORDER) {
      throw new IllegalArgumentException(
          "chrF character order (--chrf-char-order) must be between 0 and "
              + MAX_CHAR_ORDER
              + ", got "
              + charOrder);
    }
    if (wordOrder > MAX_WORD_ORDER) {
      throw new IllegalArgumentException(
          "chrF word order (--chrf-word-order) must be between 0 and "
              + MAX_WORD_ORDER
              + ", got "
              + wordOrder);
    }
    if (charOrder < 0 || wordOrder < 0 || charOrder + wordOrder == 0) {
      throw new IllegalArgumentException(
          "chrF needs a positive total order, got char order "
              + charOrder
              + " and word order "
              + wordOrder);
    }
    if (beta < 0 || beta > MAX_BETA) {
      throw new IllegalArgumentException(
          "chrF beta (--chrf-beta) must be between 0 and " + MAX_BETA + ", got " + beta);
    }
  }

  /**
   * chrF: char order 6, word order 0, beta 2, mixed case, no whitespace, effective-order averaging.
   */
  public static ChrFConfig chrF() {
    return new ChrFConfig(6, 0, 2, false, false, false);
  }

  /** chrF++: chrF with word order 2. */
  public static ChrFConfig chrFPlusPlus() {
    return new ChrFConfig(6, 2, 2, false, false, false);
  }
}
