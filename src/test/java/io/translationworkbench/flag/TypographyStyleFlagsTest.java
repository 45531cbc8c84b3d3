package io.translationworkbench.flag;

import static io.translationworkbench.flag.FlagFixtures.machine;
import static io.translationworkbench.flag.FlagFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.Severity;
import io.translationworkbench.Span;
import io.translationworkbench.style.Convention;
import io.translationworkbench.style.HouseStyle;
import io.translationworkbench.style.HouseStyleInference;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** French typography the human text follows and the machine text breaks: warnings. */
class TypographyStyleFlagsTest {
  private static final String NBSP = "\u00A0";

  /**
   * Follows: a no-break space before ':' and '?' (2 of 2), « » (1 of 1) with no-break spaces inside
   * (2 of 2). Breaks: the typographic apostrophe (straight in l'école and aujourd'hui, 0 of 2), so
   * straight apostrophes are house style.
   */
  private static final String HUMAN =
      "Il a dit"
          + NBSP
          + ": «"
          + NBSP
          + "Nous partirons demain."
          + NBSP
          + "»\nPourquoi"
          + NBSP
          + "? Parce que l'école ferme aujourd'hui.";

  private static HouseStyle style;

  @BeforeAll
  static void inferHouseStyle() {
    style = HouseStyleInference.infer(HUMAN);
    // preconditions: what the human text above decides
    assertTrue(style.enforced().contains(Convention.HIGH_PUNCTUATION_SPACE));
    assertTrue(style.enforced().contains(Convention.GUILLEMETS));
    assertFalse(style.enforced().contains(Convention.APOSTROPHE));
  }

  private static List<Flag> flags(String machineText, HouseStyle s) {
    return run(new TypographyStyleFlags(), machine(machineText).human(HUMAN).houseStyle(s).build());
  }

  @Test
  void noSpaceBeforeAColonIsAWarningAtItsPlaceInTheWholeText() {
    // line 2 starts at 24; "dit:" is at 5-9 of the sentence, 29-33 of the text
    List<Flag> f = flags("Le ministre est arrivé.\nIl a dit: l'école ouvrira.", style);
    assertEquals(1, f.size(), f::toString);
    Flag flag = f.get(0);
    assertEquals(FlagKind.TYPOGRAPHY, flag.kind());
    assertEquals(Severity.WARNING, flag.severity());
    assertEquals("house-style/highPunctuationSpace", flag.ruleId());
    assertEquals("m-2", flag.sentenceId());
    assertEquals(new Span(29, 33, 2, 6, 2, 10), flag.span());
    assertEquals("dit:", flag.matchedText());
    // the suggestion writes the space the human text uses: a no-break space
    assertEquals(List.of("dit" + NBSP + ":"), flag.suggestions());
    assertTrue(flag.message().startsWith("No space before ':'"), flag.message());
    assertEquals("highPunctuationSpace", flag.evidence().get("convention"));
    assertEquals("2 of 2", flag.evidence().get("humanText"));
  }

  @Test
  void straightQuotesAreAWarningWithGuillemetsAsSuggestion() {
    // "Elle a répondu " is 15 characters: the quotation "non" covers 15-20
    List<Flag> f = flags("Elle a répondu \"non\" hier.", style);
    assertEquals(1, f.size(), f::toString);
    Flag flag = f.get(0);
    assertEquals(Severity.WARNING, flag.severity());
    assertEquals("house-style/guillemets", flag.ruleId());
    assertEquals(new Span(15, 20, 1, 16, 1, 21), flag.span());
    assertEquals("\"non\"", flag.matchedText());
    assertEquals(List.of("«" + NBSP + "non" + NBSP + "»"), flag.suggestions());
    assertEquals("1 of 1", flag.evidence().get("humanText"));
  }

  @Test
  void aConventionTheHumanTextBreaksTooGivesNoFlag() {
    assertTrue(flags("L'école ouvrira aujourd'hui.", style).isEmpty());
  }

  @Test
  void aFrenchNormTheHumanTextNeverMeetsIsStillChecked() {
    // no decimal in the human text: French typography's decimal comma applies
    List<Flag> f = flags("Le taux est de 3.5 %.", style);
    assertEquals(1, f.size(), f::toString);
    assertEquals("house-style/decimalComma", f.get(0).ruleId());
    assertEquals(new Span(15, 18, 1, 16, 1, 19), f.get(0).span());
    assertEquals(List.of("3,5"), f.get(0).suggestions());
  }

  @Test
  void aMachineSentenceFollowingTheHouseStyleGivesNothing() {
    assertTrue(flags("Il a dit" + NBSP + ": «" + NBSP + "non" + NBSP + "».", style).isEmpty());
  }

  @Test
  void withoutAHouseStyleThereIsNoTypographyFlag() {
    assertTrue(flags("Il a dit: \"non\", le taux est de 3.5 %.", null).isEmpty());
  }
}
