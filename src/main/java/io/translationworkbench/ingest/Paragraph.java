package io.translationworkbench.ingest;

import io.translationworkbench.Span;
import java.util.Objects;

/**
 * One paragraph (a non-blank line) of an input text.
 *
 * @param index 0-based position in the file
 * @param span where it is
 * @param text its text
 * @param role whether it is body text or excluded (foreign, duplicate, credit)
 * @param language language ("fr", "en"…), or "und" when the paragraph is too short to tell; "fr"
 *     also when the detector named another language but most words are French
 * @param languageProbability the detector's probability for {@code language}
 * @param duplicateOf index of the earlier identical paragraph, or -1
 */
public record Paragraph(
    int index,
    Span span,
    String text,
    ParagraphRole role,
    String language,
    double languageProbability,
    int duplicateOf) {
  public Paragraph {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(language, "language");
  }
}
