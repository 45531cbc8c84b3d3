package io.translationworkbench.style;

import static io.translationworkbench.style.Convention.APOSTROPHE;
import static io.translationworkbench.style.Convention.DECIMAL_COMMA;
import static io.translationworkbench.style.Convention.GUILLEMETS;
import static io.translationworkbench.style.Convention.GUILLEMET_SPACE;
import static io.translationworkbench.style.Convention.HIGH_PUNCTUATION_SPACE;
import static io.translationworkbench.style.Convention.THOUSANDS_SPACE;
import static io.translationworkbench.style.Convention.UNIT_SPACE;
import static io.translationworkbench.style.Decision.FOLLOWED;
import static io.translationworkbench.style.Decision.NOT_FOLLOWED;
import static io.translationworkbench.style.Decision.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.JsonFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HouseStyleInferenceTest {
  static final String NB = "\u00A0";
  static final String NNB = "\u202F";

  /** Asserts following and breaking counts and the decision for one convention. */
  private static ConventionStyle assertStyle(
      String text, Convention c, int following, int breaking, Decision decision) {
    ConventionStyle s = HouseStyleInference.infer(text).get(c);
    assertEquals(
        List.of(following, breaking, decision),
        List.of(s.following(), s.breaking(), s.decision()),
        () -> c + " in: " + text + " -> " + s);
    return s;
  }

  // (a) space before : ; ? !

  @Test
  void spaceBeforeHighPunctuationIsFollowedAndItsSpaceRecorded() {
    ConventionStyle s =
        assertStyle(
            "Il a dit" + NB + ": oui. Pourquoi" + NB + "? Parce que" + NB + "! Enfin ; bon.",
            HIGH_PUNCTUATION_SPACE,
            4,
            0,
            FOLLOWED);
    assertEquals("nbsp", s.variant());
    assertEquals(Map.of("nbsp", 3, "space", 1), s.variants());
  }

  @Test
  void narrowNoBreakSpaceCountsAsASpace() {
    ConventionStyle s =
        assertStyle("Quoi" + NNB + "? Non" + NNB + "!", HIGH_PUNCTUATION_SPACE, 2, 0, FOLLOWED);
    assertEquals("narrow-nbsp", s.variant());
  }

  @Test
  void gluedHighPunctuationIsNotFollowed() {
    ConventionStyle s =
        assertStyle(
            "Deux acheteurs potentiels: Microsoft et Oracle. Pourquoi? Personne ne sait!",
            HIGH_PUNCTUATION_SPACE,
            0,
            3,
            NOT_FOLLOWED);
    assertNull(s.variant());
    assertEquals(Map.of("none", 3), s.variants());
  }

  @Test
  void oneGluedColonIsTooLittleEvidence() {
    // the Belga sample writes "potentiels:" once: one slip must not decide
    assertStyle(
        "Deux acheteurs potentiels: Microsoft et Oracle.", HIGH_PUNCTUATION_SPACE, 0, 1, UNKNOWN);
  }

  @Test
  void noHighPunctuationIsUnknown() {
    assertStyle("Rien à signaler.", HIGH_PUNCTUATION_SPACE, 0, 0, UNKNOWN);
  }

  @Test
  void halfAndHalfIsUnknown() {
    assertStyle("Ceci : oui. Cela: non.", HIGH_PUNCTUATION_SPACE, 1, 1, UNKNOWN);
  }

  @Test
  void timesRatiosScoresUrlsCodeAndEmoticonsAreNoEvidence() {
    assertStyle(
        "Rendez-vous à 12:30, score final 3:1 (mi-temps 1:0), ratio 2:1. Voir"
            + " https://exemple.fr/page?id=3 ou www.site.com:8080 ou contact@exemple.fr, le code"
            + " `a:b;` et C:\\Temp. Super :) et ;-) Et (!) aussi.",
        HIGH_PUNCTUATION_SPACE,
        0,
        0,
        UNKNOWN);
  }

  @Test
  void onlyTheFirstMarkOfARunCounts() {
    // "?!" : the '?' is evidence, the '!' after it is not; "!!!" counts once
    assertStyle("Vraiment ?! Quoi!!!", HIGH_PUNCTUATION_SPACE, 1, 1, UNKNOWN);
  }

  @Test
  void aMarkAtTheStartOfALineIsNoEvidence() {
    assertStyle("Liste\n: premier\n? second", HIGH_PUNCTUATION_SPACE, 0, 0, UNKNOWN);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0, UNKNOWN",
    "1, 0, UNKNOWN", // below the two occurrences high punctuation needs
    "2, 0, FOLLOWED",
    "4, 1, FOLLOWED", // 80 %
    "3, 1, UNKNOWN", // 75 %
    "1, 4, NOT_FOLLOWED",
    "0, 2, NOT_FOLLOWED",
    "0, 1, UNKNOWN"
  })
  void decisionNeedsEnoughEvidenceAndAnEightyPercentMajority(int f, int b, Decision d) {
    assertEquals(d, HouseStyleInference.decide(HIGH_PUNCTUATION_SPACE, f, b));
  }

  @Test
  void rareConventionsDecideOnOneOccurrence() {
    assertEquals(FOLLOWED, HouseStyleInference.decide(GUILLEMETS, 1, 0));
    assertEquals(NOT_FOLLOWED, HouseStyleInference.decide(DECIMAL_COMMA, 0, 1));
    assertEquals(FOLLOWED, HouseStyleInference.decide(THOUSANDS_SPACE, 1, 0));
    assertEquals(UNKNOWN, HouseStyleInference.decide(APOSTROPHE, 1, 0));
  }

  // (b) « » as quotes, and spaces inside them

  @Test
  void guillemetsWithSpacesAreFollowed() {
    String t = "Il a dit «" + NB + "oui" + NB + "» puis «" + NB + "non" + NB + "».";
    assertStyle(t, GUILLEMETS, 2, 0, FOLLOWED);
    assertEquals("nbsp", assertStyle(t, GUILLEMET_SPACE, 4, 0, FOLLOWED).variant());
  }

  @Test
  void guillemetsWithoutInnerSpaces() {
    assertStyle("Il a dit «oui» puis «non».", GUILLEMETS, 2, 0, FOLLOWED);
    assertStyle("Il a dit «oui» puis «non».", GUILLEMET_SPACE, 0, 4, NOT_FOLLOWED);
  }

  @Test
  void straightQuotesAreNotFollowed() {
    ConventionStyle s =
        assertStyle("Il a dit \"oui\" puis \"non\".", GUILLEMETS, 0, 2, NOT_FOLLOWED);
    assertEquals(Map.of("straight", 2), s.variants());
    assertStyle("Il a dit \"oui\" puis \"non\".", GUILLEMET_SPACE, 0, 0, UNKNOWN);
  }

  @Test
  void curlyAndGermanQuotesAreNotFollowed() {
    ConventionStyle s = assertStyle("Il a dit “oui” puis „non“.", GUILLEMETS, 0, 2, NOT_FOLLOWED);
    assertEquals(Map.of("curly", 1, "low", 1), s.variants());
  }

  @Test
  void quotesInsideGuillemetsAreTheFrenchInnerQuotation() {
    assertStyle(
        "Il a dit «" + NB + "c’est “fou” et \"rare\"" + NB + "» hier.", GUILLEMETS, 1, 0, FOLLOWED);
  }

  @Test
  void apostrophesAndInchesAreNotQuotes() {
    assertStyle("Aujourd'hui l'écran de 15\" et l'application.", GUILLEMETS, 0, 0, UNKNOWN);
  }

  // (c) decimal comma

  @Test
  void decimalCommaIsFollowed() {
    assertStyle("Le taux passe de 3,5 à 4,25 %.", DECIMAL_COMMA, 2, 0, FOLLOWED);
  }

  @Test
  void decimalPointIsNotFollowed() {
    ConventionStyle s =
        assertStyle("Le taux passe de 3.5 à 4.25.", DECIMAL_COMMA, 0, 2, NOT_FOLLOWED);
    assertEquals(Map.of("point", 2), s.variants());
  }

  @Test
  void datesIpsVersionsTimesAndThousandsAreNoDecimalEvidence() {
    String t =
        "Le 12.03.2021, l'adresse 192.168.0.1, la version 2.1, le Bluetooth 5.0, iOS 14.2, l'article"
            + " 3.2, le rendez-vous à 12.30 Uhr et 1.000 euros.";
    assertStyle(t, DECIMAL_COMMA, 0, 0, UNKNOWN);
    // 1.000: three digits after the point are thousands, not decimals
    ConventionStyle th = assertStyle(t, THOUSANDS_SPACE, 0, 1, NOT_FOLLOWED);
    assertEquals(Map.of("dot", 1), th.variants());
  }

  @Test
  void germanShortDatesAreNoDecimalEvidence() {
    assertStyle(
        "Pourquoi attendre le 16.3. pour livrer ? On m'a informé le 18.01. que tout allait bien.",
        DECIMAL_COMMA,
        0,
        0,
        UNKNOWN);
    // a decimal at the end of a sentence stays a decimal
    assertStyle("Le taux est de 3.5. Il monte.", DECIMAL_COMMA, 0, 1, NOT_FOLLOWED);
  }

  @Test
  void aDecimalPointAfterASentenceStartIsStillADecimal() {
    assertStyle("Il fait 3.5 degrés. Hausse 2.5 fois.", DECIMAL_COMMA, 0, 2, NOT_FOLLOWED);
  }

  // (d) space between number and unit

  @Test
  void spaceBeforeUnitsIsFollowed() {
    ConventionStyle s =
        assertStyle(
            "Il a roulé 50 km à 90 km/h, soit 20 % de plus, avec 3 millions de fans et 12"
                + NB
                + "kg.",
            UNIT_SPACE,
            4,
            0,
            FOLLOWED);
    assertEquals(Map.of("nbsp", 1, "space", 3), s.variants());
  }

  @Test
  void gluedUnitsAreNotFollowed() {
    assertStyle("Il a roulé 50km, soit 20% de plus, pour 3€.", UNIT_SPACE, 0, 3, NOT_FOLLOWED);
  }

  @Test
  void wordsTimesAndNamesAreNotUnits() {
    assertStyle(
        "Le 3 mars à 12h30, 3 millions de personnes, 4 minutes, la A4 m'a plu, le G7 s'est réuni.",
        UNIT_SPACE,
        0,
        0,
        UNKNOWN);
  }

  // (e) apostrophe

  @Test
  void typographicApostropheIsFollowed() {
    assertStyle("Aujourd’hui, l’application s’arrête.", APOSTROPHE, 3, 0, FOLLOWED);
  }

  @Test
  void straightApostropheIsNotFollowed() {
    ConventionStyle s =
        assertStyle("Aujourd'hui, l'application s'arrête.", APOSTROPHE, 0, 3, NOT_FOLLOWED);
    assertEquals(Map.of("straight", 3), s.variants());
  }

  @Test
  void singleQuotesAroundAWordAreNotApostrophes() {
    assertStyle("Il a dit 'non' hier.", APOSTROPHE, 0, 0, UNKNOWN);
  }

  // thousands

  @Test
  void spaceGroupedThousandsAreFollowed() {
    ConventionStyle s =
        assertStyle(
            "Il y avait 1" + NB + "000 personnes et 25 000 euros, en 2020.",
            THOUSANDS_SPACE,
            2,
            0,
            FOLLOWED);
    assertEquals(Map.of("nbsp", 1, "space", 1), s.variants());
  }

  @Test
  void commaDotAndUngroupedThousandsAreNotFollowed() {
    ConventionStyle s =
        assertStyle(
            "Il y avait 1,000 puis 10000 puis 1.000 fans.", THOUSANDS_SPACE, 0, 3, NOT_FOLLOWED);
    assertEquals(Map.of("comma", 1, "dot", 1, "none", 1), s.variants());
  }

  @Test
  void yearsPostalCodesAndReferencesAreNoThousandsEvidence() {
    assertStyle(
        "En 2020, au 75008 Paris, le dossier n° 123456 et le 0612345678.",
        THOUSANDS_SPACE,
        0,
        0,
        UNKNOWN);
  }

  @Test
  void mixedSeparatorsGiveThousandsAndDecimalEvidence() {
    String t = "Soit 1,234.5 euros.";
    assertStyle(t, THOUSANDS_SPACE, 0, 1, NOT_FOLLOWED);
    assertStyle(t, DECIMAL_COMMA, 0, 1, NOT_FOLLOWED);
    assertStyle("Soit 1 234,5 euros.", DECIMAL_COMMA, 1, 0, FOLLOWED);
  }

  @Test
  void aBelgaLikeTextFollowsNoConventionAndLeavesOnlyTheFrenchNormsItNeverMeets() {
    HouseStyle s =
        HouseStyleInference.infer(
            "Celle-ci fait l'objet de négociations avec deux acheteurs potentiels: les sociétés"
                + " Microsoft et Oracle. L'agence n'a pas obtenu de réponse. (Belga)");
    // no quotation, decimal or unit in it: French typography decides those; its one colon
    // without a space is contrary evidence, so the space before ':' is not imposed
    assertEquals(List.of(GUILLEMETS, GUILLEMET_SPACE, DECIMAL_COMMA, UNIT_SPACE), s.enforced());
    assertEquals(NOT_FOLLOWED, s.get(APOSTROPHE).decision());
    assertEquals(UNKNOWN, s.get(HIGH_PUNCTUATION_SPACE).decision());
  }

  @Test
  void houseStyleSerialisesToJsonAndBack() throws Exception {
    HouseStyle s = HouseStyleInference.infer("Il a dit «" + NB + "oui" + NB + "» : 3,5 km.");
    ObjectMapper m = JsonFiles.strictMapper();
    String json = m.writeValueAsString(s);
    assertEquals(s, m.readValue(json, HouseStyle.class));
    assertEquals(
        "{\"convention\":\"GUILLEMETS\",\"decision\":\"FOLLOWED\",\"following\":1,\"breaking\":0,"
            + "\"variant\":\"guillemets\",\"variants\":{\"guillemets\":1},\"mode\":\"INFER\"}",
        m.writeValueAsString(s.get(GUILLEMETS)));
  }
}
