package io.translationworkbench.flag;

import static io.translationworkbench.flag.FlagFixtures.machine;
import static io.translationworkbench.flag.FlagFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.Severity;
import io.translationworkbench.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Machine sentences without a human counterpart: one info flag each, on the whole sentence. */
class NoCounterpartFlagsTest {
  // line 1: 0-18; line 2: 19-51; line 3: 52-75
  private static final String MACHINE =
      "Le vote a eu lieu.\nUn observateur a salué le calme.\nLes résultats arrivent.";

  @Test
  void eachUnmatchedMachineSentenceGetsOneInfoFlagSpanningIt() {
    List<Flag> f = run(new NoCounterpartFlags(), machine(MACHINE).unmatched("m-2", "m-3").build());
    assertEquals(2, f.size());

    Flag second = f.get(0);
    assertEquals(FlagKind.UNMATCHED, second.kind());
    assertEquals(Severity.INFO, second.severity());
    assertEquals("unmatched", second.ruleId());
    assertEquals("m-2", second.sentenceId());
    assertEquals(new Span(19, 51, 2, 1, 2, 33), second.span());
    assertEquals("", second.matchedText());
    assertTrue(second.message().startsWith("No counterpart in the human article"));

    Flag third = f.get(1);
    assertEquals(FlagKind.UNMATCHED, third.kind());
    assertEquals(Severity.INFO, third.severity());
    assertEquals("m-3", third.sentenceId());
    assertEquals(new Span(52, 75, 3, 1, 3, 24), third.span());
  }

  @Test
  void noUnmatchedSentenceNoFlag() {
    assertTrue(run(new NoCounterpartFlags(), machine(MACHINE).build()).isEmpty());
  }
}
