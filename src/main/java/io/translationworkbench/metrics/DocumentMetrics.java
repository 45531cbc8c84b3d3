package io.translationworkbench.metrics;

import java.util.List;

/**
 * The machine text against the human text at document level, after anomalies are taken out.
 *
 * @param note how to read the numbers (the texts are comparable articles, not a translation and its
 *     reference)
 * @param normalisation what was done to both texts before scoring
 * @param scores sacreBLEU-exact scores with their signatures
 * @param similarity Commons Text similarity measures, each with its tokenisation and normalisation
 */
public record DocumentMetrics(
    String note, String normalisation, List<MetricValue> scores, List<Similarity> similarity) {
  public DocumentMetrics {
    scores = List.copyOf(scores);
    similarity = List.copyOf(similarity);
  }

  /**
   * One sacreBLEU-style score.
   *
   * @param name BLEU, chrF2, chrF2++ or TER
   * @param score the full-precision value on the 0–100 scale
   * @param signature sacreBLEU-format signature naming our version
   */
  public record MetricValue(String name, double score, String signature) {}
}
