package io.translationworkbench.flag;

import io.translationworkbench.Severity;
import io.translationworkbench.align.AlignedPair;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.metrics.MetricNames;
import io.translationworkbench.segment.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An aligned machine sentence far from its human counterpart (chrF below the policy's bar). */
final class SimilarityFlags implements FlagRule {
  private final double lowChrF;

  SimilarityFlags(double lowChrF) {
    this.lowChrF = lowChrF;
  }

  @Override
  public void apply(Flagger.Input in, FlagContext out) {
    for (AlignedPairResult p : in.pairs()) {
      Double chrf = p.metrics().get(MetricNames.CHRF);
      if (chrf == null || chrf >= lowChrF) {
        continue;
      }
      Sentence first = out.machine(p.machineIds().get(0));
      Map<String, String> ev = new LinkedHashMap<>();
      ev.put("human", out.humanText(p.humanIds()));
      ev.put("humanIds", String.join(",", p.humanIds()));
      ev.put(MetricNames.CHRF, FlagContext.fmt(chrf));
      ev.put("alignScore", FlagContext.fmt(p.alignScore()));
      if (p.features().getOrDefault(AlignedPair.LEFTOVER, 0.0) > 0) {
        // each other's only partner between two anchors, not a match on content
        ev.put("pairedBy", "position");
      }
      ev.put("diff", p.diff());
      out.add(
          FlagKind.LOW_SIMILARITY,
          Severity.INFO,
          "low-similarity",
          first,
          first.span(),
          "",
          String.format(
              Locale.ROOT,
              "Differs much from its human counterpart (chrF %.1f < %.1f): check the meaning against it.",
              chrf,
              lowChrF),
          List.of(),
          ev,
          false);
    }
  }
}
