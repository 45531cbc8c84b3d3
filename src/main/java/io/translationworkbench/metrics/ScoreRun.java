package io.translationworkbench.metrics;

import io.translationworkbench.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * sacreBLEU's command line as a function: line-aligned files and configured metrics in, corpus,
 * per-line or paired-test scores out (what {@code workbench score} prints).
 */
public final class ScoreRun {
  private ScoreRun() {}

  /**
   * A paired significance test of every system against the first.
   *
   * @param test bootstrap resampling or approximate randomization
   * @param samples resamples or trials (at least 1)
   * @param seed numpy seed (sacreBLEU: 12345)
   */
  /** Most references per line accepted by {@code --num-refs} (sacreBLEU has no limit). */
  public static final int MAX_NUM_REFS = 100;

  public record PairedTest(PairedSignificance.Test test, int samples, long seed) {
    public PairedTest {
      Objects.requireNonNull(test, "test");
      if (samples < 1) {
        throw new IllegalArgumentException("paired-test samples must be positive, got " + samples);
      }
    }

    /** sacreBLEU's option name for the test: {@code paired-bs} or {@code paired-ar}. */
    public String option() {
      return "paired-" + test.key();
    }
  }

  /**
   * What to score.
   *
   * @param hypotheses hypothesis files, one per system; the first is the baseline of paired tests
   * @param references reference files, one per reference, or one file of {@code numRefs}
   *     tab-separated references
   * @param numRefs references per line of a single tab-separated reference file (1: one per file)
   * @param metrics configured metrics with distinct names, in output order; a BLEU metric scores
   *     single lines with effective order
   * @param sentenceLevel also score every line (one system only)
   * @param pairedTest the paired test instead of plain corpus scores, or null
   * @param standardInput the systems read from standard input (the tab-separated columns of each
   *     line), or null to read the hypothesis files
   * @param confidence sacreBLEU's {@code --confidence-n} when {@code --confidence} is given (more
   *     than 1: a bootstrap interval of the single system's corpus scores), else 0
   * @param seed numpy seed of the confidence interval's resamples (sacreBLEU: 12345)
   */
  public record Config(
      List<Path> hypotheses,
      List<Path> references,
      int numRefs,
      List<Metric> metrics,
      boolean sentenceLevel,
      PairedTest pairedTest,
      List<List<String>> standardInput,
      int confidence,
      long seed) {
    /** Hypothesis files, no confidence interval. */
    public Config(
        List<Path> hypotheses,
        List<Path> references,
        int numRefs,
        List<Metric> metrics,
        boolean sentenceLevel,
        PairedTest pairedTest) {
      this(hypotheses, references, numRefs, metrics, sentenceLevel, pairedTest, null, 0, 12345);
    }

    public Config {
      if (standardInput != null) {
        // the systems read from standard input (tab-separated columns) stand in for files
        standardInput = standardInput.stream().map(List::copyOf).toList();
        List<Path> names = new ArrayList<>();
        for (int i = 0; i < standardInput.size(); i++) {
          names.add(Path.of("System " + (i + 1)));
        }
        hypotheses = names;
      }
      if (confidence < 0 || confidence > PairedSignificance.MAX_SAMPLES) {
        throw new IllegalArgumentException("confidence resamples out of range: " + confidence);
      }
      if (confidence > 1 && (hypotheses.size() > 1 || sentenceLevel)) {
        throw new IllegalArgumentException(
            "a confidence interval is for one system's corpus score");
      }
      hypotheses = List.copyOf(hypotheses);
      references = List.copyOf(references);
      metrics = List.copyOf(metrics);
      if (hypotheses.isEmpty() || references.isEmpty() || metrics.isEmpty()) {
        throw new IllegalArgumentException("need a hypothesis, a reference and a metric");
      }
      Set<String> names = new HashSet<>();
      for (Metric m : metrics) {
        // names key the per-line JSON object, so two metrics of one name would collide
        if (!names.add(m.name())) {
          throw new IllegalArgumentException("two metrics named " + m.name());
        }
      }
      if (pairedTest != null && hypotheses.size() < 2) {
        throw new IllegalArgumentException("a paired test needs a baseline and another system");
      }
      if (pairedTest != null && sentenceLevel) {
        throw new IllegalArgumentException("a paired test has no per-line scores");
      }
      if (sentenceLevel && hypotheses.size() > 1) {
        throw new IllegalArgumentException("per-line scores are for one system only");
      }
      if (numRefs < 1) {
        throw new IllegalArgumentException("numRefs must be at least 1, got " + numRefs);
      }
      if (numRefs > 1 && references.size() > 1) {
        throw new IllegalArgumentException("tab-separated references come from a single file");
      }
    }
  }

  /**
   * What {@link #run} found.
   *
   * @param hypotheses the hypothesis files, as configured
   * @param references the reference files, as configured
   * @param corpus corpus scores, {@code corpus.get(system).get(metric)}; empty for a paired test
   * @param sentences per-line scores of the single system, {@code sentences.get(line).get(metric)};
   *     empty unless sentence-level
   * @param pairedTest the paired test run, or null
   * @param paired paired-test outcomes, {@code paired.get(metric).get(system)}; empty unless a
   *     paired test
   * @param standardInput the systems came from standard input ({@code hypotheses} are then the
   *     names {@code System 1}, {@code System 2}, …)
   * @param confidence bootstrap resamples of the confidence interval (0: none)
   * @param confidenceIntervals {mean, half-width} per metric of the single system; empty unless
   *     {@code confidence}
   */
  public record Result(
      List<Path> hypotheses,
      List<Path> references,
      List<List<Score>> corpus,
      List<List<Score>> sentences,
      PairedTest pairedTest,
      List<List<PairedSignificance.Result>> paired,
      boolean standardInput,
      int confidence,
      List<double[]> confidenceIntervals) {
    /** Files, no confidence interval. */
    public Result(
        List<Path> hypotheses,
        List<Path> references,
        List<List<Score>> corpus,
        List<List<Score>> sentences,
        PairedTest pairedTest,
        List<List<PairedSignificance.Result>> paired) {
      this(hypotheses, references, corpus, sentences, pairedTest, paired, false, 0, List.of());
    }

    public Result {
      confidenceIntervals = List.copyOf(confidenceIntervals);
      hypotheses = List.copyOf(hypotheses);
      references = List.copyOf(references);
      corpus = corpus.stream().map(List::copyOf).toList();
      sentences = sentences.stream().map(List::copyOf).toList();
      paired = paired.stream().map(List::copyOf).toList();
      if ((pairedTest == null) == !paired.isEmpty()) {
        throw new IllegalArgumentException("paired results go with a paired test, and only then");
      }
      if (pairedTest == null && corpus.size() != hypotheses.size()) {
        throw new IllegalArgumentException(
            corpus.size() + " corpus results for " + hypotheses.size() + " hypotheses");
      }
      for (List<PairedSignificance.Result> perSystem : paired) {
        if (perSystem.size() != hypotheses.size()) {
          throw new IllegalArgumentException(
              perSystem.size() + " paired results for " + hypotheses.size() + " hypotheses");
        }
      }
    }

    /** True when per-line scores were asked for. */
    public boolean sentenceLevel() {
      return !sentences.isEmpty();
    }
  }

  /**
   * Reads the files and scores them; unreadable, empty or misaligned files are {@link
   * io.translationworkbench.InputException}s naming the file.
   */
  public static Result run(Config config) {
    List<List<String>> systems =
        config.standardInput() != null
            ? config.standardInput()
            : LineFiles.readHypotheses(config.hypotheses());
    List<List<String>> refStreams = LineFiles.readReferences(config.references(), config.numRefs());
    LineFiles.requireAligned(config.hypotheses(), systems, config.references(), refStreams);
    int segments = systems.get(0).size();
    List<List<String>> perSegment = CorpusStatistics.referencesPerSegment(segments, refStreams);
    int nrefs = CorpusStatistics.numRefs(perSegment);
    List<Metric> metrics = config.metrics();
    requireWithinLimits(config, systems, refStreams, segments);

    // statistics[system][metric] = per-segment statistics, shared by every kind of result
    List<List<List<double[]>>> statistics = new ArrayList<>();
    for (List<String> system : systems) {
      List<List<double[]>> perMetric = new ArrayList<>();
      for (Metric m : metrics) {
        perMetric.add(m.segmentStatistics(system, perSegment));
      }
      statistics.add(perMetric);
    }

    PairedTest test = config.pairedTest();
    if (test != null) {
      PairedSignificance paired = new PairedSignificance(test.test(), test.samples(), test.seed());
      List<List<PairedSignificance.Result>> results = new ArrayList<>(); // [metric][system]
      for (int m = 0; m < metrics.size(); m++) {
        List<List<double[]>> perSystem = new ArrayList<>();
        for (List<List<double[]>> s : statistics) {
          perSystem.add(s.get(m));
        }
        results.add(paired.compare(metrics.get(m), nrefs, perSystem));
      }
      return new Result(
          config.hypotheses(),
          config.references(),
          List.of(),
          List.of(),
          test,
          results,
          config.standardInput() != null,
          0,
          List.of());
    }

    List<List<Score>> corpusScores = new ArrayList<>(); // [system][metric]
    List<double[]> intervals = new ArrayList<>(); // [metric] {mean, ci}
    for (List<List<double[]>> s : statistics) {
      List<Score> scores = new ArrayList<>();
      for (int m = 0; m < metrics.size(); m++) {
        Score score = metrics.get(m).score(Metric.sum(s.get(m)), nrefs);
        if (config.confidence() > 1) {
          PairedSignificance bootstrap =
              new PairedSignificance(
                  PairedSignificance.Test.BOOTSTRAP, config.confidence(), config.seed());
          intervals.add(bootstrap.confidence(metrics.get(m), nrefs, s.get(m)));
          score =
              new Score(
                  score.name(),
                  score.score(),
                  score
                      .signature()
                      .withPairedTest("bs", config.confidence(), Long.toString(config.seed())),
                  score.verbose(),
                  score.details());
        }
        scores.add(score);
      }
      corpusScores.add(scores);
    }
    List<List<Score>> sentenceScores = new ArrayList<>(); // [segment][metric]
    if (config.sentenceLevel()) {
      List<Metric> sentenceMetrics = metrics.stream().map(ScoreRun::sentenceTwin).toList();
      for (int i = 0; i < segments; i++) {
        List<Score> row = new ArrayList<>(metrics.size());
        for (int m = 0; m < metrics.size(); m++) {
          row.add(
              sentenceMetrics
                  .get(m)
                  .score(statistics.get(0).get(m).get(i), perSegment.get(i).size()));
        }
        sentenceScores.add(row);
      }
    }
    return new Result(
        config.hypotheses(),
        config.references(),
        corpusScores,
        sentenceScores,
        null,
        List.of(),
        config.standardInput() != null,
        config.confidence() > 1 ? config.confidence() : 0,
        intervals);
  }

  /**
   * The systems on standard input as sacreBLEU reads them: strict UTF-8, Python's universal
   * newlines (LF, CR LF or CR ends a line), the first line right-stripped and split on tabs into
   * one field per system, every later line right-stripped, split on tabs and each field
   * right-stripped; a later line with another number of fields is an input error. Empty input is
   * one system of one empty line, as in sacreBLEU.
   */
  public static List<List<String>> standardInputSystems(byte[] raw) {
    Path stdin = Path.of("<stdin>");
    String content = io.translationworkbench.Texts.decodeUtf8(stdin, raw);
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = content.length();
    while (start < n) {
      int end = start;
      while (end < n && content.charAt(end) != '\n' && content.charAt(end) != '\r') {
        end++;
      }
      lines.add(content.substring(start, end));
      if (end < n
          && content.charAt(end) == '\r'
          && end + 1 < n
          && content.charAt(end + 1) == '\n') {
        end++;
      }
      start = end + 1;
    }
    if (lines.isEmpty()) {
      lines.add("");
    }
    String[] first = PythonText.rstrip(lines.get(0)).split("\t", -1);
    List<List<String>> systems = new ArrayList<>();
    for (String f : first) {
      List<String> system = new ArrayList<>();
      system.add(f);
      systems.add(system);
    }
    for (int i = 1; i < lines.size(); i++) {
      String[] fields = PythonText.rstrip(lines.get(i)).split("\t", -1);
      if (fields.length != first.length) {
        throw new InputException(
            stdin,
            "line "
                + (i + 1)
                + " has "
                + fields.length
                + " tab-separated fields but line 1 has "
                + first.length
                + " (one per system)");
      }
      for (int s = 0; s < fields.length; s++) {
        systems.get(s).add(PythonText.rstrip(fields[s]));
      }
    }
    return systems;
  }

  /**
   * Input errors, before any work, for what would take memory without bound: a line longer than TER
   * accepts ({@link Ter#MAX_WORDS}), a paired test of more draws than {@link
   * PairedSignificance#MAX_DRAWS}.
   */
  private static void requireWithinLimits(
      Config config, List<List<String>> systems, List<List<String>> refStreams, int segments) {
    if ((long) config.confidence() * segments > PairedSignificance.MAX_DRAWS) {
      throw new InputException(
          config.hypotheses().get(0),
          segments
              + " lines × "
              + config.confidence()
              + " resamples = "
              + (long) config.confidence() * segments
              + " draws, more than the bootstrap's limit of "
              + PairedSignificance.MAX_DRAWS
              + "; use fewer (--confidence-n)");
    }
    PairedTest test = config.pairedTest();
    if (test != null && (long) test.samples() * segments > PairedSignificance.MAX_DRAWS) {
      throw new InputException(
          config.hypotheses().get(0),
          segments
              + " lines × "
              + test.samples()
              + " resamples or trials = "
              + (long) test.samples() * segments
              + " draws, more than the paired test's limit of "
              + PairedSignificance.MAX_DRAWS
              + "; use fewer (--paired-bs-n, --paired-ar-n)");
    }
    for (Metric m : config.metrics()) {
      if (m instanceof Ter ter) {
        for (int s = 0; s < systems.size(); s++) {
          requireTerLength(ter, config.hypotheses().get(s), systems.get(s));
        }
        for (int k = 0; k < refStreams.size(); k++) {
          List<Path> refs = config.references();
          requireTerLength(ter, refs.get(Math.min(k, refs.size() - 1)), refStreams.get(k));
        }
      }
    }
  }

  private static void requireTerLength(Ter ter, Path file, List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      int words = ter.wordCount(lines.get(i));
      if (words > Ter.MAX_WORDS) {
        throw new InputException(
            file,
            "line "
                + (i + 1)
                + " has "
                + words
                + " words, more than TER's limit of "
                + Ter.MAX_WORDS
                + " words per line (its edit distance grows with the square of the length);"
                + " split the line or leave TER out (-m bleu,chrf,chrf++)");
      }
    }
  }

  /**
   * The metric that scores one line: sacreBLEU's {@code -sl} gives BLEU effective order (the
   * statistics are the same, only the final formula differs); other metrics are unchanged.
   */
  private static Metric sentenceTwin(Metric m) {
    return m instanceof Bleu b ? new Bleu(b.config().withEffectiveOrder(true)) : m;
  }
}
