package io.translationworkbench.cli;

import io.translationworkbench.AtomicFiles;
import io.translationworkbench.InputException;
import io.translationworkbench.PairReport;
import io.translationworkbench.ProcessingError;
import io.translationworkbench.Terminal;
import io.translationworkbench.Workbench;
import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.report.HtmlReportWriter;
import io.translationworkbench.report.JsonReportWriter;
import io.translationworkbench.report.MarkdownReportWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench report}: quality reports for one pair, several, or every pair under {@code
 * articles/}.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the machine translation of each pair (and the human text as a baseline) and writes",
      "reports/<id>/report.json, report.md and report.html (one self-contained page for a browser).",
      "With no PAIR, reports every pair under --articles."
    })
final class ReportCommand implements Callable<Integer> {
  @ParentCommand Main parent;

  @Parameters(
      paramLabel = "PAIR",
      arity = "0..*",
      description = "Pair directories (articles/<id>).")
  List<Path> pairs = new ArrayList<>();

  @Option(
      names = "--articles",
      paramLabel = "DIR",
      description = "Where pairs live (default: ${DEFAULT-VALUE}).")
  Path articles = Path.of("articles");

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where reports go (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("reports");

  @Mixin ConfigOption config;

  private static void write(Path file, String content) {
    try {
      AtomicFiles.writeString(file, content);
    } catch (java.io.IOException e) {
      throw new InputException(file, "cannot write the report (" + e.getMessage() + ")");
    }
  }

  @Option(
      names = "--parallel",
      description =
          "Line-aligned input (a test set where line i translates line i): align sentence i with i.")
  boolean parallel;

  @Override
  public Integer call() {
    List<Path> todo = pairs.isEmpty() ? CommandSupport.discoverPairs(articles) : pairs;
    Path cfg = config.resolve();
    int failures = 0;
    int broken = 0;
    AlignerParams aligner =
        parallel
            ? AlignerParams.defaults().withMode(AlignerParams.Mode.PARALLEL)
            : AlignerParams.defaults();
    try (Workbench wb = new Workbench(cfg, aligner, CommandSupport.grammarCache())) {
      for (Path pair : todo) {
        try {
          PairReport r = wb.analyze(pair);
          Path dir = out.resolve(CommandSupport.safeId(r.pair().id(), pair));
          Path json = dir.resolve("report.json");
          Path md = dir.resolve("report.md");
          Path html = dir.resolve("report.html");
          write(json, new JsonReportWriter().write(r));
          write(md, new MarkdownReportWriter().write(r));
          write(html, new HtmlReportWriter().write(r));
          PairReport.Summary sum = r.summary();
          parent
              .out()
              .printf(
                  Locale.ROOT,
                  "%s: %d flags (%d errors, %d warnings, %d info); machine %d findings (%.2f per 100"
                      + " words), human baseline %d (%.2f); %d anomalies -> %s, %s, %s%n",
                  r.pair().id(),
                  sum.flags(),
                  sum.errors(),
                  sum.warnings(),
                  sum.infos(),
                  sum.machineFindings(),
                  sum.machineDensity(),
                  sum.humanFindings(),
                  sum.humanDensity(),
                  r.anomalies().size(),
                  json,
                  md.getFileName(),
                  html.getFileName());
          for (ProcessingError e : r.processingErrors()) {
            broken++;
            parent
                .err()
                .println(
                    "workbench: error: "
                        + r.pair().id()
                        + ": stage "
                        + e.stage()
                        + " could not finish on "
                        + e.file()
                        + ": "
                        + e.message()
                        + " (the report says so; please report this bug)");
          }
        } catch (InputException e) {
          failures++;
          parent.err().println("workbench: error: " + Terminal.line(e.getMessage()));
        }
      }
    }
    parent.out().flush();
    if (failures > 0) {
      return ExitCode.INPUT_ERROR.code();
    }
    return broken == 0 ? ExitCode.OK.code() : ExitCode.INTERNAL_ERROR.code();
  }
}
