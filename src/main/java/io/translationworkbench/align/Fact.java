package io.translationworkbench.align;

import java.util.Objects;

/**
 * One fact found in one sentence.
 *
 * @param sentenceId id of the sentence ({@link AlignUnit#id()})
 * @param kind what kind of fact
 * @param text the fact as written, {@code sentence.substring(start, end)}
 * @param key normalised value compared across sentences: "num:175000000", "date:09-15",
 *     "date:weekday:2+next", "amount:pct:3", "amount:EUR:2000000", "name:etats-unis"
 * @param start UTF-16 offset of the first character in the sentence text
 * @param end UTF-16 offset after the last character
 */
public record Fact(String sentenceId, FactKind kind, String text, String key, int start, int end) {
  public Fact {
    Objects.requireNonNull(sentenceId, "sentenceId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(key, "key");
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "bad span [" + start + ", " + end + ") for \"" + text + "\"");
    }
  }
}
