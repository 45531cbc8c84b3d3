package io.translationworkbench.cli;

import io.translationworkbench.AtomicFiles;
import io.translationworkbench.InputException;
import io.translationworkbench.PairAnalyzer;
import io.translationworkbench.PairReport;
import io.translationworkbench.Terminal;
import io.translationworkbench.Versions;
import io.translationworkbench.gate.Baseline;
import io.translationworkbench.gate.Gate;
import io.translationworkbench.gate.GatePolicy;
import io.translationworkbench.gate.GateResult;
import io.translationworkbench.gate.PairResult;
import io.translationworkbench.gate.RuleResult;
import io.translationworkbench.report.GateReportWriter;
import io.translationworkbench.report.GateSummaryMarkdownWriter;
import io.translationworkbench.report.JUnitXmlWriter;
import io.translationworkbench.report.SarifWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

  @Mixin LanguageToolOption languageTool;

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
      policy = GatePolicy.load(requirePolicyFile(policyFile));
      policyName = policyFile.toString();
    } else if (Files.exists(defaultPolicy, LinkOption.NOFOLLOW_LINKS)) {
      // there in any form (a link to nothing, a directory, a FIFO): a mistake to report, not a
      // reason to check against the defaults
      policy = GatePolicy.load(requirePolicyFile(defaultPolicy));
      policyName = defaultPolicy.toString();
    } else {
      policy = GatePolicy.defaults();
      policyName = "built-in defaults";
    }
    Baseline baseline = baselineFile == null ? null : Baseline.load(baselineFile);

    Path sarif = sarifFile != null ? sarifFile : root.resolve("reports/check.sarif");
    Path junit = junitFile != null ? junitFile : root.resolve("reports/check-junit.xml");
    Path summary = summaryFile != null ? summaryFile : root.resolve("reports/check-summary.md");
    List<Map.Entry<String, Path>> outputs = new ArrayList<>();
    if (writeBaselineFile != null) {
      outputs.add(Map.entry("--write-baseline", writeBaselineFile));
    }
    outputs.add(Map.entry("--sarif", sarif));
    outputs.add(Map.entry("--junit", junit));
    outputs.add(Map.entry("--summary", summary));

    // fail on bad input before the (slow) analysis starts: pairs, their ids, where outputs go
    List<Path> dirs =
        pairs.isEmpty() ? CommandSupport.discoverPairs(root.resolve("articles")) : pairs;
    Map<String, Path> seen = new HashMap<>();
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        throw new InputException(dir, "not a pair directory");
      }
      CommandSupport.requireUnique(seen, CommandSupport.pairId(dir), dir);
    }
    checkOutputs(outputs);

    PairAnalyzer analyzer = parent.analyzer(config.resolve(), languageTool);
    List<PairReport> reports = new ArrayList<>();
    Map<String, Path> analyzed = new HashMap<>();
    for (Path dir : dirs) {
      PairReport report = analyzer.analyze(dir);
      CommandSupport.requireUnique(analyzed, CommandSupport.safeId(report.pair().id(), dir), dir);
      reports.add(report);
    }
    if (writeBaselineFile != null) {
      baseline = Baseline.of(reports);
    }
    GateResult result = Gate.evaluate(reports, policy, baseline, root);

    // the outputs of one run are published together: none is replaced before all are written
    Map<Path, AtomicFiles.Body> files = new LinkedHashMap<>();
    if (writeBaselineFile != null) {
      byte[] json = baseline.toJson();
      files.put(writeBaselineFile, o -> o.write(json));
    }
    files.put(sarif, body(new SarifWriter(Versions.tool()), result));
    files.put(junit, body(new JUnitXmlWriter(), result));
    files.put(summary, body(new GateSummaryMarkdownWriter(), result));
    try {
      AtomicFiles.writeAll(files);
    } catch (AtomicFiles.WriteException e) {
      throw e.toInputException();
    }
    if (writeBaselineFile != null) {
      out.println(
          "Baseline of "
              + reports.stream().mapToInt(r -> r.flags().size()).sum()
              + " flags written to "
              + writeBaselineFile);
    }

    printVerdict(out, result, policyName);
    out.println("Reports: " + sarif + ", " + junit + ", " + summary);
    return result.passed() ? ExitCode.OK.code() : ExitCode.GATE_FAILED.code();
  }

  private static AtomicFiles.Body body(GateReportWriter writer, GateResult result) {
    byte[] bytes = writer.render(result);
    return o -> o.write(bytes);
  }

  /** A policy file the user named (or left at the root) must be there. */
  private static Path requirePolicyFile(Path file) {
    if (!Files.exists(file)) {
      if (Files.isSymbolicLink(file)) {
        String to;
        try {
          to = String.valueOf(Files.readSymbolicLink(file));
        } catch (IOException e) {
          to = "unreadable";
        }
        throw new InputException(
            file, "policy file not found: a symbolic link to " + to + ", which does not exist");
      }
      throw new InputException(file, "policy file not found");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(file, "policy file is a directory");
    }
    return file;
  }

  /** Each output can be written, and no file is named for two of them. */
  private static void checkOutputs(List<Map.Entry<String, Path>> outputs) {
    Map<Path, String> byFile = new HashMap<>();
    for (Map.Entry<String, Path> o : outputs) {
      String other = byFile.putIfAbsent(o.getValue().toAbsolutePath().normalize(), o.getKey());
      if (other != null) {
        throw new InputException(
            o.getValue(), "named for two outputs (" + other + " and " + o.getKey() + ")");
      }
      try {
        AtomicFiles.checkWritable(o.getValue());
      } catch (AtomicFiles.WriteException e) {
        throw e.toInputException();
      }
    }
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
      out.println(
          "  " + Terminal.line(pair.pairId()) + ": " + (pair.passed() ? "passed" : "FAILED"));
      for (RuleResult r : pair.failures()) {
        out.println("    " + r.rule().id() + ": " + Terminal.line(r.message()));
      }
      if (!pair.stale().isEmpty()) {
        out.println(
            "    "
                + pair.stale().size()
                + " stale review decision(s): see 'workbench review articles/"
                + Terminal.line(pair.pairId())
                + " --list'");
      }
    }
  }
}
