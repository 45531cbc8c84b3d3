package io.translationworkbench.grammar;

import java.util.Locale;

/** Our classification of a LanguageTool match, independent of LanguageTool's own category names. */
public enum MatchKind {
  GRAMMAR,
  SPELLING,
  TYPOGRAPHY,
  STYLE,
  CALQUE,
  UNTRANSLATED,
  PROBABLE_NAME;

  /** Kebab-case id used in reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
