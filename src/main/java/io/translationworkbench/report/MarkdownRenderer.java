package io.translationworkbench.report;

import io.translationworkbench.Texts;
import io.translationworkbench.report.Blocks.Abbreviated;
import io.translationworkbench.report.Blocks.Badge;
import io.translationworkbench.report.Blocks.BadgeList;
import io.translationworkbench.report.Blocks.Bars;
import io.translationworkbench.report.Blocks.Block;
import io.translationworkbench.report.Blocks.BulletList;
import io.translationworkbench.report.Blocks.Caption;
import io.translationworkbench.report.Blocks.Card;
import io.translationworkbench.report.Blocks.CardHeading;
import io.translationworkbench.report.Blocks.Cell;
import io.translationworkbench.report.Blocks.Chips;
import io.translationworkbench.report.Blocks.Code;
import io.translationworkbench.report.Blocks.Field;
import io.translationworkbench.report.Blocks.Fields;
import io.translationworkbench.report.Blocks.Histograms;
import io.translationworkbench.report.Blocks.Inline;
import io.translationworkbench.report.Blocks.Item;
import io.translationworkbench.report.Blocks.Keyword;
import io.translationworkbench.report.Blocks.Lang;
import io.translationworkbench.report.Blocks.Link;
import io.translationworkbench.report.Blocks.Marked;
import io.translationworkbench.report.Blocks.Muted;
import io.translationworkbench.report.Blocks.Page;
import io.translationworkbench.report.Blocks.Paragraph;
import io.translationworkbench.report.Blocks.Row;
import io.translationworkbench.report.Blocks.Section;
import io.translationworkbench.report.Blocks.SentencePair;
import io.translationworkbench.report.Blocks.Series;
import io.translationworkbench.report.Blocks.Strong;
import io.translationworkbench.report.Blocks.Table;
import io.translationworkbench.report.Blocks.Text;
import io.translationworkbench.report.Blocks.WordDiff;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Prints {@link Blocks} as Markdown: every text through {@link Md#cell} (safe in table cells too),
 * code through {@link Md#code}. It decides how things look, never what is said.
 */
final class MarkdownRenderer {
  private final StringBuilder sb = new StringBuilder(16_384);

  private MarkdownRenderer() {}

  static String render(Page page) {
    return new MarkdownRenderer().page(page);
  }

  private String page(Page page) {
    sb.append("# ").append(Md.cell(page.title())).append("\n\n");
    List<Field> meta = page.meta();
    for (int i = 0; i < meta.size(); i++) {
      // a hard line break ("  ") between the facts, a paragraph end after the last
      sb.append(field(meta.get(i))).append(i < meta.size() - 1 ? "  \n" : "\n\n");
    }
    for (Section s : page.sections()) {
      sb.append("## ").append(Md.cell(s.title())).append("\n\n");
      s.blocks().forEach(this::block);
    }
    // every block ends with a blank line; the file ends with one line end
    sb.setLength(sb.length() - 1);
    return sb.toString();
  }

  private void block(Block b) {
    if (b instanceof Histograms h) {
      histograms(h);
    } else if (b instanceof Bars) {
      // a chart of numbers the page gives in a table: nothing to print in text
    } else if (b instanceof Paragraph p) {
      sb.append(inline(p.parts())).append("\n\n");
    } else if (b instanceof Caption c) {
      sb.append(inline(c.parts())).append(":\n\n");
    } else if (b instanceof BulletList l) {
      items(l.items(), "");
      sb.append('\n');
    } else if (b instanceof Table t) {
      table(t);
    } else if (b instanceof Fields f) {
      fields(f.fields());
    } else if (b instanceof SentencePair p) {
      fields(Stream.of(p.machine(), p.human(), p.diff()).filter(f -> f != null).toList());
    } else if (b instanceof Card c) {
      c.blocks().forEach(this::block);
    } else if (b instanceof CardHeading h) {
      sb.append("#".repeat(h.level())).append(' ').append(h.number()).append(". ");
      sb.append(h.severity().label()).append(" · ").append(inline(h.rest())).append("\n\n");
    } else {
      throw new IllegalArgumentException("unknown block " + b);
    }
  }

  private void items(List<Item> items, String indent) {
    for (Item i : items) {
      sb.append(indent).append("- ").append(inline(i.parts())).append('\n');
      items(i.children(), indent + "  ");
    }
  }

  private void fields(List<Field> fields) {
    fields.forEach(f -> sb.append("- ").append(field(f)).append('\n'));
    sb.append('\n');
  }

  private static String field(Field f) {
    boolean diff = f.value().size() == 1 && f.value().get(0) instanceof WordDiff;
    return "**"
        + Md.cell(f.label())
        + (diff ? "** (machine `[-…-]`, human `{+…+}`): " : ":** ")
        + inline(f.value());
  }

  /** Histograms as a table of counts: one row per series, one column per bin. */
  private void histograms(Histograms h) {
    sb.append("| ").append(Md.cell(h.what())).append(" |");
    h.binLabels().forEach(l -> sb.append(' ').append(Md.cell(l)).append(" |"));
    sb.append("\n|---|");
    h.binLabels().forEach(l -> sb.append("---:|"));
    sb.append('\n');
    for (Series s : h.series()) {
      sb.append("| ").append(Md.cell(s.name())).append(" |");
      s.counts().forEach(c -> sb.append(' ').append(c).append(" |"));
      sb.append('\n');
    }
    sb.append('\n');
  }

  private void table(Table t) {
    sb.append('|');
    t.columns().forEach(c -> sb.append(' ').append(Md.cell(c.name())).append(" |"));
    sb.append("\n|");
    t.columns().forEach(c -> sb.append(c.numeric() ? "---:|" : "---|"));
    sb.append('\n');
    for (Row row : t.rows()) {
      sb.append('|');
      for (int i = 0; i < row.cells().size(); i++) {
        Cell c = row.cells().get(i);
        if (c == null) {
          sb.append(" |");
          continue;
        }
        String text = inline(c.parts());
        sb.append(' ').append(row.total() && i == 0 ? "**" + text + "**" : text).append(" |");
      }
      sb.append('\n');
    }
    sb.append('\n');
  }

  private static String inline(List<Inline> parts) {
    return parts.stream().map(MarkdownRenderer::inline).collect(Collectors.joining());
  }

  /** Each part as Markdown: what HTML sets apart by markup alone (badges, muted text) is plain. */
  private static String inline(Inline part) {
    if (part instanceof Text t) {
      return Md.cell(t.text());
    } else if (part instanceof Link l) {
      return "[" + Md.cell(l.text()) + "](" + l.href() + ")";
    } else if (part instanceof Strong s) {
      return "**" + Md.cell(s.text()) + "**";
    } else if (part instanceof Code c) {
      return Md.code(c.text());
    } else if (part instanceof Lang l) {
      return Md.cell(l.text());
    } else if (part instanceof Muted m) {
      return Md.cell(m.text());
    } else if (part instanceof Badge b) {
      return Md.cell(b.text());
    } else if (part instanceof BadgeList l) {
      return l.badges().stream().map(b -> Md.cell(b.text())).collect(Collectors.joining(", "));
    } else if (part instanceof Keyword k) {
      return Md.cell(k.text());
    } else if (part instanceof Marked m) {
      return marked(m);
    } else if (part instanceof Abbreviated a) {
      return abbreviated(a);
    } else if (part instanceof WordDiff d) {
      return Md.cell(d.diff());
    } else if (part instanceof Chips c) {
      return Md.cell(String.join(", ", c.items()));
    }
    throw new IllegalArgumentException("unknown inline part " + part);
  }

  /** The text with its marked spans in bold. */
  private static String marked(Marked m) {
    StringBuilder out = new StringBuilder(m.text().length() + 4 * m.marks().size());
    List<String> pieces = m.pieces();
    for (int i = 0; i < pieces.size(); i++) {
      String piece = Md.cell(pieces.get(i));
      out.append(i % 2 == 0 ? piece : "**" + piece + "**");
    }
    return out.toString();
  }

  /** Cut text ends with "…"; a cut hash keeps the "…" out of its code span. */
  private static String abbreviated(Abbreviated a) {
    String t = a.full();
    if (!a.code()) {
      return Md.cell(Texts.abbreviate(t, a.max()));
    }
    return t.length() > a.max() ? Md.code(t.substring(0, a.max() - 1)) + "…" : Md.code(t);
  }
}
