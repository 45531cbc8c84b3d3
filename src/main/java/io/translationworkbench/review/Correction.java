package io.translationworkbench.review;

import java.util.Objects;

/**
 * A reviewer's corrected version of one machine sentence (post-editing), kept in review.json with
 * the decisions. It applies to the machine sentence whose text is exactly {@code sentence}; when
 * the machine text changes and no sentence reads so any more, the correction is stale: reported,
 * never applied to another sentence.
 *
 * @param sentence the machine sentence as it was corrected
 * @param corrected what the reviewer made of it
 * @param reviewer who corrected it
 * @param date ISO date of the correction
 */
public record Correction(String sentence, String corrected, String reviewer, String date) {
  public Correction {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(corrected, "corrected");
    if (sentence.isBlank()) {
      throw new IllegalArgumentException("blank sentence");
    }
    if (corrected.isBlank()) {
      throw new IllegalArgumentException("blank correction (to drop a correction, remove it)");
    }
    if (corrected.indexOf('\n') >= 0 || corrected.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a correction is one line");
    }
    reviewer = Attribution.reviewer(reviewer);
    date = Attribution.isoDate(date);
  }
}
