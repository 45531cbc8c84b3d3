package io.translationworkbench.segment;

import io.translationworkbench.Side;
import io.translationworkbench.Span;
import java.util.Objects;

/**
 * One body sentence of an input text.
 *
 * @param id stable id: side prefix and a hash of the sentence's own text (plus "-2", "-3"… for
 *     repeats), so the same sentence keeps its id on every run and after edits elsewhere in the
 *     file
 * @param side which text
 * @param index 0-based position among the body sentences of its text
 * @param paragraph index of its paragraph
 * @param span where it is in the text
 * @param text the sentence, trimmed
 */
public record Sentence(String id, Side side, int index, int paragraph, Span span, String text) {
  public Sentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty sentence " + id);
    }
  }
}
