package io.translationworkbench.flag;

import static io.translationworkbench.flag.FlagFixtures.machine;
import static io.translationworkbench.flag.FlagFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.Severity;
import io.translationworkbench.Span;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.align.Fact;
import io.translationworkbench.align.FactDifference;
import io.translationworkbench.align.FactKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Facts that differ from the human counterpart (error) or that one side lacks (info). */
class FactFlagsTest {
  // m-1: 0-45, "15 septembre" at 23-35; m-2: 46-83, "300" at 8-11 of the sentence (54-57)
  private static final String MACHINE =
      "Le sommet aura lieu le 15 septembre à Berlin.\nEnviron 300 personnes sont attendues.";
  // h-1: 0-46, "16 septembre" at 24-36; h-2: 47-81, "mardi" at 28-33 of the sentence (75-80)
  private static final String HUMAN =
      "Le sommet se tiendra le 16 septembre à Berlin.\nLes chefs d'État arriveront mardi.";

  private static final Fact MACHINE_DATE =
      new Fact("m-1", FactKind.DATE, "15 septembre", "date:09-15", 23, 35);
  private static final Fact HUMAN_DATE =
      new Fact("h-1", FactKind.DATE, "16 septembre", "date:09-16", 24, 36);
  private static final Fact MACHINE_NUMBER =
      new Fact("m-2", FactKind.NUMBER, "300", "num:300", 8, 11);
  private static final Fact HUMAN_WEEKDAY =
      new Fact("h-2", FactKind.DATE, "mardi", "date:weekday:2", 28, 33);

  private static AlignedPairResult pair(
      List<String> machineIds, List<String> humanIds, FactDifference... facts) {
    return new AlignedPairResult(
        machineIds, humanIds, 0.8, Map.of(), Map.of(), Map.of(), "", List.of(facts));
  }

  private static List<Flag> flags(AlignedPairResult... pairs) {
    return run(new FactFlags(), machine(MACHINE).human(HUMAN).pairs(pairs).build());
  }

  @Test
  void aFactGivenDifferentlyIsAnErrorNamingBothFacts() {
    List<Flag> f =
        flags(
            pair(
                List.of("m-1"),
                List.of("h-1"),
                new FactDifference(
                    FactKind.DATE, FactDifference.Type.DIFFERENT, MACHINE_DATE, HUMAN_DATE)));
    assertEquals(1, f.size());
    Flag flag = f.get(0);
    assertEquals(FlagKind.FACT_MISMATCH, flag.kind());
    assertEquals(Severity.ERROR, flag.severity());
    assertEquals("fact-date", flag.ruleId());
    assertEquals("m-1", flag.sentenceId());
    assertEquals(new Span(23, 35, 1, 24, 1, 36), flag.span());
    assertEquals("15 septembre", flag.matchedText());
    assertTrue(flag.message().contains("\"15 septembre\""), flag.message());
    assertTrue(flag.message().contains("\"16 septembre\""), flag.message());
    assertEquals("15 septembre", flag.evidence().get("machineFact"));
    assertEquals("16 septembre", flag.evidence().get("humanFact"));
    assertEquals("23-35", flag.evidence().get("machineSpan"));
    assertEquals("24-36", flag.evidence().get("humanSpan"));
    assertEquals("date", flag.evidence().get("factKind"));
    assertEquals("different", flag.evidence().get("difference"));
    assertEquals("h-1", flag.evidence().get("humanIds"));
    assertEquals("Le sommet se tiendra le 16 septembre à Berlin.", flag.evidence().get("human"));
  }

  @Test
  void aFactOnlyTheMachineSentenceStatesIsInfoOnThatFact() {
    List<Flag> f =
        flags(
            pair(
                List.of("m-2"),
                List.of("h-2"),
                new FactDifference(
                    FactKind.NUMBER, FactDifference.Type.MISSING_IN_HUMAN, MACHINE_NUMBER, null)));
    assertEquals(1, f.size());
    Flag flag = f.get(0);
    assertEquals(FlagKind.FACT_MISMATCH, flag.kind());
    assertEquals(Severity.INFO, flag.severity());
    assertEquals("fact-number", flag.ruleId());
    assertEquals("m-2", flag.sentenceId());
    assertEquals(new Span(54, 57, 2, 9, 2, 12), flag.span());
    assertEquals("300", flag.matchedText());
    assertTrue(flag.message().contains("\"300\""), flag.message());
    assertEquals("missing-in-human", flag.evidence().get("difference"));
    assertEquals("54-57", flag.evidence().get("machineSpan"));
    assertFalse(flag.evidence().containsKey("humanFact"));
  }

  @Test
  void aFactOnlyTheHumanSentenceStatesIsInfoOnTheMachineSentenceWithTheHumanFact() {
    List<Flag> f =
        flags(
            pair(
                List.of("m-2"),
                List.of("h-2"),
                new FactDifference(
                    FactKind.DATE, FactDifference.Type.MISSING_IN_MACHINE, null, HUMAN_WEEKDAY)));
    assertEquals(1, f.size());
    Flag flag = f.get(0);
    assertEquals(FlagKind.FACT_MISMATCH, flag.kind());
    assertEquals(Severity.INFO, flag.severity());
    assertEquals("fact-date", flag.ruleId());
    assertEquals("m-2", flag.sentenceId());
    assertEquals(new Span(46, 83, 2, 1, 2, 38), flag.span(), "the whole machine sentence");
    assertEquals("mardi", flag.matchedText());
    assertTrue(flag.message().contains("\"mardi\""), flag.message());
    assertEquals("missing-in-machine", flag.evidence().get("difference"));
    assertEquals("mardi", flag.evidence().get("humanFact"));
    assertEquals("75-80", flag.evidence().get("humanSpan"));
    assertFalse(flag.evidence().containsKey("machineFact"));
  }

  @Test
  void aFactInTheSecondSentenceOfAPairIsFlaggedInThatSentence() {
    List<Flag> f =
        flags(
            pair(
                List.of("m-1", "m-2"),
                List.of("h-1"),
                new FactDifference(
                    FactKind.NUMBER, FactDifference.Type.MISSING_IN_HUMAN, MACHINE_NUMBER, null)));
    assertEquals("m-2", f.get(0).sentenceId());
    assertEquals(new Span(54, 57, 2, 9, 2, 12), f.get(0).span());
  }

  @Test
  void aPairWithoutFactDifferencesGivesNothing() {
    assertTrue(flags(pair(List.of("m-1"), List.of("h-1"))).isEmpty());
  }
}
