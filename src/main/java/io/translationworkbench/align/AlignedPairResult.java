package io.translationworkbench.align;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One aligned pair with everything measured on it: the aligner's score and features, sentence-level
 * metrics, similarity measures, the word diff and the fact differences.
 *
 * @param machineIds machine sentence ids (one or two)
 * @param humanIds human sentence ids (one or two)
 * @param alignScore the aligner's combined score in [0, 1]
 * @param features the aligner's feature values
 * @param metrics sentence-level BLEU, chrF, chrF++ and TER of the machine sentence(s) against the
 *     human one(s)
 * @param similarity Commons Text similarity measures
 * @param diff word diff rendered as {@code [-machine-]{+human+}}
 * @param facts facts stated on one side only, or differently
 */
public record AlignedPairResult(
    List<String> machineIds,
    List<String> humanIds,
    double alignScore,
    Map<String, Double> features,
    Map<String, Double> metrics,
    Map<String, Double> similarity,
    String diff,
    List<FactDifference> facts) {
  public AlignedPairResult {
    machineIds = List.copyOf(machineIds);
    humanIds = List.copyOf(humanIds);
    if (machineIds.isEmpty() || humanIds.isEmpty()) {
      throw new IllegalArgumentException("an aligned pair needs sentences on both sides");
    }
    features = sorted(features);
    metrics = sorted(metrics);
    similarity = sorted(similarity);
    Objects.requireNonNull(diff, "diff");
    facts = List.copyOf(facts);
  }

  private static Map<String, Double> sorted(Map<String, Double> m) {
    return java.util.Collections.unmodifiableMap(new TreeMap<>(m == null ? Map.of() : m));
  }
}
