package io.translationworkbench.metrics;

/**
 * TER settings, with sacreBLEU's defaults ({@code metrics/ter.py}): note that TER lowercases unless
 * {@code caseSensitive}, and that sacreBLEU's {@code -lc} does not touch it.
 *
 * @param normalized tercom normalisation (13a-like punctuation splitting)
 * @param noPunct remove {@code . , ? : ; ! " ( )}
 * @param asianSupport CJK splitting / punctuation (only with normalized or noPunct)
 * @param caseSensitive keep case ({@code case:mixed}); off by default
 */
public record TerConfig(
    boolean normalized, boolean noPunct, boolean asianSupport, boolean caseSensitive) {
  /** sacreBLEU's defaults: everything off, so TER lowercases and splits on whitespace. */
  public static TerConfig defaults() {
    return new TerConfig(false, false, false, false);
  }
}
