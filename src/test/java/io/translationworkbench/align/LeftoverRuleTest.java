package io.translationworkbench.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The comparable aligner's leftover rule: unmatched sentences alone in the stretch between two
 * anchors are paired by position. The anchors below are near copies; X/Y are loose renderings of
 * one another (same meaning, few shared words), so their score stays under the 0.30 threshold.
 */
class LeftoverRuleTest {
  private static final String A =
      "Le ministre des Finances a présenté mardi le budget de l'État pour l'année prochaine.";
  private static final String A_HUMAN =
      "Le ministre des Finances a présenté mardi le budget de l'État pour l'an prochain.";
  private static final String B =
      "Les syndicats appellent à une grève générale dans les transports publics.";
  private static final String B_HUMAN =
      "Les syndicats ont appelé à une grève générale des transports publics.";
  private static final String X = "Cela n'a pas plu du tout aux partis d'opposition.";
  private static final String Y = "L'opposition s'est montrée très mécontente.";
  private static final String X2 = "Les discussions continueront la semaine suivante.";
  private static final String Y2 = "Les pourparlers reprendront dans sept jours.";
  private static final String UNRELATED = "Le chien du voisin aboie toute la nuit sans arrêt.";

  private static List<AlignUnit> units(String prefix, String... texts) {
    List<AlignUnit> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.add(new AlignUnit(prefix + (i + 1), texts[i]));
    }
    return out;
  }

  private static AlignedPair pairOf(Alignment a, String machineId) {
    return a.pairs().stream()
        .filter(p -> p.machineIds().contains(machineId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(machineId + " unpaired in " + a));
  }

  @Test
  void oneLeftoverOnEachSideBetweenAnchorsIsPaired() {
    Alignment a =
        new ComparableAligner().align(units("m", A, X, B), units("h", A_HUMAN, Y, B_HUMAN));
    AlignedPair p = pairOf(a, "m2");
    assertEquals(List.of("h2"), p.humanIds());
    assertTrue(p.isLeftover(), a.toString());
    assertTrue(p.score() < AlignerParams.defaults().threshold(), "paired by position, not score");
    assertEquals(1.0, p.features().get(AlignedPair.LEFTOVER));
    assertTrue(p.features().containsKey("chrf"), "still judged on similarity");
    assertFalse(pairOf(a, "m1").isLeftover());
    assertTrue(a.unmatchedMachine().isEmpty() && a.unmatchedHuman().isEmpty(), a.toString());
  }

  @Test
  void withoutTheRuleTheSameLeftoversStayUnmatched() {
    Alignment a =
        new ComparableAligner(AlignerParams.defaults().withLeftoverMax(0))
            .align(units("m", A, X, B), units("h", A_HUMAN, Y, B_HUMAN));
    assertEquals(List.of("m2"), a.unmatchedMachine());
    assertEquals(List.of("h2"), a.unmatchedHuman());
  }

  @Test
  void twoLeftoversOnOneSideAndOneOnTheOtherAreNotPaired() {
    Alignment a =
        new ComparableAligner()
            .align(units("m", A, X, UNRELATED, B), units("h", A_HUMAN, Y, B_HUMAN));
    // which of the two machine sentences goes with h2 is not a question of position: no guess
    assertTrue(a.pairs().stream().noneMatch(AlignedPair::isLeftover), a.toString());
    assertEquals(List.of("m2", "m3"), a.unmatchedMachine());
    assertEquals(List.of("h2"), a.unmatchedHuman());
  }

  @Test
  void aLeftoverWithNoCounterpartInItsStretchStaysUnmatched() {
    // X lies between A and B on the machine side, Y between B and the end on the human side
    Alignment a =
        new ComparableAligner().align(units("m", A, X, B), units("h", A_HUMAN, B_HUMAN, Y));
    assertEquals(List.of("m2"), a.unmatchedMachine());
    assertEquals(List.of("h3"), a.unmatchedHuman());
  }

  @Test
  void equalNumbersOfLeftoversArePairedInDocumentOrder() {
    Alignment a =
        new ComparableAligner().align(units("m", A, X, X2, B), units("h", A_HUMAN, Y, Y2, B_HUMAN));
    assertEquals(List.of("h2"), pairOf(a, "m2").humanIds());
    assertEquals(List.of("h3"), pairOf(a, "m3").humanIds());
    assertTrue(pairOf(a, "m2").isLeftover() && pairOf(a, "m3").isLeftover(), a.toString());
    // pairs stay ordered by machine position
    assertEquals(
        List.of("m1", "m2", "m3", "m4"),
        a.pairs().stream().map(p -> p.machineIds().get(0)).toList());
  }

  @Test
  void moreLeftoversPerSideThanLeftoverMaxAreNotPaired() {
    Alignment a =
        new ComparableAligner(AlignerParams.defaults().withLeftoverMax(1))
            .align(units("m", A, X, X2, B), units("h", A_HUMAN, Y, Y2, B_HUMAN));
    assertEquals(List.of("m2", "m3"), a.unmatchedMachine());
    assertEquals(List.of("h2", "h3"), a.unmatchedHuman());
  }

  @Test
  void aDocumentOfOneSentenceOnEachSideIsPairedWithoutAnchors() {
    Alignment a = new ComparableAligner().align(units("m", X), units("h", Y));
    assertEquals(1, a.pairs().size(), a.toString());
    assertTrue(a.pairs().get(0).isLeftover());
  }

  @Test
  void sentencesSharingTooFewCharactersAreNotPaired() {
    // chrF of the two is about 0.14, under leftoverMinChrf 0.15 (see ComparableAlignerTest's
    // unrelatedSentencesStayUnmatched for the same pair)
    Alignment a =
        new ComparableAligner()
            .align(
                units("m", "Le prix du pétrole a chuté de 5 % à New York."),
                units("h", "Les enfants de l'école ont planté des arbres dans le parc communal."));
    assertTrue(a.pairs().isEmpty(), a.toString());
  }

  @Test
  void sentencesOfVeryDifferentLengthsAreNotPaired() {
    // 44 characters against 7, no shared word: only the length ratio (above 6) decides, as the
    // same input with a ratio cap of 10 shows
    List<AlignUnit> machine = units("m", Y);
    List<AlignUnit> human = units("h", "Fâchée.");
    Alignment capped = new ComparableAligner(lenient(3.0)).align(machine, human);
    assertTrue(capped.pairs().isEmpty(), capped.toString());
    Alignment uncapped = new ComparableAligner(lenient(10.0)).align(machine, human);
    assertEquals(1, uncapped.pairs().size(), uncapped.toString());
    assertTrue(uncapped.pairs().get(0).isLeftover());
  }

  /** The defaults with no chrF floor for leftover pairs and the given length-ratio cap. */
  private static AlignerParams lenient(double maxLengthRatio) {
    return new AlignerParams(
        AlignerParams.Mode.COMPARABLE,
        0.4,
        0.4,
        0.2,
        0.30,
        2,
        0.02,
        10,
        6,
        2.0,
        3,
        0.0,
        maxLengthRatio);
  }

  @Test
  void anchorsAreThePairsInTheSameOrderOnBothSides() {
    // B is moved to the front on the human side: A and B cross, so only one of them is an anchor
    // and X/Y share one stretch (after the anchor A on the machine side, before it on the human
    // side they do not): X has no leftover partner
    Alignment a =
        new ComparableAligner().align(units("m", A, X, B), units("h", B_HUMAN, Y, A_HUMAN));
    assertEquals(List.of("h3"), pairOf(a, "m1").humanIds());
    assertEquals(List.of("h1"), pairOf(a, "m3").humanIds());
    assertTrue(a.pairs().stream().noneMatch(AlignedPair::isLeftover), a.toString());
  }

  @Test
  void signatureStatesTheRuleAndItsParameters() {
    assertTrue(AlignerParams.defaults().signature().endsWith("|left:3/0.15/3"));
    assertTrue(AlignerParams.defaults().withLeftoverMax(0).signature().endsWith("|left:0"));
  }

  @Test
  void invalidLeftoverParametersAreRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> AlignerParams.defaults().withLeftoverMax(-1));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new AlignerParams(
                AlignerParams.Mode.COMPARABLE,
                0.4,
                0.4,
                0.2,
                0.3,
                2,
                0.02,
                10,
                6,
                2.0,
                1,
                0.1,
                0.5));
  }
}
