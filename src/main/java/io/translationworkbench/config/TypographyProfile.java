package io.translationworkbench.config;

import java.util.List;
import java.util.Set;

/**
 * House typography: which French typographic conventions count as errors. Newsrooms differ (wire
 * copy rarely has a non-breaking space before ':'), so the default accepts any spacing and any
 * apostrophe but reports a hyphen used as a dash.
 *
 * @param highPunctuationSpace space before {@code : ; ? !}: "any" (not checked), "nbsp"
 *     (LanguageTool's default rule) or "narrow-nbsp" (its strict rule)
 * @param guillemetSpace space inside « »: "any" or "nbsp"
 * @param apostrophe "any" or "typographic" (a straight ' is reported)
 * @param dash hyphen used as a dash ("ByteDance - qui"): "report" or "any"
 */
public record TypographyProfile(
    String highPunctuationSpace, String guillemetSpace, String apostrophe, String dash) {
  private static final Set<String> HIGH = Set.of("any", "nbsp", "narrow-nbsp");
  private static final Set<String> ANY_NBSP = Set.of("any", "nbsp");
  private static final Set<String> APOS = Set.of("any", "typographic");
  private static final Set<String> DASH = Set.of("report", "any");

  /** The default newsroom profile. */
  public static final TypographyProfile DEFAULT = new TypographyProfile(null, null, null, null);

  public TypographyProfile {
    highPunctuationSpace = check("highPunctuationSpace", highPunctuationSpace, "any", HIGH);
    guillemetSpace = check("guillemetSpace", guillemetSpace, "any", ANY_NBSP);
    apostrophe = check("apostrophe", apostrophe, "any", APOS);
    dash = check("dash", dash, "report", DASH);
  }

  private static String check(String key, String value, String dflt, Set<String> allowed) {
    if (value == null) {
      return dflt;
    }
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(
          "typography."
              + key
              + " must be one of "
              + List.copyOf(new java.util.TreeSet<>(allowed))
              + ", not \""
              + value
              + "\"");
    }
    return value;
  }
}
