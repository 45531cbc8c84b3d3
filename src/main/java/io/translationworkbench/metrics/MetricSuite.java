package io.translationworkbench.metrics;

import java.util.List;

/**
 * The façade the report and the sentence aligner call: sacreBLEU's four standard scores for one
 * hypothesis text against one reference text, each with its signature, always in the order BLEU,
 * chrF2, chrF2++, TER (TER left out beyond {@link #MAX_TER_CELLS}).
 */
final class MetricSuite {
  private final Bleu corpusBleu;
  private final Bleu sentenceBleu;
  private final ChrF chrF;
  private final ChrF chrFPlusPlus;
  private final Ter ter;

  /** sacreBLEU's defaults for every metric. */
  public MetricSuite() {
    this(BleuConfig.defaults(), ChrFConfig.chrF(), ChrFConfig.chrFPlusPlus(), TerConfig.defaults());
  }

  /** Custom settings; sentence BLEU uses {@code bleu} with effective order switched on. */
  public MetricSuite(BleuConfig bleu, ChrFConfig chrF, ChrFConfig chrFPlusPlus, TerConfig ter) {
    this.corpusBleu = new Bleu(bleu);
    this.sentenceBleu = new Bleu(bleu.withEffectiveOrder(true));
    this.chrF = new ChrF(chrF);
    this.chrFPlusPlus = new ChrF(chrFPlusPlus);
    this.ter = new Ter(ter);
  }

  /**
   * Document-level scores: each text is one segment, scored as sacreBLEU's {@code
   * corpus_score([hyp], [[ref]])} (BLEU without effective order, as for a corpus).
   */
  public List<Score> documentScores(String hypothesis, String reference) {
    return scores(corpusBleu, hypothesis, reference);
  }

  /**
   * {@link #documentScores}, each with the sufficient statistics it was computed from (the corpus
   * report sums them over documents).
   */
  List<Measured> documentMeasures(String hypothesis, String reference) {
    List<String> refs = List.of(reference);
    List<Measured> out = new java.util.ArrayList<>(4);
    for (Metric m : List.<Metric>of(corpusBleu, chrF, chrFPlusPlus, ter)) {
      if (m == ter && !terFits(hypothesis, reference)) {
        continue;
      }
      double[] stats = m.segmentStatistics(hypothesis, refs);
      out.add(new Measured(m.score(stats, 1), stats));
    }
    return List.copyOf(out);
  }

  /** A score and the statistics it comes from. */
  record Measured(Score score, double[] statistics) {}

  /**
   * Sentence-level scores, as sacreBLEU's {@code sentence_score}: BLEU with effective order, chrF,
   * chrF++, TER.
   */
  public List<Score> sentenceScores(String hypothesis, String reference) {
    return scores(sentenceBleu, hypothesis, reference);
  }

  /**
   * Most hypothesis × reference words TER is computed on here ({@link Ter#MAX_WORDS} squared, what
   * {@code score} accepts): its edit distance keeps a words × words matrix, so beyond this TER is
   * left out rather than run out of memory.
   */
  static final long MAX_TER_CELLS = (long) Ter.MAX_WORDS * Ter.MAX_WORDS;

  /** Whether TER is computed for this hypothesis and reference (see {@link #MAX_TER_CELLS}). */
  boolean terFits(String hypothesis, String reference) {
    return terCells(hypothesis, reference) <= MAX_TER_CELLS;
  }

  /** Hypothesis words × reference words, as TER counts them. */
  long terCells(String hypothesis, String reference) {
    return (long) ter.wordCount(hypothesis) * ter.wordCount(reference);
  }

  private List<Score> scores(Bleu bleu, String hypothesis, String reference) {
    List<String> refs = List.of(reference);
    List<Score> out = new java.util.ArrayList<>(4);
    out.add(bleu.sentenceScore(hypothesis, refs));
    out.add(chrF.sentenceScore(hypothesis, refs));
    out.add(chrFPlusPlus.sentenceScore(hypothesis, refs));
    if (terFits(hypothesis, reference)) {
      out.add(ter.sentenceScore(hypothesis, refs));
    }
    return List.copyOf(out);
  }
}
