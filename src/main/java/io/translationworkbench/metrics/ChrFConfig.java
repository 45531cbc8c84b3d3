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
  public ChrFConfig {
    if (charOrder < 0 || wordOrder < 0 || charOrder + wordOrder == 0) {
      throw new IllegalArgumentException(
          "chrF needs a positive total order, got char order "
              + charOrder
              + " and word order "
              + wordOrder);
    }
    if (beta < 0) {
      throw new IllegalArgumentException("chrF beta must be >= 0, got " + beta);
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
