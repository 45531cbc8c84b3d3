package io.translationworkbench.style;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the human text shows about one convention, and how the configuration treats it.
 *
 * @param convention the convention
 * @param decision followed, not followed or unknown, from the counts below
 * @param following occurrences in the human text that follow the convention
 * @param breaking occurrences that break it
 * @param variant the most frequent form among the following occurrences ("nbsp", "space",
 *     "narrow-nbsp" for spaces; "guillemets", "comma", "typographic" otherwise), null if none
 * @param variants occurrences per form, following and breaking ones ("none" = no space, "straight",
 *     "curly", "low", "point", "comma", "dot"…)
 * @param mode the override from workbench.json
 */
public record ConventionStyle(
    Convention convention,
    Decision decision,
    int following,
    int breaking,
    String variant,
    Map<String, Integer> variants,
    Mode mode) {
  public ConventionStyle {
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(decision, "decision");
    if (following < 0 || breaking < 0) {
      throw new IllegalArgumentException("negative count for " + convention);
    }
    variants =
        variants == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new TreeMap<>(variants));
    mode = mode == null ? Mode.INFER : mode;
  }

  /** Whether the machine text is checked for this convention. */
  public boolean enforced() {
    return mode == Mode.REQUIRED
        || (mode == Mode.INFER && (decision == Decision.FOLLOWED || byNorm()));
  }

  /**
   * Checked because French typography requires the convention and the human text, too short to
   * decide, never breaks it (one occurrence that breaks it lets the human text decide instead).
   */
  public boolean byNorm() {
    return decision == Decision.UNKNOWN && breaking == 0 && convention.frenchNorm();
  }

  /** "12 of 14": following occurrences of all occurrences in the human text. */
  public String evidence() {
    return following + " of " + (following + breaking);
  }

  /** The same with another mode. */
  public ConventionStyle withMode(Mode m) {
    return new ConventionStyle(convention, decision, following, breaking, variant, variants, m);
  }

  /** Why the machine text is checked for the convention, or is not: what the reports say. */
  public String reason() {
    if (!enforced()) {
      return leftOutReason();
    }
    if (mode == Mode.REQUIRED) {
      return "required by workbench.json";
    }
    return byNorm()
        ? "French norm; the human text never breaks it (" + evidence() + ")"
        : "the human text follows it (" + evidence() + ")";
  }

  /** Why the convention is not checked, or null when it is. */
  public String leftOutReason() {
    if (mode == Mode.OFF) {
      return "switched off in workbench.json (grammar.houseStyle." + convention.key() + " = off)";
    }
    if (enforced()) {
      return null;
    }
    int total = following + breaking;
    return switch (decision) {
      case NOT_FOLLOWED ->
          "house style: the human text does not follow it either (" + evidence() + " follow it)";
      case UNKNOWN ->
          total == 0
              ? "no evidence in the human text"
              : total < convention.minEvidence()
                  ? "too little evidence in the human text ("
                      + total
                      + " occurrence, needs "
                      + convention.minEvidence()
                      + ")"
                  : "no clear majority in the human text (" + evidence() + " follow it)";
      case FOLLOWED -> throw new IllegalStateException("followed but not enforced");
    };
  }
}
