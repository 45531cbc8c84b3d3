package io.translationworkbench.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * chrF (Popović, 2015, "chrF: character n-gram F-score for automatic MT evaluation", WMT) and
 * chrF++ (Popović, 2017, "chrF++: words helping character n-grams", WMT) exactly as sacreBLEU 2.6.0
 * computes them (Post, 2018).
 *
 * <p>Statistics per segment: {@code [hyp, ref, match]} per character order, then per word order.
 * Two sacreBLEU details matter: whitespace is removed before character n-grams are taken (so they
 * span word boundaries), and an order for which the reference has no n-grams reports a hypothesis
 * count of 0. With several references the one with the strictly highest F-score (the first on ties)
 * supplies the statistics.
 */
public final class ChrF implements Metric {
  // Python's string.punctuation: chrF++ splits one of these off the end (else the start) of a word
  private static final String PUNCTS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private final ChrFConfig config;

  /** A chrF metric with the given settings. */
  public ChrF(ChrFConfig config) {
    this.config = config;
  }

  /** The settings. */
  public ChrFConfig config() {
    return config;
  }

  @Override
  public String name() {
    return "chrF" + config.beta() + "+".repeat(config.wordOrder());
  }

  @Override
  public double[] segmentStatistics(String hypothesis, List<String> references) {
    List<String> texts = new ArrayList<>(references.size() + 1);
    texts.add(hypothesis);
    texts.addAll(references);
    int[][] charSeqs = new int[texts.size()][];
    List<List<String>> wordSeqs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String t = config.lowercase() ? PythonText.lower(texts.get(i)) : texts.get(i);
      charSeqs[i] = PythonText.codePoints(config.whitespace() ? t : PythonText.removeWhitespace(t));
      if (config.wordOrder() > 0) {
        wordSeqs.add(splitPunctuation(t));
      }
    }
    int[][] charIds = Ngrams.encodeCodePoints(charSeqs);
    Ngrams.Encoder charEncoder =
        new Ngrams.Encoder(charIds[texts.size()][0], Math.max(1, config.charOrder()));
    Ngrams.WordIds vocabulary = new Ngrams.WordIds();
    List<int[]> wordIds = new ArrayList<>();
    for (List<String> w : wordSeqs) {
      wordIds.add(vocabulary.encode(w));
    }
    Ngrams.Encoder wordEncoder =
        new Ngrams.Encoder(vocabulary.size(), Math.max(1, config.wordOrder()));

    int orders = config.charOrder() + config.wordOrder();
    long[][] hypKeys = new long[orders][];
    for (int n = 1; n <= config.charOrder(); n++) {
      hypKeys[n - 1] = charEncoder.keys(charIds[0], n);
    }
    for (int n = 1; n <= config.wordOrder(); n++) {
      hypKeys[config.charOrder() + n - 1] = wordEncoder.keys(wordIds.get(0), n);
    }

    double[] best = null;
    double bestF = -1.0;
    for (int r = 1; r < texts.size(); r++) {
      double[] stats = new double[3 * orders];
      for (int o = 0; o < orders; o++) {
        long[] refKeys =
            o < config.charOrder()
                ? charEncoder.keys(charIds[r], o + 1)
                : wordEncoder.keys(wordIds.get(r), o - config.charOrder() + 1);
        long[] hk = hypKeys[o];
        // sacreBLEU reports no hypothesis n-grams when the reference has none of this order
        // (chrf.py:126)
        stats[3 * o] = refKeys.length > 0 ? hk.length : 0;
        stats[3 * o + 1] = refKeys.length;
        stats[3 * o + 2] = Ngrams.Counts.of(refKeys).clipAgainst(hk);
      }
      double f = fScore(stats);
      if (f > bestF) {
        bestF = f;
        best = stats;
      }
    }
    return best;
  }

  /**
   * chrF++'s primitive tokenisation ({@code _remove_punctuation}): one ASCII punctuation mark split
   * off per word.
   */
  static List<String> splitPunctuation(String sentence) {
    List<String> out = new ArrayList<>();
    for (String w : PythonText.split(sentence)) {
      int cps = w.codePointCount(0, w.length());
      if (cps == 1) {
        out.add(w);
        continue;
      }
      int last = w.codePointBefore(w.length());
      int first = w.codePointAt(0);
      if (isPunct(last)) {
        int cut = w.length() - Character.charCount(last);
        out.add(w.substring(0, cut));
        out.add(w.substring(cut));
      } else if (isPunct(first)) {
        int cut = Character.charCount(first);
        out.add(w.substring(0, cut));
        out.add(w.substring(cut));
      } else {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean isPunct(int cp) {
    return cp < 128 && PUNCTS.indexOf(cp) >= 0;
  }

  /** sacreBLEU's {@code _compute_f_score}, in the same operation order. */
  double fScore(double[] statistics) {
    return fScore(statistics, false);
  }

  /**
   * {@link #fScore}; with {@code float32Ratios} precision and recall are rounded to float32, as
   * they are when sacreBLEU's bootstrap hands numpy float32 statistics to this function.
   */
  double fScore(double[] statistics, boolean float32Ratios) {
    double eps = 1e-16;
    double score = 0.0;
    int effectiveOrder = 0;
    double factor = (double) config.beta() * config.beta();
    double avgPrec = 0.0;
    double avgRec = 0.0;
    int orders = config.charOrder() + config.wordOrder();
    for (int i = 0; i < orders; i++) {
      double nHyp = statistics[3 * i];
      double nRef = statistics[3 * i + 1];
      double nMatch = statistics[3 * i + 2];
      double prec = nHyp > 0 ? ratio(nMatch, nHyp, float32Ratios) : eps;
      double rec = nRef > 0 ? ratio(nMatch, nRef, float32Ratios) : eps;
      double denom = factor * prec + rec;
      score += denom > 0 ? (1 + factor) * prec * rec / denom : eps;
      if (nHyp > 0 && nRef > 0) {
        avgPrec += prec;
        avgRec += rec;
        effectiveOrder++;
      }
    }
    if (config.epsSmoothing()) {
      return 100 * score / orders;
    }
    if (effectiveOrder == 0) {
      avgPrec = 0.0;
      avgRec = 0.0;
    } else {
      avgPrec /= effectiveOrder;
      avgRec /= effectiveOrder;
    }
    if (avgPrec + avgRec != 0) {
      score = (1 + factor) * avgPrec * avgRec;
      score /= (factor * avgPrec) + avgRec;
      return 100 * score;
    }
    return 0.0;
  }

  private static double ratio(double a, double b, boolean float32) {
    return float32 ? (double) ((float) a / (float) b) : a / b;
  }

  @Override
  public Score score(double[] stats, int numRefs) {
    int orders = config.charOrder() + config.wordOrder();
    if (stats.length != 3 * orders) {
      throw new IllegalArgumentException(
          "expected " + 3 * orders + " chrF statistics, got " + stats.length);
    }
    return new Score(name(), fScore(stats), signature(numRefs), "", Map.of());
  }

  @Override
  public SacrebleuSignature signature(int numRefs) {
    return SacrebleuSignature.of(
        numRefs,
        config.lowercase(),
        SacrebleuSignature.field("eff", "e", config.epsSmoothing() ? "no" : "yes"),
        SacrebleuSignature.field("nc", "nc", Integer.toString(config.charOrder())),
        SacrebleuSignature.field("nw", "nw", Integer.toString(config.wordOrder())),
        SacrebleuSignature.field("space", "s", config.whitespace() ? "yes" : "no"));
  }
}
