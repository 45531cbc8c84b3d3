package io.translationworkbench.style;

import static io.translationworkbench.style.Convention.APOSTROPHE;
import static io.translationworkbench.style.Convention.DECIMAL_COMMA;
import static io.translationworkbench.style.Convention.GUILLEMETS;
import static io.translationworkbench.style.Convention.GUILLEMET_SPACE;
import static io.translationworkbench.style.Convention.HIGH_PUNCTUATION_SPACE;
import static io.translationworkbench.style.Convention.THOUSANDS_SPACE;
import static io.translationworkbench.style.Convention.UNIT_SPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.config.HouseStyleConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypographyCheckerTest {
  static final String NB = "\u00A0";
  static final String NNB = "\u202F";

  private static List<StyleFinding> check(String human, String machine) {
    return TypographyChecker.check(machine, HouseStyleInference.infer(human));
  }

  /** The finding's convention, span, covered text and suggestion, as one comparable list. */
  private static List<Object> brief(StyleFinding f) {
    return List.of(f.convention(), f.start(), f.end(), f.text(), f.suggestion());
  }

  private static List<List<Object>> briefs(List<StyleFinding> fs) {
    return fs.stream().map(TypographyCheckerTest::brief).toList();
  }

  @Test
  void missingSpaceBeforeColonGetsTheHumanTextsSpace() {
    List<StyleFinding> fs =
        check(
            "Il a dit" + NB + ": oui. Pourquoi" + NB + "?",
            "Deux acheteurs potentiels: Microsoft et Oracle.");
    assertEquals(
        List.of(List.of(HIGH_PUNCTUATION_SPACE, 15, 26, "potentiels:", "potentiels" + NB + ":")),
        briefs(fs));
    assertEquals(
        "No space before ':': the human text writes a space before : ; ? ! (2 of 2, a no-break"
            + " space U+00A0)",
        fs.get(0).message());
  }

  @Test
  void aNormalSpaceHouseGetsANormalSpace() {
    List<StyleFinding> fs = check("Quoi ? Non !", "Vraiment?");
    assertEquals(
        List.of(List.of(HIGH_PUNCTUATION_SPACE, 0, 9, "Vraiment?", "Vraiment ?")), briefs(fs));
  }

  @Test
  void straightQuotesBecomeGuillemetsWithTheHumanTextsInnerSpace() {
    List<StyleFinding> fs = check("Il a dit «" + NB + "oui" + NB + "» hier.", "Il a dit \"non\".");
    assertEquals(
        List.of(List.of(GUILLEMETS, 9, 14, "\"non\"", "«" + NB + "non" + NB + "»")), briefs(fs));
    assertTrue(
        fs.get(0).message().endsWith("the human text quotes with « » (1 of 1)"),
        fs.get(0).message());
  }

  @Test
  void guillemetsWithoutSpacesInTheHumanTextAreSuggestedWithout() {
    List<StyleFinding> fs = check("Il a dit «oui» et «non».", "Il a dit “ non ” hier.");
    assertEquals(List.of(List.of(GUILLEMETS, 9, 16, "“ non ”", "«non»")), briefs(fs));
  }

  @Test
  void gluedGuillemetsGetTheirSpaces() {
    List<StyleFinding> fs = check("Il a dit « oui » et « non ».", "Il a dit «non».");
    assertEquals(
        List.of(
            List.of(GUILLEMET_SPACE, 9, 13, "«non", "« non"),
            List.of(GUILLEMET_SPACE, 10, 14, "non»", "non »")),
        briefs(fs));
  }

  @Test
  void decimalPointBecomesAComma() {
    List<StyleFinding> fs = check("De 3,5 à 4,2.", "Le taux est de 3.5 %.");
    assertEquals(List.of(List.of(DECIMAL_COMMA, 15, 18, "3.5", "3,5")), briefs(fs));
    assertEquals(
        "Decimal point in 3.5: the human text writes a decimal comma (2 of 2)",
        fs.get(0).message());
  }

  @Test
  void numberGluedToItsUnitIsSeparated() {
    List<StyleFinding> fs = check("Il a roulé 50 km, soit 20 %.", "Il a roulé 50km à 3,5%.");
    assertEquals(
        List.of(
            List.of(UNIT_SPACE, 11, 15, "50km", "50 km"),
            List.of(UNIT_SPACE, 18, 22, "3,5%", "3,5 %")),
        briefs(fs));
  }

  @Test
  void straightApostrophesBecomeTypographicWordByWord() {
    List<StyleFinding> fs = check("Aujourd’hui, l’application.", "C'est aujourd'hui, rock'n'roll.");
    assertEquals(
        List.of(
            List.of(APOSTROPHE, 0, 5, "C'est", "C’est"),
            List.of(APOSTROPHE, 6, 17, "aujourd'hui", "aujourd’hui"),
            List.of(APOSTROPHE, 19, 30, "rock'n'roll", "rock’n’roll")),
        briefs(fs));
  }

  @Test
  void thousandsAreGroupedWithTheHumanTextsSpace() {
    List<StyleFinding> fs =
        check("Il y avait 1" + NNB + "000 fans.", "Il y a 10000 et 1,500 fans en 2020.");
    assertEquals(
        List.of(
            List.of(THOUSANDS_SPACE, 7, 12, "10000", "10" + NNB + "000"),
            List.of(THOUSANDS_SPACE, 16, 21, "1,500", "1" + NNB + "500")),
        briefs(fs));
  }

  @Test
  void conventionsTheHumanTextDoesNotFollowGiveNoFindingsAndAreListedAsLeftOut() {
    String human =
        "Celle-ci fait l'objet de négociations avec deux acheteurs potentiels: les sociétés"
            + " Microsoft et Oracle. L'agence n'a pas répondu.";
    HouseStyle s = HouseStyleInference.infer(human);
    assertEquals(
        List.of(), TypographyChecker.check("Deux acheteurs potentiels: l'application.", s));
    // quotation marks, decimals and units never occur in the human text: the French norm applies
    assertEquals(List.of(GUILLEMETS, GUILLEMET_SPACE, DECIMAL_COMMA, UNIT_SPACE), s.enforced());
    List<LeftOut> left = s.leftOut();
    assertEquals(
        List.of(
            new LeftOut(
                HIGH_PUNCTUATION_SPACE,
                "too little evidence in the human text (1 occurrence, needs 2)"),
            new LeftOut(
                APOSTROPHE,
                "house style: the human text does not follow it either (0 of 3 follow it)"),
            new LeftOut(THOUSANDS_SPACE, "no evidence in the human text")),
        left);
  }

  @Test
  void withoutAnyQuotationInTheHumanTextStraightQuotesBreakTheFrenchNorm() {
    HouseStyle none = HouseStyleInference.infer("Le maire a parlé hier soir. Il a tout expliqué.");
    List<StyleFinding> fs = TypographyChecker.check("Il a dit \"non\" hier.", none);
    assertEquals(GUILLEMETS, fs.get(0).convention());
    assertTrue(fs.get(0).message().contains("French typography"), fs.get(0).message());
    // one straight quotation in the human text is evidence: its house writes them
    HouseStyle straight = HouseStyleInference.infer("Le maire a dit \"oui\" hier soir.");
    assertEquals(List.of(), TypographyChecker.check("Il a dit \"non\" hier.", straight));
  }

  @Test
  void theHumanTextHasNoFindingsOnItselfButItsSlips() {
    String human =
        "Il a dit"
            + NB
            + ": «"
            + NB
            + "oui"
            + NB
            + "». Pourquoi"
            + NB
            + "? Enfin"
            + NB
            + "; bon. Voilà"
            + NB
            + "! Parce que 3,5 km"
            + " valent 3 500 m. Aujourd’hui, l’application! C’est tout.";
    List<StyleFinding> fs = TypographyChecker.check(human, HouseStyleInference.infer(human));
    // the '!' glued to "l’application" is the one slip among 5 high punctuation marks (80 %)
    assertEquals(
        List.of(
            List.of(
                HIGH_PUNCTUATION_SPACE,
                human.indexOf("l’application!"),
                human.indexOf("l’application!") + 14,
                "l’application!",
                "l’application" + NB + "!")),
        briefs(fs));
  }

  @Test
  void requiredChecksWithoutEvidenceAndUsesTheConfiguredSpace() {
    HouseStyleConfig cfg =
        new HouseStyleConfig("required", null, null, null, null, null, null, "narrow-nbsp");
    HouseStyle s = HouseStyleInference.infer("Rien à signaler.", cfg);
    assertEquals(HIGH_PUNCTUATION_SPACE, s.enforced().get(0));
    assertTrue(s.get(HIGH_PUNCTUATION_SPACE).mode() == Mode.REQUIRED);
    List<StyleFinding> fs = TypographyChecker.check("Pourquoi?", s);
    assertEquals(
        List.of(List.of(HIGH_PUNCTUATION_SPACE, 0, 9, "Pourquoi?", "Pourquoi" + NNB + "?")),
        briefs(fs));
    assertEquals(
        "No space before '?': workbench.json requires it (grammar.houseStyle.highPunctuationSpace ="
            + " required; in the human text 0 of 0)",
        fs.get(0).message());
  }

  @Test
  void offSilencesAFollowedConvention() {
    HouseStyleConfig cfg = new HouseStyleConfig(null, null, null, "off", null, null, null, null);
    HouseStyle s = HouseStyleInference.infer("De 3,5 à 4,2.", cfg);
    assertEquals(Decision.FOLLOWED, s.get(DECIMAL_COMMA).decision());
    assertEquals(List.of(), TypographyChecker.check("Soit 3.5.", s));
    assertEquals(
        new LeftOut(
            DECIMAL_COMMA,
            "switched off in workbench.json (grammar.houseStyle.decimalComma = off)"),
        s.leftOut().stream()
            .filter(l -> l.convention() == DECIMAL_COMMA)
            .findFirst()
            .orElseThrow());
  }

  @Test
  void falseEvidenceInTheMachineTextIsNotReported() {
    String human =
        "Il a dit" + NB + ": oui. Pourquoi" + NB + "? De 3,5 à 4,2. 50 km et 1 000 fans.";
    assertEquals(
        List.of(),
        check(
            human,
            "À 12:30, score 3:1, voir https://x.fr/a?b=1 :) le 12.03.2021, iOS 14.2, 192.168.0.1,"
                + " en 2020, au 75008 Paris, à 12h30, 3 millions."));
  }
}
