package io.translationworkbench.metrics;

import java.util.Locale;
import java.util.Objects;

/**
 * BLEU settings, with sacreBLEU's defaults in {@link #defaults()} ({@code metrics/bleu.py}).
 *
 * @param tokenizer the tokenizer ({@code 13a} by default)
 * @param lowercase lowercase hyp and refs first ({@code case:lc})
 * @param smoothMethod the smoothing method ({@code exp} by default)
 * @param smoothValue the value for {@code floor} / {@code add-k}; null means the method's default
 *     (0.1 / 1)
 * @param maxNgramOrder the highest n-gram order (4)
 * @param effectiveOrder average only over orders with n-grams; sacreBLEU uses it for sentence BLEU
 */
public record BleuConfig(
    BleuTokenizer tokenizer,
    boolean lowercase,
    Smoothing smoothMethod,
    Double smoothValue,
    int maxNgramOrder,
    boolean effectiveOrder) {

  /**
   * sacreBLEU's smoothing methods (Chen and Cherry 2014), with the defaults of {@code
   * BLEU.SMOOTH_DEFAULTS}.
   */
  public enum Smoothing {
    EXP("exp", null),
    FLOOR("floor", 0.1),
    ADD_K("add-k", 1.0),
    NONE("none", null);

    private final String id;
    private final Double defaultValue;

    Smoothing(String id, Double defaultValue) {
      this.id = id;
      this.defaultValue = defaultValue;
    }

    /** The sacreBLEU name, e.g. {@code add-k}. */
    public String id() {
      return id;
    }

    /** Parses a sacreBLEU smoothing name. */
    public static Smoothing of(String id) {
      for (Smoothing s : values()) {
        if (s.id.equals(id.toLowerCase(Locale.ROOT))) {
          return s;
        }
      }
      throw new IllegalArgumentException(
          "unknown smoothing method '" + id + "' (expected exp, floor, add-k or none)");
    }
  }

  /**
   * Highest n-gram order accepted (sacreBLEU has no limit): counting grows with the order, and an
   * order of 1,000 ran out of memory; 20 scores 73,000 words in about 3 s.
   */
  public static final int MAX_NGRAM_ORDER = 20;

  public BleuConfig {
    Objects.requireNonNull(tokenizer, "tokenizer");
    Objects.requireNonNull(smoothMethod, "smoothMethod");
    if (maxNgramOrder < 1 || maxNgramOrder > MAX_NGRAM_ORDER) {
      throw new IllegalArgumentException(
          "BLEU max n-gram order (--max-ngram-order) must be between 1 and "
              + MAX_NGRAM_ORDER
              + ", got "
              + maxNgramOrder);
    }
    if (smoothValue != null && (!Double.isFinite(smoothValue) || smoothValue < 0)) {
      throw new IllegalArgumentException(
          "smoothing value must be finite and >= 0, got " + smoothValue);
    }
  }

  /** sacreBLEU's corpus defaults: 13a, mixed case, exp smoothing, order 4, no effective order. */
  public static BleuConfig defaults() {
    return new BleuConfig(BleuTokenizer.THIRTEEN_A, false, Smoothing.EXP, null, 4, false);
  }

  /** sacreBLEU's sentence-BLEU defaults: the corpus defaults with effective order on. */
  public static BleuConfig sentenceDefaults() {
    return defaults().withEffectiveOrder(true);
  }

  /** A copy with effective order set. */
  public BleuConfig withEffectiveOrder(boolean on) {
    return new BleuConfig(tokenizer, lowercase, smoothMethod, smoothValue, maxNgramOrder, on);
  }

  /**
   * The smoothing value actually used (the method's default when none was given; 0 when it takes
   * none).
   */
  double effectiveSmoothValue() {
    if (smoothValue != null) {
      return smoothValue;
    }
    return smoothMethod.defaultValue == null ? 0.0 : smoothMethod.defaultValue;
  }

  /** The {@code smooth:} field: {@code exp}, {@code none}, or e.g. {@code floor[0.10]}. */
  String smoothSignature() {
    if (smoothMethod.defaultValue == null) {
      return smoothMethod.id;
    }
    return smoothMethod.id + "[" + PyFormat.fixed(effectiveSmoothValue(), 2) + "]";
  }
}
