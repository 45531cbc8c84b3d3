package io.translationworkbench.align;

import java.util.Objects;

/**
 * One sentence handed to an aligner: a stable id chosen by the caller and the sentence text.
 *
 * @param id the caller's sentence id, unique within one side
 * @param text the sentence text (offsets of facts and diffs refer to this string)
 */
public record AlignUnit(String id, String text) {
  public AlignUnit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("blank id");
    }
  }
}
