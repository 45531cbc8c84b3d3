package io.translationworkbench.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.flag.Flag;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewApplierTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

  private static ReviewDecision decide(Flag f, Decision d) {
    return ReviewDecision.of(f, "sentence", d, "léa", DAY, "note");
  }

  @Test
  void decisionsSetTheStateOfTheirFlagsAndOthersStayOpen() {
    List<Flag> flags = TestFlags.sampleFlags();
    ReviewOutcome out =
        ReviewApplier.apply(
            flags,
            List.of(
                decide(flags.get(1), Decision.DISMISSED),
                decide(flags.get(2), Decision.CONFIRMED)));
    assertEquals(
        List.of(FlagState.OPEN, FlagState.DISMISSED, FlagState.CONFIRMED, FlagState.OPEN),
        out.flags().stream().map(ReviewedFlag::state).toList());
    assertEquals("note", out.flags().get(1).note());
    assertEquals(List.of(), out.stale());
  }

  @Test
  void editedSentenceMakesItsDecisionStaleAndNamesTheSameFindingAsSuccessor() {
    List<Flag> before = TestFlags.sampleFlags();
    ReviewDecision dismissed = decide(before.get(1), Decision.DISMISSED);
    String edited =
        TestFlags.MACHINE.replace("Les responsables sont", "Les responsables chinois sont");
    List<Flag> after = TestFlags.sampleFlags(edited);
    assertNotEquals(
        before.get(1).fingerprint(),
        after.get(1).fingerprint(),
        "fingerprint follows the sentence");

    ReviewOutcome out = ReviewApplier.apply(after, List.of(dismissed));

    assertEquals(
        FlagState.OPEN, out.flags().get(1).state(), "never applied to the edited sentence");
    assertEquals(1, out.stale().size());
    StaleDecision stale = out.stale().get(0);
    assertEquals(StaleDecision.Reason.SENTENCE_CHANGED, stale.reason());
    assertEquals(after.get(1).fingerprint(), stale.successorFingerprint());
    assertTrue(stale.message().contains("the sentence changed"), stale.message());
    assertTrue(stale.message().contains(before.get(1).fingerprint()), stale.message());
  }

  @Test
  void decisionOnAFlagThatNoLongerFiresIsStaleWithoutSuccessor() {
    List<Flag> flags = TestFlags.sampleFlags();
    ReviewOutcome out =
        ReviewApplier.apply(flags.subList(0, 1), List.of(decide(flags.get(3), Decision.CONFIRMED)));
    assertEquals(StaleDecision.Reason.FLAG_GONE, out.stale().get(0).reason());
    assertNull(out.stale().get(0).successorFingerprint());
  }

  @Test
  void lookAlikeThatHasItsOwnDecisionIsNotOfferedAsSuccessor() {
    List<Flag> flags = TestFlags.sampleFlags();
    ReviewDecision current = decide(flags.get(1), Decision.CONFIRMED);
    ReviewDecision old =
        new ReviewDecision(
            "0000dead",
            Decision.DISMISSED,
            "léa",
            "2024-01-01",
            "",
            flags.get(1).kind(),
            flags.get(1).ruleId(),
            flags.get(1).matchedText(),
            "old sentence");
    ReviewOutcome out = ReviewApplier.apply(flags, List.of(current, old));
    assertEquals(FlagState.CONFIRMED, out.flags().get(1).state());
    assertEquals(StaleDecision.Reason.FLAG_GONE, out.stale().get(0).reason());
  }
}
