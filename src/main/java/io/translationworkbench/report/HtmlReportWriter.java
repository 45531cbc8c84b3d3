package io.translationworkbench.report;

import io.translationworkbench.PairReport;

/**
 * The report for people, as one self-contained HTML page (inline CSS, no script, nothing fetched):
 * a pure function of {@link PairReport}, deterministic. What it says is {@link ReportLayout}'s, the
 * same as the Markdown report's; {@link HtmlRenderer} prints it, escaping every text through {@link
 * Html#esc}.
 */
public final class HtmlReportWriter {

  /** The report as an HTML page. */
  public String write(PairReport r) {
    return HtmlRenderer.render(ReportLayout.of(r));
  }
}
