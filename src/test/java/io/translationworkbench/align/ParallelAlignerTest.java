package io.translationworkbench.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParallelAlignerTest {

  @Test
  void parallelModePairsLineIWithLineI() {
    SyntheticCorpus corpus = new SyntheticCorpus(42L, 1000);
    List<AlignUnit> machine = SyntheticCorpus.units("m", corpus.machine);
    List<AlignUnit> human = SyntheticCorpus.units("h", corpus.human);
    Aligner aligner =
        Aligner.forParams(AlignerParams.defaults().withMode(AlignerParams.Mode.PARALLEL));
    Alignment a = aligner.align(machine, human);
    assertEquals(1000, a.pairs().size());
    for (int i = 0; i < 1000; i++) {
      assertEquals(List.of("m" + i), a.pairs().get(i).machineIds());
      assertEquals(List.of("h" + i), a.pairs().get(i).humanIds());
    }
    assertTrue(a.unmatchedMachine().isEmpty());
    assertTrue(a.unmatchedHuman().isEmpty());
  }

  @Test
  void parallelModeKeepsLowScoringPairsAndLeavesTheLongerSidesTailUnmatched() {
    List<AlignUnit> machine =
        List.of(
            new AlignUnit("m1", "Le prix du pétrole a chuté."),
            new AlignUnit("m2", "Il pleut à Bruxelles."));
    List<AlignUnit> human =
        List.of(
            new AlignUnit("h1", "Les enfants ont planté des arbres."),
            new AlignUnit("h2", "Il pleut à Bruxelles."),
            new AlignUnit("h3", "Fin."));
    Alignment a = new ParallelAligner(AlignerParams.defaults()).align(machine, human);
    assertEquals(2, a.pairs().size());
    assertTrue(a.pairs().get(0).score() < AlignerParams.defaults().threshold());
    assertEquals(1.0, a.pairs().get(1).score(), 1e-9);
    assertEquals(List.of(), a.unmatchedMachine());
    assertEquals(List.of("h3"), a.unmatchedHuman());
  }
}
