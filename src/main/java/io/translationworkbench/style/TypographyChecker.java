package io.translationworkbench.style;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks machine-translated sentences against a house style: a departure from a convention the
 * house follows (or that the configuration requires) is a finding, with the human text's evidence
 * and a correction. Conventions left out are listed by {@link HouseStyle#leftOut()}.
 */
public final class TypographyChecker {
  private TypographyChecker() {}

  /**
   * The findings in one sentence, by position; offsets are into {@code sentenceText}. Only enforced
   * conventions give findings.
   */
  public static List<StyleFinding> check(String sentenceText, HouseStyle style) {
    List<StyleFinding> out = new ArrayList<>();
    if (style.enforced().isEmpty()) {
      return List.of();
    }
    Set<String> seen = new HashSet<>();
    for (StyleScanner.Occurrence o : StyleScanner.scan(sentenceText)) {
      ConventionStyle cs = style.get(o.convention());
      if (o.follows() || !cs.enforced()) {
        continue;
      }
      // a word with two straight apostrophes (rock'n'roll) is one finding
      if (!seen.add(o.convention() + ":" + o.start() + ":" + o.end())) {
        continue;
      }
      String suggestion =
          o.template().replace(String.valueOf(StyleScanner.SP), style.spaceFor(o.convention()));
      out.add(
          new StyleFinding(
              o.convention(),
              o.start(),
              o.end(),
              sentenceText.substring(o.start(), o.end()),
              suggestion,
              capitalised(o.problem()) + ": " + evidence(cs)));
    }
    return List.copyOf(out);
  }

  /** Why the convention is checked: the human text's counts, or the configuration. */
  static String evidence(ConventionStyle cs) {
    if (cs.mode() == Mode.REQUIRED) {
      return "workbench.json requires it (grammar.houseStyle."
          + cs.convention().key()
          + " = required; in the human text "
          + cs.evidence()
          + ")";
    }
    if (cs.byNorm()) {
      return "French typography "
          + cs.convention().practice().replaceFirst("^writes ", "wants ")
          + ", and the human text never does otherwise ("
          + cs.evidence()
          + ")";
    }
    String form = describe(cs.variant());
    return "the human text "
        + cs.convention().practice()
        + " ("
        + cs.evidence()
        + (form == null ? "" : ", " + form)
        + ")";
  }

  private static String describe(String variant) {
    if (variant == null) {
      return null;
    }
    return switch (variant) {
      case "space" -> "a normal space";
      case "nbsp" -> "a no-break space U+00A0";
      case "narrow-nbsp" -> "a narrow no-break space U+202F";
      case "thin-space" -> "a thin space U+2009";
      default -> null;
    };
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
