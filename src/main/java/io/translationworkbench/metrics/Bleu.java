package io.translationworkbench.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BLEU (Papineni, Roukos, Ward and Zhu, 2002, "BLEU: a Method for Automatic Evaluation of Machine
 * Translation", ACL) exactly as sacreBLEU 2.6.0 computes it (Post, 2018, "A Call for Clarity in
 * Reporting BLEU Scores", WMT), smoothing after Chen and Cherry (2014).
 *
 * <p>Statistics per segment: {@code [hyp_len, ref_len, correct_1..N, total_1..N]}. With several
 * references the n-gram counts are the per-n-gram maximum and {@code ref_len} is the closest length
 * (the shorter on ties).
 */
public final class Bleu implements Metric {
  private final BleuConfig config;
  private final Tokenizer tokenizer;

  /** A BLEU metric with the given settings. */
  public Bleu(BleuConfig config) {
    this.config = config;
    this.tokenizer = config.tokenizer().create();
  }

  /** The settings. */
  public BleuConfig config() {
    return config;
  }

  @Override
  public String name() {
    return MetricNames.BLEU;
  }

  /**
   * lower() if asked, then rstrip(), then the tokenizer ({@code metrics/bleu.py} {@code
   * _preprocess_segment}).
   */
  List<String> tokens(String segment) {
    if (config.lowercase()) {
      segment = PythonText.lower(segment);
    }
    return tokenizer.tokens(PythonText.rstrip(segment));
  }

  @Override
  public double[] segmentStatistics(String hypothesis, List<String> references) {
    int order = config.maxNgramOrder();
    Ngrams.WordIds vocabulary = new Ngrams.WordIds();
    int[] hyp = vocabulary.encode(tokens(hypothesis));
    List<int[]> refs = new ArrayList<>(references.size());
    for (String r : references) {
      refs.add(vocabulary.encode(tokens(r)));
    }
    Ngrams.Encoder encoder = new Ngrams.Encoder(vocabulary.size(), order);

    double[] stats = new double[2 + 2 * order];
    stats[0] = hyp.length;
    stats[1] = closestReferenceLength(hyp.length, refs);
    for (int n = 1; n <= order; n++) {
      long[] hypKeys = encoder.keys(hyp, n);
      List<long[]> refKeys = new ArrayList<>(refs.size());
      for (int[] r : refs) {
        refKeys.add(encoder.keys(r, n));
      }
      stats[2 + (n - 1)] = Ngrams.Counts.max(refKeys).clipAgainst(hypKeys);
      stats[2 + order + (n - 1)] = hypKeys.length;
    }
    return stats;
  }

  private static int closestReferenceLength(int hypLength, List<int[]> refs) {
    int closestDiff = -1;
    int closestLen = -1;
    for (int[] r : refs) {
      int diff = Math.abs(hypLength - r.length);
      if (closestDiff == -1 || diff < closestDiff) {
        closestDiff = diff;
        closestLen = r.length;
      } else if (diff == closestDiff && r.length < closestLen) {
        closestLen = r.length;
      }
    }
    return closestLen;
  }

  @Override
  public Score score(double[] stats, int numRefs) {
    int order = config.maxNgramOrder();
    if (stats.length != 2 + 2 * order) {
      throw new IllegalArgumentException(
          "expected " + (2 + 2 * order) + " BLEU statistics, got " + stats.length);
    }
    double[] correct = new double[order];
    double[] total = new double[order];
    System.arraycopy(stats, 2, correct, 0, order);
    System.arraycopy(stats, 2 + order, total, 0, order);
    Result r =
        compute(
            correct,
            total,
            stats[0],
            stats[1],
            config.smoothMethod(),
            config.effectiveSmoothValue(),
            config.effectiveOrder(),
            order);
    return r.toScore(signature(numRefs));
  }

  @Override
  public SacrebleuSignature signature(int numRefs) {
    return SacrebleuSignature.of(
        numRefs,
        config.lowercase(),
        SacrebleuSignature.field("eff", "e", config.effectiveOrder() ? "yes" : "no"),
        SacrebleuSignature.field("tok", "tok", tokenizer.signature()),
        SacrebleuSignature.field("smooth", "s", config.smoothSignature()));
  }

  /** The outcome of {@link #compute}: the score and the numbers sacreBLEU prints beside it. */
  record Result(
      double score,
      double[] counts,
      double[] totals,
      double[] precisions,
      double bp,
      double sysLen,
      double refLen) {

    Score toScore(SacrebleuSignature signature) {
      StringBuilder verbose = new StringBuilder();
      for (int i = 0; i < precisions.length; i++) {
        if (i > 0) {
          verbose.append('/');
        }
        verbose.append(PyFormat.fixed(precisions[i], 1));
      }
      double ratio = refLen != 0 ? sysLen / refLen : 0;
      verbose
          .append(" (BP = ")
          .append(PyFormat.fixed(bp, 3))
          .append(" ratio = ")
          .append(PyFormat.fixed(ratio, 3))
          .append(" hyp_len = ")
          .append(integral(sysLen))
          .append(" ref_len = ")
          .append(integral(refLen))
          .append(')');
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("counts", numbers(counts));
      details.put("totals", numbers(totals));
      details.put("precisions", Arrays.stream(precisions).boxed().toList());
      details.put("bp", bp);
      details.put("ratio", ratio);
      details.put("sys_len", (long) sysLen);
      details.put("ref_len", (long) refLen);
      return new Score(MetricNames.BLEU, score, signature, verbose.toString(), details);
    }

    private static String integral(double v) {
      return Long.toString((long) v);
    }

    /** Counts as integers, unless add-k smoothing made them fractional. */
    private static List<Number> numbers(double[] values) {
      List<Number> out = new ArrayList<>(values.length);
      for (double v : values) {
        out.add(
            v == Math.rint(v) && Math.abs(v) < 1e15 ? (Number) Long.valueOf((long) v) : (Number) v);
      }
      return List.copyOf(out);
    }
  }

  /**
   * sacreBLEU's {@code BLEU.compute_bleu} ({@code metrics/bleu.py}), operation for operation so
   * that the doubles come out bit-identical: brevity penalty, early stop without unigram matches,
   * the smoothing loop, then {@code bp * exp(sum(log p_n) / eff_order)} with {@code log(0) =
   * -9999999999}.
   */
  static Result compute(
      double[] correctIn,
      double[] totalIn,
      double sysLen,
      double refLen,
      BleuConfig.Smoothing smooth,
      double smoothValue,
      boolean effectiveOrder,
      int maxOrder) {
    double[] correct = correctIn.clone();
    double[] total = totalIn.clone();
    double bp;
    if (sysLen < refLen) {
      bp = sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0.0;
    } else {
      bp = 1.0;
    }
    double[] precisions = new double[maxOrder];
    boolean anyCorrect = false;
    for (double c : correct) {
      anyCorrect |= c != 0;
    }
    if (!anyCorrect) {
      return new Result(0.0, correct, total, precisions, bp, sysLen, refLen);
    }
    double smoothMteval = 1.0;
    int effOrder = maxOrder;
    for (int n = 1; n <= maxOrder; n++) {
      if (smooth == BleuConfig.Smoothing.ADD_K && n > 1) {
        correct[n - 1] += smoothValue;
        total[n - 1] += smoothValue;
      }
      if (total[n - 1] == 0) {
        break;
      }
      if (effectiveOrder) {
        effOrder = n;
      }
      if (correct[n - 1] == 0) {
        if (smooth == BleuConfig.Smoothing.EXP) {
          smoothMteval *= 2;
          precisions[n - 1] = 100.0 / (smoothMteval * total[n - 1]);
        } else if (smooth == BleuConfig.Smoothing.FLOOR) {
          precisions[n - 1] = 100.0 * smoothValue / total[n - 1];
        }
      } else {
        precisions[n - 1] = 100.0 * correct[n - 1] / total[n - 1];
      }
    }
    double logSum = 0.0;
    for (int i = 0; i < effOrder; i++) {
      logSum += myLog(precisions[i]);
    }
    double score = bp * Math.exp(logSum / effOrder);
    return new Result(score, correct, total, precisions, bp, sysLen, refLen);
  }

  private static double myLog(double x) {
    return x == 0.0 ? -9999999999.0 : Math.log(x);
  }
}
