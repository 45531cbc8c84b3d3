package io.translationworkbench.report;

import io.translationworkbench.PairReport;
import io.translationworkbench.Texts;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.gate.GatePolicy;
import io.translationworkbench.gate.GateResult;
import io.translationworkbench.gate.PairResult;
import io.translationworkbench.gate.RuleResult;
import io.translationworkbench.review.ReviewedFlag;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A Markdown summary fit for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}: the verdict,
 * one table row per pair and rule, the flags that count against the gate (new ones when a baseline
 * is used) and stale decisions.
 */
public final class GateSummaryMarkdownWriter implements GateReportWriter {
  /** Most flags listed; a PR comment has a size limit and a reviewer a patience limit. */
  static final int MAX_FLAGS_LISTED = 50;

  @Override
  public byte[] render(GateResult result) {
    StringBuilder md = new StringBuilder();
    int failed = result.failedPairs().size();
    md.append("## Translation quality gate: ")
        .append(result.passed() ? "✅ passed" : "❌ failed")
        .append("\n\n");
    md.append(failed)
        .append(" of ")
        .append(result.pairs().size())
        .append(result.pairs().size() == 1 ? " pair" : " pairs")
        .append(" failed. Policy: ")
        .append(policy(result.policy()))
        .append(". Baseline: ")
        .append(result.baselineUsed() ? "used (only new flags count)" : "none")
        .append(".\n\n");

    md.append("| Pair | Rule | Result | Measured | Threshold | Details |\n");
    md.append("| --- | --- | --- | ---: | --- | --- |\n");
    for (PairResult pair : result.pairs()) {
      for (RuleResult r : pair.rules()) {
        md.append("| ")
            .append(cell(pair.pairId()))
            .append(" | ")
            .append(r.rule().id())
            .append(" | ")
            .append(status(r.status()))
            .append(" | ")
            .append(r.measuredText().isEmpty() ? "–" : r.measuredText())
            .append(" | ")
            .append(RuleResultText.threshold(r))
            .append(" | ")
            .append(
                cell(r.failed() && r.rule().countsFlags() ? firstClause(r.message()) : r.message()))
            .append(" |\n");
      }
    }

    // the counts of each pair, by the names the reports use
    md.append("\n### Counts\n\n| Pair |");
    List<String> names = List.copyOf(PairReport.Summary.NAMES);
    names.forEach(n -> md.append(' ').append(n).append(" |"));
    md.append("\n| --- |");
    names.forEach(n -> md.append(" ---: |"));
    md.append('\n');
    for (PairResult pair : result.pairs()) {
      md.append("| ").append(cell(pair.pairId())).append(" |");
      pair.report()
          .summary()
          .named()
          .values()
          .forEach(v -> md.append(' ').append(PairReport.Summary.text(v)).append(" |"));
      md.append('\n');
    }

    List<Flag> counted =
        result.pairs().stream().flatMap(p -> p.counted().stream().map(ReviewedFlag::flag)).toList();
    md.append("\n### ")
        .append(result.baselineUsed() ? "New flags not dismissed" : "Flags not dismissed")
        .append(" (")
        .append(counted.size())
        .append(")\n\n");
    if (counted.isEmpty()) {
      md.append("None.\n");
    }
    int listed = 0;
    for (PairResult pair : result.pairs()) {
      for (ReviewedFlag rf : pair.counted()) {
        if (listed++ == MAX_FLAGS_LISTED) {
          break;
        }
        Flag f = rf.flag();
        md.append("- **")
            .append(f.severity().label())
            .append("** ")
            .append(cell(pair.machineFile()))
            .append(':')
            .append(f.span().line())
            .append(':')
            .append(f.span().column())
            .append(" ")
            .append(f.kind().id())
            .append(' ')
            .append(Md.code(f.ruleId()))
            .append(" «")
            .append(cell(Texts.abbreviate(f.matchedText(), 60)))
            .append("»: ")
            .append(cell(f.message()))
            .append(" (")
            .append(rf.state().label())
            .append(")")
            .append(' ')
            .append(Md.code(f.fingerprint()))
            .append('\n');
      }
    }
    if (counted.size() > MAX_FLAGS_LISTED) {
      md.append("- … and ")
          .append(counted.size() - MAX_FLAGS_LISTED)
          .append(" more (see the SARIF report)\n");
    }

    List<String> stale =
        result.pairs().stream()
            .flatMap(p -> p.stale().stream().map(s -> cell(p.pairId()) + ": " + cell(s.message())))
            .toList();
    if (!stale.isEmpty()) {
      md.append("\n### Stale review decisions (").append(stale.size()).append(")\n\n");
      md.append(
          "Not applied: the flag each was taken on is gone or its sentence changed. Decide the current flags again.\n\n");
      stale.forEach(s -> md.append("- ").append(s).append('\n'));
    }
    return md.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String policy(GatePolicy p) {
    return "no processing error, at most "
        + p.maxOpenErrors()
        + " error flags not dismissed"
        + (p.maxOpenWarnings() == null
            ? ""
            : ", at most " + p.maxOpenWarnings() + " warning flags not dismissed")
        + (p.maxOpenInfos() == null
            ? ""
            : ", at most " + p.maxOpenInfos() + " info flags not dismissed")
        + ", grammar density (findings per 100 words) at most "
        + RuleResultText.number(p.maxGrammarDensityRatio())
        + "× the human article's, document chrF at least "
        + RuleResultText.number(p.minDocumentChrF())
        + (p.allowUntranslated() ? ", untranslated passages allowed" : ", no untranslated passage");
  }

  private static String status(RuleResult.Status s) {
    return switch (s) {
      case PASSED -> "✅ passed";
      case FAILED -> "❌ failed";
      case SKIPPED -> "➖ skipped";
    };
  }

  // the flags are listed below the table: the table keeps the reason, not the list
  private static String firstClause(String message) {
    int colon = message.indexOf(": ");
    return colon < 0 ? message : message.substring(0, colon);
  }

  /** Text safe in a table cell or list item ({@link Md#cell}), whitespace runs as one space. */
  static String cell(String s) {
    return Md.cell(s.replaceAll("\\s+", " "));
  }
}
