package io.translationworkbench.flag;

import static io.translationworkbench.flag.FlagFixtures.machine;
import static io.translationworkbench.flag.FlagFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.Severity;
import io.translationworkbench.Span;
import io.translationworkbench.align.AlignedPair;
import io.translationworkbench.align.AlignedPairResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An aligned machine sentence far from its human counterpart: info, on the first sentence. */
class SimilarityFlagsTest {
  // line 1: 0-18; line 2: 19-51
  private static final String MACHINE = "Le vote a eu lieu.\nUn observateur a salué le calme.";
  private static final String HUMAN = "Le scrutin s'est tenu dimanche.\nTout était calme.";

  private static AlignedPairResult pair(
      List<String> machineIds, List<String> humanIds, Double chrF, Map<String, Double> features) {
    return new AlignedPairResult(
        machineIds,
        humanIds,
        0.42,
        features,
        chrF == null ? Map.of("BLEU", 3.0) : Map.of("chrF2", chrF, "BLEU", 3.0),
        Map.of(),
        "[-vote-]{+scrutin+}",
        List.of());
  }

  private static List<Flag> flags(double bar, AlignedPairResult... pairs) {
    return run(new SimilarityFlags(bar), machine(MACHINE).human(HUMAN).pairs(pairs).build());
  }

  @Test
  void aPairBelowTheBarIsAnInfoFlagOnItsFirstMachineSentence() {
    List<Flag> f = flags(20.0, pair(List.of("m-1", "m-2"), List.of("h-1", "h-2"), 12.5, Map.of()));
    assertEquals(1, f.size());
    Flag flag = f.get(0);
    assertEquals(FlagKind.LOW_SIMILARITY, flag.kind());
    assertEquals(Severity.INFO, flag.severity());
    assertEquals("low-similarity", flag.ruleId());
    assertEquals("m-1", flag.sentenceId());
    assertEquals(new Span(0, 18, 1, 1, 1, 19), flag.span());
    assertEquals("", flag.matchedText());
    assertTrue(flag.message().contains("chrF 12.5 < 20.0"), flag.message());
    assertEquals("12.50", flag.evidence().get("chrF2"));
    assertEquals("0.42", flag.evidence().get("alignScore"));
    assertEquals("h-1,h-2", flag.evidence().get("humanIds"));
    assertEquals("Le scrutin s'est tenu dimanche. Tout était calme.", flag.evidence().get("human"));
    assertEquals("[-vote-]{+scrutin+}", flag.evidence().get("diff"));
    assertFalse(flag.evidence().containsKey("pairedBy"), "paired by score, not by position");
  }

  @Test
  void aPairAtOrAboveTheBarGivesNothing() {
    assertTrue(flags(20.0, pair(List.of("m-1"), List.of("h-1"), 20.0, Map.of())).isEmpty());
    assertTrue(flags(20.0, pair(List.of("m-1"), List.of("h-1"), 55.0, Map.of())).isEmpty());
  }

  @Test
  void theBarComesFromThePolicy() {
    assertTrue(flags(20.0, pair(List.of("m-2"), List.of("h-2"), 25.0, Map.of())).isEmpty());
    List<Flag> f = flags(30.0, pair(List.of("m-2"), List.of("h-2"), 25.0, Map.of()));
    assertEquals(1, f.size());
    assertEquals("m-2", f.get(0).sentenceId());
    assertTrue(f.get(0).message().contains("chrF 25.0 < 30.0"), f.get(0).message());
  }

  @Test
  void aPairWithoutChrFGivesNothing() {
    assertTrue(flags(20.0, pair(List.of("m-1"), List.of("h-1"), null, Map.of())).isEmpty());
  }

  @Test
  void aLeftoverPairSaysItWasPairedByPosition() {
    List<Flag> f =
        flags(
            20.0,
            pair(List.of("m-2"), List.of("h-2"), 8.0, Map.of(AlignedPair.LEFTOVER, 1.0)),
            pair(List.of("m-1"), List.of("h-1"), 40.0, Map.of()));
    assertEquals(1, f.size());
    assertEquals("m-2", f.get(0).sentenceId());
    assertEquals(new Span(19, 51, 2, 1, 2, 33), f.get(0).span());
    assertEquals("position", f.get(0).evidence().get("pairedBy"));
  }
}
