package io.translationworkbench.config;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Overrides of the house style inferred from the human text, one key per French typographic
 * convention: {@code "infer"} (the human text decides), {@code "required"} (always checked) or
 * {@code "off"} (never checked). A key left out (null) is filled from the older {@code typography}
 * keys by {@link GrammarConfig}; see {@link #withTypographyDefaults}.
 *
 * @param highPunctuationSpace a space before {@code : ; ? !}
 * @param guillemets « » as quotation marks (not "…" or “…”)
 * @param guillemetSpace a space inside « »
 * @param decimalComma 3,5 rather than 3.5
 * @param unitSpace a space between a number and its unit (50 km, 20 %)
 * @param apostrophe the typographic apostrophe ’ rather than '
 * @param thousandsSpace thousands grouped with a space (1 000) rather than 1,000 / 1.000 / 10000
 * @param space the space written in suggestions where the human text shows none to copy: {@code
 *     "nbsp"} (U+00A0), {@code "narrow-nbsp"} (U+202F) or {@code "space"}
 */
public record HouseStyleConfig(
    String highPunctuationSpace,
    String guillemets,
    String guillemetSpace,
    String decimalComma,
    String unitSpace,
    String apostrophe,
    String thousandsSpace,
    String space) {
  /** The values a convention key takes. */
  public static final Set<String> MODES = Set.of("infer", "required", "off");

  private static final Set<String> SPACES = Set.of("space", "nbsp", "narrow-nbsp");

  /** Nothing set: every convention inferred once resolved against the typography profile. */
  public static final HouseStyleConfig UNSET =
      new HouseStyleConfig(null, null, null, null, null, null, null, null);

  public HouseStyleConfig {
    check("highPunctuationSpace", highPunctuationSpace, MODES);
    check("guillemets", guillemets, MODES);
    check("guillemetSpace", guillemetSpace, MODES);
    check("decimalComma", decimalComma, MODES);
    check("unitSpace", unitSpace, MODES);
    check("apostrophe", apostrophe, MODES);
    check("thousandsSpace", thousandsSpace, MODES);
    check("space", space, SPACES);
  }

  /**
   * Fills the keys left out from the older typography profile, so configurations written before
   * house styles existed keep their meaning: a LanguageTool typography rule switched on ({@code
   * highPunctuationSpace: nbsp|narrow-nbsp}, {@code guillemetSpace: nbsp}, {@code apostrophe:
   * typographic}) makes the convention required; {@code any}, the old default, leaves it to
   * inference. {@code narrow-nbsp} also makes the narrow no-break space the suggested space.
   */
  public HouseStyleConfig withTypographyDefaults(TypographyProfile t) {
    return new HouseStyleConfig(
        or(highPunctuationSpace, t.highPunctuationSpace().equals("any") ? "infer" : "required"),
        or(guillemets, "infer"),
        or(guillemetSpace, t.guillemetSpace().equals("nbsp") ? "required" : "infer"),
        or(decimalComma, "infer"),
        or(unitSpace, "infer"),
        or(apostrophe, t.apostrophe().equals("typographic") ? "required" : "infer"),
        or(thousandsSpace, "infer"),
        or(space, t.highPunctuationSpace().equals("narrow-nbsp") ? "narrow-nbsp" : "nbsp"));
  }

  private static String or(String value, String dflt) {
    return value == null ? dflt : value;
  }

  private static void check(String key, String value, Set<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      throw new IllegalArgumentException(
          "houseStyle."
              + key
              + " must be one of "
              + List.copyOf(new TreeSet<>(allowed))
              + ", not \""
              + value
              + "\"");
    }
  }
}
