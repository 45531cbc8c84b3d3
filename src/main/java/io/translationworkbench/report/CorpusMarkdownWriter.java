package io.translationworkbench.report;

/**
 * The corpus report as Markdown ({@code reports/index.md}): what {@link CorpusLayout} says, printed
 * by {@link MarkdownRenderer}; the charts' numbers as tables.
 */
public final class CorpusMarkdownWriter {
  /** The corpus report as Markdown. */
  public String write(CorpusReport c) {
    return MarkdownRenderer.render(CorpusLayout.of(c));
  }
}
