package io.translationworkbench.metrics;

import java.util.List;

/**
 * The façade the report and the sentence aligner call: sacreBLEU's four standard scores for one
 * hypothesis text against one reference text, each with its signature, always in the order BLEU,
 * chrF2, chrF2++, TER.
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
   * Sentence-level scores, as sacreBLEU's {@code sentence_score}: BLEU with effective order, chrF,
   * chrF++, TER.
   */
  public List<Score> sentenceScores(String hypothesis, String reference) {
    return scores(sentenceBleu, hypothesis, reference);
  }

  private List<Score> scores(Bleu bleu, String hypothesis, String reference) {
    List<String> refs = List.of(reference);
    return List.of(
        bleu.sentenceScore(hypothesis, refs),
        chrF.sentenceScore(hypothesis, refs),
        chrFPlusPlus.sentenceScore(hypothesis, refs),
        ter.sentenceScore(hypothesis, refs));
  }
}
