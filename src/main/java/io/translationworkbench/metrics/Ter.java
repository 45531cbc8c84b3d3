package io.translationworkbench.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translation Edit Rate (Snover, Dorr, Schwartz, Micciulla and Makhoul, 2006, "A Study of
 * Translation Edit Rate with Targeted Human Annotation", AMTA) exactly as sacreBLEU 2.6.0 computes
 * it (Post, 2018), a port of its tercom re-implementation.
 *
 * <p>Statistics per segment: {@code [min edits over references, mean reference length over all
 * references]}; corpus TER is {@code 100 * sum(edits) / sum(mean lengths)}, 100 when references are
 * empty but edits are not.
 */
public final class Ter implements Metric {
  /**
   * Longest segment TER accepts, in words after its tokenizer, hypothesis or reference: the edit
   * distance keeps a hypothesis × reference matrix (9 bytes a cell), so memory and time grow with
   * the square of the length (5,000 words: about 0.35 GB and 4 s; 10,000: about 1 GB and 11 s;
   * 100,000 ran out of memory). sacreBLEU bounds only the shift search (beam 25, shift size 10,
   * distance 50, 1,000 candidates), as {@link TranslationEditRate} does.
   */
  public static final int MAX_WORDS = 5_000;

  private final TerConfig config;
  private final TercomTokenizer tokenizer;

  /** A TER metric with the given settings. */
  public Ter(TerConfig config) {
    this.config = config;
    this.tokenizer =
        new TercomTokenizer(
            config.normalized(), config.noPunct(), config.asianSupport(), config.caseSensitive());
  }

  /** The settings. */
  public TerConfig config() {
    return config;
  }

  @Override
  public String name() {
    return MetricNames.TER;
  }

  /** How many words TER sees in {@code segment} (its tokenizer, then Python split()). */
  public int wordCount(String segment) {
    return words(segment).size();
  }

  /** rstrip(), then the tercom tokenizer, then Python split(). */
  List<String> words(String segment) {
    return PythonText.split(tokenizer.tokenize(PythonText.rstrip(segment)));
  }

  /**
   * The tokenizer output for one segment, as sacreBLEU's {@code TercomTokenizer.__call__} gives it.
   */
  String tokenize(String segment) {
    return tokenizer.tokenize(segment);
  }

  @Override
  public double[] segmentStatistics(String hypothesis, List<String> references) {
    Ngrams.WordIds vocabulary = new Ngrams.WordIds();
    int[] hyp = vocabulary.encode(words(hypothesis));
    int bestEdits = Integer.MAX_VALUE;
    long refLengths = 0;
    for (String r : references) {
      int[] ref = vocabulary.encode(words(r));
      int edits = TranslationEditRate.edits(hyp, ref);
      refLengths += ref.length;
      if (edits < bestEdits) {
        bestEdits = edits;
      }
    }
    return new double[] {bestEdits, (double) refLengths / references.size()};
  }

  @Override
  public Score score(double[] stats, int numRefs) {
    if (stats.length != 2) {
      throw new IllegalArgumentException("expected 2 TER statistics, got " + stats.length);
    }
    double totalEdits = stats[0];
    double sumRefLengths = stats[1];
    double score;
    if (sumRefLengths > 0) {
      score = totalEdits / sumRefLengths;
    } else if (totalEdits > 0) {
      score = 1.0;
    } else {
      score = 0.0;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("num_edits", (long) totalEdits);
    details.put("ref_length", sumRefLengths);
    return new Score(MetricNames.TER, 100 * score, signature(numRefs), "", details);
  }

  @Override
  public SacrebleuSignature signature(int numRefs) {
    return SacrebleuSignature.of(
        numRefs,
        !config.caseSensitive(),
        SacrebleuSignature.field("tok", "t", tokenizer.signature()),
        SacrebleuSignature.field("norm", "nr", config.normalized() ? "yes" : "no"),
        SacrebleuSignature.field("punct", "pn", config.noPunct() ? "no" : "yes"),
        SacrebleuSignature.field("asian", "as", config.asianSupport() ? "yes" : "no"));
  }
}
