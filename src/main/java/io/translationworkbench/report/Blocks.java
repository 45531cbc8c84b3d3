package io.translationworkbench.report;

import io.translationworkbench.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The report for people as a tree with no format in it: a page of sections, each a list of blocks
 * made of inline parts. {@link ReportLayout} decides what goes in it (sections, order, counts,
 * wording); {@link MarkdownRenderer} and {@link HtmlRenderer} only print it, each escaping every
 * text it is given.
 */
final class Blocks {
  private Blocks() {}

  /** The whole report: its title, the facts under the title, then the sections in order. */
  record Page(String title, List<Field> meta, List<Section> sections) {}

  /**
   * One section.
   *
   * @param anchor id to link to
   * @param title its heading
   * @param navLabel short name in the HTML page's section links, or null to leave it out of them
   */
  record Section(String anchor, String title, String navLabel, List<Block> blocks) {}

  sealed interface Block
      permits Paragraph,
          Caption,
          BulletList,
          Table,
          Fields,
          SentencePair,
          Card,
          CardHeading,
          Histograms,
          Bars {}

  record Paragraph(List<Inline> parts) implements Block {}

  /**
   * What the list under it holds: in Markdown a line ending with a colon, in HTML a sub-heading.
   */
  record Caption(List<Inline> parts) implements Block {}

  record BulletList(List<Item> items) implements Block {}

  /** A list item, with an optional list nested under it. */
  record Item(List<Inline> parts, List<Item> children) {
    Item(List<Inline> parts) {
      this(parts, List.of());
    }
  }

  /**
   * A table.
   *
   * @param rowHeaders whether each row's first cell names the row
   * @param sortable whether a reader may sort it by any column (HTML: a small script does it; the
   *     rows as given are the order without it)
   */
  record Table(List<Column> columns, List<Row> rows, boolean rowHeaders, boolean sortable)
      implements Block {
    Table(List<Column> columns, List<Row> rows, boolean rowHeaders) {
      this(columns, rows, rowHeaders, false);
    }
  }

  /**
   * Histograms over the same bins, one per series, drawn to one scale (HTML: inline SVG; Markdown:
   * a table of the counts).
   *
   * @param what what is counted, for the charts' titles ("sentence chrF2")
   * @param binLabels a label per bin
   * @param series one histogram each
   */
  record Histograms(String what, List<String> binLabels, List<Series> series) implements Block {}

  /** One histogram: a name and a count per bin. */
  record Series(String name, List<Integer> counts) {}

  /**
   * A bar chart, one bar per item in the order given, with an optional marker on each (HTML: inline
   * SVG; Markdown: left out, the layout gives the numbers in a table).
   *
   * @param title what it shows
   * @param barName what a bar is
   * @param markerName what a marker is
   * @param bars the bars
   */
  record Bars(String title, String barName, String markerName, List<Bar> bars) implements Block {}

  /**
   * One bar.
   *
   * @param label what it is (a pair id)
   * @param group the group it belongs to (a system), or null
   * @param value its height
   * @param marker the marker's height, or null
   */
  record Bar(String label, String group, double value, Double marker) {}

  /** A column: numeric ones are right-aligned. */
  record Column(String name, boolean numeric) {}

  /**
   * A row; a total row is set apart (bold in HTML, its name in bold in Markdown).
   *
   * @param cells the cells, null where there is no value
   */
  record Row(List<Cell> cells, boolean total) {}

  /**
   * A cell; a numeric one holds a number or a position (HTML keeps it on one line, figures
   * aligned).
   */
  record Cell(List<Inline> parts, boolean numeric) {}

  /** Labelled facts, one a line ("Why: …"). */
  record Fields(List<Field> fields) implements Block {}

  /**
   * A labelled fact; a value that is one {@link WordDiff} has the notation's legend after the
   * label.
   */
  record Field(String label, List<Inline> value) {}

  /**
   * A machine sentence next to its human counterpart, then the word diff between them when there is
   * one.
   */
  record SentencePair(Field machine, Field human, Field diff) implements Block {}

  /**
   * A card of the flagged-sentences section: a sentence card (no state), a document-level flag (a
   * card with a state), or one flag of a sentence card ({@code nested}).
   *
   * @param anchor id to link to
   * @param severity what the card's border says
   * @param state the flag's review state, null for a sentence card
   */
  record Card(String anchor, Severity severity, String state, boolean nested, List<Block> blocks)
      implements Block {}

  /**
   * A card's heading: its number, its severity (a badge in HTML, the word and a "·" in Markdown),
   * then the rest.
   *
   * @param level 3 for a card, 4 for a flag in a card
   */
  record CardHeading(int level, String number, Severity severity, List<Inline> rest)
      implements Block {}

  sealed interface Inline
      permits Text,
          Strong,
          Code,
          Lang,
          Muted,
          Badge,
          BadgeList,
          Keyword,
          Marked,
          Abbreviated,
          WordDiff,
          Chips,
          Link {}

  record Text(String text) implements Inline {}

  /** A link to {@code href}, a relative URL whose every unsafe character is percent-encoded. */
  record Link(String text, String href) implements Inline {}

  record Strong(String text) implements Inline {}

  /** Code, an id or a file name; {@code lang} (or null) says the language of what it quotes. */
  record Code(String text, String lang) implements Inline {
    Code(String text) {
      this(text, null);
    }
  }

  /** Text in the language {@code lang} (null: the page's own, English). */
  record Lang(String lang, String text) implements Inline {}

  /** Text of less weight (a note, evidence): greyed in HTML, plain in Markdown. */
  record Muted(String text) implements Inline {}

  /**
   * A severity: a coloured badge in HTML (the text says it, colour repeats it), plain in Markdown.
   */
  record Badge(Severity severity, String text) implements Inline {}

  /** Badges in a row: side by side in HTML, a comma list in Markdown. */
  record BadgeList(List<Badge> badges) implements Inline {}

  /** A word from a closed set, such as a review state: bold in HTML, plain in Markdown. */
  record Keyword(String text) implements Inline {}

  /** Text in {@code lang} with the sorted, disjoint {from, to} spans {@code marks} highlighted. */
  record Marked(String lang, String text, List<int[]> marks) implements Inline {
    /** The text cut at the marks: even pieces are plain, odd ones marked (any may be empty). */
    List<String> pieces() {
      List<String> p = new ArrayList<>(2 * marks.size() + 1);
      int at = 0;
      for (int[] m : marks) {
        p.add(text.substring(at, m[0]));
        p.add(text.substring(m[0], m[1]));
        at = m[1];
      }
      p.add(text.substring(at));
      return p;
    }
  }

  /**
   * Text cut to {@code max} characters with a "…" when longer; HTML keeps the whole in a tooltip.
   *
   * @param code whether the text is code (a hash) rather than text in {@code lang}
   */
  record Abbreviated(String full, int max, boolean code, String lang) implements Inline {}

  /** A word diff, {@code [-machine-]}{@code {+human+}}, of text in {@code lang}. */
  record WordDiff(String lang, String diff) implements Inline {}

  /** Alternatives in {@code lang}, such as suggestions: chips in HTML, a comma list in Markdown. */
  record Chips(String lang, List<String> items) implements Inline {}
}
