package io.translationworkbench.cli;

import io.translationworkbench.InputException;
import io.translationworkbench.PairAnalyzer;
import io.translationworkbench.PairReport;
import io.translationworkbench.Versions;
import io.translationworkbench.gate.Baseline;
import io.translationworkbench.gate.Gate;
import io.translationworkbench.gate.GatePolicy;
import io.translationworkbench.gate.GateResult;
import io.translationworkbench.gate.PairResult;
import io.translationworkbench.gate.RuleResult;
import io.translationworkbench.report.GateSummaryMarkdownWriter;
import io.translationworkbench.report.JUnitXmlWriter;
import io.translationworkbench.report.SarifWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench check}: the CI quality gate over one or more pairs, with SARIF, JUnit XML and
 * Markdown output.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Quality gate for CI: analyses each pair, applies its review decisions (review.json), checks the policy and"
          + " writes SARIF, JUnit XML and a Markdown summary. Dismissed flags never fail the gate; with a baseline,"
          + " only flags not in it do."
    })
final class CheckCommand implements Callable<Integer> {
  @ParentCommand Main parent;

  @Parameters(
      paramLabel = "PAIR",
      arity = "0..*",
      description =
          "Pair directories (articles/<id>). Default: every directory under ROOT/articles.")
  List<Path> pairs = new ArrayList<>();

  @Option(
      names = "--root",
      paramLabel = "DIR",
      defaultValue = ".",
      description =
          "Repository root: default pairs, policy and reports are found there, SARIF paths are relative to"
              + " it (default: the current directory).")
  Path root;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description =
          "Policy file (default: ROOT/quality-gate.json if present, else the built-in defaults).")
  Path policyFile;

  @Mixin ConfigOption config;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Only flags not in this baseline count.")
  Path baselineFile;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description = "Write a baseline of the current flags to FILE, then check against it.")
  Path writeBaselineFile;

  @Option(
      names = "--sarif",
      paramLabel = "FILE",
      description = "SARIF 2.1.0 output (default: ROOT/reports/check.sarif).")
  Path sarifFile;

  @Option(
      names = "--junit",
      paramLabel = "FILE",
      description = "JUnit XML output (default: ROOT/reports/check-junit.xml).")
  Path junitFile;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      description = "Markdown summary output (default: ROOT/reports/check-summary.md).")
  Path summaryFile;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = parent.out();
    if (baselineFile != null && writeBaselineFile != null) {
      throw new InputException(null, "--baseline and --write-baseline exclude each other");
    }
    GatePolicy policy;
    String policyName;
    Path defaultPolicy = root.resolve(GatePolicy.DEFAULT_FILE_NAME);
    if (policyFile != null) {
      policy = GatePolicy.load(policyFile);
      policyName = policyFile.toString();
    } else if (Files.exists(defaultPolicy)) {
      // there but no regular file (a FIFO, a directory): an input error, not the defaults
      policy = GatePolicy.load(defaultPolicy);
      policyName = defaultPolicy.toString();
    } else {
      policy = GatePolicy.defaults();
      policyName = "built-in defaults";
    }
    Baseline baseline = baselineFile == null ? null : Baseline.load(baselineFile);

    // fail on bad input before the (slow) analysis starts
    List<Path> dirs =
        pairs.isEmpty() ? CommandSupport.discoverPairs(root.resolve("articles")) : pairs;
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        throw new InputException(dir, "not a pair directory");
      }
    }
    PairAnalyzer analyzer = parent.analyzer(config.resolve());
    List<PairReport> reports = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    for (Path dir : dirs) {
      PairReport report = analyzer.analyze(dir);
      Path other = seen.putIfAbsent(report.pair().id(), dir);
      if (other != null) {
        throw new InputException(dir, "same pair id as " + other + ": " + report.pair().id());
      }
      reports.add(report);
    }
    if (writeBaselineFile != null) {
      baseline = Baseline.of(reports);
      baseline.save(writeBaselineFile);
      out.println(
          "Baseline of "
              + reports.stream().mapToInt(r -> r.flags().size()).sum()
              + " flags written to "
              + writeBaselineFile);
    }
    GateResult result = Gate.evaluate(reports, policy, baseline, root);

    Path sarif = sarifFile != null ? sarifFile : root.resolve("reports/check.sarif");
    Path junit = junitFile != null ? junitFile : root.resolve("reports/check-junit.xml");
    Path summary = summaryFile != null ? summaryFile : root.resolve("reports/check-summary.md");
    new SarifWriter(Versions.tool()).write(result, sarif);
    new JUnitXmlWriter().write(result, junit);
    new GateSummaryMarkdownWriter().write(result, summary);

    printVerdict(out, result, policyName);
    out.println("Reports: " + sarif + ", " + junit + ", " + summary);
    return result.passed() ? ExitCode.OK.code() : ExitCode.GATE_FAILED.code();
  }

  private static void printVerdict(PrintWriter out, GateResult result, String policyName) {
    int failed = result.failedPairs().size();
    out.println(
        "Quality gate "
            + (result.passed() ? "PASSED" : "FAILED")
            + ": "
            + failed
            + " of "
            + result.pairs().size()
            + (result.pairs().size() == 1 ? " pair" : " pairs")
            + " failed (policy: "
            + policyName
            + (result.baselineUsed() ? ", with baseline" : "")
            + ")");
    for (PairResult pair : result.pairs()) {
      out.println("  " + pair.pairId() + ": " + (pair.passed() ? "passed" : "FAILED"));
      for (RuleResult r : pair.failures()) {
        out.println("    " + r.rule().id() + ": " + r.message());
      }
      if (!pair.stale().isEmpty()) {
        out.println(
            "    "
                + pair.stale().size()
                + " stale review decision(s): see 'workbench review articles/"
                + pair.pairId()
                + " --list'");
      }
    }
  }
}
