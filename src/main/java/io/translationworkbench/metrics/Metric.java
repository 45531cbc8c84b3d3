package io.translationworkbench.metrics;

import java.util.List;

/**
 * A sacreBLEU metric: per-segment sufficient statistics, summed over a corpus, then turned into one
 * score. A corpus score is never an average of sentence scores.
 */
public interface Metric {
  /** sacreBLEU's name for the score: {@code BLEU}, {@code chrF2}, {@code chrF2++}, {@code TER}. */
  String name();

  /**
   * The sufficient statistics of one hypothesis against its references (at least one; no nulls).
   * The caller has already applied whatever {@code rstrip} the sacreBLEU entry point applies (the
   * CLI strips every line).
   */
  double[] segmentStatistics(String hypothesis, List<String> references);

  /**
   * The score for statistics summed over segments; {@code numRefs} is for the signature ({@code
   * -1}: variable).
   */
  Score score(double[] summedStatistics, int numRefs);

  /** The signature for {@code numRefs} references per segment ({@code -1}: variable). */
  SacrebleuSignature signature(int numRefs);

  /**
   * sacreBLEU's {@code corpus_score}: {@code referenceStreams.get(k).get(i)} is reference {@code k}
   * of segment {@code i}; null entries are dropped (a variable number of references), empty strings
   * are real empty references.
   */
  default Score corpusScore(List<String> hypotheses, List<List<String>> referenceStreams) {
    List<List<String>> perSegment =
        CorpusStatistics.referencesPerSegment(hypotheses.size(), referenceStreams);
    return score(
        CorpusStatistics.sum(segmentStatistics(hypotheses, perSegment)),
        CorpusStatistics.numRefs(perSegment));
  }

  /**
   * Statistics for every segment ({@code referencesPerSegment.get(i)} are the references of segment
   * {@code i}), computed in parallel on large inputs; the list keeps segment order.
   */
  default List<double[]> segmentStatistics(
      List<String> hypotheses, List<List<String>> referencesPerSegment) {
    return CorpusStatistics.perSegment(this, hypotheses, referencesPerSegment);
  }

  /** Sums per-segment statistics in segment order, as sacreBLEU's {@code sum_of_lists} does. */
  static double[] sum(List<double[]> statistics) {
    return CorpusStatistics.sum(statistics);
  }

  /** sacreBLEU's {@code sentence_score}: a one-segment corpus. */
  default Score sentenceScore(String hypothesis, List<String> references) {
    return corpusScore(List.of(hypothesis), references.stream().map(List::of).toList());
  }
}
