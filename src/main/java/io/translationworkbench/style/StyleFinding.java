package io.translationworkbench.style;

import java.util.Objects;

/**
 * The machine text breaks a convention the house follows.
 *
 * @param convention which convention
 * @param start start of the covered text, a UTF-16 offset into the checked sentence (add {@code
 *     Sentence.span().start()} for an offset into the whole text)
 * @param end end of the covered text, exclusive
 * @param text the covered text
 * @param suggestion the covered text corrected ("3,5", "50 km", "« mot »", "aujourd’hui")
 * @param message what is wrong and the human text's evidence, in English
 */
public record StyleFinding(
    Convention convention, int start, int end, String text, String suggestion, String message) {
  public StyleFinding {
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(suggestion, "suggestion");
    Objects.requireNonNull(message, "message");
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException(
          "bad span [" + start + ", " + end + ") for \"" + text + "\"");
    }
  }
}
