package io.translationworkbench.config;

import java.util.List;

/**
 * What the grammar check reports.
 *
 * @param enabledRules LanguageTool rule ids to switch on (also default-off ones)
 * @param disabledRules rule ids to switch off
 * @param enabledCategories category ids to switch on
 * @param disabledCategories category ids to switch off
 * @param picky LanguageTool's picky level (more style and typography rules)
 * @param typography the house typography profile
 * @param ignoreWords words never reported as spelling mistakes (names, brands)
 * @param glossary glossary files, one word or name per line, '#' comments, relative to the config
 *     file declaring them
 * @param namesFromOtherText a word attested in the other text of the pair is not a spelling mistake
 * @param ruleFiles newsroom rule files (LanguageTool XML pattern rules) or directories of them,
 *     relative to the config file declaring them; they accumulate across layers
 * @param pickyCategories categories whose picky-only rules are kept when {@code picky} is off
 *     (default: the calque and anglicism categories); empty: no picky-level check
 * @param houseStyle per-convention overrides of the house style inferred from the human text; keys
 *     left out are filled from {@code typography} (see {@link
 *     HouseStyleConfig#withTypographyDefaults})
 */
public record GrammarConfig(
    List<String> enabledRules,
    List<String> disabledRules,
    List<String> enabledCategories,
    List<String> disabledCategories,
    Boolean picky,
    TypographyProfile typography,
    List<String> ignoreWords,
    List<String> glossary,
    Boolean namesFromOtherText,
    List<String> ruleFiles,
    List<String> pickyCategories,
    HouseStyleConfig houseStyle) {
  /** Picky-only categories reported by default: LanguageTool's calques and anglicisms. */
  public static final List<String> DEFAULT_PICKY_CATEGORIES =
      List.of("CAT_ANGLICISMES_FOREIGN_TERMS", "CAT_CALQUES");

  /** Everything at its default. */
  public static final GrammarConfig DEFAULT =
      new GrammarConfig(null, null, null, null, null, null, null, null, null, null, null, null);

  /** The configuration as it was before rule files, picky categories and house styles. */
  public GrammarConfig(
      List<String> enabledRules,
      List<String> disabledRules,
      List<String> enabledCategories,
      List<String> disabledCategories,
      Boolean picky,
      TypographyProfile typography,
      List<String> ignoreWords,
      List<String> glossary,
      Boolean namesFromOtherText) {
    this(
        enabledRules,
        disabledRules,
        enabledCategories,
        disabledCategories,
        picky,
        typography,
        ignoreWords,
        glossary,
        namesFromOtherText,
        null,
        null,
        null);
  }

  public GrammarConfig {
    enabledRules = sortedCopy(enabledRules);
    disabledRules = sortedCopy(disabledRules);
    enabledCategories = sortedCopy(enabledCategories);
    disabledCategories = sortedCopy(disabledCategories);
    picky = picky != null && picky;
    typography = typography == null ? TypographyProfile.DEFAULT : typography;
    ignoreWords = sortedCopy(ignoreWords);
    glossary = glossary == null ? List.of() : List.copyOf(glossary);
    namesFromOtherText = namesFromOtherText == null || namesFromOtherText;
    ruleFiles = ruleFiles == null ? List.of() : List.copyOf(ruleFiles);
    pickyCategories =
        pickyCategories == null ? DEFAULT_PICKY_CATEGORIES : sortedCopy(pickyCategories);
    houseStyle =
        (houseStyle == null ? HouseStyleConfig.UNSET : houseStyle)
            .withTypographyDefaults(typography);
  }

  private static List<String> sortedCopy(List<String> l) {
    return l == null ? List.of() : l.stream().distinct().sorted().toList();
  }
}
