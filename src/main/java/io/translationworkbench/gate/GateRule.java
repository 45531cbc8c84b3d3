package io.translationworkbench.gate;

/** The rules of the quality gate, each checked once per pair. */
public enum GateRule {
  OPEN_ERRORS("open-errors", "open error-severity flags at most maxOpenErrors"),
  OPEN_WARNINGS("open-warnings", "open warning-severity flags at most maxOpenWarnings"),
  GRAMMAR_DENSITY(
      "grammar-density",
      "machine grammar density at most maxGrammarDensityRatio times the human one"),
  DOCUMENT_CHRF("document-chrf", "document chrF at least minDocumentChrF"),
  UNTRANSLATED("untranslated", "no open untranslated passage unless allowUntranslated");

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
    return this == OPEN_ERRORS || this == OPEN_WARNINGS || this == UNTRANSLATED;
  }

  /** What the rule checks, in one line. */
  public String description() {
    return description;
  }
}
