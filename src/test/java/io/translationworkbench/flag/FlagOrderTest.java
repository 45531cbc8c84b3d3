package io.translationworkbench.flag;

import static io.translationworkbench.flag.FlagFixtures.anomaly;
import static io.translationworkbench.flag.FlagFixtures.machine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.translationworkbench.LineIndex;
import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.align.Fact;
import io.translationworkbench.align.FactDifference;
import io.translationworkbench.align.FactKind;
import io.translationworkbench.ingest.AnomalyKind;
import io.translationworkbench.style.HouseStyleInference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one order of flags, and fingerprints that do not depend on the run or on positions. */
class FlagOrderTest {
  private static final String FIRST = "Le sommet aura lieu le 15 septembre.Les chefs arrivent.";
  private static final String SECOND = "Le client #NOM# a écrit: merci.";
  private static final String THIRD = "Un observateur a salué le calme.";
  private static final String HUMAN =
      "Le sommet se tiendra le 16 septembre.\nLe client #NAME# a écrit : merci.";

  /**
   * A machine text whose first line is {@code first} (it must contain "15 septembre" at 23 and
   * "{@code glued}"), then {@link #SECOND} and {@link #THIRD}. Its flags, by rule:
   *
   * <ul>
   *   <li>FactFlags: "15 septembre" / "16 septembre", error on m-1;
   *   <li>PlaceholderFlags: #NOM# translated, error on m-2;
   *   <li>StructureFlags: glued sentences on line 1, warning;
   *   <li>TypographyStyleFlags: "écrit:" without a space, warning on m-2;
   *   <li>SimilarityFlags: chrF 10 for m-1 / h-1, info on m-1;
   *   <li>NoCounterpartFlags: m-3, info.
   * </ul>
   */
  private static Flagger.Input input(String first, String glued) {
    String text = first + "\n" + SECOND + "\n" + THIRD;
    int g = text.indexOf(glued);
    return machine(text)
        .human(HUMAN)
        .houseStyle(HouseStyleInference.infer(HUMAN))
        .anomalies(anomaly(AnomalyKind.GLUED_SENTENCES, Side.MACHINE, text, g, g + 10, Map.of()))
        .pairs(
            new AlignedPairResult(
                List.of("m-1"),
                List.of("h-1"),
                0.5,
                Map.of(),
                Map.of("chrF2", 10.0),
                Map.of(),
                "",
                List.of(
                    new FactDifference(
                        FactKind.DATE,
                        FactDifference.Type.DIFFERENT,
                        new Fact("m-1", FactKind.DATE, "15 septembre", "date:09-15", 23, 35),
                        new Fact("h-1", FactKind.DATE, "16 septembre", "date:09-16", 24, 36)))),
            new AlignedPairResult(
                List.of("m-2"),
                List.of("h-2"),
                0.9,
                Map.of(),
                Map.of("chrF2", 80.0),
                Map.of(),
                "",
                List.of()))
        .unmatched("m-3")
        .build();
  }

  private static final Flagger.Input INPUT = input(FIRST, "septembre.");

  private static String describe(Flag f) {
    return f.severity() + " " + f.kind() + " " + f.span().start();
  }

  @Test
  void errorsComeBeforeWarningsBeforeInfoThenTextOrder() {
    // m-1 is 0-55, m-2 56-87 (#NOM# at 66, "écrit:" at 74), m-3 from 88; "septembre." at 26
    List<String> expected =
        List.of(
            "ERROR FACT_MISMATCH 23",
            "ERROR PLACEHOLDER 66",
            "WARNING STRUCTURE 26",
            "WARNING TYPOGRAPHY 74",
            "INFO LOW_SIMILARITY 0",
            "INFO UNMATCHED 88");
    List<Flag> flags = new Flagger(FlagPolicy.DEFAULT).flag(INPUT);
    assertEquals(expected, flags.stream().map(FlagOrderTest::describe).toList());
  }

  @Test
  void theOrderDoesNotDependOnTheOrderFlagsWereMade() {
    List<Flag> sorted = new Flagger(FlagPolicy.DEFAULT).flag(INPUT);
    for (long seed = 1; seed <= 5; seed++) {
      List<Flag> shuffled = new ArrayList<>(sorted);
      Collections.shuffle(shuffled, new Random(seed));
      shuffled.sort(FlagOrder.ORDER);
      assertEquals(sorted, shuffled);
    }
  }

  @Test
  void tiesAtOnePositionGoByKindThenRuleThenFingerprint() {
    LineIndex index = new LineIndex("Le sommet a eu lieu.");
    Flag grammarB = flag("b", FlagKind.GRAMMAR, "RULE_B", index);
    Flag grammarA2 = flag("2", FlagKind.GRAMMAR, "RULE_A", index);
    Flag grammarA1 = flag("1", FlagKind.GRAMMAR, "RULE_A", index);
    Flag spelling = flag("0", FlagKind.SPELLING, "RULE_0", index);
    List<Flag> flags = new ArrayList<>(List.of(spelling, grammarB, grammarA2, grammarA1));
    flags.sort(FlagOrder.ORDER);
    assertEquals(List.of(grammarA1, grammarA2, grammarB, spelling), flags);
  }

  private static Flag flag(String fingerprint, FlagKind kind, String rule, LineIndex index) {
    return new Flag(
        fingerprint,
        kind,
        Severity.WARNING,
        rule,
        "m-1",
        index.span(3, 9),
        "sommet",
        "message",
        List.of(),
        Map.of(),
        false);
  }

  @Test
  void theSameInputGivesTheSameFlagsAndFingerprints() {
    List<Flag> first = new Flagger(FlagPolicy.DEFAULT).flag(INPUT);
    List<Flag> again = new Flagger(FlagPolicy.DEFAULT).flag(input(FIRST, "septembre."));
    assertEquals(first, again);
  }

  @Test
  void twoIdenticalFindingsInOneSentenceAreNumbered() {
    String sentence = "Le client #NOM# a écrit à #NOM#.";
    List<Flag> flags =
        new Flagger(FlagPolicy.DEFAULT).flag(machine(sentence).human("Le client écrit.").build());
    assertEquals(2, flags.size(), flags::toString);
    assertNotEquals(flags.get(0).fingerprint(), flags.get(1).fingerprint());
    assertEquals(
        Fingerprints.of(FlagKind.PLACEHOLDER, "placeholder", sentence, "#NOM#", 1),
        flags.get(0).fingerprint());
    assertEquals(
        Fingerprints.of(FlagKind.PLACEHOLDER, "placeholder", sentence, "#NOM#", 2),
        flags.get(1).fingerprint());
  }

  @Test
  void editingOneSentenceKeepsTheFingerprintsOfTheOthers() {
    // " à Berlin" inserted in m-1: every later flag moves 9 characters, its fingerprint stays
    Flagger flagger = new Flagger(FlagPolicy.DEFAULT);
    List<Flag> before = flagger.flag(INPUT);
    List<Flag> after =
        flagger.flag(
            input(
                "Le sommet aura lieu le 15 septembre à Berlin.Les chefs arrivent.", "Berlin.Les"));
    assertEquals(bySentence(before, "m-2"), bySentence(after, "m-2"));
    assertEquals(bySentence(before, "m-3"), bySentence(after, "m-3"));
    assertEquals(2, bySentence(before, "m-2").size());
    List<String> firstBefore = bySentence(before, "m-1");
    List<String> firstAfter = bySentence(after, "m-1");
    assertEquals(2, firstAfter.size());
    for (String fp : firstAfter) {
      assertFalse(firstBefore.contains(fp), "m-1 was edited: new fingerprints");
    }
  }

  private static List<String> bySentence(List<Flag> flags, String id) {
    return flags.stream()
        .filter(f -> id.equals(f.sentenceId()))
        .map(Flag::fingerprint)
        .sorted()
        .collect(Collectors.toList());
  }
}
