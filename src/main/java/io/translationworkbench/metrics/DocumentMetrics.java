package io.translationworkbench.metrics;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
   * @param statistics the document's sufficient statistics as one segment ({@link
   *     Metric#segmentStatistics}), empty when unknown: what the corpus report sums per system. Not
   *     in report.json: the corpus report is built in the same run from this model, and the
   *     per-pair layout stays as it was (the numbers are reproducible from the inputs)
   */
  public record MetricValue(
      String name, double score, String signature, @JsonIgnore List<Double> statistics) {
    public MetricValue {
      statistics = statistics == null ? List.of() : List.copyOf(statistics);
    }

    /** A score whose statistics are not known. */
    public MetricValue(String name, double score, String signature) {
      this(name, score, signature, List.of());
    }

    /** The statistics as an array, or null when unknown. */
    public double[] statisticsArray() {
      return statistics.isEmpty()
          ? null
          : statistics.stream().mapToDouble(Double::doubleValue).toArray();
    }
  }
}
