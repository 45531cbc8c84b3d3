package io.translationworkbench.align;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One link of an alignment: one or two machine sentences matched with one or two human sentences
 * (never 2–2).
 *
 * @param machineIds ids of the machine sentences, in document order
 * @param humanIds ids of the human sentences, in document order
 * @param score combined similarity in [0, 1]
 * @param features the individual similarity measures behind {@code score}, sorted by name; a pair
 *     made by the comparable aligner's leftover rule also has {@link #LEFTOVER} = 1 (paired by
 *     position, not by score: {@code score} may then be below the threshold)
 */
public record AlignedPair(
    List<String> machineIds, List<String> humanIds, double score, Map<String, Double> features) {
  /**
   * The feature that marks a pair made by position: the only unmatched sentence on each side
   * between two aligned pairs (see {@link AlignerParams#leftoverMax()}).
   */
  public static final String LEFTOVER = "leftover";

  public AlignedPair {
    machineIds = List.copyOf(machineIds);
    humanIds = List.copyOf(humanIds);
    Objects.requireNonNull(features, "features");
    if (machineIds.isEmpty() || humanIds.isEmpty()) {
      throw new IllegalArgumentException("a pair needs at least one sentence on each side");
    }
    if (machineIds.size() > 2 || humanIds.size() > 2 || machineIds.size() + humanIds.size() > 3) {
      throw new IllegalArgumentException(
          "only 1-1, 1-2 and 2-1 pairs: " + machineIds + " / " + humanIds);
    }
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score outside [0, 1]: " + score);
    }
    features = Collections.unmodifiableMap(new TreeMap<>(features));
  }

  /** Whether this pair links exactly one sentence on each side. */
  public boolean isOneToOne() {
    return machineIds.size() == 1 && humanIds.size() == 1;
  }

  /** Whether the leftover rule made this pair (by position), not the score. */
  public boolean isLeftover() {
    return features.getOrDefault(LEFTOVER, 0.0) > 0;
  }
}
