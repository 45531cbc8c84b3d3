package io.translationworkbench.report;

import io.translationworkbench.LineIndex;
import io.translationworkbench.PairReport;
import io.translationworkbench.Side;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.align.AlignmentSection;
import io.translationworkbench.config.PairManifest;
import io.translationworkbench.config.TypographyProfile;
import io.translationworkbench.grammar.Densities;
import io.translationworkbench.grammar.SideDensity;
import io.translationworkbench.ingest.InputFile;
import io.translationworkbench.metrics.DocumentMetrics;
import io.translationworkbench.metrics.PairMetrics;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.segment.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A corpus of four pairs from two systems for the corpus report's golden tests: both systems
 * translate the same two documents (same human texts), so that they are compared (a paired test
 * needs two shared documents). Document metrics are the real ones (with their statistics) of the
 * tiny texts; the rest is the minimal report's. One system name and one pair id carry markup,
 * quotes and an ampersand.
 */
final class CorpusFixtures {
  static final String HOSTILE_SYSTEM = "<script>alert(\"x\")</script> & 'co'";
  static final String HOSTILE_ID = "doc2\"&<>";

  static final String DOC1_HUMAN =
      "Le maire a annoncé la fermeture de l'usine. Les ouvriers ont manifesté devant la mairie.";
  static final String DOC2_HUMAN = "La pluie est tombée toute la nuit sur la ville.";

  private CorpusFixtures() {}

  static List<PairReport> corpus() {
    List<PairReport> out = new ArrayList<>();
    out.add(
        pair(
            "alpha--doc1",
            "alpha",
            "Le maire a annoncé la fermeture de l'usine. Des ouvriers ont manifesté devant la mairie.",
            DOC1_HUMAN,
            "11",
            List.of(92.5, 71.25),
            3,
            0.0));
    out.add(
        pair(
            HOSTILE_ID,
            "alpha",
            "Il a plu toute la nuit sur la ville.",
            DOC2_HUMAN,
            "22",
            List.of(48.0),
            1,
            1.2));
    out.add(
        pair(
            "beta--doc1",
            HOSTILE_SYSTEM,
            "Le maire a dit que l'usine fermera. Les travailleurs ont protesté devant l'hôtel de ville.",
            DOC1_HUMAN,
            "11",
            List.of(35.0, 18.5),
            0,
            0.4));
    out.add(
        pair(
            "beta--doc2",
            HOSTILE_SYSTEM,
            "La pluie est tombée toute la nuit sur la ville.",
            DOC2_HUMAN,
            "22",
            List.of(100.0),
            0,
            1.2));
    return out;
  }

  private static PairReport pair(
      String id,
      String system,
      String machine,
      String human,
      String humanHashByte,
      List<Double> sentenceChrF,
      int errors,
      double humanDensity) {
    PairReport r = ReportFixtures.minimal();
    List<Sentence> ms = sentences(Side.MACHINE, machine);
    List<Sentence> hs = sentences(Side.HUMAN, human);
    DocumentMetrics dm =
        new PairMetrics().document(ms, hs, TypographyProfile.DEFAULT, new ArrayList<>());
    PairManifest p = r.pair();
    PairManifest manifest =
        new PairManifest(id, "fr", p.topic(), p.date(), p.machine(), p.human(), p.notes(), system);
    List<AlignedPairResult> aligned = new ArrayList<>();
    AlignedPairResult template = r.alignment().pairs().get(0);
    for (double c : sentenceChrF) {
      aligned.add(
          new AlignedPairResult(
              template.machineIds(),
              template.humanIds(),
              template.alignScore(),
              template.features(),
              Map.of("BLEU", 10.0, "chrF2", c, "TER", 50.0),
              template.similarity(),
              template.diff(),
              template.facts()));
    }
    int words = Sentence.words(ms);
    SideDensity md =
        new SideDensity(
            words,
            errors,
            0,
            SideDensity.round2(100.0 * errors / words),
            Map.of(),
            Map.of(),
            Map.of());
    SideDensity hd = new SideDensity(100, 0, 0, humanDensity, Map.of(), Map.of(), Map.of());
    List<ReviewedFlag> flags = new ArrayList<>();
    for (int i = 0; i < errors; i++) {
      flags.add(r.flags().get(0));
    }
    InputFile mIn = r.inputs().get(0);
    InputFile hIn = r.inputs().get(1);
    return new PairReport(
        r.formatVersion(),
        manifest,
        List.of(
            mIn,
            new InputFile(
                Side.HUMAN,
                hIn.path(),
                humanHashByte.repeat(32),
                hIn.bytes(),
                hIn.lineEndings(),
                hIn.bomRemoved(),
                hIn.nfcChanged(),
                hIn.paragraphs(),
                hIn.bodySentences(),
                hIn.bodyWords())),
        r.offsets(),
        List.of(),
        ms,
        List.of(),
        List.of(),
        r.houseStyle(),
        new Densities(md, hd, 0.5, md.per100Words() / Math.max(humanDensity, 0.5)),
        dm,
        new AlignmentSection(r.alignment().aligner(), aligned, List.of(), List.of()),
        flags,
        List.of(),
        List.of(),
        r.signature(),
        List.of(),
        null);
  }

  /** One sentence per ". "-separated piece. */
  static List<Sentence> sentences(Side side, String text) {
    LineIndex index = new LineIndex(text);
    List<Sentence> out = new ArrayList<>();
    int at = 0;
    int n = 0;
    while (at < text.length()) {
      int end = text.indexOf(". ", at);
      end = end < 0 ? text.length() : end + 1;
      out.add(
          new Sentence(
              side.name().charAt(0) + "-" + n,
              side,
              n,
              0,
              index.span(at, end),
              text.substring(at, end)));
      n++;
      at = end + 1;
    }
    return out;
  }
}
