package io.translationworkbench.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactComparisonTest {
  private final FactComparison comparison = new FactComparison(new FactExtractor());

  private List<FactDifference> compare(String machine, String human) {
    return comparison.compare(
        List.of(new AlignUnit("m1", machine)), List.of(new AlignUnit("h1", human)));
  }

  @Test
  void deadlineGivenAsDayMonthAndAsNextWeekdayIsADateMismatch() throws Exception {
    // the sample pair: m4 (date limite du 15 septembre) and h3 (d'ici mardi prochain)
    AlignUnit m4 = SamplePair.machine().get(3);
    AlignUnit h3 = SamplePair.human().get(2);
    List<FactDifference> diffs = comparison.compare(List.of(m4), List.of(h3));
    List<FactDifference> dates = diffs.stream().filter(d -> d.kind() == FactKind.DATE).toList();
    assertEquals(1, dates.size(), diffs.toString());
    FactDifference d = dates.get(0);
    assertEquals(FactDifference.Type.DIFFERENT, d.type());
    assertEquals("15 septembre", d.machine().text());
    assertEquals("m4", d.machine().sentenceId());
    assertEquals(m4.text().indexOf("15 septembre"), d.machine().start());
    assertEquals("mardi prochain", d.human().text());
    assertEquals("h3", d.human().sentenceId());
    assertEquals(h3.text().indexOf("mardi prochain"), d.human().start());
  }

  @Test
  void samplePairReutersSentenceOnlyLacksTheDateOnTheHumanSide() throws Exception {
    // m5 names Chine, ByteDance, Washington, Reuters and "dimanche, Septembre 13"; h5 says "le
    // gouvernement
    // chinois", ByteDance, Washington, Reuters and gives no date
    List<FactDifference> diffs =
        comparison.compare(
            List.of(SamplePair.machine().get(4)), List.of(SamplePair.human().get(4)));
    assertEquals(1, diffs.size(), diffs.toString());
    assertEquals(FactDifference.Type.MISSING_IN_HUMAN, diffs.get(0).type());
    assertEquals("dimanche, Septembre 13", diffs.get(0).machine().text());
    assertNull(diffs.get(0).human());
  }

  @Test
  void withDocumentContextANameTheOtherDocumentMentionsElsewhereIsNotMissing() throws Exception {
    List<AlignUnit> machine = SamplePair.machine();
    List<AlignUnit> human = SamplePair.human();
    // m1 "JAKARTA - Pékin s’oppose à la vente forcée des activités de TikTok ..."
    // h7 "Pékin est fortement opposé à la vente forcée de la plateforme aux États-Unis."
    List<AlignUnit> m1 = List.of(machine.get(0));
    List<AlignUnit> h7 = List.of(human.get(6));
    List<String> alone = new ArrayList<>();
    for (FactDifference d : comparison.compare(m1, h7)) {
      alone.add(d.type() + " " + (d.machine() != null ? d.machine() : d.human()).text());
    }
    assertEquals(List.of("MISSING_IN_HUMAN TikTok", "MISSING_IN_MACHINE États-Unis"), alone);

    // the Belga text names TikTok and the United States in other sentences; JAKARTA is a dateline,
    // not a fact
    List<FactDifference> inContext = FactComparison.forDocuments(machine, human).compare(m1, h7);
    assertEquals(List.of(), inContext);
  }

  @Test
  void namesDifferingOnlyInCaseAccentsOrElisionAgree() {
    assertEquals(
        List.of(),
        compare(
            "Le rapport de l’ONU cite Pékin et les Etats-Unis.",
            "Selon l'Onu, PÉKIN et les États-Unis."));
  }

  @Test
  void partOfANameAndItsAdjectiveAgreeWithTheName() {
    assertEquals(
        List.of(),
        compare("Le président Donald Trump accuse la Chine.", "Trump accuse le pouvoir chinois."));
  }

  @Test
  void sameNumberWrittenDifferentlyAgrees() {
    assertEquals(
        List.of(),
        compare(
            "L'application compte 175 millions d'utilisateurs.",
            "Elle a 175 000 000 utilisateurs."));
  }

  @Test
  void differentPercentagesAreADifferentAmount() {
    List<FactDifference> diffs =
        compare("Les ventes ont bondi de 3 %.", "Les ventes ont progressé de 5 %.");
    assertEquals(1, diffs.size(), diffs.toString());
    assertEquals(FactKind.AMOUNT, diffs.get(0).kind());
    assertEquals(FactDifference.Type.DIFFERENT, diffs.get(0).type());
    assertEquals("3 %", diffs.get(0).machine().text());
    assertEquals("5 %", diffs.get(0).human().text());
  }

  @Test
  void factsOnlyInTheHumanSentenceAreMissingInTheMachine() {
    List<FactDifference> diffs =
        compare("Le procès a commencé.", "Le procès a commencé le 3 mars à Bruxelles.");
    List<String> missing = new ArrayList<>();
    for (FactDifference d : diffs) {
      assertEquals(FactDifference.Type.MISSING_IN_MACHINE, d.type());
      missing.add(d.human().text());
    }
    assertEquals(List.of("3 mars", "Bruxelles"), missing);
  }

  @Test
  void aMergedSideContributesTheFactsOfBothSentences() {
    List<FactDifference> diffs =
        comparison.compare(
            List.of(
                new AlignUnit("m1", "La police a arrêté 3 suspects."),
                new AlignUnit("m2", "Ils ont 20 ans.")),
            List.of(new AlignUnit("h1", "La police a arrêté 3 suspects de 20 ans.")));
    assertTrue(diffs.isEmpty(), diffs.toString());
  }
}
