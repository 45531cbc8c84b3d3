package io.translationworkbench.metrics;

import java.util.Objects;

/**
 * One string-similarity value in [0, 1], with the tokenisation and normalisation it was computed
 * on, so a report can state them next to the number.
 *
 * @param name the measure, e.g. {@code levenshtein_similarity}
 * @param value the similarity, 1 for identical inputs
 * @param tokenisation what the measure compares (characters, word counts, word sets)
 * @param normalisation what was done to the text first
 */
public record Similarity(String name, double value, String tokenisation, String normalisation) {
  public Similarity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tokenisation, "tokenisation");
    Objects.requireNonNull(normalisation, "normalisation");
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
    }
  }
}
