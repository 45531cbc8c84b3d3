package io.translationworkbench.metrics;

/**
 * The names the metrics go by in every output, as sacreBLEU prints them (chrF with β=2, no word
 * n-grams).
 */
public final class MetricNames {
  /** sacreBLEU's BLEU. */
  public static final String BLEU = "BLEU";

  /** chrF with the default β=2 and no word n-grams, the gate's document score. */
  public static final String CHRF = "chrF2";

  /** chrF++ (word bigrams). */
  public static final String CHRF_PLUS_PLUS = "chrF2++";

  /** Translation edit rate. */
  public static final String TER = "TER";

  private MetricNames() {}
}
