package io.translationworkbench.report;

import io.translationworkbench.PairReport;
import io.translationworkbench.Side;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.gate.PairResult;
import io.translationworkbench.gate.RuleResult;
import io.translationworkbench.ingest.InputFile;
import io.translationworkbench.metrics.CorpusAggregates;
import io.translationworkbench.metrics.DocumentMetrics;
import io.translationworkbench.metrics.MetricNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the corpus report needs of one pair, and nothing more: its row of the index (with the gate's
 * verdict), and for a pair that names its MT system the statistics of its document scores and the
 * chrF of its aligned sentences. About a kilobyte where the pair's {@link PairReport} holds its
 * texts, matches, alignment and flags: {@code report} keeps one per pair of a run, and the pair
 * cache stores it (as JSON) to stand for a pair that did not change.
 *
 * @param row the pair's row of the index
 * @param document its document for the per-system aggregates, or null when it names no system
 * @param sentenceChrF chrF2 of each aligned sentence pair that has one, in alignment order (empty
 *     when it names no system)
 */
public record CorpusPair(
    CorpusReport.PairRow row, CorpusAggregates.Document document, List<Double> sentenceChrF) {
  public CorpusPair {
    Objects.requireNonNull(row, "row");
    sentenceChrF = List.copyOf(sentenceChrF);
  }

  /** The summary of {@code r}, whose gate verdict is {@code verdict}. */
  public static CorpusPair of(PairReport r, PairResult verdict) {
    PairReport.Summary s = r.summary();
    String id = r.pair().id();
    CorpusReport.PairRow row =
        new CorpusReport.PairRow(
            id,
            r.pair().system(),
            verdict.passed(),
            verdict.failures().stream().map(RuleResult::rule).map(x -> x.id()).toList(),
            score(r.documentMetrics(), MetricNames.BLEU),
            score(r.documentMetrics(), MetricNames.CHRF),
            score(r.documentMetrics(), MetricNames.TER),
            s.flags(),
            s.errors(),
            s.warnings(),
            s.infos(),
            s.machineDensity(),
            s.humanDensity(),
            s.densityRatio(),
            CorpusLayout.href(id) + "/report.html");
    String system = r.pair().system();
    if (system == null) {
      return new CorpusPair(row, null, List.of());
    }
    List<Double> chrF = new ArrayList<>();
    if (r.alignment() != null) {
      for (AlignedPairResult p : r.alignment().pairs()) {
        Double c = p.metrics().get(MetricNames.CHRF);
        if (c != null) {
          chrF.add(c);
        }
      }
    }
    return new CorpusPair(
        row, CorpusAggregates.Document.of(system, id, documentKey(r), r.documentMetrics()), chrF);
  }

  /**
   * What identifies a document across systems: the SHA-256 of its human text as received (two
   * systems' pairs with the same human file translate the same document).
   */
  static String documentKey(PairReport r) {
    return r.inputs().stream()
        .filter(i -> i.side() == Side.HUMAN)
        .map(InputFile::sha256)
        .findFirst()
        .orElse("pair:" + r.pair().id());
  }

  private static Double score(DocumentMetrics m, String name) {
    if (m == null) {
      return null;
    }
    return m.scores().stream()
        .filter(v -> v.name().equals(name))
        .map(DocumentMetrics.MetricValue::score)
        .findFirst()
        .orElse(null);
  }
}
