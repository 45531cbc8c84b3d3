package io.translationworkbench.metrics;

import io.translationworkbench.align.AlignUnit;
import io.translationworkbench.align.AlignedPair;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.align.Alignment;
import io.translationworkbench.align.AlignmentSection;
import io.translationworkbench.align.FactComparison;
import io.translationworkbench.align.SentenceAligner;
import io.translationworkbench.align.WordDiff;
import io.translationworkbench.config.TypographyProfile;
import io.translationworkbench.segment.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The metrics stage of a pair: the document scores of the two texts, and the scores, similarity,
 * word diff and facts of each aligned pair of sentences.
 */
public final class PairMetrics {
  private final MetricSuite metrics = new MetricSuite();

  /** Each aligned pair with its scores, similarity, word diff and compared facts. */
  public AlignmentSection score(
      Alignment al,
      List<Sentence> mSent,
      List<Sentence> hSent,
      String alignerSignature,
      TypographyProfile typo) {
    List<AlignUnit> mUnits = SentenceAligner.units(mSent);
    List<AlignUnit> hUnits = SentenceAligner.units(hSent);
    Map<String, AlignUnit> units = new HashMap<>();
    mUnits.forEach(u -> units.put(u.id(), u));
    hUnits.forEach(u -> units.put(u.id(), u));
    FactComparison facts = FactComparison.forDocuments(mUnits, hUnits);
    List<AlignedPairResult> pairs = new ArrayList<>();
    for (AlignedPair p : al.pairs()) {
      List<AlignUnit> ms = p.machineIds().stream().map(units::get).toList();
      List<AlignUnit> hs = p.humanIds().stream().map(units::get).toList();
      String mText = ms.stream().map(AlignUnit::text).collect(Collectors.joining(" "));
      String hText = hs.stream().map(AlignUnit::text).collect(Collectors.joining(" "));
      Map<String, Double> scores = new LinkedHashMap<>();
      for (Score sc : metrics.sentenceScores(metricText(mText, typo), metricText(hText, typo))) {
        scores.put(sc.name(), sc.score());
      }
      Map<String, Double> similarity = new LinkedHashMap<>();
      for (Similarity sim : TextSimilarity.measure(mText, hText)) {
        similarity.put(sim.name(), sim.value());
      }
      pairs.add(
          new AlignedPairResult(
              p.machineIds(),
              p.humanIds(),
              p.score(),
              p.features(),
              scores,
              similarity,
              WordDiff.render(WordDiff.diff(mText, hText)),
              facts.compare(ms, hs)));
    }
    return new AlignmentSection(
        alignerSignature, pairs, al.unmatchedHuman(), al.unmatchedMachine());
  }

  /**
   * The machine text against the human text, each joined into one segment. A measure whose work
   * grows with the product of the two lengths is left out beyond its limit (TER: {@link
   * MetricSuite#MAX_TER_CELLS} words × words; Levenshtein, Jaro–Winkler, LCS: {@link
   * TextSimilarity#MAX_CHAR_CELLS} characters × characters), with a sentence saying so added to
   * {@code notes}.
   */
  public DocumentMetrics document(
      List<Sentence> mSent, List<Sentence> hSent, TypographyProfile typo, List<String> notes) {
    String hyp = metricText(Sentence.join(mSent, " "), typo);
    String ref = metricText(Sentence.join(hSent, " "), typo);
    if (!metrics.terFits(hyp, ref)) {
      notes.add(
          "metrics: document TER left out: "
              + String.format(java.util.Locale.ROOT, "%,d", metrics.terCells(hyp, ref))
              + " machine words × human words, more than its limit of "
              + String.format(java.util.Locale.ROOT, "%,d", MetricSuite.MAX_TER_CELLS)
              + " (its edit distance keeps a words × words matrix); TER is still given for each"
              + " aligned sentence pair");
    }
    if (!TextSimilarity.charMeasuresFit(hyp, ref)) {
      notes.add(
          "metrics: document Levenshtein, Jaro–Winkler and LCS left out: the texts' lengths multiply"
              + " to more than "
              + String.format(java.util.Locale.ROOT, "%,d", TextSimilarity.MAX_CHAR_CELLS)
              + " characters × characters (their time grows with that product); the word measures"
              + " are given");
    }
    List<DocumentMetrics.MetricValue> scores = new ArrayList<>();
    for (MetricSuite.Measured m : metrics.documentMeasures(hyp, ref)) {
      Score sc = m.score();
      scores.add(
          new DocumentMetrics.MetricValue(
              sc.name(),
              sc.score(),
              sc.signature().format(false),
              java.util.Arrays.stream(m.statistics()).boxed().toList()));
    }
    return new DocumentMetrics(
        "The two texts are comparable articles on one story, not a translation and its reference: different"
            + " sentences, in another order, some facts on one side only. Absolute values are low by nature; compare"
            + " them across translations of the same story, not with MT benchmarks.",
        "body sentences only (foreign paragraphs, duplicate copies and credit lines removed), glued sentences split,"
            + " each text joined into one segment"
            + (typo.apostrophe().equals("any")
                ? "; typographic apostrophes (’) read as ' (typography profile)"
                : ""),
        scores,
        TextSimilarity.measure(hyp, ref));
  }

  /** Text as the metrics see it: the typography profile's accepted variants made equal. */
  static String metricText(String text, TypographyProfile typo) {
    return typo.apostrophe().equals("any") ? text.replace('’', '\'').replace('ʼ', '\'') : text;
  }
}
