package io.translationworkbench.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactExtractorTest {
  private final FactExtractor extractor = new FactExtractor();

  private List<Fact> facts(String text) {
    return extractor.extract(new AlignUnit("s1", text));
  }

  /** Each row: sentence | the fact as written | kind | key. Offsets are checked against indexOf. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TikTok a été téléchargé 175 millions de fois. | 175 millions | NUMBER | num:175000000",
        "plus d’un milliard de fois dans le monde | un milliard | NUMBER | num:1000000000",
        "une hausse de 1,5 point | 1,5 | NUMBER | num:1.5",
        "Il y a 3 000 manifestants. | 3 000 | NUMBER | num:3000",
        "sa politique d’exportation, faite le 28 août, pour retarder | 28 août | DATE | date:08-28",
        "selon une source Reuters, cité dimanche, Septembre 13. | dimanche, Septembre 13 | DATE | date:09-13",
        "une date limite du 15 septembre pour finaliser | 15 septembre | DATE | date:09-15",
        "Le 1er mai 2021 il pleuvait. | 1er mai 2021 | DATE | date:05-01-2021",
        "si la vente n'est pas conclue d'ici mardi prochain, | mardi prochain | DATE | date:weekday:2+next",
        "Le gouvernement aurait déjà modifié le mois dernier une liste | le mois dernier | DATE | date:rel:mois-1",
        "Il a parlé dimanche à la presse. | dimanche | DATE | date:weekday:7",
        "La loi votée en 2020 reste en vigueur. | 2020 | DATE | date:2020",
        "Les prix ont augmenté de 3 % en un an. | 3 % | AMOUNT | amount:pct:3",
        "un contrat de 2 millions d’euros | 2 millions d’euros | AMOUNT | amount:EUR:2000000",
        "une amende de 1,5 milliard de dollars | 1,5 milliard de dollars | AMOUNT | amount:USD:1500000000",
        "Le billet coûte $5 en ligne. | $5 | AMOUNT | amount:USD:5",
        "Le porte-parole Zhao Lijian a déclaré | Zhao Lijian | NAME | name:zhao lijian",
        "ils ont vendu aux États-Unis hier | États-Unis | NAME | name:etats-unis",
        "Le correspondant à JAKARTA a parlé | JAKARTA | NAME | name:jakarta",
        "la position de l’ONU est claire | ONU | NAME | name:onu",
      })
  void findsFactWithItsSpan(String sentence, String written, FactKind kind, String key) {
    List<Fact> found = facts(sentence);
    int start = sentence.indexOf(written);
    assertTrue(start >= 0, "test row: " + written + " not in sentence");
    Fact expected = new Fact("s1", kind, written, key, start, start + written.length());
    assertTrue(found.contains(expected), "expected " + expected + " in " + found);
  }

  @Test
  void aDatelineIsNotANameFact() {
    // "JAKARTA - …" and "BRUXELLES (Belga) - …" say where a story was filed, not something the
    // other side must repeat
    assertEquals(
        List.of("Pékin"),
        facts("JAKARTA - Pékin s’oppose à la vente.").stream().map(Fact::text).toList());
    assertEquals(
        List.of(),
        facts("BRUXELLES (Belga) - Il pleut.").stream()
            .filter(f -> f.kind() == FactKind.NAME)
            .toList());
  }

  @Test
  void aDateIsNotAlsoANumber() {
    List<Fact> found = facts("Le délai expire le 15 septembre.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(FactKind.DATE, found.get(0).kind());
  }

  @Test
  void spansAreUtf16OffsetsEvenAfterCharactersOutsideTheBmp() {
    String text = "\uD83D\uDCF1 Le 15 septembre, TikTok ferme.";
    List<Fact> found = facts(text);
    assertEquals(new Fact("s1", FactKind.DATE, "15 septembre", "date:09-15", 6, 18), found.get(0));
    assertEquals("TikTok", text.substring(found.get(1).start(), found.get(1).end()));
  }

  @Test
  void capitalisedFirstWordIsNoNameUnlessKnownOrAcronymOrCamelCase() {
    String text = "Pékin est fortement opposé à la vente forcée.";
    assertTrue(facts(text).isEmpty(), facts(text).toString());
    FactExtractor knowing =
        FactExtractor.forTexts(List.of("La tempête entre Washington et Pékin.", text));
    assertEquals(
        List.of(new Fact("s1", FactKind.NAME, "Pékin", "name:pekin", 0, 5)),
        knowing.extract(new AlignUnit("s1", text)));
    assertEquals("TikTok", facts("TikTok a nié.").get(0).text());
    assertEquals("ONU", facts("ONU : réunion.").get(0).text());
  }

  @Test
  void functionWordsMonthsAndNumberWordsAloneAreNoFacts() {
    List<Fact> found = facts("Deux sources l'ont confirmé en Septembre.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(FactKind.DATE, found.get(0).kind());
    assertEquals("Septembre", found.get(0).text());
    assertTrue(
        facts("Il a acheté deux livres.").isEmpty(), facts("Il a acheté deux livres.").toString());
  }
}
