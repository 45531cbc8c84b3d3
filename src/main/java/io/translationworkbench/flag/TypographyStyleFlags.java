package io.translationworkbench.flag;

import io.translationworkbench.Severity;
import io.translationworkbench.segment.Sentence;
import io.translationworkbench.style.HouseStyle;
import io.translationworkbench.style.StyleFinding;
import io.translationworkbench.style.TypographyChecker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * French typographic conventions that the human text follows and the machine text breaks (space
 * before {@code : ; ? !}, « », decimal comma, number–unit space, apostrophes): the translation
 * falls short of the house's own style, a warning. Conventions the human text does not follow are
 * house style and give no flag.
 */
final class TypographyStyleFlags implements FlagRule {
  @Override
  public void apply(Flagger.Input in, FlagContext out) {
    HouseStyle style = in.houseStyle();
    if (style == null || style.enforced().isEmpty()) {
      return;
    }
    for (Sentence s : in.machineSentences()) {
      for (StyleFinding f : TypographyChecker.check(s.text(), style)) {
        Map<String, String> ev = new LinkedHashMap<>();
        ev.put("convention", f.convention().key());
        ev.put("humanText", style.get(f.convention()).evidence());
        out.add(
            FlagKind.TYPOGRAPHY,
            Severity.WARNING,
            "house-style/" + f.convention().key(),
            s,
            out.within(s, f.start(), f.end()),
            f.text(),
            f.message(),
            f.suggestion() == null ? List.of() : List.of(f.suggestion()),
            ev,
            false);
      }
    }
  }
}
