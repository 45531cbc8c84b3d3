package io.translationworkbench.flag;

import io.translationworkbench.Severity;
import io.translationworkbench.segment.Sentence;
import java.util.List;
import java.util.Map;

/** A machine sentence the aligner found no human counterpart for: worth a look, not an error. */
final class NoCounterpartFlags implements FlagRule {
  @Override
  public void apply(Flagger.Input in, FlagContext out) {
    for (String id : in.unmatchedMachine()) {
      Sentence s = out.machine(id);
      out.add(
          FlagKind.UNMATCHED,
          Severity.INFO,
          "unmatched",
          s,
          s.span(),
          "",
          "No counterpart in the human article: information added by the source, or from elsewhere; check it by"
              + " hand.",
          List.of(),
          Map.of(),
          false);
    }
  }
}
