package io.translationworkbench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The two table layouts sacreBLEU's multi-system output draws with the {@code tabulate} library
 * (0.8.9, as Debian 12 ships it): {@code fancy_grid} for {@code -f text} and {@code latex_booktabs}
 * for {@code -f latex}, with sacreBLEU's settings: the first column right-aligned, every other
 * column centred, each column at least its header plus two characters wide, one space of padding
 * inside each cell; a cell may hold several lines (fancy_grid only).
 */
final class SacrebleuTable {
  private SacrebleuTable() {}

  /** {@code fancy_grid}: box-drawing rules, a rule between data rows. No final line feed. */
  static String fancyGrid(List<String> headers, List<List<String>> rows) {
    int[] widths = widths(headers, rows);
    List<String> lines = new ArrayList<>();
    lines.add(rule(widths, "╒", "═", "╤", "╕"));
    lines.addAll(row(headers, widths, "│"));
    lines.add(rule(widths, "╞", "═", "╪", "╡"));
    for (int r = 0; r < rows.size(); r++) {
      if (r > 0) {
        lines.add(rule(widths, "├", "─", "┼", "┤"));
      }
      lines.addAll(row(rows.get(r), widths, "│"));
    }
    lines.add(rule(widths, "╘", "═", "╧", "╛"));
    return String.join("\n", lines);
  }

  /** {@code latex_booktabs}: a tabular with booktabs rules, LaTeX specials escaped. */
  static String latexBooktabs(List<String> headers, List<List<String>> rows) {
    int[] widths = widths(headers, rows);
    List<String> lines = new ArrayList<>();
    lines.add("\\begin{tabular}{r" + "c".repeat(headers.size() - 1) + "}");
    lines.add("\\toprule");
    lines.add(latexRow(headers, widths));
    lines.add("\\midrule");
    for (List<String> r : rows) {
      lines.add(latexRow(r, widths));
    }
    lines.add("\\bottomrule");
    lines.add("\\end{tabular}");
    return String.join("\n", lines);
  }

  private static int[] widths(List<String> headers, List<List<String>> rows) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      int w = length(headers.get(c)) + 2; // tabulate's MIN_PADDING
      for (List<String> r : rows) {
        for (String line : r.get(c).split("\n", -1)) {
          w = Math.max(w, length(line));
        }
      }
      widths[c] = w;
    }
    return widths;
  }

  private static String rule(int[] widths, String begin, String fill, String sep, String end) {
    StringBuilder sb = new StringBuilder(begin);
    for (int c = 0; c < widths.length; c++) {
      if (c > 0) {
        sb.append(sep);
      }
      sb.append(fill.repeat(widths[c] + 2));
    }
    return sb.append(end).toString();
  }

  /** One table row, as many text lines as its tallest cell. */
  private static List<String> row(List<String> cells, int[] widths, String bar) {
    List<String[]> split = new ArrayList<>();
    int height = 1;
    for (String cell : cells) {
      String[] lines = cell.split("\n", -1);
      split.add(lines);
      height = Math.max(height, lines.length);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < height; i++) {
      StringBuilder sb = new StringBuilder(bar);
      for (int c = 0; c < cells.size(); c++) {
        String[] lines = split.get(c);
        String text = i < lines.length ? align(lines[i], widths[c], c == 0) : " ".repeat(widths[c]);
        sb.append(' ').append(text).append(' ').append(bar);
      }
      out.add(stripTrailing(sb.toString()));
    }
    return out;
  }

  private static String latexRow(List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        sb.append('&');
      }
      sb.append(escapeLatex(' ' + align(cells.get(c), widths[c], c == 0) + ' '));
    }
    return stripTrailing(sb.append("\\\\").toString());
  }

  /** Python's {@code '{:>w}'} (first column) or {@code '{:^w}'} (extra space on the right). */
  private static String align(String s, int width, boolean right) {
    int pad = Math.max(0, width - length(s));
    if (right) {
      return " ".repeat(pad) + s;
    }
    int left = pad / 2;
    return " ".repeat(left) + s + " ".repeat(pad - left);
  }

  /** Python's {@code len}: code points. */
  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Python's {@code str.rstrip()} as tabulate applies it to every row (spaces only arise here). */
  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }

  /** tabulate's {@code LATEX_ESCAPE_RULES}, applied to every character of a padded cell. */
  static String escapeLatex(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> sb.append("\\&");
        case '%' -> sb.append("\\%");
        case '$' -> sb.append("\\$");
        case '#' -> sb.append("\\#");
        case '_' -> sb.append("\\_");
        case '^' -> sb.append("\\^{}");
        case '{' -> sb.append("\\{");
        case '}' -> sb.append("\\}");
        case '~' -> sb.append("\\textasciitilde{}");
        case '\\' -> sb.append("\\textbackslash{}");
        case '<' -> sb.append("\\ensuremath{<}");
        case '>' -> sb.append("\\ensuremath{>}");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }
}
