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

  /** Kebab-case id used in reports, SARIF rule ids and policies ("low-similarity"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
