package io.translationworkbench.style;

/**
 * A French typographic convention whose use the human text decides. Each has the configuration key
 * that overrides it ({@code grammar.houseStyle.<key>}) and the least number of occurrences in the
 * human text a decision needs.
 */
public enum Convention {
  /** A space (normal, no-break or narrow no-break) before {@code : ; ? !}. */
  HIGH_PUNCTUATION_SPACE("highPunctuationSpace", "writes a space before : ; ? !", 2, true),
  /** « » as quotation marks, not straight "…", curly “…” or German „…“. */
  GUILLEMETS("guillemets", "quotes with « »", 1, true),
  /** A space inside « » (« mot », not «mot»). */
  GUILLEMET_SPACE("guillemetSpace", "writes a space inside « »", 1, true),
  /** A decimal comma (3,5), not a decimal point (3.5). */
  DECIMAL_COMMA("decimalComma", "writes a decimal comma", 1, true),
  /** A space between a number and its unit or percent sign (50 km, 20 %). */
  UNIT_SPACE("unitSpace", "writes a space between a number and its unit", 2, true),
  /** The typographic apostrophe ’ (aujourd’hui), not the straight ' . */
  APOSTROPHE("apostrophe", "writes the typographic apostrophe ’", 2, false),
  /** Thousands grouped with a space (1 000 000), not 1,000,000, 1.000.000 or 1000000. */
  THOUSANDS_SPACE("thousandsSpace", "groups thousands with a space", 1, false);

  private final String key;
  private final String practice;
  private final int minEvidence;
  private final boolean frenchNorm;

  Convention(String key, String practice, int minEvidence, boolean frenchNorm) {
    this.key = key;
    this.practice = practice;
    this.minEvidence = minEvidence;
    this.frenchNorm = frenchNorm;
  }

  /**
   * Whether French typography requires this convention whatever the house: applied when the human
   * text gives no evidence either way. Not so for the typographic apostrophe (most French news copy
   * types the straight one) nor for thousands groups (four-digit numbers stay whole).
   */
  public boolean frenchNorm() {
    return frenchNorm;
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
