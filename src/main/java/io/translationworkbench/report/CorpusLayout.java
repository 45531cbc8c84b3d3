package io.translationworkbench.report;

import io.translationworkbench.gate.GatePolicy;
import io.translationworkbench.metrics.CorpusAggregates;
import io.translationworkbench.report.Blocks.Bar;
import io.translationworkbench.report.Blocks.Bars;
import io.translationworkbench.report.Blocks.BulletList;
import io.translationworkbench.report.Blocks.Caption;
import io.translationworkbench.report.Blocks.Cell;
import io.translationworkbench.report.Blocks.Code;
import io.translationworkbench.report.Blocks.Column;
import io.translationworkbench.report.Blocks.Field;
import io.translationworkbench.report.Blocks.Histograms;
import io.translationworkbench.report.Blocks.Inline;
import io.translationworkbench.report.Blocks.Item;
import io.translationworkbench.report.Blocks.Keyword;
import io.translationworkbench.report.Blocks.Link;
import io.translationworkbench.report.Blocks.Muted;
import io.translationworkbench.report.Blocks.Page;
import io.translationworkbench.report.Blocks.Paragraph;
import io.translationworkbench.report.Blocks.Row;
import io.translationworkbench.report.Blocks.Section;
import io.translationworkbench.report.Blocks.Series;
import io.translationworkbench.report.Blocks.Table;
import io.translationworkbench.report.Blocks.Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the corpus report for people says, once for Markdown and HTML, as {@link Blocks}: the pairs
 * with their verdicts, the systems' corpus scores, the paired tests and two charts. A pure
 * function, deterministic.
 */
final class CorpusLayout {
  /** How corpus scores are computed (also in index.json). */
  static final String METHOD_SCORES =
      "Each document (a pair: its machine text against its human text, each joined into one segment"
          + " as the pair's document scores are) is one segment; a system's BLEU, chrF2 and TER come"
          + " from the sufficient statistics of its documents summed, then scored once (sacreBLEU's"
          + " corpus score), never from averaged document scores.";

  /** How the intervals are computed. */
  static final String METHOD_CONFIDENCE =
      "95 % bootstrap interval across documents, as sacreBLEU's --confidence: "
          + CorpusAggregates.SAMPLES
          + " resamples of the system's documents (pair-id order) with replacement, numpy seed "
          + CorpusAggregates.SEED
          + "; ± is half the distance between the 2.5th and 97.5th percentile scores.";

  /** How systems are compared. */
  static final String METHOD_PAIRED =
      "Every two systems sharing at least "
          + CorpusAggregates.MIN_SHARED
          + " documents (the same human text, by SHA-256) are compared by"
          + " sacreBLEU's paired bootstrap resampling (--paired-bs, Koehn 2004) over the shared"
          + " documents, in the first system's pair-id order; the first system in name order is the"
          + " baseline; p-value (c + 1) / (n + 1), n = "
          + CorpusAggregates.SAMPLES
          + ".";

  /** What the histogram counts. */
  static final String METHOD_HISTOGRAM =
      "chrF2 of each aligned sentence pair of the system's pairs, in ten bins of ten points"
          + " ([0, 10), …, [90, 100]).";

  private final CorpusReport c;

  private CorpusLayout(CorpusReport c) {
    this.c = c;
  }

  /** The corpus report as a page of sections. */
  static Page of(CorpusReport c) {
    return new CorpusLayout(c).page();
  }

  private Page page() {
    int n = c.pairs().size();
    List<Field> meta = new ArrayList<>();
    meta.add(new Field("Pairs", List.of(new Text(Integer.toString(n)))));
    meta.add(
        new Field(
            "Quality gate",
            List.of(new Text(c.passed() + " passed, " + (n - c.passed()) + " failed"))));
    meta.add(new Field("Systems", List.of(new Text(Integer.toString(c.systems().size())))));
    List<Section> s = new ArrayList<>();
    s.add(new Section("pairs", "Pairs", "Pairs", pairs()));
    s.add(new Section("systems", "Systems (corpus scores)", "Systems", systems()));
    s.add(new Section("significance", "Paired significance", "Significance", paired()));
    s.add(new Section("sentence-chrf", "Sentence chrF2 per system", "Sentence chrF", histograms()));
    s.add(new Section("density", "Finding density per pair", "Density", density()));
    s.add(new Section("method", "How the numbers are computed", "Method", method()));
    return new Page("Corpus report", meta, s);
  }

  private List<Blocks.Block> pairs() {
    List<Column> cols =
        List.of(
            new Column("Pair", false),
            new Column("System", false),
            new Column("Verdict", false),
            new Column("Failed rules", false),
            new Column("BLEU", true),
            new Column("chrF2", true),
            new Column("TER", true),
            new Column("Errors", true),
            new Column("Warnings", true),
            new Column("Info", true),
            new Column("Machine /100 words", true),
            new Column("Human /100 words", true),
            new Column("Density ratio", true));
    List<Row> rows = new ArrayList<>();
    for (CorpusReport.PairRow p : c.pairs()) {
      rows.add(
          new Row(
              List.of(
                  cell(new Link(p.id(), p.report())),
                  p.system() == null ? cell(new Muted("–")) : cell(new Text(p.system())),
                  cell(new Keyword(p.passed() ? "pass" : "fail")),
                  p.failedRules().isEmpty()
                      ? cell(new Muted("–"))
                      : cell(new Text(String.join(", ", p.failedRules()))),
                  num(p.bleu()),
                  num(p.chrF()),
                  num(p.ter()),
                  num(p.errors()),
                  num(p.warnings()),
                  num(p.info()),
                  num(p.machineDensity()),
                  num(p.humanDensity()),
                  num(p.densityRatio())),
              false));
    }
    List<Blocks.Block> out = new ArrayList<>();
    out.add(
        new Paragraph(
            List.of(
                new Text(
                    "One row per pair of this run, in pair-id order (in the HTML page, click a"
                        + " column to sort). Verdict: the quality gate's. BLEU, chrF2, TER: the"
                        + " pair's document scores. Errors, warnings, info: its flags by severity."
                        + " Density: LanguageTool findings per 100 words, dismissed ones not"
                        + " counted; ratio: machine ÷ max(human, floor "
                        + two(c.policy().grammarDensityFloor())
                        + ")."))));
    out.add(new Table(cols, rows, true, true));
    return out;
  }

  private List<Blocks.Block> systems() {
    if (c.systems().isEmpty()) {
      return List.of(
          new Paragraph(
              List.of(
                  new Text(
                      "No pair names its MT system (\"system\" in pair.json): no corpus scores."))));
    }
    List<Column> cols = new ArrayList<>();
    cols.add(new Column("System", false));
    cols.add(new Column("Documents", true));
    for (String m : CorpusAggregates.METRICS) {
      cols.add(new Column(m, true));
      cols.add(new Column("± 95 %", true));
    }
    cols.add(new Column("Sentences", true));
    cols.add(new Column("Median sentence chrF2", true));
    List<Row> rows = new ArrayList<>();
    for (CorpusReport.SystemRow s : c.systems()) {
      List<Cell> cells = new ArrayList<>();
      cells.add(cell(new Text(s.system())));
      cells.add(num(s.documents()));
      for (CorpusAggregates.Interval i : s.scores()) {
        if (i.score() == null) {
          cells.add(cell(new Muted("–")));
          cells.add(cell(new Muted(i.missing() + " documents without " + i.metric())));
        } else {
          cells.add(num(i.score()));
          cells.add(num(i.ci()));
        }
      }
      cells.add(num(s.sentences()));
      cells.add(num(s.medianSentenceChrF()));
      rows.add(new Row(cells, false));
    }
    List<Blocks.Block> out = new ArrayList<>();
    out.add(new Paragraph(List.of(new Text(METHOD_SCORES + " " + METHOD_CONFIDENCE))));
    out.add(new Table(cols, rows, true));
    out.add(new Caption(List.of(new Text("Signatures"))));
    List<Item> sigs = new ArrayList<>();
    for (CorpusAggregates.Interval i : c.systems().get(0).scores()) {
      sigs.add(new Item(List.of(new Text(i.metric() + ": "), new Code(i.signature()))));
    }
    out.add(new BulletList(sigs));
    return out;
  }

  private List<Blocks.Block> paired() {
    if (c.comparisons().isEmpty()) {
      return List.of(
          new Paragraph(List.of(new Text("No two systems share a document: no paired test."))));
    }
    List<Column> cols = new ArrayList<>();
    cols.add(new Column("Baseline", false));
    cols.add(new Column("System", false));
    cols.add(new Column("Shared documents", true));
    for (String m : CorpusAggregates.METRICS) {
      cols.add(new Column(m + " baseline", true));
      cols.add(new Column(m + " system", true));
      cols.add(new Column("p", true));
    }
    List<Row> rows = new ArrayList<>();
    for (CorpusAggregates.Comparison cmp : c.comparisons()) {
      List<Cell> cells = new ArrayList<>();
      cells.add(cell(new Text(cmp.baseline())));
      cells.add(cell(new Text(cmp.system())));
      cells.add(num(cmp.sharedDocuments()));
      for (CorpusAggregates.PairedScore p : cmp.scores()) {
        cells.add(num(p.baselineScore()));
        cells.add(num(p.systemScore()));
        cells.add(
            p.pValue() == null
                ? null
                : new Cell(
                    List.of(new Text(String.format(Locale.ROOT, "%.4f", p.pValue()))), true));
      }
      rows.add(new Row(cells, false));
    }
    return List.of(
        new Paragraph(
            List.of(
                new Text(
                    METHOD_PAIRED
                        + " A p-value below 0.05 says the difference is unlikely to be chance on"
                        + " these documents."))),
        new Table(cols, rows, false));
  }

  private List<Blocks.Block> histograms() {
    if (c.systems().isEmpty()) {
      return List.of(new Paragraph(List.of(new Text("No system named: no distribution."))));
    }
    List<String> bins = new ArrayList<>();
    int width = 100 / CorpusReport.BINS;
    for (int b = 0; b < CorpusReport.BINS; b++) {
      bins.add(b * width + "–" + (b + 1) * width);
    }
    List<Series> series =
        c.systems().stream().map(s -> new Series(s.system(), s.sentenceChrFHistogram())).toList();
    return List.of(
        new Paragraph(
            List.of(new Text(METHOD_HISTOGRAM + " Bars are percent of the system's sentences."))),
        new Histograms("sentence chrF2", bins, series));
  }

  private List<Blocks.Block> density() {
    List<CorpusReport.PairRow> sorted = new ArrayList<>(c.pairs());
    sorted.sort(
        Comparator.comparing(
                (CorpusReport.PairRow p) -> p.system(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CorpusReport.PairRow::id));
    List<Bar> bars =
        sorted.stream()
            .map(p -> new Bar(p.id(), p.system(), p.machineDensity(), p.humanDensity()))
            .toList();
    return List.of(
        new Paragraph(
            List.of(
                new Text(
                    "Machine findings per 100 words of each pair (LanguageTool, dismissed findings"
                        + " not counted) next to its human baseline, grouped by system, in pair-id"
                        + " order; the numbers are in the Pairs table."))),
        new Bars(
            "Findings per 100 words per pair",
            "machine findings per 100 words",
            "human findings per 100 words",
            bars));
  }

  private List<Blocks.Block> method() {
    GatePolicy p = c.policy();
    return List.of(
        new BulletList(
            List.of(
                new Item(List.of(new Text("Corpus scores: " + METHOD_SCORES))),
                new Item(List.of(new Text("Intervals: " + METHOD_CONFIDENCE))),
                new Item(List.of(new Text("Paired test: " + METHOD_PAIRED))),
                new Item(
                    List.of(
                        new Text(
                            String.format(
                                Locale.ROOT,
                                "Quality gate: at most %d open error flags, %s warning flags,"
                                    + " density ratio at most %.2f (floor %.2f), document chrF2 at"
                                    + " least %.2f, untranslated text %s.",
                                p.maxOpenErrors(),
                                p.maxOpenWarnings() == null
                                    ? "no limit on"
                                    : "at most " + p.maxOpenWarnings(),
                                p.maxGrammarDensityRatio(),
                                p.grammarDensityFloor(),
                                p.minDocumentChrF(),
                                p.allowUntranslated() ? "allowed" : "not allowed")))),
                new Item(
                    List.of(
                        new Text(
                            "The index covers the pairs of this run only (all pairs under"
                                + " --articles, or the PAIR arguments given)."))))));
  }

  private static Cell cell(Inline i) {
    return new Cell(List.of(i), false);
  }

  private static Cell num(Double v) {
    return v == null
        ? new Cell(List.of(new Muted("–")), true)
        : new Cell(List.of(new Text(two(v))), true);
  }

  private static Cell num(int v) {
    return new Cell(List.of(new Text(Integer.toString(v))), true);
  }

  private static String two(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** A pair id as a URL path segment: every byte but unreserved characters percent-encoded. */
  static String href(String id) {
    StringBuilder sb = new StringBuilder();
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int ch = b & 0xFF;
      if ((ch >= 'a' && ch <= 'z')
          || (ch >= 'A' && ch <= 'Z')
          || (ch >= '0' && ch <= '9')
          || ch == '-'
          || ch == '.'
          || ch == '_'
          || ch == '~') {
        sb.append((char) ch);
      } else {
        sb.append('%').append(String.format(Locale.ROOT, "%02X", ch));
      }
    }
    return sb.toString();
  }
}
