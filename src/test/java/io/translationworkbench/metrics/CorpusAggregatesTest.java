package io.translationworkbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.LineIndex;
import io.translationworkbench.Side;
import io.translationworkbench.config.TypographyProfile;
import io.translationworkbench.segment.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Per-system corpus scores, bootstrap intervals and the paired test of the corpus report against
 * sacreBLEU 2.6.0 itself, run on the same documents written one per line (each document's body
 * sentences joined by one space, as {@link PairMetrics#document} joins them):
 *
 * <pre>
 * PYTHONPATH=/tmp/sacrebleu-2.6.0 /usr/bin/python3 -m sacrebleu ref.txt -i a.txt -m bleu chrf ter -w 6 --confidence
 * PYTHONPATH=/tmp/sacrebleu-2.6.0 /usr/bin/python3 -m sacrebleu ref.txt -i b.txt -m bleu chrf ter -w 6 --confidence
 * PYTHONPATH=/tmp/sacrebleu-2.6.0 /usr/bin/python3 -m sacrebleu ref.txt -i a.txt b.txt -m bleu chrf ter --paired-bs -f json
 * </pre>
 *
 * (ref.txt, a.txt, b.txt: {@link #REF}, {@link #A}, {@link #B}, one line each, LF-terminated.)
 */
class CorpusAggregatesTest {
  static final List<List<String>> REF =
      List.of(
          List.of(
              "Le maire a annoncé la fermeture de l'usine.",
              "Les ouvriers ont manifesté devant la mairie."),
          List.of("La pluie est tombée toute la nuit sur la ville."),
          List.of(
              "Le gouvernement a présenté son budget mardi.",
              "Les syndicats dénoncent des coupes.",
              "Une grève est prévue le 12 mars."),
          List.of("Le club a remporté le match 3 à 1.", "L'entraîneur s'est dit satisfait."),
          List.of("Les prix de l'énergie ont augmenté de 8 % en un an."));
  static final List<List<String>> A =
      List.of(
          List.of(
              "Le maire a annoncé la fermeture de l'usine.",
              "Des ouvriers ont manifesté devant la mairie."),
          List.of("Il a plu toute la nuit sur la ville."),
          List.of(
              "Le gouvernement a présenté mardi son budget.",
              "Les syndicats dénoncent des réductions.",
              "Une grève est prévue le 12 mars."),
          List.of("Le club a gagné le match 3-1.", "L'entraîneur s'est déclaré satisfait."),
          List.of("Les prix de l'énergie ont augmenté de 8 % sur un an."));
  static final List<List<String>> B =
      List.of(
          List.of(
              "Le maire a dit que l'usine fermera.",
              "Les travailleurs ont protesté devant l'hôtel de ville."),
          List.of("La pluie est tombée toute la nuit sur la ville."),
          List.of(
              "Mardi, le gouvernement a dévoilé le budget.",
              "Les syndicats critiquent les coupes.",
              "Une grève aura lieu le 12 mars."),
          List.of("L'équipe a gagné 3 buts à 1.", "Le coach était content."),
          List.of("Le prix de l'énergie a augmenté de 8 pour cent en une année."));

  private static final double EXACT = 1e-9;

  /** Each system's documents as the pipeline scores them, in a shuffled order. */
  private static List<CorpusAggregates.Document> documents() {
    List<CorpusAggregates.Document> docs = new ArrayList<>();
    PairMetrics pm = new PairMetrics();
    for (int i = 0; i < REF.size(); i++) {
      List<Sentence> ref = sentences(Side.HUMAN, REF.get(i));
      docs.add(
          CorpusAggregates.Document.of(
              "A",
              "a--doc" + (i + 1),
              "doc" + (i + 1),
              pm.document(
                  sentences(Side.MACHINE, A.get(i)),
                  ref,
                  TypographyProfile.DEFAULT,
                  new ArrayList<>())));
      docs.add(
          CorpusAggregates.Document.of(
              "B",
              "b--doc" + (i + 1),
              "doc" + (i + 1),
              pm.document(
                  sentences(Side.MACHINE, B.get(i)),
                  ref,
                  TypographyProfile.DEFAULT,
                  new ArrayList<>())));
    }
    Collections.reverse(docs);
    return docs;
  }

  private static List<Sentence> sentences(Side side, List<String> texts) {
    String joined = String.join(" ", texts);
    LineIndex index = new LineIndex(joined);
    List<Sentence> out = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      out.add(new Sentence("s" + i, side, i, 0, index.span(at, at + t.length()), t));
      at += t.length() + 1;
    }
    return out;
  }

  private static void assertInterval(
      CorpusAggregates.Interval i, String metric, double score, double mean, double ci) {
    assertEquals(metric, i.metric());
    assertEquals(score, i.score(), EXACT, metric + " score");
    assertEquals(mean, i.mean(), EXACT, metric + " bootstrap mean");
    assertEquals(ci, i.ci(), EXACT, metric + " interval");
    assertEquals(0, i.missing());
  }

  @Test
  void systemScoresAndIntervalsAreSacrebleusCorpusScoresOfTheDocumentsAsSegments() {
    CorpusAggregates.Result r = CorpusAggregates.of(documents());
    assertEquals(List.of("A", "B"), r.systems().stream().map(s -> s.system()).toList());
    List<CorpusAggregates.Interval> a = r.systems().get(0).scores();
    // sacreBLEU --confidence on a.txt:
    // BLEU = 65.688498 (μ = 65.318520 ± 14.572531), chrF2 = 81.437496 (μ = 80.968233 ± 10.186979),
    // TER = 21.739130 (μ = 22.025413 ± 11.443625); full precision from -f json
    assertInterval(a.get(0), "BLEU", 65.68849767354158, 65.31851984420643, 14.572530618421691);
    assertInterval(a.get(1), "chrF2", 81.4374962185872, 80.96823335288624, 10.186979103561264);
    assertInterval(a.get(2), "TER", 21.73913043478261, 22.025413341075183, 11.443625390529633);
    List<CorpusAggregates.Interval> b = r.systems().get(1).scores();
    // BLEU = 31.881108 (μ = 31.285505 ± 25.650866), chrF2 = 51.702402 (μ = 52.281732 ± 19.911888),
    // TER = 49.275362 (μ = 48.719094 ± 19.117647)
    assertInterval(b.get(0), "BLEU", 31.88110781220487, 31.28550477490293, 25.650865955919187);
    assertInterval(b.get(1), "chrF2", 51.70240228617074, 52.281731984540954, 19.91188843290681);
    assertInterval(b.get(2), "TER", 49.275362318840585, 48.71909431517124, 19.117647409439087);
    assertTrue(a.get(0).signature().startsWith("nrefs:1|bs:1000|seed:12345|case:mixed|eff:no"));
  }

  @Test
  void pairedTestIsSacrebleusPairedBootstrapOverTheSharedDocuments() {
    CorpusAggregates.Result r = CorpusAggregates.of(documents());
    assertEquals(1, r.comparisons().size());
    CorpusAggregates.Comparison c = r.comparisons().get(0);
    assertEquals("A", c.baseline());
    assertEquals("B", c.system());
    assertEquals(5, c.sharedDocuments());
    // sacreBLEU --paired-bs -f json, a.txt the baseline: p_value 0.006993006993006993 (BLEU),
    // 0.000999000999000999 (chrF2, TER)
    double[] p = {0.006993006993006993, 0.000999000999000999, 0.000999000999000999};
    double[] base = {65.68849767354158, 81.4374962185872, 21.73913043478261};
    double[] sys = {31.88110781220487, 51.70240228617074, 49.275362318840585};
    for (int m = 0; m < 3; m++) {
      CorpusAggregates.PairedScore s = c.scores().get(m);
      assertEquals(CorpusAggregates.METRICS.get(m), s.metric());
      assertEquals(p[m], s.pValue(), EXACT, s.metric());
      assertEquals(base[m], s.baselineScore(), EXACT, s.metric());
      assertEquals(sys[m], s.systemScore(), EXACT, s.metric());
    }
  }

  @Test
  void aCorpusScoreIsNotTheAverageOfDocumentScores() {
    // the corpus BLEU of A from summed statistics, as above, differs from the mean document BLEU
    PairMetrics pm = new PairMetrics();
    double sum = 0;
    for (int i = 0; i < REF.size(); i++) {
      DocumentMetrics d =
          pm.document(
              sentences(Side.MACHINE, A.get(i)),
              sentences(Side.HUMAN, REF.get(i)),
              TypographyProfile.DEFAULT,
              new ArrayList<>());
      sum += d.scores().get(0).score();
    }
    assertTrue(Math.abs(sum / REF.size() - 65.68849767354158) > 1);
  }

  @Test
  void aMetricMissingFromADocumentLeavesTheSystemsScoreOut() {
    List<CorpusAggregates.Document> docs = new ArrayList<>(documents());
    CorpusAggregates.Document d = docs.remove(0);
    java.util.Map<String, double[]> stats = new java.util.HashMap<>(d.statistics());
    stats.remove(MetricNames.TER);
    docs.add(new CorpusAggregates.Document(d.system(), d.pairId(), d.documentKey(), stats));
    CorpusAggregates.Result r = CorpusAggregates.of(docs);
    CorpusAggregates.Interval ter = r.systems().get(1).scores().get(2);
    assertNull(ter.score());
    assertEquals(1, ter.missing());
    assertNull(r.comparisons().get(0).scores().get(2).pValue());
  }
}
