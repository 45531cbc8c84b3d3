package io.translationworkbench.flag;

import java.util.Locale;

/** What kind of problem a flag points at. */
public enum FlagKind {
  GRAMMAR,
  SPELLING,
  TYPOGRAPHY,
  STYLE,
  CALQUE,
  PROBABLE_NAME,
  LOW_SIMILARITY,
  FACT_MISMATCH,
  UNTRANSLATED,
  PLACEHOLDER,
  STRUCTURE,
  UNMATCHED;

  /**
   * Whether flags of this kind carry a LanguageTool message (in the text's language) about a
   * LanguageTool rule; the other kinds are the workbench's own, with English messages.
   */
  public boolean fromLanguageTool() {
    return this == GRAMMAR
        || this == SPELLING
        || this == TYPOGRAPHY
        || this == STYLE
        || this == CALQUE;
  }

  /** Kebab-case id used in reports, SARIF rule ids and policies ("low-similarity"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
