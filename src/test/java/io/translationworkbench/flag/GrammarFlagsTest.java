package io.translationworkbench.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.translationworkbench.LineIndex;
import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.Span;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.grammar.MatchKind;
import io.translationworkbench.segment.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline calibration of LanguageTool findings (issue 8, cause 2). */
class GrammarFlagsTest {
  private static final String MACHINE = "Le garçon de 16-year-old est parti.";
  private static final Sentence M =
      new Sentence("m-1", Side.MACHINE, 0, 0, new Span(0, MACHINE.length(), 1, 1, 1, 36), MACHINE);
  private static final String HUMAN = "Zhao Lijian et Wang Yi ont parlé avec Kowalczyk.";
  private static final Sentence H =
      new Sentence("h-1", Side.HUMAN, 0, 0, new Span(0, HUMAN.length(), 1, 1, 1, 49), HUMAN);

  private static GrammarMatch match(Side side, MatchKind kind, String rule, String word, int at) {
    return new GrammarMatch(
        side,
        rule,
        null,
        "TYPOS",
        "misspelling",
        kind,
        kind == MatchKind.PROBABLE_NAME ? Severity.INFO : Severity.WARNING,
        "Faute de frappe possible trouvée.",
        new Span(at, at + word.length(), 1, at + 1, 1, at + word.length() + 1),
        word,
        List.of(),
        side == Side.MACHINE ? "m-1" : "h-1");
  }

  private static List<Flag> flags(List<GrammarMatch> matches) {
    Flagger.Input in =
        new Flagger.Input(
            new LineIndex(MACHINE),
            List.of(M),
            List.of(H),
            matches,
            7,
            9,
            List.of(),
            List.of(),
            List.of(),
            null);
    FlagContext out = new FlagContext(in);
    new GrammarFlags(true).apply(in, out);
    return out.flags();
  }

  @Test
  void probableNamesOfTheHumanTextDoNotMakeAMisspellingHouseStyle() {
    List<GrammarMatch> matches = new ArrayList<>();
    matches.add(match(Side.MACHINE, MatchKind.SPELLING, "FR_SPELLING_RULE", "16-year-old", 17));
    for (String name : new String[] {"Zhao", "Lijian", "Wang", "Yi", "Kowalczyk"}) {
      matches.add(
          match(
              Side.HUMAN, MatchKind.PROBABLE_NAME, "FR_SPELLING_RULE", name, HUMAN.indexOf(name)));
    }
    List<Flag> f = flags(matches);
    assertEquals(1, f.size());
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertEquals(FlagKind.SPELLING, f.get(0).kind());
  }

  @Test
  void aRuleFiringAsOftenOnTheHumanTextIsHouseStyle() {
    // one real misspelling in 7 machine words, two in 9 human words: the human rate is higher
    List<GrammarMatch> matches = new ArrayList<>();
    matches.add(match(Side.MACHINE, MatchKind.SPELLING, "FR_SPELLING_RULE", "16-year-old", 17));
    matches.add(match(Side.HUMAN, MatchKind.SPELLING, "FR_SPELLING_RULE", "Zhao", 0));
    matches.add(match(Side.HUMAN, MatchKind.SPELLING, "FR_SPELLING_RULE", "Lijian", 5));
    List<Flag> f = flags(matches);
    assertEquals(Severity.INFO, f.get(0).severity());
    assertEquals("14.29", f.get(0).evidence().get("machinePer100Words"));
    assertEquals("22.22", f.get(0).evidence().get("humanPer100Words"));
  }
}
