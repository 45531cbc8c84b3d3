package io.translationworkbench.report;

import io.translationworkbench.PairReport;
import io.translationworkbench.gate.GatePolicy;
import io.translationworkbench.gate.GateResult;
import io.translationworkbench.gate.PairResult;
import io.translationworkbench.metrics.CorpusAggregates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The corpus report ({@code reports/index.*}): one row per pair of a run with its gate verdict,
 * document scores, flags and density, and per MT system (pairs naming theirs in pair.json) corpus
 * scores from summed statistics with bootstrap intervals, paired tests between systems and the
 * distribution of sentence chrF. Built from the pairs' results alone, whatever their order; every
 * writer of the index reads this and nothing else.
 *
 * @param formatVersion version of the index's JSON layout
 * @param policy the gate policy the verdicts come from
 * @param pairs one row per pair, in pair-id order
 * @param systems one per system, in name order (empty when no pair names its system)
 * @param comparisons paired tests of every two systems sharing documents, in name order
 */
public record CorpusReport(
    String formatVersion,
    GatePolicy policy,
    List<PairRow> pairs,
    List<SystemRow> systems,
    List<CorpusAggregates.Comparison> comparisons) {
  /** Current JSON layout of the index. */
  public static final String FORMAT_VERSION = "1.0";

  /** Bins of the sentence chrF histogram: ten of ten points each, 100 in the last. */
  public static final int BINS = 10;

  public CorpusReport {
    Objects.requireNonNull(policy, "policy");
    pairs = List.copyOf(pairs);
    systems = List.copyOf(systems);
    comparisons = List.copyOf(comparisons);
  }

  /**
   * One pair.
   *
   * @param id the pair's id
   * @param system its MT system, or null
   * @param passed the gate's verdict
   * @param failedRules ids of the gate rules it failed, in rule order
   * @param bleu document BLEU, or null
   * @param chrF document chrF2, or null
   * @param ter document TER, or null (left out beyond its limit)
   * @param flags flags of every severity and state
   * @param errors error flags
   * @param warnings warning flags
   * @param info info flags
   * @param machineDensity machine findings (not dismissed) per 100 words
   * @param humanDensity human findings per 100 words
   * @param densityRatio machine density ÷ max(human density, floor), or null
   * @param report the pair's HTML report, a URL relative to the index (the id percent-encoded)
   */
  public record PairRow(
      String id,
      String system,
      boolean passed,
      List<String> failedRules,
      Double bleu,
      Double chrF,
      Double ter,
      int flags,
      int errors,
      int warnings,
      int info,
      double machineDensity,
      double humanDensity,
      Double densityRatio,
      String report) {
    public PairRow {
      failedRules = List.copyOf(failedRules);
    }
  }

  /**
   * One system.
   *
   * @param system its name
   * @param documents its pairs
   * @param scores corpus BLEU, chrF2 and TER with their intervals
   * @param sentences aligned sentence pairs with a chrF score
   * @param medianSentenceChrF their median chrF2, or null when there are none
   * @param sentenceChrFHistogram how many fall in each of {@link #BINS} bins of ten points
   */
  public record SystemRow(
      String system,
      int documents,
      List<CorpusAggregates.Interval> scores,
      int sentences,
      Double medianSentenceChrF,
      List<Integer> sentenceChrFHistogram) {
    public SystemRow {
      scores = List.copyOf(scores);
      sentenceChrFHistogram = List.copyOf(sentenceChrFHistogram);
    }
  }

  /** The corpus report of {@code reports} with the gate's verdicts {@code gate} on them. */
  public static CorpusReport of(List<PairReport> reports, GateResult gate) {
    Map<String, PairResult> verdicts = new TreeMap<>();
    gate.pairs().forEach(p -> verdicts.put(p.pairId(), p));
    List<CorpusPair> pairs = new ArrayList<>();
    for (PairReport r : reports) {
      PairResult v = verdicts.get(r.pair().id());
      if (v == null) {
        throw new IllegalArgumentException("no gate verdict for pair " + r.pair().id());
      }
      pairs.add(CorpusPair.of(r, v));
    }
    return of(pairs, gate.policy());
  }

  /**
   * The corpus report of the pairs' summaries, each with its verdict under {@code policy}: what a
   * run over many pairs keeps of each instead of its whole result.
   */
  public static CorpusReport of(List<CorpusPair> pairs, GatePolicy policy) {
    List<CorpusPair> sorted = new ArrayList<>(pairs);
    sorted.sort(Comparator.comparing(p -> p.row().id()));
    List<PairRow> rows = new ArrayList<>();
    List<CorpusAggregates.Document> documents = new ArrayList<>();
    Map<String, List<Double>> sentenceChrF = new TreeMap<>();
    for (CorpusPair p : sorted) {
      rows.add(p.row());
      if (p.document() != null) {
        documents.add(p.document());
        sentenceChrF
            .computeIfAbsent(p.document().system(), k -> new ArrayList<>())
            .addAll(p.sentenceChrF());
      }
    }
    CorpusAggregates.Result agg = CorpusAggregates.of(documents);
    List<SystemRow> systems = new ArrayList<>();
    for (CorpusAggregates.SystemScores ss : agg.systems()) {
      List<Double> values = sentenceChrF.get(ss.system());
      systems.add(
          new SystemRow(
              ss.system(),
              ss.documents(),
              ss.scores(),
              values.size(),
              median(values),
              histogram(values)));
    }
    return new CorpusReport(FORMAT_VERSION, policy, rows, systems, agg.comparisons());
  }

  /** How many pairs passed the gate. */
  public int passed() {
    return (int) pairs.stream().filter(PairRow::passed).count();
  }

  static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  static List<Integer> histogram(List<Double> values) {
    Integer[] bins = new Integer[BINS];
    Arrays.fill(bins, 0);
    for (double v : values) {
      int b = (int) Math.floor(v / (100.0 / BINS));
      bins[Math.max(0, Math.min(BINS - 1, b))]++;
    }
    return List.of(bins);
  }
}
