package io.translationworkbench.report;

/**
 * The corpus report as one self-contained HTML page ({@code reports/index.html}): inline CSS,
 * inline SVG charts and one small inline script that sorts the pairs table, both allowed by hash in
 * the page's Content-Security-Policy and nothing else; nothing fetched.
 */
public final class CorpusHtmlWriter {
  /** The corpus report as an HTML page. */
  public String write(CorpusReport c) {
    return HtmlRenderer.render(CorpusLayout.of(c));
  }
}
