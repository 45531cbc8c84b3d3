package io.translationworkbench.ingest;

import java.util.Locale;

/** Structural problems found in an input text before any checking. */
public enum AnomalyKind {
  FOREIGN_LANGUAGE,
  DUPLICATE_PARAGRAPH,
  GLUED_SENTENCES,
  CREDIT_LINE;

  /** Kebab-case id used in reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
