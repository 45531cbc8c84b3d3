package io.translationworkbench.report;

import static io.translationworkbench.report.Html.esc;

import io.translationworkbench.Texts;
import io.translationworkbench.report.Blocks.Bar;
import io.translationworkbench.report.Blocks.Bars;
import io.translationworkbench.report.Blocks.Histograms;
import io.translationworkbench.report.Blocks.Series;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Charts as inline SVG for the HTML pages: drawn from the numbers alone, every text escaped through
 * {@link Html#esc}, colours as attributes (no style attribute, so a strict Content-Security-Policy
 * holds), each chart with a title for screen readers and each bar with a tooltip giving its number.
 */
final class Svg {
  private static final String BAR = "#4f81bd";
  private static final String MARKER = "#1f2328";
  private static final String AXIS = "#59636e";
  private static final String GRID = "#d1d9e0";

  private Svg() {}

  /** Small multiples: one histogram per series, the y axis in percent of the series, one scale. */
  static String histograms(Histograms h) {
    double max = 0;
    for (Series s : h.series()) {
      int total = s.counts().stream().mapToInt(Integer::intValue).sum();
      for (int c : s.counts()) {
        max = Math.max(max, total == 0 ? 0 : 100.0 * c / total);
      }
    }
    double top = Math.max(10, Math.ceil(max / 10) * 10);
    StringBuilder sb = new StringBuilder("<div class=\"charts\">\n");
    int w = 340;
    int hgt = 190;
    int left = 40;
    int bottom = 30;
    int plotW = w - left - 10;
    int plotH = hgt - bottom - 30;
    int n = h.binLabels().size();
    double bw = (double) plotW / Math.max(1, n);
    for (int k = 0; k < h.series().size(); k++) {
      Series s = h.series().get(k);
      int total = s.counts().stream().mapToInt(Integer::intValue).sum();
      String id = "hist-" + k;
      String title = h.what() + ", " + s.name() + " (" + total + ")";
      open(sb, w, hgt, id, title);
      sb.append("<text x=\"")
          .append(left)
          .append("\" y=\"16\" font-size=\"13\" font-weight=\"600\" fill=\"#1f2328\">")
          .append(esc(Texts.abbreviate(s.name(), 40) + " (" + total + ")"))
          .append("</text>");
      int y0 = hgt - bottom;
      for (int t = 0; t <= 2; t++) {
        double v = top * t / 2;
        double y = y0 - plotH * v / top;
        sb.append(line(left, y, left + plotW, y, GRID));
        sb.append(text(left - 4, y + 4, "end", fmt0(v) + "%"));
      }
      for (int b = 0; b < n; b++) {
        int c = s.counts().get(b);
        double pct = total == 0 ? 0 : 100.0 * c / total;
        double bh = plotH * pct / top;
        sb.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>",
                left + b * bw + 1,
                y0 - bh,
                Math.max(0.5, bw - 2),
                bh,
                BAR));
        sb.append(
                esc(
                    h.binLabels().get(b)
                        + ": "
                        + c
                        + " ("
                        + String.format(Locale.ROOT, "%.1f", pct)
                        + " %)"))
            .append("</title></rect>");
      }
      sb.append(line(left, y0, left + plotW, y0, AXIS));
      for (int b = 0; b <= n; b += 2) {
        sb.append(text(left + b * bw, y0 + 14, "middle", fmt0(100.0 * b / n)));
      }
      sb.append(text(left + plotW / 2.0, hgt - 2, "middle", esc(h.what())));
      sb.append("</svg>\n");
    }
    return sb.append("</div>\n").toString();
  }

  /** Opens an SVG of {@code w} × {@code h} labelled by its {@code <title>} (id {@code id}). */
  private static void open(StringBuilder sb, int w, int h, String id, String title) {
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(w)
        .append("\" height=\"")
        .append(h)
        .append("\" viewBox=\"0 0 ")
        .append(w)
        .append(' ')
        .append(h)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("\">");
    sb.append("<title id=\"").append(id).append("\">").append(esc(title)).append("</title>");
  }

  /** One bar per item, grouped as given, with a marker line on each bar that has one. */
  static String bars(Bars chart) {
    List<Bar> bars = chart.bars();
    double max = 0;
    for (Bar b : bars) {
      max = Math.max(max, Math.max(b.value(), b.marker() == null ? 0 : b.marker()));
    }
    double top = max <= 0 ? 1 : niceCeiling(max);
    int n = Math.max(1, bars.size());
    int left = 44;
    double bw = Math.max(1.0, Math.min(24.0, 900.0 / n));
    int plotW = (int) Math.ceil(bw * n);
    int w = Math.max(720, left + plotW + 12);
    int plotH = 160;
    int hgt = plotH + 60;
    int y0 = 20 + plotH;
    StringBuilder sb = new StringBuilder("<div class=\"scroll\">\n");
    open(sb, w, hgt, "bars-title", chart.title());
    for (int t = 0; t <= 4; t++) {
      double v = top * t / 4;
      double y = y0 - plotH * v / top;
      sb.append(line(left, y, left + plotW, y, GRID));
      sb.append(text(left - 4, y + 4, "end", String.format(Locale.ROOT, "%.2f", v)));
    }
    String group = null;
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double x = left + i * bw;
      if (i == 0 || !Objects.equals(group, b.group())) {
        group = b.group();
        if (i > 0) {
          sb.append(line(x, 20, x, y0 + 6, AXIS));
        }
        int size = 0;
        for (int k = i; k < bars.size() && Objects.equals(group, bars.get(k).group()); k++) {
          size++;
        }
        // a label fits its group's width (about 6 px a character), or is left to the tooltips
        int chars = (int) (size * bw / 6.5);
        if (group != null && chars >= 4) {
          sb.append(
              text(x + 2, y0 + 18, "start", esc(Texts.abbreviate(group, Math.min(30, chars)))));
        }
      }
      double bh = plotH * b.value() / top;
      String tip =
          b.label()
              + (b.group() == null ? "" : " (" + b.group() + ")")
              + ": "
              + chart.barName()
              + " "
              + String.format(Locale.ROOT, "%.2f", b.value())
              + (b.marker() == null
                  ? ""
                  : ", "
                      + chart.markerName()
                      + " "
                      + String.format(Locale.ROOT, "%.2f", b.marker()));
      sb.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"><title>",
              x + (bw > 3 ? 0.5 : 0),
              y0 - bh,
              bw > 3 ? bw - 1 : bw,
              bh,
              BAR));
      sb.append(esc(tip)).append("</title></rect>");
      if (b.marker() != null) {
        double my = y0 - plotH * b.marker() / top;
        sb.append(line(x, my, x + bw, my, MARKER));
      }
    }
    sb.append(line(left, y0, left + plotW, y0, AXIS));
    sb.append(
        text(
            left,
            hgt - 4,
            "start",
            esc(
                "bars: "
                    + chart.barName()
                    + "; lines: "
                    + chart.markerName()
                    + " (hover for the pair)")));
    return sb.append("</svg>\n</div>\n").toString();
  }

  private static double niceCeiling(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= v) {
        return m * p;
      }
    }
    return 10 * p;
  }

  private static String line(double x1, double y1, double x2, double y2, String colour) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"1\"/>",
        x1,
        y1,
        x2,
        y2,
        colour);
  }

  /** A label; {@code escaped} is already escaped. */
  private static String text(double x, double y, String anchor, String escaped) {
    return String.format(
            Locale.ROOT,
            "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"%s\" font-size=\"11\" fill=\"%s\">",
            x,
            y,
            anchor,
            AXIS)
        + escaped
        + "</text>";
  }

  private static String fmt0(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }
}
