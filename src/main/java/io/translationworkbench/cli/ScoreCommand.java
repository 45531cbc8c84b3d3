package io.translationworkbench.cli;

import io.translationworkbench.InputException;
import io.translationworkbench.metrics.Bleu;
import io.translationworkbench.metrics.ChrF;
import io.translationworkbench.metrics.Metric;
import io.translationworkbench.metrics.PairedSignificance;
import io.translationworkbench.metrics.ScoreRun;
import io.translationworkbench.metrics.Ter;
import io.translationworkbench.report.ScoreJsonWriter;
import io.translationworkbench.report.ScoreTextWriter;
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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code workbench score}: sacreBLEU 2.6.0's command line on line-aligned files (BLEU, chrF,
 * chrF++, TER), with full-precision JSON, per-line scores and paired significance tests.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scores line-aligned hypothesis files against reference files exactly as sacreBLEU 2.6.0 does.",
      "Lines end at LF only; each line is right-stripped of Python whitespace; an empty line is an empty segment."
    })
final class ScoreCommand implements Callable<Integer> {
  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @Option(
      names = {"--hyp", "-i"},
      required = true,
      paramLabel = "FILE",
      description =
          "Hypothesis file; repeat for several systems (the first is the baseline of paired tests).")
  List<Path> hyps;

  @Option(
      names = {"--ref", "-r"},
      required = true,
      paramLabel = "FILE",
      description = "Reference file; repeat for several references.")
  List<Path> refs;

  @Option(
      names = {"--num-refs", "-nr"},
      defaultValue = "1",
      description =
          "Split each line of a single reference file on tabs into this many references (default: 1).")
  int numRefs;

  @Option(
      names = {"--metrics", "-m"},
      split = ",",
      defaultValue = "bleu,chrf,chrf++,ter",
      description = "Metrics, comma-separated: bleu, chrf, chrf++, ter (default: all four).")
  List<String> metrics;

  @Option(
      names = {"--sentence-level", "-sl"},
      description = "Also score every line (BLEU with effective order, as sacreBLEU -sl).")
  boolean sentenceLevel;

  @Option(
      names = {"--format", "-f"},
      defaultValue = "json",
      description = "Output format: json (default) or text.")
  String format;

  @Option(
      names = {"--short", "-sh"},
      description = "Short signatures in text output.")
  boolean shortSignature;

  @Option(
      names = {"--score-only", "-b"},
      description = "Text output: print only the scores.")
  boolean scoreOnly;

  @Option(
      names = {"--width", "-w"},
      defaultValue = "1",
      description = "Decimals in text output (default: 1); JSON is always full precision.")
  int width;

  // declared in the order of the help: BLEU, chrF, TER, then the paired tests
  @Mixin ScoreOptions.Bleu bleu;

  @Mixin ScoreOptions.ChrF chrF;

  @Mixin ScoreOptions.Ter ter;

  @Mixin ScoreOptions.Paired paired;

  @Override
  public Integer call() {
    validate();
    ScoreRun.Config config =
        new ScoreRun.Config(hyps, refs, numRefs, metrics(), sentenceLevel, paired.test());
    ScoreRun.Result result = ScoreRun.run(config);
    parent
        .out()
        .print(
            format.equals("json")
                ? new ScoreJsonWriter().write(result)
                : new ScoreTextWriter(width, shortSignature, scoreOnly).write(result));
    return ExitCode.OK.code();
  }

  /** Usage errors, checked in a fixed order so that the first one reported never varies. */
  private void validate() {
    format = format.toLowerCase(Locale.ROOT);
    if (!format.equals("json") && !format.equals("text")) {
      throw usage("--format must be json or text, not '" + format + "'");
    }
    if (paired.bootstrap && paired.randomization) {
      throw usage("--paired-bs and --paired-ar are mutually exclusive");
    }
    if (paired.requested() && hyps.size() < 2) {
      throw usage("paired tests need at least two --hyp files (the first is the baseline)");
    }
    if (paired.requested() && sentenceLevel) {
      throw usage("paired tests are unavailable with --sentence-level");
    }
    if (sentenceLevel && hyps.size() > 1) {
      throw usage("--sentence-level scores one system: give one --hyp");
    }
    if (numRefs < 1 || numRefs > ScoreRun.MAX_NUM_REFS) {
      throw bound("--num-refs must be between 1 and " + ScoreRun.MAX_NUM_REFS + ", got " + numRefs);
    }
    if (numRefs > 1 && refs.size() > 1) {
      throw usage("--num-refs reads tab-separated references from a single --ref file");
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
   * The metrics asked for, in sacreBLEU's order whatever the order of {@code -m}; only the metrics
   * asked for read their options, so a bad {@code --tokenize} matters only with BLEU.
   */
  private List<Metric> metrics() {
    Set<String> wanted = new LinkedHashSet<>();
    for (String m : metrics) {
      String name = m.trim().toLowerCase(Locale.ROOT);
      if (!Set.of("bleu", "chrf", "chrf++", "ter").contains(name)) {
        throw usage("unknown metric '" + m + "' (expected bleu, chrf, chrf++ or ter)");
      }
      wanted.add(name);
    }
    List<Metric> out = new ArrayList<>();
    try {
      if (wanted.contains("bleu")) {
        out.add(new Bleu(bleu.config()));
      }
      Set<String> chrfNames = new LinkedHashSet<>();
      for (String name : List.of("chrf", "chrf++")) {
        if (wanted.contains(name)) {
          ChrF metric = new ChrF(chrF.config(name.equals("chrf++")));
          if (chrfNames.add(metric.name())) { // "chrf -cw 2" and "chrf++" are the same metric
            out.add(metric);
          }
        }
      }
      if (wanted.contains("ter")) {
        out.add(new Ter(ter.config()));
      }
    } catch (IllegalArgumentException e) {
      // an unknown name or a value outside the documented limits of a metric's settings
      throw bound(e.getMessage());
    }
    return out;
  }
}
