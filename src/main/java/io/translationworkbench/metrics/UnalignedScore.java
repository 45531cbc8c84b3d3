package io.translationworkbench.metrics;

import io.translationworkbench.LineIndex;
import io.translationworkbench.Side;
import io.translationworkbench.align.AlignedPair;
import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.align.Alignment;
import io.translationworkbench.align.SentenceAligner;
import io.translationworkbench.segment.Sentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code score --unaligned}: a hypothesis scored against a reference whose lines are not its
 * translation line by line (another order, lines merged, split, dropped or added). The lines of
 * both files are aligned with the comparable aligner (the one that aligns a machine translation
 * with a human article); each aligned pair, its lines joined by a space, is one segment; corpus
 * scores come from the summed statistics of the aligned segments, as sacreBLEU's. Lines no pair
 * holds are not scored: the coverage of each side says how much of it was.
 *
 * @param scores one per metric, its signature ending in the aligner's
 * @param hypothesisLines non-empty hypothesis lines
 * @param hypothesisAligned how many of them an aligned pair holds
 * @param referenceLines non-empty reference lines
 * @param referenceAligned how many of them an aligned pair holds
 * @param pairs the alignment: 1-based line numbers of each side, in hypothesis order
 * @param aligner the aligner's signature
 */
public record UnalignedScore(
    List<Score> scores,
    int hypothesisLines,
    int hypothesisAligned,
    int referenceLines,
    int referenceAligned,
    List<Pair> pairs,
    String aligner) {

  /** One aligned pair: 1-based line numbers and the aligner's score. */
  public record Pair(List<Integer> hypothesis, List<Integer> reference, double score) {}

  /** The aligned lines' share of the non-empty hypothesis lines (0–1; 0 when there are none). */
  public double hypothesisCoverage() {
    return hypothesisLines == 0 ? 0 : (double) hypothesisAligned / hypothesisLines;
  }

  /** The aligned lines' share of the non-empty reference lines (0–1). */
  public double referenceCoverage() {
    return referenceLines == 0 ? 0 : (double) referenceAligned / referenceLines;
  }

  /** Scores the hypothesis file against the reference file with {@code metrics}. */
  public static UnalignedScore of(Path hypothesis, Path reference, List<Metric> metrics) {
    return of(LineFiles.read(hypothesis), LineFiles.read(reference), metrics);
  }

  /** Scores hypothesis lines against reference lines (empty lines are not sentences). */
  public static UnalignedScore of(
      List<String> hypothesis, List<String> reference, List<Metric> metrics) {
    AlignerParams params = AlignerParams.defaults();
    List<Sentence> h = sentences(hypothesis, Side.MACHINE, "h");
    List<Sentence> r = sentences(reference, Side.HUMAN, "r");
    Alignment al = SentenceAligner.align(h, r, params);
    List<AlignedPair> ordered = new ArrayList<>(al.pairs());
    ordered.addAll(leftovers(h, r, al));
    ordered.sort(Comparator.comparingInt(p -> line(p.machineIds().get(0))));
    List<String> hyps = new ArrayList<>();
    List<String> refs = new ArrayList<>();
    List<Pair> pairs = new ArrayList<>();
    int hAligned = 0;
    int rAligned = 0;
    for (AlignedPair p : ordered) {
      List<Integer> hl = p.machineIds().stream().map(UnalignedScore::line).sorted().toList();
      List<Integer> rl = p.humanIds().stream().map(UnalignedScore::line).sorted().toList();
      hyps.add(join(hypothesis, hl));
      refs.add(join(reference, rl));
      pairs.add(new Pair(hl, rl, p.score()));
      hAligned += hl.size();
      rAligned += rl.size();
    }
    List<Score> scores = new ArrayList<>();
    for (Metric m : metrics) {
      Score s = m.corpusScore(hyps, List.of(refs));
      scores.add(
          new Score(
              s.name(),
              s.score(),
              s.signature().with("align", alignerField(params)),
              s.verbose(),
              s.details()));
    }
    return new UnalignedScore(
        scores, h.size(), hAligned, r.size(), rAligned, pairs, alignerField(params));
  }

  /** Least sentence chrF (0–100) of a leftover pair ({@link #leftovers}). */
  static final double LEFTOVER_MIN_CHRF = 20;

  /**
   * A second pass over the lines the aligner left unmatched on both sides: a hypothesis line and a
   * reference line are paired when each is the other's most similar leftover (sentence chrF) and
   * their chrF is at least {@link #LEFTOVER_MIN_CHRF}. The aligner leaves out loose translations (a
   * poor translation of its line scores below its threshold); without this pass they would be left
   * out of the score, which would then favour the system. An unrelated pair of French lines scores
   * about 10–15.
   */
  static List<AlignedPair> leftovers(List<Sentence> h, List<Sentence> r, Alignment al) {
    java.util.Map<String, Sentence> hs = new java.util.LinkedHashMap<>();
    java.util.Map<String, Sentence> rs = new java.util.LinkedHashMap<>();
    for (String id : al.unmatchedMachine()) {
      h.stream().filter(x -> x.id().equals(id)).findFirst().ifPresent(x -> hs.put(id, x));
    }
    for (String id : al.unmatchedHuman()) {
      r.stream().filter(x -> x.id().equals(id)).findFirst().ifPresent(x -> rs.put(id, x));
    }
    List<AlignedPair> out = new ArrayList<>();
    if (hs.isEmpty() || rs.isEmpty()) {
      return out;
    }
    ChrF chrF = new ChrF(ChrFConfig.chrF());
    List<String> hIds = new ArrayList<>(hs.keySet());
    List<String> rIds = new ArrayList<>(rs.keySet());
    double[][] sim = new double[hIds.size()][rIds.size()];
    for (int i = 0; i < hIds.size(); i++) {
      for (int j = 0; j < rIds.size(); j++) {
        double[] st =
            chrF.segmentStatistics(hs.get(hIds.get(i)).text(), List.of(rs.get(rIds.get(j)).text()));
        sim[i][j] = chrF.score(st, 1).score();
      }
    }
    for (int i = 0; i < hIds.size(); i++) {
      int best = 0;
      for (int j = 1; j < rIds.size(); j++) {
        if (sim[i][j] > sim[i][best]) {
          best = j;
        }
      }
      boolean mutual = true;
      for (int k = 0; k < hIds.size(); k++) {
        if (k != i && sim[k][best] > sim[i][best]) {
          mutual = false;
          break;
        }
      }
      if (mutual && sim[i][best] >= LEFTOVER_MIN_CHRF) {
        out.add(
            new AlignedPair(
                List.of(hIds.get(i)),
                List.of(rIds.get(best)),
                sim[i][best] / 100,
                java.util.Map.of(AlignedPair.LEFTOVER, 1.0)));
      }
    }
    return out;
  }

  /**
   * The aligner's signature as one signature field: {@code comparable,w:0.40/0.40/0.20,t:0.30,…}
   * (its own {@code |} separators as commas, so the score's signature still splits on {@code |}).
   */
  static String alignerField(AlignerParams params) {
    return params.signature().replaceFirst("^align:", "").replace('|', ',')
        + String.format(java.util.Locale.ROOT, ",rest:mutual/%.0f", LEFTOVER_MIN_CHRF);
  }

  private static List<Sentence> sentences(List<String> lines, Side side, String prefix) {
    List<Sentence> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      if (text.isEmpty()) {
        continue;
      }
      LineIndex index = new LineIndex(text);
      out.add(
          new Sentence(
              prefix + (i + 1), side, out.size(), out.size(), index.span(0, text.length()), text));
    }
    return out;
  }

  private static int line(String id) {
    return Integer.parseInt(id.substring(1));
  }

  private static String join(List<String> lines, List<Integer> numbers) {
    StringBuilder b = new StringBuilder();
    for (int n : numbers) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(lines.get(n - 1).strip());
    }
    return b.toString();
  }
}
