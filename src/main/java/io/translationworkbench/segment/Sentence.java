package io.translationworkbench.segment;

import io.translationworkbench.Side;
import io.translationworkbench.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

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

  /** Words in {@code sentences} (as {@link Words#count} counts them): the densities' base. */
  public static int words(List<Sentence> sentences) {
    return sentences.stream().mapToInt(s -> Words.count(s.text())).sum();
  }

  /** The texts of {@code sentences} joined by {@code separator}. */
  public static String join(List<Sentence> sentences, String separator) {
    return sentences.stream().map(Sentence::text).collect(Collectors.joining(separator));
  }

  /** The machine text's items, then the human text's. */
  public static List<Sentence> concat(List<Sentence> machine, List<Sentence> human) {
    List<Sentence> all = new ArrayList<>(machine);
    all.addAll(human);
    return all;
  }
}
