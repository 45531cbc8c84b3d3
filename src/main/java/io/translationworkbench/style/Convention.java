package io.translationworkbench.style;

/**
 * A French typographic convention whose use the human text decides. Each has the configuration key
 * that overrides it ({@code grammar.houseStyle.<key>}) and the least number of occurrences in the
 * human text a decision needs.
 */
public enum Convention {
  /** A space (normal, no-break or narrow no-break) before {@code : ; ? !}. */
  HIGH_PUNCTUATION_SPACE("highPunctuationSpace", "writes a space before : ; ? !", 2),
  /** « » as quotation marks, not straight "…", curly “…” or German „…“. */
  GUILLEMETS("guillemets", "quotes with « »", 1),
  /** A space inside « » (« mot », not «mot»). */
  GUILLEMET_SPACE("guillemetSpace", "writes a space inside « »", 1),
  /** A decimal comma (3,5), not a decimal point (3.5). */
  DECIMAL_COMMA("decimalComma", "writes a decimal comma", 1),
  /** A space between a number and its unit or percent sign (50 km, 20 %). */
  UNIT_SPACE("unitSpace", "writes a space between a number and its unit", 2),
  /** The typographic apostrophe ’ (aujourd’hui), not the straight ' . */
  APOSTROPHE("apostrophe", "writes the typographic apostrophe ’", 2),
  /** Thousands grouped with a space (1 000 000), not 1,000,000, 1.000.000 or 1000000. */
  THOUSANDS_SPACE("thousandsSpace", "groups thousands with a space", 1);

  private final String key;
  private final String practice;
  private final int minEvidence;

  Convention(String key, String practice, int minEvidence) {
    this.key = key;
    this.practice = practice;
    this.minEvidence = minEvidence;
  }

  /** The key under {@code grammar.houseStyle} in workbench.json. */
  public String key() {
    return key;
  }

  /** What a text following the convention does, as a verb phrase ("writes a space before …"). */
  public String practice() {
    return practice;
  }

  /**
   * The least number of occurrences (following plus breaking) in the human text for a decision. Two
   * for conventions met in every article, where one slip must not decide (apostrophes, high
   * punctuation, units); one for those a news article meets once or not at all (quotations,
   * decimals, large numbers), whose French form is typed on purpose.
   */
  public int minEvidence() {
    return minEvidence;
  }
}
