package io.translationworkbench.gate;

/** The rules of the quality gate, each checked once per pair. */
public enum GateRule {
  PROCESSING_ERRORS("processing-errors", "every stage finished on the pair (a crash never passes)"),
  ERROR_FLAGS("error-flags", "error flags not dismissed (open or confirmed) at most maxOpenErrors"),
  WARNING_FLAGS(
      "warning-flags", "warning flags not dismissed (open or confirmed) at most maxOpenWarnings"),
  INFO_FLAGS(
      "info-flags",
      "info flags not dismissed (open or confirmed) at most maxOpenInfos (only when it is set)"),
  GRAMMAR_DENSITY(
      "grammar-density",
      "machine findings per 100 words at most maxGrammarDensityRatio times the human ones"),
  DOCUMENT_CHRF("document-chrf", "document chrF at least minDocumentChrF"),
  UNTRANSLATED("untranslated", "no untranslated flag not dismissed, unless allowUntranslated");

  private final String id;
  private final String description;

  GateRule(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** Kebab-case id used in messages, JUnit test names and the summary. */
  public String id() {
    return id;
  }

  /** Whether the threshold is a minimum (measured must be at least it) rather than a maximum. */
  public boolean isMinimum() {
    return this == DOCUMENT_CHRF;
  }

  /** Whether the rule counts flags (its failure message then names them after a colon). */
  public boolean countsFlags() {
    return this == ERROR_FLAGS
        || this == WARNING_FLAGS
        || this == INFO_FLAGS
        || this == UNTRANSLATED;
  }

  /** What the rule checks, in one line. */
  public String description() {
    return description;
  }
}
