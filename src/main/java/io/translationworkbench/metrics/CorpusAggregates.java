package io.translationworkbench.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Corpus scores per MT system, the way sacreBLEU scores a test set: each document (its machine text
 * against its human text, each joined into one segment as the pair's document scores are) is one
 * segment; a system's BLEU, chrF2 and TER come from the statistics of its documents summed, never
 * from averaged document scores. Each score has sacreBLEU's 95 % bootstrap interval across
 * documents, and every two systems that share documents (the same human text) are compared by
 * sacreBLEU's paired bootstrap resampling over the shared documents (Koehn 2004).
 */
public final class CorpusAggregates {
  /** Resamples of the bootstrap (sacreBLEU's default). */
  public static final int SAMPLES = 1000;

  /** numpy seed of every resampling (sacreBLEU's default, {@code SACREBLEU_SEED}). */
  public static final long SEED = 12345;

  /** The metrics aggregated, in output order: sacreBLEU's defaults, as the documents are scored. */
  public static final List<String> METRICS =
      List.of(MetricNames.BLEU, MetricNames.CHRF, MetricNames.TER);

  /**
   * Fewest shared documents for a paired test: resampling one document has no variance, so its
   * p-value would be 1/1001 whatever the difference.
   */
  public static final int MIN_SHARED = 2;

  private static final Map<String, Metric> BY_NAME = metrics();

  private static Map<String, Metric> metrics() {
    Map<String, Metric> m = new LinkedHashMap<>();
    m.put(MetricNames.BLEU, new Bleu(BleuConfig.defaults()));
    m.put(MetricNames.CHRF, new ChrF(ChrFConfig.chrF()));
    m.put(MetricNames.TER, new Ter(TerConfig.defaults()));
    return m;
  }

  private CorpusAggregates() {}

  /**
   * One document of a system.
   *
   * @param system the MT system's name
   * @param pairId the pair's id: documents are taken in pair-id order
   * @param documentKey what identifies the document across systems (the SHA-256 of the human text)
   * @param statistics each metric's statistics of the document, by metric name (a metric left out
   *     of the document, such as TER beyond its limit, is absent)
   */
  public record Document(
      String system, String pairId, String documentKey, Map<String, double[]> statistics) {
    public Document {
      Objects.requireNonNull(system, "system");
      Objects.requireNonNull(pairId, "pairId");
      Objects.requireNonNull(documentKey, "documentKey");
      statistics = Map.copyOf(statistics);
    }

    /** The document of a pair's document metrics: the statistics its scores carry. */
    public static Document of(
        String system, String pairId, String documentKey, DocumentMetrics metrics) {
      Map<String, double[]> stats = new LinkedHashMap<>();
      if (metrics != null) {
        for (DocumentMetrics.MetricValue v : metrics.scores()) {
          double[] s = v.statisticsArray();
          if (s != null && METRICS.contains(v.name())) {
            stats.put(v.name(), s);
          }
        }
      }
      return new Document(system, pairId, documentKey, stats);
    }
  }

  /**
   * A corpus score with its bootstrap interval.
   *
   * @param metric BLEU, chrF2 or TER
   * @param score the corpus score from the summed statistics, null when a document lacks the metric
   * @param mean the bootstrap mean, or null
   * @param ci half-width of the 95 % interval, or null
   * @param missing documents without this metric (TER beyond its limit): the score is then left out
   * @param signature sacreBLEU's signature with the bootstrap fields
   */
  public record Interval(
      String metric, Double score, Double mean, Double ci, int missing, String signature) {}

  /**
   * A system's corpus scores.
   *
   * @param system its name
   * @param documents how many documents (pairs) it has
   * @param scores one per metric of {@link #METRICS}
   */
  public record SystemScores(String system, int documents, List<Interval> scores) {
    public SystemScores {
      scores = List.copyOf(scores);
    }
  }

  /**
   * One metric of a paired test.
   *
   * @param metric BLEU, chrF2 or TER
   * @param baselineScore the baseline's corpus score on the shared documents
   * @param systemScore the other system's corpus score on the shared documents
   * @param pValue sacreBLEU's p-value of the difference, {@code (c + 1) / (n + 1)}; null (and both
   *     scores null) when a shared document lacks the metric
   * @param signature sacreBLEU's signature with the test's fields
   */
  public record PairedScore(
      String metric, Double baselineScore, Double systemScore, Double pValue, String signature) {}

  /**
   * Two systems compared over the documents both have.
   *
   * @param baseline the system first in name order
   * @param system the other
   * @param sharedDocuments how many documents both have
   * @param scores one per metric of {@link #METRICS}
   */
  public record Comparison(
      String baseline, String system, int sharedDocuments, List<PairedScore> scores) {
    public Comparison {
      scores = List.copyOf(scores);
    }
  }

  /**
   * What {@link #of} found.
   *
   * @param systems one per system, in name order
   * @param comparisons every two systems sharing at least {@link #MIN_SHARED} documents, in name
   *     order
   */
  public record Result(List<SystemScores> systems, List<Comparison> comparisons) {
    public Result {
      systems = List.copyOf(systems);
      comparisons = List.copyOf(comparisons);
    }
  }

  /**
   * The aggregates of {@code documents}, whatever their order: systems in name order, each system's
   * documents in pair-id order (the order fixes the bootstrap's resamples, as line order does in
   * sacreBLEU).
   */
  public static Result of(List<Document> documents) {
    Map<String, List<Document>> bySystem = new TreeMap<>();
    for (Document d : documents) {
      bySystem.computeIfAbsent(d.system(), k -> new ArrayList<>()).add(d);
    }
    bySystem.values().forEach(l -> l.sort(Comparator.comparing(Document::pairId)));
    PairedSignificance bootstrap =
        new PairedSignificance(PairedSignificance.Test.BOOTSTRAP, SAMPLES, SEED);
    List<SystemScores> systems = new ArrayList<>();
    for (Map.Entry<String, List<Document>> e : bySystem.entrySet()) {
      List<Interval> scores = new ArrayList<>();
      for (String name : METRICS) {
        Metric metric = BY_NAME.get(name);
        String signature = signature(metric);
        List<double[]> stats = statistics(e.getValue(), name);
        int missing = e.getValue().size() - stats.size();
        if (missing > 0) {
          scores.add(new Interval(name, null, null, null, missing, signature));
          continue;
        }
        double score = metric.score(Metric.sum(stats), 1).score();
        double[] meanCi = bootstrap.confidence(metric, 1, stats);
        scores.add(new Interval(name, score, meanCi[0], meanCi[1], 0, signature));
      }
      systems.add(new SystemScores(e.getKey(), e.getValue().size(), scores));
    }
    List<Comparison> comparisons = new ArrayList<>();
    List<String> names = new ArrayList<>(bySystem.keySet());
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        Comparison c = compare(bootstrap, bySystem.get(names.get(i)), bySystem.get(names.get(j)));
        if (c != null) {
          comparisons.add(c);
        }
      }
    }
    return new Result(systems, comparisons);
  }

  /**
   * The paired test over the baseline's documents (pair-id order) that the other system has too,
   * each with the other system's document of the same key; null when they share fewer than {@link
   * #MIN_SHARED}.
   */
  private static Comparison compare(
      PairedSignificance bootstrap, List<Document> baseline, List<Document> other) {
    Map<String, Document> byKey = new LinkedHashMap<>();
    for (Document d : other) {
      byKey.putIfAbsent(d.documentKey(), d);
    }
    List<Document> a = new ArrayList<>();
    List<Document> b = new ArrayList<>();
    java.util.Set<String> used = new java.util.HashSet<>();
    for (Document d : baseline) {
      Document o = byKey.get(d.documentKey());
      // a key twice in the baseline: its first document only, as each shared document is one
      // segment
      if (o != null && used.add(d.documentKey())) {
        a.add(d);
        b.add(o);
      }
    }
    if (a.size() < MIN_SHARED) {
      return null;
    }
    List<PairedScore> scores = new ArrayList<>();
    for (String name : METRICS) {
      Metric metric = BY_NAME.get(name);
      String signature =
          metric
              .signature(1)
              .withPairedTest(PairedSignificance.Test.BOOTSTRAP.key(), SAMPLES, Long.toString(SEED))
              .format(false);
      List<double[]> sa = statistics(a, name);
      List<double[]> sb = statistics(b, name);
      if (sa.size() < a.size() || sb.size() < b.size()) {
        scores.add(new PairedScore(name, null, null, null, signature));
        continue;
      }
      List<PairedSignificance.Result> r = bootstrap.compare(metric, 1, List.of(sa, sb));
      scores.add(
          new PairedScore(name, r.get(0).score(), r.get(1).score(), r.get(1).pValue(), signature));
    }
    return new Comparison(baseline.get(0).system(), other.get(0).system(), a.size(), scores);
  }

  private static List<double[]> statistics(List<Document> docs, String metric) {
    List<double[]> out = new ArrayList<>(docs.size());
    for (Document d : docs) {
      double[] s = d.statistics().get(metric);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private static String signature(Metric metric) {
    return metric
        .signature(1)
        .withPairedTest(PairedSignificance.Test.BOOTSTRAP.key(), SAMPLES, Long.toString(SEED))
        .format(false);
  }
}
