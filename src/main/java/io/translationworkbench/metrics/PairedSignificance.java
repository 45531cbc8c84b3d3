package io.translationworkbench.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * sacreBLEU's paired significance tests ({@code significance.py}; Koehn 2004 for the bootstrap,
 * Riezler and Maxwell 2005 for approximate randomization) of several systems against the first one,
 * the baseline.
 *
 * <p>Same semantics as sacreBLEU: a fresh {@code numpy.random.default_rng(seed)} per comparison (so
 * every system sees the same resamples), resamples of the segment statistics summed in float32 for
 * the bootstrap, the statistic {@code |score(system) - score(baseline)|}, p-value {@code (c + 1) /
 * (n + 1)}, and a 95 % interval of half the range between the 1/40 quantiles. The random streams
 * are numpy's own, reproduced bit for bit.
 */
public final class PairedSignificance {
  /** The two tests, with sacreBLEU's signature keys and default sample counts. */
  public enum Test {
    BOOTSTRAP("bs", 1000),
    RANDOMIZATION("ar", 10000);

    private final String key;
    private final int defaultSamples;

    Test(String key, int defaultSamples) {
      this.key = key;
      this.defaultSamples = defaultSamples;
    }

    /** sacreBLEU's signature key: {@code bs} or {@code ar}. */
    public String key() {
      return key;
    }

    /** sacreBLEU's default: 1,000 resamples or 10,000 trials. */
    public int defaultSamples() {
      return defaultSamples;
    }
  }

  /**
   * One system's outcome for one metric.
   *
   * @param name the metric's score name
   * @param score the system's corpus score
   * @param mean bootstrap mean (null for approximate randomization)
   * @param ci half-width of the 95 % bootstrap interval (null for approximate randomization)
   * @param pValue p-value against the baseline (null for the baseline itself)
   * @param signature the metric signature with the test and seed fields
   */
  public record Result(
      String name,
      double score,
      Double mean,
      Double ci,
      Double pValue,
      SacrebleuSignature signature) {}

  private final Test test;

  /** Most resamples or trials of one test (sacreBLEU: 1,000 and 10,000 by default). */
  public static final int MAX_SAMPLES = 100_000;

  /**
   * Most draws of one test, resamples (or trials) times segments: the draws are held in memory at
   * once, as numpy holds them in sacreBLEU (100,000,000 draws: 400 MB for the bootstrap).
   */
  public static final long MAX_DRAWS = 100_000_000L;

  private final int samples;
  private final long seed;

  /**
   * A test with {@code samples} resamples or trials and numpy seed {@code seed} (sacreBLEU: 12345).
   */
  public PairedSignificance(Test test, int samples, long seed) {
    if (samples < 1 || samples > MAX_SAMPLES) {
      throw new IllegalArgumentException(
          "the paired test's resamples or trials (--paired-bs-n, --paired-ar-n) must be between 1"
              + " and "
              + MAX_SAMPLES
              + ", got "
              + samples);
    }
    this.test = test;
    this.samples = samples;
    this.seed = seed;
  }

  /**
   * Compares every system with the first. {@code statisticsPerSystem.get(s)} holds system {@code
   * s}'s per-segment statistics for {@code metric}, all over the same segments.
   */
  public List<Result> compare(
      Metric metric, int numRefs, List<List<double[]>> statisticsPerSystem) {
    if (statisticsPerSystem.size() < 2) {
      throw new IllegalArgumentException("a paired test needs a baseline and at least one system");
    }
    int segments = statisticsPerSystem.get(0).size();
    SacrebleuSignature signature =
        metric.signature(numRefs).withPairedTest(test.key(), samples, Long.toString(seed));
    List<double[]> baseline = statisticsPerSystem.get(0);
    double baselineScore = metric.score(Metric.sum(baseline), numRefs).score();
    List<Result> out = new ArrayList<>();
    if (test == Test.BOOTSTRAP) {
      int[] idx = new NumpyRandom(seed).choice(segments, samples * segments);
      double[] baselineScores = bootstrapScores(metric, numRefs, baseline, idx, segments);
      double[] baselineCi = estimateCi(baselineScores);
      out.add(
          new Result(metric.name(), baselineScore, baselineCi[0], baselineCi[1], null, signature));
      for (int s = 1; s < statisticsPerSystem.size(); s++) {
        List<double[]> system = statisticsPerSystem.get(s);
        double score = metric.score(Metric.sum(system), numRefs).score();
        double diff = Math.abs(baselineScore - score);
        double[] systemScores = bootstrapScores(metric, numRefs, system, idx, segments);
        double[] ci = estimateCi(systemScores);
        double[] sampleDiffs = new double[samples];
        for (int k = 0; k < samples; k++) {
          sampleDiffs[k] = Math.abs(systemScores[k] - baselineScores[k]);
        }
        double mean = pairwiseSum(sampleDiffs, 0, samples) / samples;
        int c = 0;
        for (double d : sampleDiffs) {
          if (d - mean > diff) {
            c++;
          }
        }
        out.add(
            new Result(metric.name(), score, ci[0], ci[1], (c + 1.0) / (samples + 1.0), signature));
      }
      return out;
    }
    boolean[] take = new NumpyRandom(seed).booleans(samples * segments);
    out.add(new Result(metric.name(), baselineScore, null, null, null, signature));
    for (int s = 1; s < statisticsPerSystem.size(); s++) {
      List<double[]> system = statisticsPerSystem.get(s);
      double score = metric.score(Metric.sum(system), numRefs).score();
      double diff = Math.abs(baselineScore - score);
      int width = baseline.get(0).length;
      int c = 0;
      for (int k = 0; k < samples; k++) {
        // pos_sel @ baseline + neg_sel @ system, and the reverse
        double[] a = new double[width];
        double[] b = new double[width];
        for (int i = 0; i < segments; i++) {
          boolean t = take[k * segments + i];
          double[] fromA = t ? baseline.get(i) : system.get(i);
          double[] fromB = t ? system.get(i) : baseline.get(i);
          for (int j = 0; j < width; j++) {
            a[j] += fromA[j];
            b[j] += fromB[j];
          }
        }
        double scoreA = metric.score(a, numRefs).score();
        double scoreB = metric.score(b, numRefs).score();
        if (Math.abs(scoreA - scoreB) > diff) {
          c++;
        }
      }
      out.add(new Result(metric.name(), score, null, null, (c + 1.0) / (samples + 1.0), signature));
    }
    return out;
  }

  /**
   * sacreBLEU's {@code --confidence} for one system ({@code Metric.corpus_score(n_bootstrap=n)}):
   * the same resamples as the paired bootstrap ({@code default_rng(seed).choice}), scored from
   * float32 statistics, then the mean of {@code statistics.mean} (exact, correctly rounded, not
   * numpy's) and half the range between the 1/40 order statistics.
   *
   * @return {mean, ci}
   */
  public double[] confidence(Metric metric, int numRefs, List<double[]> statistics) {
    if (test != Test.BOOTSTRAP) {
      throw new IllegalStateException("a confidence interval comes from bootstrap resampling");
    }
    int segments = statistics.size();
    int[] idx = new NumpyRandom(seed).choice(segments, samples * segments);
    double[] scores = bootstrapScores(metric, numRefs, statistics, idx, segments);
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    int lower = n / 40;
    int upper = n - lower - 1;
    double ci = 0.5 * (sorted[upper] - sorted[lower]);
    return new double[] {exactMean(scores), ci};
  }

  /** Python's {@code statistics.mean} of floats: the exact sum divided by n, rounded once. */
  static double exactMean(double[] values) {
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    for (double v : values) {
      sum = sum.add(new java.math.BigDecimal(v));
    }
    return sum.divide(java.math.BigDecimal.valueOf(values.length), new java.math.MathContext(60))
        .doubleValue();
  }

  /**
   * Scores of the resampled corpora; sacreBLEU sums resampled statistics as float32 rows, in
   * resample order.
   */
  private double[] bootstrapScores(
      Metric metric, int numRefs, List<double[]> stats, int[] idx, int segments) {
    int width = stats.get(0).length;
    float[][] f32 = new float[stats.size()][width];
    for (int i = 0; i < stats.size(); i++) {
      for (int j = 0; j < width; j++) {
        f32[i][j] = (float) stats.get(i)[j];
      }
    }
    double[] scores = new double[samples];
    float[] sum = new float[width];
    double[] asDouble = new double[width];
    for (int k = 0; k < samples; k++) {
      Arrays.fill(sum, 0f);
      for (int i = 0; i < segments; i++) {
        float[] row = f32[idx[k * segments + i]];
        for (int j = 0; j < width; j++) {
          sum[j] += row[j];
        }
      }
      for (int j = 0; j < width; j++) {
        asDouble[j] = sum[j];
      }
      scores[k] = float32Score(metric, numRefs, asDouble);
    }
    return scores;
  }

  /**
   * The score sacreBLEU computes from a float32 statistics vector under numpy 1.24's promotion
   * rules: mixed float32/Python-number arithmetic is float64, but float32/float32 divisions (chrF
   * precision and recall, the TER ratio) stay float32.
   */
  private static double float32Score(Metric metric, int numRefs, double[] stats) {
    if (metric instanceof ChrF chrF) {
      return chrF.fScore(stats, true);
    }
    if (metric instanceof Ter) {
      double edits = stats[0];
      double length = stats[1];
      if (length > 0) {
        return 100 * (double) ((float) edits / (float) length);
      }
      return edits > 0 ? 100 * 1.0 : 0.0;
    }
    return metric.score(stats, numRefs).score();
  }

  /**
   * sacreBLEU's {@code estimate_ci}: the mean, and half the distance between the 1/40 and 39/40
   * order statistics.
   */
  static double[] estimateCi(double[] scores) {
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    int lower = n / 40;
    int upper = n - lower - 1;
    double ci = 0.5 * (sorted[upper] - sorted[lower]);
    return new double[] {pairwiseSum(sorted, 0, n) / n, ci};
  }

  /**
   * numpy's pairwise summation ({@code pairwise_sum} in loops_utils), which {@code ndarray.mean}
   * uses.
   */
  static double pairwiseSum(double[] a, int from, int n) {
    if (n < 8) {
      double res = 0.0;
      for (int i = 0; i < n; i++) {
        res += a[from + i];
      }
      return res;
    }
    if (n <= 128) {
      double[] r = new double[8];
      for (int j = 0; j < 8; j++) {
        r[j] = a[from + j];
      }
      int i;
      for (i = 8; i < n - (n % 8); i += 8) {
        for (int j = 0; j < 8; j++) {
          r[j] += a[from + i + j];
        }
      }
      double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
      for (; i < n; i++) {
        res += a[from + i];
      }
      return res;
    }
    int n2 = n / 2;
    n2 -= n2 % 8;
    return pairwiseSum(a, from, n2) + pairwiseSum(a, from + n2, n - n2);
  }
}
