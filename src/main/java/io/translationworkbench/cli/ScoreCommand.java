package io.translationworkbench.cli;

import io.translationworkbench.InputException;
import io.translationworkbench.metrics.Bleu;
import io.translationworkbench.metrics.ChrF;
import io.translationworkbench.metrics.Metric;
import io.translationworkbench.metrics.PairedSignificance;
import io.translationworkbench.metrics.ScoreRun;
import io.translationworkbench.metrics.Ter;
import io.translationworkbench.metrics.UnalignedScore;
import io.translationworkbench.report.SacrebleuWriter;
import io.translationworkbench.report.ScoreJsonWriter;
import io.translationworkbench.report.ScoreTextWriter;
import io.translationworkbench.report.UnalignedScoreWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code workbench score}: sacreBLEU 2.6.0's command line on line-aligned files (BLEU, chrF,
 * chrF++, TER): positional references, {@code -i} systems or standard input, its options, its
 * outputs ({@link SacrebleuWriter}). The earlier {@code --ref}/{@code --hyp} form keeps its
 * full-precision JSON ({@link ScoreJsonWriter}) and text ({@link ScoreTextWriter}). sacreBLEU's
 * test-set options are refused ({@link ScoreOptions.Unsupported}).
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scores line-aligned hypothesis files against reference files exactly as sacreBLEU 2.6.0 does,"
          + " with sacreBLEU's command line:",
      "  workbench score REF [REF...] [-i HYP [HYP...]] [-m bleu chrf ter] [options]",
      "and its output (-f json, the default; text; latex). Without -i the hypotheses are read from"
          + " standard input (tab-separated columns: one system per column).",
      "The workbench's earlier form, --ref REF [--ref REF2] --hyp HYP, still works: it selects the"
          + " workbench's own full-precision JSON (or text) and all four metrics by default.",
      "Lines end at LF only; each line is right-stripped of Python whitespace; an empty line is an"
          + " empty segment."
    })
final class ScoreCommand implements Callable<Integer> {
  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "REF",
      description =
          "Reference files (sacreBLEU style: before -i); several files are several references.")
  List<String> positionalRefs = new ArrayList<>();

  @Option(
      names = {"--input", "-i", "--hyp"},
      arity = "1..*",
      paramLabel = "HYP",
      description =
          "Hypothesis files, one per system (-i a.txt b.txt, or --hyp repeated); the first is the"
              + " baseline of paired tests. Without it: standard input.")
  List<String> hyps = new ArrayList<>();

  @Option(
      names = {"--ref", "-r"},
      paramLabel = "FILE",
      description =
          "Reference file, repeat for several (the workbench's earlier form: full-precision JSON,"
              + " all four metrics by default).")
  List<String> refs = new ArrayList<>();

  @Option(
      names = {"--num-refs", "-nr"},
      defaultValue = "1",
      description =
          "Split each line of a single reference file on tabs into this many references (default:"
              + " 1).")
  int numRefs;

  @Option(
      names = {"--encoding", "-e"},
      defaultValue = "utf-8",
      description = "Encoding of the text files: utf-8 only (the default).")
  String encoding;

  @Option(
      names = {"--metrics", "-m"},
      arity = "1..*",
      split = ",",
      paramLabel = "METRIC",
      description =
          "Metrics, space- or comma-separated: bleu, chrf, ter, and chrf++ (chrF with word order 2)."
              + " Default: bleu (with --ref: all four).")
  List<String> metrics;

  @Option(
      names = {"--sentence-level", "-sl"},
      description = "Score every line (BLEU with effective order, as sacreBLEU -sl).")
  boolean sentenceLevel;

  // declared in the order of the help: BLEU, chrF, TER, then the statistical tests
  @Mixin ScoreOptions.Bleu bleu;

  @Mixin ScoreOptions.ChrF chrF;

  @Mixin ScoreOptions.Ter ter;

  @Option(
      names = {"--confidence", "-ci"},
      description = "Report a bootstrap confidence interval of each score (one system).")
  boolean confidence;

  @Option(
      names = {"--confidence-n", "-cin"},
      defaultValue = "1000",
      description = "Bootstrap resamples of the confidence interval (default: 1000).")
  int confidenceN;

  @Mixin ScoreOptions.Paired paired;

  @Option(
      names = {"--quiet", "-q"},
      description = "Accepted for sacreBLEU compatibility (the workbench prints no progress).")
  boolean quiet;

  @Option(
      names = {"--short", "-sh"},
      description = "Short signatures in text output.")
  boolean shortSignature;

  @Option(
      names = {"--score-only", "-b"},
      description = "Print only the scores.")
  boolean scoreOnly;

  @Option(
      names = {"--width", "-w"},
      defaultValue = "1",
      description =
          "Decimals of the printed scores (default: 1); the --ref form's JSON is always full"
              + " precision.")
  int width;

  @Option(
      names = {"--no-color", "-nc"},
      description = "Accepted for sacreBLEU compatibility (the workbench never prints colours).")
  boolean noColor;

  @Option(
      names = {"--format", "-f"},
      description = "Output format: json (default), text or latex (several systems).")
  String format;

  @Option(
      names = "--unaligned",
      description =
          "The hypothesis is not line-aligned with the reference (lines in another order, merged,"
              + " split, dropped): align their lines with the comparable aligner and score the"
              + " aligned pairs (summed statistics); prints the coverage of both sides and, in"
              + " JSON, the alignment. One system, one reference file.")
  boolean unaligned;

  @Mixin ScoreOptions.Unsupported unsupported;

  @Override
  public Integer call() {
    unsupported.refuse(spec.commandLine().getParseResult());
    boolean legacy = !refs.isEmpty();
    validate(legacy);
    if (unaligned) {
      return unaligned(legacy);
    }
    List<String> systems = systems(legacy);
    ScoreRun.Config config =
        new ScoreRun.Config(
            systems.stream().map(Path::of).toList(),
            (legacy ? refs : positionalRefs).stream().map(Path::of).toList(),
            numRefs,
            metrics(legacy),
            sentenceLevel,
            paired.test(),
            hyps.isEmpty() ? standardInput() : null,
            confidence ? confidenceN : 0,
            paired.seed);
    ScoreRun.Result result = ScoreRun.run(config);
    String text;
    if (legacy) {
      text =
          format.equals("json")
              ? new ScoreJsonWriter().write(result)
              : new ScoreTextWriter(width, shortSignature, scoreOnly).write(result);
    } else {
      text =
          new SacrebleuWriter(format, width, shortSignature, scoreOnly, paired.samples())
              .write(result);
    }
    parent.out().print(text);
    return ExitCode.OK.code();
  }

  /** {@code --unaligned}: one hypothesis file against one reference file, aligned first. */
  private int unaligned(boolean legacy) {
    List<String> r = legacy ? refs : positionalRefs;
    if (hyps.size() != 1 || r.size() != 1 || numRefs != 1) {
      throw usage("--unaligned scores one hypothesis file (-i) against one reference file");
    }
    if (sentenceLevel || confidence || paired.requested()) {
      throw usage(
          "--unaligned gives corpus scores only: no --sentence-level, --confidence or paired test");
    }
    if (format.equals("latex")) {
      throw usage("--unaligned prints json or text, not latex");
    }
    UnalignedScore u = UnalignedScore.of(Path.of(hyps.get(0)), Path.of(r.get(0)), metrics(legacy));
    parent.out().print(new UnalignedScoreWriter(format, legacy ? 17 : width).write(u));
    return ExitCode.OK.code();
  }

  /**
   * The hypothesis files in the order given; in a paired test a repeat of the baseline is dropped,
   * as sacreBLEU does, and any other repeat is an error (sacreBLEU names systems by file).
   */
  private List<String> systems(boolean legacy) {
    if (legacy) {
      return hyps; // the --hyp form always took a file twice as two systems
    }
    List<String> out = new ArrayList<>();
    for (String h : hyps) {
      if (out.contains(h)) {
        if (paired.requested() && h.equals(out.get(0))) {
          continue;
        }
        throw usage("'" + h + "' already used to name a system");
      }
      out.add(h);
    }
    if (!out.isEmpty()) {
      checkSystemCount(out.size());
    }
    return out;
  }

  /** sacreBLEU's checks of the number of systems, once it is known. */
  private void checkSystemCount(int systems) {
    if (sentenceLevel && systems > 1) {
      throw usage("Only one system can be evaluated in sentence-level mode.");
    }
    if (paired.requested() && systems == 1) {
      throw usage("Paired tests require multiple input systems given to --input (-i).");
    }
    if (systems > 1 && confidence) {
      throw usage("Use paired tests (--paired-bs or --paired-ar) for multiple systems.");
    }
  }

  /**
   * The systems on standard input, as sacreBLEU reads them: one per tab-separated column, as many
   * columns on every line as on the first.
   */
  private List<List<String>> standardInput() {
    byte[] raw;
    try {
      raw = parent.in().readAllBytes();
    } catch (IOException e) {
      throw new InputException(null, "standard input: cannot be read: " + e.getMessage());
    }
    List<List<String>> systems = ScoreRun.standardInputSystems(raw);
    checkSystemCount(systems.size());
    return systems;
  }

  /** Usage errors, checked in a fixed order so that the first one reported never varies. */
  private void validate(boolean legacy) {
    if (legacy && !positionalRefs.isEmpty()) {
      throw usage(
          "give the references either as arguments (sacreBLEU style) or with --ref, not both");
    }
    if (!legacy && positionalRefs.isEmpty()) {
      throw usage(
          "no reference: give the reference files as arguments, before -i (as sacreBLEU), or with"
              + " --ref");
    }
    String enc = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
    if (!enc.equals("utf-8") && !enc.equals("utf8")) {
      throw usage("--encoding: the workbench reads UTF-8 only, not '" + encoding + "'");
    }
    format = format == null ? "json" : format.toLowerCase(Locale.ROOT);
    List<String> formats = legacy ? List.of("json", "text") : List.of("json", "text", "latex");
    if (!formats.contains(format)) {
      throw usage("--format must be " + String.join(", ", formats) + ", not '" + format + "'");
    }
    if (paired.bootstrap && paired.randomization) {
      throw usage("--paired-bs and --paired-ar are mutually exclusive");
    }
    if (legacy) {
      if (paired.requested() && hyps.size() == 1) {
        throw usage("paired tests need at least two --hyp files (the first is the baseline)");
      }
      if (paired.requested() && sentenceLevel) {
        throw usage("paired tests are unavailable with --sentence-level");
      }
      if (sentenceLevel && hyps.size() > 1) {
        throw usage("--sentence-level scores one system: give one --hyp");
      }
    } else {
      if (sentenceLevel && metrics != null && metrics.size() > 1) {
        throw usage("Only one metric can be used in sentence-level mode.");
      }
      if (sentenceLevel && (confidence || paired.requested())) {
        throw usage("Statistical tests are unavailable in sentence-level mode.");
      }
    }
    if (confidence && legacy) {
      throw usage("--confidence needs the sacreBLEU form (references as arguments)");
    }
    if (numRefs < 1 || numRefs > ScoreRun.MAX_NUM_REFS) {
      throw bound("--num-refs must be between 1 and " + ScoreRun.MAX_NUM_REFS + ", got " + numRefs);
    }
    if (numRefs > 1 && (legacy ? refs : positionalRefs).size() > 1) {
      throw usage(
          legacy
              ? "--num-refs reads tab-separated references from a single --ref file"
              : "--num-refs reads tab-separated references from a single reference file");
    }
    if (width < 0 || width > 17) {
      throw bound("--width must be between 0 and 17, got " + width);
    }
    if (paired.samples() < 1 || paired.samples() > PairedSignificance.MAX_SAMPLES) {
      throw bound(
          (paired.bootstrap ? "--paired-bs-n" : "--paired-ar-n")
              + " must be between 1 and "
              + PairedSignificance.MAX_SAMPLES
              + ", got "
              + paired.samples());
    }
    if (confidenceN < 1 || confidenceN > PairedSignificance.MAX_SAMPLES) {
      throw bound(
          "--confidence-n must be between 1 and "
              + PairedSignificance.MAX_SAMPLES
              + ", got "
              + confidenceN);
    }
    if (paired.seed < 0 || paired.seed > 0xFFFFFFFFL) {
      throw bound("--seed must be between 0 and 4294967295, got " + paired.seed);
    }
    if (paired.jobs < 0) {
      throw bound("--paired-jobs must be 0 or more, got " + paired.jobs);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /**
   * An option outside its documented limits (README, "score"): one error line, exit 2, before any
   * work.
   */
  private static InputException bound(String message) {
    return new InputException(null, "score: " + message);
  }

  /**
   * The metrics asked for. With --ref, and without a paired test, in sacreBLEU's order (BLEU, chrF,
   * TER) whatever the order of {@code -m}, as sacreBLEU sorts them; a paired test keeps the order
   * of {@code -m}, as sacreBLEU's does (the --ref form always sorted them). Only the metrics asked
   * for read their options, so a bad {@code --tokenize} matters only with BLEU.
   */
  private List<Metric> metrics(boolean legacy) {
    List<String> asked =
        metrics != null
            ? metrics
            : legacy ? List.of("bleu", "chrf", "chrf++", "ter") : List.of("bleu");
    Set<String> wanted = new LinkedHashSet<>();
    for (String m : asked) {
      String name = m.trim().toLowerCase(Locale.ROOT);
      if (!Set.of("bleu", "chrf", "chrf++", "ter").contains(name)) {
        throw usage("unknown metric '" + m + "' (expected bleu, chrf, chrf++ or ter)");
      }
      wanted.add(name);
    }
    List<String> order =
        !legacy && paired.requested()
            ? new ArrayList<>(wanted)
            : List.of("bleu", "chrf", "chrf++", "ter");
    List<Metric> out = new ArrayList<>();
    Set<String> chrfNames = new LinkedHashSet<>();
    try {
      for (String name : order) {
        if (!wanted.contains(name)) {
          continue;
        }
        switch (name) {
          case "bleu" -> out.add(new Bleu(bleu.config()));
          case "chrf", "chrf++" -> {
            ChrF metric = new ChrF(chrF.config(name.equals("chrf++")));
            if (chrfNames.add(metric.name())) { // "chrf -cw 2" and "chrf++" are the same metric
              out.add(metric);
            }
          }
          default -> out.add(new Ter(ter.config()));
        }
      }
    } catch (IllegalArgumentException e) {
      // an unknown name or a value outside the documented limits of a metric's settings
      throw bound(e.getMessage());
    }
    return out;
  }
}
