package io.translationworkbench.report;

import io.translationworkbench.PairReport;

/**
 * The report for people, as Markdown: a pure function of {@link PairReport}, deterministic. What it
 * says is {@link ReportLayout}'s, the same as the HTML report's; {@link MarkdownRenderer} prints
 * it.
 */
public final class MarkdownReportWriter {

  /** The report as Markdown text. */
  public String write(PairReport r) {
    return MarkdownRenderer.render(ReportLayout.of(r));
  }
}
