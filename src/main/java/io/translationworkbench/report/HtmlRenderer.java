package io.translationworkbench.report;

import static io.translationworkbench.report.Html.esc;

import io.translationworkbench.Severity;
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
import io.translationworkbench.report.Blocks.Column;
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
import io.translationworkbench.report.Blocks.Strong;
import io.translationworkbench.report.Blocks.Table;
import io.translationworkbench.report.Blocks.Text;
import io.translationworkbench.report.Blocks.WordDiff;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints {@link Blocks} as one self-contained HTML page (inline CSS, nothing fetched; no script,
 * but for a page with a sortable table or a chart, such as the corpus report: then a small inline
 * sorting script, inline SVG, and a Content-Security-Policy that allows that style and script by
 * hash and nothing else). Every text is escaped through {@link Html#esc}; only the markup this
 * class writes itself is not. The markup is XHTML-compatible (void elements self-closed) so that an
 * XML parser can check it. It decides how things look, never what is said.
 */
final class HtmlRenderer {
  // Colour is never the only signal: badges carry the severity as text, mark is bold, del/ins
  // strike and underline.
  private static final String CSS =
      """
      :root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-soft: #f6f8fa; }
      * { box-sizing: border-box; }
      body { margin: 0; color: var(--fg); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", \
      Roboto, "Helvetica Neue", Arial, sans-serif; }
      header, main, nav { max-width: 72rem; margin: 0 auto; padding: 0 1.5rem; }
      header { padding-top: 1.5rem; }
      h1 { font-size: 1.6rem; margin: 0 0 .75rem; }
      h2 { font-size: 1.3rem; margin: 2.25rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
      h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
      code { font: .85em/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; \
      background: var(--bg-soft); padding: 0 .25em; border-radius: 4px; overflow-wrap: break-word; }
      dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
      dl.meta dt { font-weight: 600; }
      dl.meta dd { margin: 0; }
      nav { margin-top: 1rem; font-size: .9rem; }
      nav ul { list-style: none; padding: .5rem 0; margin: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; \
      border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); }
      a { color: #0550ae; }
      .muted { color: var(--muted); }
      .badge { display: inline-block; font-size: .8rem; font-weight: 700; line-height: 1.2; padding: .1rem .45rem; \
      border-radius: 999px; border: 1px solid; text-transform: uppercase; letter-spacing: .03em; white-space: nowrap; }
      .sev-error { color: #fff; background: #b42318; border-color: #b42318; }
      .sev-warning { color: #4a2c00; background: #fedf89; border-color: #b54708; }
      .sev-info { color: #0b3b66; background: #ddf4ff; border-color: #54aeff; }
      .flag { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: .25rem 1rem .75rem; \
      margin: 1rem 0; }
      .flag-error { border-left-color: #b42318; }
      .flag-warning { border-left-color: #b54708; }
      .flag-info { border-left-color: #54aeff; }
      .flag.state-dismissed { opacity: .65; border-style: dashed; }
      .card { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: .25rem 1rem .75rem; \
      margin: 1rem 0; }
      .card > .flag { margin: .75rem 0 .25rem; padding: 0 .75rem .5rem; border-left-width: 4px; }
      .card.flag { padding: .25rem 1rem .75rem; }
      .flag h3, .flag h4, .card h3 { margin: .5rem 0; font-weight: 600; }
      .flag h4 { font-size: 1rem; }
      .flag p, .card p { margin: .35rem 0; }
      .texts { display: grid; grid-template-columns: 1fr 1fr; gap: .75rem; margin: .5rem 0; }
      .text { background: var(--bg-soft); border-radius: 6px; padding: .5rem .75rem; }
      .text p { margin: 0; }
      .text .label { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
      .label { font-weight: 600; }
      mark { background: #fff8c5; font-weight: 700; outline: 1px solid #d4a72c; border-radius: 2px; padding: 0 .1em; }
      del, ins { padding: 0 .15em; margin: 0 .1em; border-radius: 2px; }
      del { background: #ffebe9; text-decoration: line-through; }
      ins { background: #dafbe1; text-decoration: underline; }
      .sugg { display: inline-block; border: 1px solid var(--line); border-radius: 4px; padding: 0 .35rem; \
      margin-right: .25rem; background: #fff; }
      .scroll { overflow-x: auto; }
      table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .5rem 0 1rem; }
      th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
      thead th { background: var(--bg-soft); }
      tbody tr:nth-child(even) { background: #fbfcfd; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      tr.total { font-weight: 700; }
      ul.plain { padding-left: 1.25rem; }
      footer { height: 2rem; }
      @media (max-width: 50rem) { .texts { grid-template-columns: 1fr; } }
      @media print { .flag, .card { break-inside: avoid; } nav { display: none; } }
      """;

  /** Added for pages with a sortable table or a chart (the corpus report). */
  private static final String EXTRA_CSS =
      """
      .charts { display: flex; flex-wrap: wrap; gap: 1rem; margin: .5rem 0 1rem; }
      svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
      table.sortable th button { font: inherit; font-weight: 700; color: inherit; background: none; border: 0; \
      padding: 0; cursor: pointer; text-align: inherit; }
      table.sortable th[aria-sort=ascending] button::after { content: " \\25B2"; }
      table.sortable th[aria-sort=descending] button::after { content: " \\25BC"; }
      td.pass { color: #1a7f37; font-weight: 700; }
      td.fail { color: #b42318; font-weight: 700; }
      """;

  /**
   * Sorts a {@code table.sortable} by the column whose header is clicked, numbers as numbers, empty
   * and "–" cells last, ties in the given order; the page works without it (rows in pair-id order).
   * It runs once the page is parsed (it sits in the head). No '<' or '&' in it, so that the page
   * stays well-formed XML.
   */
  static final String SORT_SCRIPT =
      """
      document.addEventListener('DOMContentLoaded', function () {
        function key(cell) {
          var t = cell ? (cell.getAttribute('data-sort') || cell.textContent).trim() : '';
          if (t === '' || t === '\u2013') { return null; }
          var n = Number(t);
          return isNaN(n) ? t.toLowerCase() : n;
        }
        document.querySelectorAll('table.sortable').forEach(function (table) {
          var heads = table.tHead.rows[0].cells;
          Array.prototype.forEach.call(heads, function (th, col) {
            var button = document.createElement('button');
            button.type = 'button';
            button.textContent = th.textContent;
            th.textContent = '';
            th.appendChild(button);
            button.addEventListener('click', function () {
              var asc = th.getAttribute('aria-sort') !== 'ascending';
              Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
              th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
              var body = table.tBodies[0];
              var rows = Array.prototype.map.call(body.rows, function (r, i) { return [key(r.cells[col]), i, r]; });
              rows.sort(function (a, b) {
                if (a[0] === null || b[0] === null) {
                  return a[0] === b[0] ? a[1] - b[1] : (a[0] === null ? 1 : -1);
                }
                var c = typeof a[0] === typeof b[0] ? (b[0] > a[0] ? -1 : a[0] > b[0] ? 1 : 0)
                  : (typeof a[0] === 'number' ? -1 : 1);
                return (asc ? c : -c) || a[1] - b[1];
              });
              rows.forEach(function (r) { body.appendChild(r[2]); });
            });
          });
        });
      });
      """;

  private final StringBuilder sb = new StringBuilder(32_768);

  private HtmlRenderer() {}

  static String render(Page page) {
    return new HtmlRenderer().page(page);
  }

  private String page(Page page) {
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    sb.append("<title>").append(esc(page.title())).append("</title>\n");
    boolean rich = rich(page);
    String css = "\n" + CSS + (rich ? EXTRA_CSS : "");
    if (rich) {
      // the page allows its own style and script and nothing else: no fetch, no injected script
      String script = "\n" + SORT_SCRIPT;
      sb.append(
              "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
          .append(sha256(css))
          .append("'; script-src '")
          .append(sha256(script))
          .append("'\"/>\n");
      sb.append("<style>").append(css).append("</style>\n");
      sb.append("<script>").append(script).append("</script>\n</head>\n<body>\n");
    } else {
      sb.append("<style>").append(css).append("</style>\n</head>\n<body>\n");
    }
    sb.append("<header>\n<h1>").append(esc(page.title())).append("</h1>\n<dl class=\"meta\">\n");
    for (Field f : page.meta()) {
      sb.append("<dt>").append(esc(f.label())).append("</dt><dd>");
      sb.append(inline(f.value())).append("</dd>\n");
    }
    sb.append("</dl>\n</header>\n<nav aria-label=\"Sections\">\n<ul>\n");
    for (Section s : page.sections()) {
      if (s.navLabel() != null) {
        sb.append("<li><a href=\"#").append(esc(s.anchor())).append("\">");
        sb.append(esc(s.navLabel())).append("</a></li>\n");
      }
    }
    sb.append("</ul>\n</nav>\n<main>\n");
    for (Section s : page.sections()) {
      sb.append("<section id=\"").append(esc(s.anchor())).append("\">\n<h2>");
      sb.append(esc(s.title())).append("</h2>\n");
      s.blocks().forEach(this::block);
      sb.append("</section>\n");
    }
    sb.append("</main>\n<footer></footer>\n</body>\n</html>\n");
    return sb.toString();
  }

  /** Whether the page has a sortable table or a chart (and so the extra style and the script). */
  private static boolean rich(Page page) {
    return page.sections().stream()
        .flatMap(s -> s.blocks().stream())
        .anyMatch(
            b ->
                b instanceof Histograms
                    || b instanceof Bars
                    || b instanceof Table t && t.sortable());
  }

  /** A CSP source for an inline element's exact content. */
  static String sha256(String content) {
    try {
      byte[] d =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "sha256-" + java.util.Base64.getEncoder().encodeToString(d);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void block(Block b) {
    if (b instanceof Histograms h) {
      sb.append(Svg.histograms(h));
    } else if (b instanceof Bars bars) {
      sb.append(Svg.bars(bars));
    } else if (b instanceof Paragraph p) {
      sb.append("<p>").append(inline(p.parts())).append("</p>\n");
    } else if (b instanceof Caption c) {
      sb.append("<h3>").append(inline(c.parts())).append("</h3>\n");
    } else if (b instanceof BulletList l) {
      sb.append("<ul class=\"plain\">\n");
      items(l.items());
      sb.append("</ul>\n");
    } else if (b instanceof Table t) {
      table(t);
    } else if (b instanceof Fields f) {
      f.fields().forEach(this::field);
    } else if (b instanceof SentencePair p) {
      sb.append("<div class=\"texts\">\n");
      text(p.machine());
      text(p.human());
      sb.append("</div>\n");
      if (p.diff() != null) {
        field(p.diff());
      }
    } else if (b instanceof Card c) {
      card(c);
    } else if (b instanceof CardHeading h) {
      sb.append("<h").append(h.level()).append('>').append(h.number()).append(". ");
      sb.append(badge(h.severity(), h.severity().label())).append(' ');
      sb.append(inline(h.rest())).append("</h").append(h.level()).append(">\n");
    } else {
      throw new IllegalArgumentException("unknown block " + b);
    }
  }

  private void items(List<Item> items) {
    for (Item i : items) {
      sb.append("<li>").append(inline(i.parts()));
      if (!i.children().isEmpty()) {
        sb.append("\n<ul>\n");
        items(i.children());
        sb.append("</ul>\n");
      }
      sb.append("</li>\n");
    }
  }

  /** "Label: value" as a paragraph; a word diff has the legend of its markup after the label. */
  private void field(Field f) {
    boolean diff = f.value().size() == 1 && f.value().get(0) instanceof WordDiff;
    sb.append("<p><span class=\"label\">").append(esc(f.label()));
    sb.append(
        diff
            ? "</span> <span class=\"muted\">(machine only: <del>struck</del>, human only:"
                + " <ins>underlined</ins>)</span>: "
            : ":</span> ");
    sb.append(inline(f.value())).append("</p>\n");
  }

  /** One side of a sentence pair: its label over the text, the paragraph taking the text's lang. */
  private void text(Field f) {
    sb.append("<div class=\"text\"><p class=\"label\">").append(esc(f.label())).append("</p>");
    Inline v = f.value().size() == 1 ? f.value().get(0) : null;
    if (v instanceof Marked m) {
      sb.append(p(m.lang())).append(marks(m)).append("</p>");
    } else if (v instanceof Lang l) {
      sb.append(p(l.lang())).append(esc(l.text())).append("</p>");
    } else if (v instanceof Muted m) {
      sb.append("<p class=\"muted\">").append(esc(m.text())).append("</p>");
    } else {
      sb.append("<p>").append(inline(f.value())).append("</p>");
    }
    sb.append("</div>\n");
  }

  private static String p(String lang) {
    return lang == null ? "<p>" : "<p lang=\"" + esc(lang) + "\">";
  }

  private void card(Card c) {
    String tag = c.nested() ? "section" : "article";
    String kind = c.nested() ? "flag" : c.state() == null ? "card" : "card flag";
    sb.append('<').append(tag).append(" class=\"").append(kind);
    sb.append(" flag-").append(c.severity().label());
    if (c.state() != null) {
      sb.append(" state-").append(esc(c.state()));
    }
    sb.append("\" id=\"").append(esc(c.anchor())).append("\">\n");
    c.blocks().forEach(this::block);
    sb.append("</").append(tag).append(">\n");
  }

  private void table(Table t) {
    sb.append(
        t.sortable()
            ? "<div class=\"scroll\">\n<table class=\"sortable\">\n"
            : "<div class=\"scroll\">\n<table>\n");
    sb.append("<thead>\n<tr>");
    for (Column c : t.columns()) {
      sb.append(c.numeric() ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">");
      sb.append(esc(c.name())).append("</th>");
    }
    sb.append("</tr>\n</thead>\n<tbody>\n");
    for (Row row : t.rows()) {
      sb.append(row.total() ? "<tr class=\"total\">" : "<tr>");
      for (int i = 0; i < row.cells().size(); i++) {
        cell(row.cells().get(i), t.rowHeaders() && i == 0);
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n</div>\n");
  }

  private void cell(Cell c, boolean rowHeader) {
    if (c == null) {
      sb.append("<td></td>");
    } else if (rowHeader) {
      sb.append("<th scope=\"row\">").append(inline(c.parts())).append("</th>");
    } else if (c.numeric()) {
      sb.append("<td class=\"num\">").append(inline(c.parts())).append("</td>");
    } else if (c.parts().size() == 1
        && c.parts().get(0) instanceof Keyword k
        && (k.text().equals("pass") || k.text().equals("fail"))) {
      // a verdict: its word says it, the colour repeats it
      sb.append("<td class=\"")
          .append(k.text())
          .append("\">")
          .append(esc(k.text()))
          .append("</td>");
    } else if (c.parts().size() == 1 && c.parts().get(0) instanceof Muted m) {
      sb.append("<td class=\"muted\">").append(esc(m.text())).append("</td>");
    } else {
      sb.append("<td>").append(inline(c.parts())).append("</td>");
    }
  }

  private static String inline(List<Inline> parts) {
    return parts.stream().map(HtmlRenderer::inline).collect(Collectors.joining());
  }

  private static String inline(Inline part) {
    if (part instanceof Text t) {
      return esc(t.text());
    } else if (part instanceof Link l) {
      return "<a href=\"" + esc(l.href()) + "\">" + esc(l.text()) + "</a>";
    } else if (part instanceof Strong s) {
      return "<strong>" + esc(s.text()) + "</strong>";
    } else if (part instanceof Code c) {
      String open = c.lang() == null ? "<code>" : "<code lang=\"" + esc(c.lang()) + "\">";
      return open + esc(c.text()) + "</code>";
    } else if (part instanceof Lang l) {
      return span(l.lang(), "", esc(l.text()));
    } else if (part instanceof Muted m) {
      return "<span class=\"muted\">" + esc(m.text()) + "</span>";
    } else if (part instanceof Badge b) {
      return badge(b.severity(), b.text());
    } else if (part instanceof BadgeList l) {
      return l.badges().stream()
          .map(b -> badge(b.severity(), b.text()))
          .collect(Collectors.joining(" "));
    } else if (part instanceof Keyword k) {
      return "<strong>" + esc(k.text()) + "</strong>";
    } else if (part instanceof Marked m) {
      return span(m.lang(), "", marks(m));
    } else if (part instanceof Abbreviated a) {
      return abbreviated(a);
    } else if (part instanceof WordDiff d) {
      return span(d.lang(), "", Html.diff(d.diff()));
    } else if (part instanceof Chips c) {
      String open = "<span class=\"sugg\" lang=\"" + esc(c.lang()) + "\">";
      return c.items().stream()
          .map(s -> open + esc(s) + "</span>")
          .collect(Collectors.joining(" "));
    }
    throw new IllegalArgumentException("unknown inline part " + part);
  }

  /**
   * Markup in a span with the given language and attributes, or as it is when it has neither (the
   * page's language).
   */
  private static String span(String lang, String attributes, String markup) {
    if (lang == null && attributes.isEmpty()) {
      return markup;
    }
    return "<span"
        + (lang == null ? "" : " lang=\"" + esc(lang) + "\"")
        + attributes
        + ">"
        + markup
        + "</span>";
  }

  /** The text, escaped, with its marked spans in mark elements. */
  private static String marks(Marked m) {
    StringBuilder out = new StringBuilder(m.text().length() + 13 * m.marks().size());
    List<String> pieces = m.pieces();
    for (int i = 0; i < pieces.size(); i++) {
      String piece = esc(pieces.get(i));
      out.append(i % 2 == 0 ? piece : "<mark>" + piece + "</mark>");
    }
    return out.toString();
  }

  /** Cut text ends with "…" and keeps the whole in its tooltip. */
  private static String abbreviated(Abbreviated a) {
    String t = a.full();
    boolean cut = t.length() > a.max();
    String title = cut ? " title=\"" + esc(t) + "\"" : "";
    String shown = esc(Texts.abbreviate(t, a.max()));
    return a.code() ? "<code" + title + ">" + shown + "</code>" : span(a.lang(), title, shown);
  }

  /** A severity badge: the severity in words, coloured as a second signal. */
  private static String badge(Severity s, String text) {
    return "<span class=\"badge sev-" + s.label() + "\">" + esc(text) + "</span>";
  }
}
