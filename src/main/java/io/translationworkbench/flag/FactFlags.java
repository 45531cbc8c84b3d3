package io.translationworkbench.flag;

import io.translationworkbench.Severity;
import io.translationworkbench.Span;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.align.FactDifference;
import io.translationworkbench.segment.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers, dates, amounts and names that differ between a machine sentence and its human
 * counterpart. A fact given differently misleads the reader (error); a fact on one side only is
 * worth a look (info), since comparable articles do not carry the same facts.
 */
final class FactFlags implements FlagRule {
  /** Characters of the human counterpart kept in a fact flag's evidence. */
  static final int HUMAN_SHOWN = 300;

  @Override
  public void apply(Flagger.Input in, FlagContext out) {
    for (AlignedPairResult p : in.pairs()) {
      String humanText = out.humanText(p.humanIds());
      for (FactDifference f : p.facts()) {
        flag(f, p, humanText, out);
      }
    }
  }

  private static void flag(
      FactDifference f, AlignedPairResult p, String humanText, FlagContext out) {
    Map<String, String> ev = new LinkedHashMap<>();
    String kind = f.kind().name().toLowerCase(Locale.ROOT);
    ev.put("factKind", kind);
    ev.put("difference", f.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    // the human counterpart for context, cut: a sentence with many facts would repeat it in full
    // for each (the whole text is in the report's sentences, by humanIds)
    ev.put("human", io.translationworkbench.Texts.abbreviate(humanText, HUMAN_SHOWN));
    ev.put("humanIds", String.join(",", p.humanIds()));
    Sentence s;
    Span span;
    String matched;
    if (f.machine() != null) {
      s = out.machine(f.machine().sentenceId());
      span = out.within(s, f.machine().start(), f.machine().end());
      matched = f.machine().text();
      ev.put("machineFact", matched);
      ev.put("machineSpan", span.start() + "-" + span.end());
    } else {
      s = out.machine(p.machineIds().get(0));
      span = s.span();
      matched = "";
    }
    if (f.human() != null) {
      ev.put("humanFact", f.human().text());
      Sentence hs = out.human(f.human().sentenceId());
      if (hs != null) {
        ev.put(
            "humanSpan",
            (hs.span().start() + f.human().start()) + "-" + (hs.span().start() + f.human().end()));
      }
    }
    Severity severity;
    String message;
    switch (f.type()) {
      case DIFFERENT -> {
        severity = Severity.ERROR;
        message =
            "The "
                + kind
                + " \""
                + f.machine().text()
                + "\" is given as \""
                + f.human().text()
                + "\" in the human counterpart: check which is right.";
      }
      case MISSING_IN_HUMAN -> {
        severity = Severity.INFO;
        message =
            "The "
                + kind
                + " \""
                + f.machine().text()
                + "\" is not in the human counterpart: check it.";
      }
      default -> {
        severity = Severity.INFO;
        message =
            "The human counterpart gives the "
                + kind
                + " \""
                + f.human().text()
                + "\", which this sentence lacks.";
        matched = f.human().text();
      }
    }
    out.add(
        FlagKind.FACT_MISMATCH,
        severity,
        "fact-" + kind,
        s,
        span,
        matched,
        message,
        List.of(),
        ev,
        false);
  }
}
