package io.translationworkbench.review;

import io.translationworkbench.flag.Flag;
import java.util.Objects;

/**
 * What the interactive review shows for one flag: the flag, its machine sentence, where the flag
 * lies in that sentence, and the aligned human sentence. Built by the pipeline.
 *
 * @param flag the flag
 * @param sentence the machine sentence's text, or null for document-level flags (then the matched
 *     text is shown)
 * @param spanStart start of the flagged text in {@code sentence} (UTF-16 offset), 0 when there is
 *     no sentence
 * @param spanEnd end (exclusive) of the flagged text in {@code sentence}
 * @param humanMatch the aligned human sentence(s), or null when the machine sentence has no human
 *     counterpart
 */
public record ReviewItem(
    Flag flag, String sentence, int spanStart, int spanEnd, String humanMatch) {
  public ReviewItem {
    Objects.requireNonNull(flag, "flag");
    int length = sentence == null ? 0 : sentence.length();
    if (spanStart < 0 || spanEnd < spanStart || spanEnd > length) {
      throw new IllegalArgumentException(
          "span [" + spanStart + ", " + spanEnd + ") outside a sentence of length " + length);
    }
  }

  /** An item for a flag without a sentence (document-level). */
  public static ReviewItem documentLevel(Flag flag) {
    return new ReviewItem(flag, null, 0, 0, null);
  }
}
