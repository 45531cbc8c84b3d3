package io.translationworkbench.ingest;

import io.translationworkbench.LineIndex;
import io.translationworkbench.Span;
import java.util.List;
import java.util.Objects;

/**
 * An input text with its structure: paragraphs and their roles, anomalies, the spans kept out of
 * checking and metrics (foreign paragraphs, duplicate copies, credit lines), and the offsets where
 * glued sentences are split.
 */
public record IngestedText(
    SourceText source,
    List<Paragraph> paragraphs,
    List<Anomaly> anomalies,
    List<Span> excluded,
    List<Integer> breaks) {
  public IngestedText {
    Objects.requireNonNull(source, "source");
    paragraphs = List.copyOf(paragraphs);
    anomalies = List.copyOf(anomalies);
    excluded = List.copyOf(excluded);
    breaks = List.copyOf(breaks);
  }

  /** The normalised text. */
  public String text() {
    return source.text();
  }

  /** Paragraphs whose role is {@link ParagraphRole#BODY}. */
  public List<Paragraph> bodyParagraphs() {
    return paragraphs.stream().filter(p -> p.role() == ParagraphRole.BODY).toList();
  }

  /** A fresh line index over the text, giving line:column in the file as received. */
  public LineIndex lineIndex() {
    return source.lineIndex();
  }
}
