package io.translationworkbench.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparableAlignerTest {
  private final ComparableAligner aligner = new ComparableAligner();

  private static List<AlignUnit> units(String prefix, String... texts) {
    List<AlignUnit> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.add(new AlignUnit(prefix + (i + 1), texts[i]));
    }
    return out;
  }

  private static boolean paired(Alignment a, String machineId, String humanId) {
    return a.pairs().stream()
        .anyMatch(
            p ->
                p.machineIds().equals(List.of(machineId)) && p.humanIds().equals(List.of(humanId)));
  }

  @Test
  void samplePairIsCleanedAndSplitAsExpected() throws Exception {
    List<AlignUnit> machine = SamplePair.machine();
    List<AlignUnit> human = SamplePair.human();
    // checked by reading the texts: 15 machine body sentences (heading split off) and 11 human ones
    assertEquals(15, machine.size());
    assertEquals(11, human.size());
    assertEquals("TikTok n’est pas prêt à vendre la société", machine.get(8).text());
    assertTrue(machine.get(9).text().startsWith("D’autre part"));
    assertEquals("(Belga)", human.get(10).text());
  }

  /** Pairs a careful reader sees, with the first words of each side to check the ids by eye. */
  @ParameterizedTest(name = "{0} <-> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "m1  | JAKARTA - Pékin s’oppose à la vente forcée     | h7 | Pékin est fortement opposé à la vente forcée",
        "m3  | ByteDance lui-même a entamé des pourparlers    | h4 | Celle-ci fait actuellement l'objet de négociations",
        "m5  | Mais les responsables chinois sont confiants   | h5 | Pour les fonctionnaires chinois",
        "m6  | ByteDance dans un communiqué a déclaré à Reuters | h9 | A sa connaissance, le gouvernement chinois",
        "m7  | Deux sources ont indiqué que la Chine          | h6 | Il semblerait que la Chine envisage",
        "m12 | D’autant plus que le président Trump           | h1 | Le gouvernement Trump exige que ByteDance",
      })
  void samplePairLinksCounterparts(
      String machineId, String machineStart, String humanId, String humanStart) throws Exception {
    List<AlignUnit> machine = SamplePair.machine();
    List<AlignUnit> human = SamplePair.human();
    assertTrue(textOf(machine, machineId).startsWith(machineStart), machineId);
    assertTrue(textOf(human, humanId).startsWith(humanStart), humanId);
    Alignment a = aligner.align(machine, human);
    assertTrue(paired(a, machineId, humanId), a.toString());
  }

  private static String textOf(List<AlignUnit> units, String id) {
    return units.stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow().text();
  }

  @Test
  void samplePairLeavesSentencesWithoutCounterpartUnmatched() throws Exception {
    Alignment a = aligner.align(SamplePair.machine(), SamplePair.human());
    // the Chinese foreign-ministry spokesman, the heading, the lawsuit, the download figures: not
    // in the Belga story
    for (String id : List.of("m8", "m9", "m13", "m14")) {
      assertTrue(a.unmatchedMachine().contains(id), id + " in " + a);
    }
    // Belga's own closing lines
    assertTrue(a.unmatchedHuman().contains("h10"), a.toString());
    assertTrue(a.unmatchedHuman().contains("h11"), a.toString());
  }

  @Test
  void everySentenceIsInExactlyOnePairOrUnmatched() throws Exception {
    List<AlignUnit> machine = SamplePair.machine();
    List<AlignUnit> human = SamplePair.human();
    Alignment a = aligner.align(machine, human);
    int machineCount = a.unmatchedMachine().size();
    int humanCount = a.unmatchedHuman().size();
    for (AlignedPair p : a.pairs()) {
      machineCount += p.machineIds().size();
      humanCount += p.humanIds().size();
      // below the threshold only by the leftover rule (paired by position)
      assertTrue(p.score() >= AlignerParams.defaults().threshold() || p.isLeftover());
    }
    assertEquals(machine.size(), machineCount);
    assertEquals(human.size(), humanCount);
  }

  @Test
  void alignmentIsDeterministic() throws Exception {
    Alignment first = aligner.align(SamplePair.machine(), SamplePair.human());
    Alignment second = new ComparableAligner().align(SamplePair.machine(), SamplePair.human());
    assertEquals(first, second);
  }

  @Test
  void crossingPairsAreFound() {
    List<AlignUnit> machine =
        units(
            "m",
            "Le ministre a annoncé mardi une hausse des impôts de 3 %.",
            "Les syndicats appellent à la grève générale dans les transports.");
    List<AlignUnit> human =
        units(
            "h",
            "Les syndicats ont appelé à une grève générale des transports.",
            "Le ministre a annoncé mardi une augmentation des impôts de 3 %.");
    Alignment a = aligner.align(machine, human);
    assertTrue(paired(a, "m1", "h2"), a.toString());
    assertTrue(paired(a, "m2", "h1"), a.toString());
  }

  // one event told in one sentence on one side and in two on the other
  private static final String ARREST = "La police a arrêté trois suspects à Liège dimanche";
  private static final String SEARCH =
      "les enquêteurs cherchent encore le chauffeur de la camionnette blanche";

  @Test
  void oneMachineSentenceCanMatchTwoAdjacentHumanSentences() {
    List<AlignUnit> machine =
        units(
            "m",
            ARREST + " et " + SEARCH + ".",
            "Le match de football a été reporté à cause de la neige.");
    List<AlignUnit> human =
        units(
            "h",
            "Le match a été reporté en raison de la neige.",
            "Trois suspects ont été arrêtés dimanche à Liège par la police.",
            "Les enquêteurs cherchent encore le chauffeur de la camionnette blanche.");
    Alignment a = aligner.align(machine, human);
    assertTrue(
        a.pairs().stream()
            .anyMatch(
                p ->
                    p.machineIds().equals(List.of("m1"))
                        && p.humanIds().equals(List.of("h2", "h3"))),
        a.toString());
    assertTrue(paired(a, "m2", "h1"), a.toString());
  }

  @Test
  void twoMachineSentencesCanMatchOneHumanSentence() {
    List<AlignUnit> machine =
        units("m", ARREST + ".", "Les enquêteurs ont retrouvé la camionnette blanche.");
    List<AlignUnit> human = units("h", ARREST + " et " + SEARCH + ".");
    Alignment a = aligner.align(machine, human);
    assertEquals(1, a.pairs().size(), a.toString());
    assertEquals(List.of("m1", "m2"), a.pairs().get(0).machineIds());
  }

  @Test
  void unrelatedSentencesStayUnmatched() {
    List<AlignUnit> machine = units("m", "Le prix du pétrole a chuté de 5 % à New York.");
    List<AlignUnit> human =
        units("h", "Les enfants de l'école ont planté des arbres dans le parc communal.");
    Alignment a = aligner.align(machine, human);
    assertTrue(a.pairs().isEmpty(), a.toString());
    assertEquals(List.of("m1"), a.unmatchedMachine());
    assertEquals(List.of("h1"), a.unmatchedHuman());
  }

  @Test
  void apostropheStyleAndNoBreakSpacesDoNotMatter() {
    List<AlignUnit> machine =
        units("m", "L’agence n’a pas obtenu de réponse\u00a0: c’est l’avis d’Oracle.");
    List<AlignUnit> human =
        units("h", "L'agence n'a pas obtenu de réponse : c'est l'avis d'Oracle.");
    Alignment a = aligner.align(machine, human);
    assertEquals(1, a.pairs().size());
    assertEquals(1.0, a.pairs().get(0).score(), 1e-9);
  }

  @Test
  void emptySidesGiveAnEmptyAlignment() {
    Alignment a = aligner.align(List.of(), units("h", "Une phrase."));
    assertTrue(a.pairs().isEmpty());
    assertEquals(List.of("h1"), a.unmatchedHuman());
  }

  @Test
  void duplicateIdsAreRejected() {
    List<AlignUnit> machine =
        List.of(new AlignUnit("m1", "Une phrase."), new AlignUnit("m1", "Une autre."));
    assertThrows(IllegalArgumentException.class, () -> aligner.align(machine, List.of()));
  }

  @Test
  void shuffledParallelLinesAreRecoveredAtLeastNinetyFivePercent() {
    SyntheticCorpus corpus = new SyntheticCorpus(20200913L, 1200);
    List<AlignUnit> machine = SyntheticCorpus.units("m", corpus.machine);
    // human lines shuffled within windows of 10; the id keeps the true line number
    List<Integer> order = new ArrayList<>();
    Random random = new Random(7);
    for (int start = 0; start < corpus.human.size(); start += 10) {
      List<Integer> window = new ArrayList<>();
      for (int i = start; i < Math.min(start + 10, corpus.human.size()); i++) {
        window.add(i);
      }
      Collections.shuffle(window, random);
      order.addAll(window);
    }
    List<AlignUnit> human = new ArrayList<>();
    for (int i : order) {
      human.add(new AlignUnit("h" + i, corpus.human.get(i)));
    }
    assertFalse(
        human.get(0).id().equals("h0")
            && human.get(1).id().equals("h1")
            && human.get(2).id().equals("h2"));

    Alignment a = aligner.align(machine, human);

    long recovered =
        a.pairs().stream()
            .filter(AlignedPair::isOneToOne)
            .filter(
                p -> p.machineIds().get(0).substring(1).equals(p.humanIds().get(0).substring(1)))
            .count();
    assertTrue(
        recovered >= 0.95 * corpus.machine.size(),
        "recovered " + recovered + " of " + machine.size());
  }
}
