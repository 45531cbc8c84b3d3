package io.translationworkbench.style;

import io.translationworkbench.config.HouseStyleConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The house style of a pair: for every convention, what the human text shows and whether the
 * machine text is checked for it. Serialisable as it stands (records, enums, strings, counts).
 *
 * @param conventions one entry per {@link Convention}, in declaration order
 * @param space the space written in suggestions where the human text shows none to copy ("nbsp",
 *     "narrow-nbsp" or "space")
 */
public record HouseStyle(List<ConventionStyle> conventions, String space) {
  public HouseStyle {
    conventions = List.copyOf(conventions);
    Convention[] all = Convention.values();
    if (conventions.size() != all.length) {
      throw new IllegalArgumentException("one entry per convention expected");
    }
    for (int i = 0; i < all.length; i++) {
      if (conventions.get(i).convention() != all[i]) {
        throw new IllegalArgumentException("conventions out of order at " + i);
      }
    }
    space = space == null ? "nbsp" : space;
    if (Spaces.character(space) == null) {
      throw new IllegalArgumentException("unknown space \"" + space + "\"");
    }
  }

  /** The entry for one convention. */
  public ConventionStyle get(Convention c) {
    return conventions.get(c.ordinal());
  }

  /** The conventions the machine text is checked for. */
  public List<Convention> enforced() {
    return conventions.stream()
        .filter(ConventionStyle::enforced)
        .map(ConventionStyle::convention)
        .toList();
  }

  /** The conventions left out of the check, each with its reason. */
  public List<LeftOut> leftOut() {
    List<LeftOut> out = new ArrayList<>();
    for (ConventionStyle s : conventions) {
      String why = s.leftOutReason();
      if (why != null) {
        out.add(new LeftOut(s.convention(), why));
      }
    }
    return List.copyOf(out);
  }

  /** The same evidence under the overrides of a configuration (null keys mean infer). */
  public HouseStyle withOverrides(HouseStyleConfig cfg) {
    Objects.requireNonNull(cfg, "cfg");
    List<ConventionStyle> out = new ArrayList<>();
    for (ConventionStyle s : conventions) {
      out.add(s.withMode(Mode.of(valueFor(cfg, s.convention()))));
    }
    return new HouseStyle(out, cfg.space() == null ? space : cfg.space());
  }

  private static String valueFor(HouseStyleConfig cfg, Convention c) {
    return switch (c) {
      case HIGH_PUNCTUATION_SPACE -> cfg.highPunctuationSpace();
      case GUILLEMETS -> cfg.guillemets();
      case GUILLEMET_SPACE -> cfg.guillemetSpace();
      case DECIMAL_COMMA -> cfg.decimalComma();
      case UNIT_SPACE -> cfg.unitSpace();
      case APOSTROPHE -> cfg.apostrophe();
      case THOUSANDS_SPACE -> cfg.thousandsSpace();
    };
  }

  /**
   * The space a suggestion for {@code c} writes: the form the human text uses most for that
   * convention, else the configured one; none inside guillemets when the human text writes «mot».
   */
  String spaceFor(Convention c) {
    Convention from = c == Convention.GUILLEMETS ? Convention.GUILLEMET_SPACE : c;
    ConventionStyle s = get(from);
    if (c == Convention.GUILLEMETS
        && s.decision() == Decision.NOT_FOLLOWED
        && s.mode() != Mode.REQUIRED) {
      return "";
    }
    String v = s.variant() == null ? null : Spaces.character(s.variant());
    return v != null ? v : Spaces.character(space);
  }
}
