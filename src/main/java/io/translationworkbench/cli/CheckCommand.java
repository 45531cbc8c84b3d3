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
import java.nio.charset.StandardCharsets;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code workbench check}: the CI quality gate over one or more pairs, with SARIF, JUnit XML and
 * Markdown output.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the quality gate for CI over one pair or more; exit 1 when it fails.",
      "Analyses each pair, applies its review decisions (PAIR/review.json) and checks the policy"
          + " (--policy, tightened by --fail-on). Dismissed flags never fail the gate; with a"
          + " baseline, only flags not in it do. The verdict is printed on standard output; SARIF,"
          + " JUnit XML and a Markdown summary are written only where --sarif, --junit and --summary"
          + " say (FILE, or - for standard output, for one of them at most)."
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
          "Repository root: the default pairs and policy are found there, SARIF paths are relative to"
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
      description = "Write SARIF 2.1.0 to FILE (- for standard output); none by default.")
  Path sarifFile;

  @Option(
      names = "--junit",
      paramLabel = "FILE",
      description = "Write JUnit XML to FILE (- for standard output); none by default.")
  Path junitFile;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      description = "Write the Markdown summary to FILE (- for standard output); none by default.")
  Path summaryFile;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "${COMPLETION-CANDIDATES}: flags of LEVEL or worse not dismissed fail the gate (their"
              + " limit becomes 0, whatever the policy says); the policy's other rules still apply.")
  SeverityLevel failOn;

  @Spec CommandSpec spec;

  /** The name that stands for standard output in every output option. */
  static final String STDOUT = "-";

  @Override
  public Integer call() throws IOException {
    PrintWriter out = parent.out();
    if (baselineFile != null && writeBaselineFile != null) {
      throw new InputException(null, "--baseline and --write-baseline exclude each other");
    }
    // only the outputs asked for; "-" is standard output, for one of them at most
    Map<String, Path> asked = new LinkedHashMap<>();
    if (writeBaselineFile != null) {
      asked.put("--write-baseline", writeBaselineFile);
    }
    if (sarifFile != null) {
      asked.put("--sarif", sarifFile);
    }
    if (junitFile != null) {
      asked.put("--junit", junitFile);
    }
    if (summaryFile != null) {
      asked.put("--summary", summaryFile);
    }
    String toStdout = null;
    List<Map.Entry<String, Path>> outputs = new ArrayList<>();
    for (Map.Entry<String, Path> o : asked.entrySet()) {
      if (!o.getValue().toString().equals(STDOUT)) {
        outputs.add(o);
      } else if (toStdout == null) {
        toStdout = o.getKey();
      } else {
        throw new ParameterException(
            spec.commandLine(),
            "only one output can go to standard output ('-'): "
                + toStdout
                + " and "
                + o.getKey()
                + " both do");
      }
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
    if (failOn != null) {
      policy = policy.failingOn(failOn.severity);
      policyName += ", --fail-on " + failOn;
    }
    Baseline baseline = baselineFile == null ? null : Baseline.load(baselineFile);

    // fail on bad input before the (slow) analysis starts: pairs, their ids, where outputs go
    List<Path> dirs =
        pairs.isEmpty() ? CommandSupport.discoverPairs(root.resolve("articles")) : pairs;
    Map<String, Path> seen = new HashMap<>();
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        throw CommandSupport.notAPairDirectory(dir, root.resolve("articles"));
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
    Map<String, byte[]> rendered = new LinkedHashMap<>();
    if (writeBaselineFile != null) {
      rendered.put("--write-baseline", baseline.toJson());
    }
    for (String option : asked.keySet()) {
      GateReportWriter writer =
          switch (option) {
            case "--sarif" -> new SarifWriter(Versions.tool());
            case "--junit" -> new JUnitXmlWriter();
            case "--summary" -> new GateSummaryMarkdownWriter();
            default -> null;
          };
      if (writer != null) {
        rendered.put(option, writer.render(result));
      }
    }
    Map<Path, AtomicFiles.Body> files = new LinkedHashMap<>();
    for (Map.Entry<String, Path> o : outputs) {
      byte[] bytes = rendered.get(o.getKey());
      files.put(o.getValue(), s -> s.write(bytes));
    }
    try {
      AtomicFiles.writeAll(files);
    } catch (AtomicFiles.WriteException e) {
      throw e.toInputException();
    }
    // with an output on standard output, the verdict goes to standard error: stdout stays a file
    PrintWriter verdict = out;
    if (toStdout != null) {
      out.print(new String(rendered.get(toStdout), StandardCharsets.UTF_8));
      out.flush();
      verdict = parent.err();
    }
    if (writeBaselineFile != null) {
      verdict.println(
          "Baseline of "
              + reports.stream().mapToInt(r -> r.flags().size()).sum()
              + " flags written to "
              + writeBaselineFile);
    }

    printVerdict(verdict, result, policyName);
    if (!outputs.isEmpty()) {
      List<String> written = new ArrayList<>();
      for (Map.Entry<String, Path> o : outputs) {
        if (!o.getKey().equals("--write-baseline")) {
          written.add(o.getValue().toString());
        }
      }
      if (!written.isEmpty()) {
        verdict.println("Reports: " + String.join(", ", written));
      }
    }
    verdict.flush();
    return result.passed() ? ExitCode.OK.code() : ExitCode.GATE_FAILED.code();
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
