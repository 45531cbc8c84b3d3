package io.translationworkbench.report;

import io.translationworkbench.metrics.PairedSignificance;
import io.translationworkbench.metrics.PyFormat;
import io.translationworkbench.metrics.SacrebleuSignature;
import io.translationworkbench.metrics.Score;
import io.translationworkbench.metrics.ScoreRun;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code workbench score}'s output as sacreBLEU 2.6.0's command line prints it, byte for byte but
 * for the version field of the signatures and the terminal colours (never printed here; sacreBLEU
 * prints them unless {@code NO_COLOR} or {@code --no-color}).
 *
 * <ul>
 *   <li>one system: one score line per metric ({@code Score.format}), aligned on their {@code =} in
 *       text, a JSON object per metric ({@code json.dumps(indent=1)}) in JSON;
 *   <li>several systems: a table of the scores ({@code tabulate} fancy_grid or latex_booktabs) and
 *       the signatures, or a JSON list of per-system objects;
 *   <li>paired tests: the same table with bootstrap means and intervals and p-values, sacreBLEU's
 *       explanation of the test, or a JSON list with full-precision numbers;
 *   <li>sentence level: one score line per input line, whatever the format.
 * </ul>
 *
 * @param format {@code json}, {@code text} or {@code latex}
 * @param width decimals of every score (0 to 17; p-values always have 4)
 * @param shortSignature {@code --short} (never in single-system JSON, as in sacreBLEU)
 * @param scoreOnly {@code --score-only}
 * @param pairedSamples the {@code --paired-bs-n} or {@code --paired-ar-n} given, as sacreBLEU
 *     prints it in the explanation of a paired test
 */
public record SacrebleuWriter(
    String format, int width, boolean shortSignature, boolean scoreOnly, int pairedSamples) {
  public SacrebleuWriter {
    if (!List.of("json", "text", "latex").contains(format)) {
      throw new IllegalArgumentException("format must be json, text or latex, not " + format);
    }
    if (width < 0 || width > 17) {
      throw new IllegalArgumentException("width must be between 0 and 17, got " + width);
    }
  }

  /** What sacreBLEU prints on stdout, one line feed after the last line. */
  public String write(ScoreRun.Result result) {
    StringBuilder out = new StringBuilder();
    if (result.sentenceLevel()) {
      for (List<Score> row : result.sentences()) {
        for (Score s : row) {
          out.append(scoreLine(s, null, signature(s.signature(), shortSignature), false))
              .append('\n');
        }
      }
    } else if (result.pairedTest() != null) {
      paired(result, out);
    } else if (result.hypotheses().size() > 1) {
      multiSystem(result, out);
    } else {
      singleSystem(result, out);
    }
    return out.toString();
  }

  private static String signature(SacrebleuSignature sig, boolean shortForm) {
    return sig.format(shortForm);
  }

  /** sacreBLEU's {@code Score.format(width, score_only, signature, is_json)}. */
  private String scoreLine(Score s, double[] interval, String sig, boolean json) {
    String sc = PyFormat.fixed(s.score(), width);
    String mean = null;
    String ci = null;
    if (interval != null && interval[0] > 0) {
      mean = PyFormat.fixed(interval[0], width);
      ci = PyFormat.fixed(interval[1], width);
      sc += " (μ = " + mean + " ± " + ci + ")";
    }
    if (scoreOnly) {
      return sc;
    }
    if (!json) {
      String line = (sig.isEmpty() ? s.name() : s.name() + "|" + sig) + " = " + sc;
      return s.verbose().isEmpty() ? line : line + " " + s.verbose();
    }
    PyJson j = new PyJson(1, false);
    j.begin('{');
    j.key("name").string(s.name());
    j.key("score").number(rounded(s.score()));
    j.key("signature").string(sig);
    if (mean != null) {
      j.key("confidence_mean").number(Double.parseDouble(mean));
      j.key("confidence_var").number(Double.parseDouble(ci));
      j.key("confidence").string("μ = " + mean + " ± " + ci);
    }
    if (!s.verbose().isEmpty()) {
      j.key("verbose_score").string(s.verbose());
    }
    for (String param : sig.split("\\|", -1)) {
      int colon = param.indexOf(':');
      j.key(param.substring(0, colon)).string(param.substring(colon + 1));
    }
    j.end('}');
    return j.toString();
  }

  /** {@code float(f"{x:.{width}f}")}. */
  private double rounded(double x) {
    return Double.parseDouble(PyFormat.fixed(x, width));
  }

  /** {@code print_single_results}. */
  private void singleSystem(ScoreRun.Result result, StringBuilder out) {
    boolean json = format.equals("json");
    List<Score> scores = result.corpus().get(0);
    List<String> lines = new ArrayList<>();
    for (int m = 0; m < scores.size(); m++) {
      Score s = scores.get(m);
      double[] interval =
          result.confidenceIntervals().isEmpty() ? null : result.confidenceIntervals().get(m);
      lines.add(scoreLine(s, interval, signature(s.signature(), shortSignature && !json), json));
    }
    if (json) {
      out.append(lines.size() > 1 ? "[\n" + String.join(",\n", lines) + "\n]" : lines.get(0));
      out.append('\n');
      return;
    }
    if (lines.size() == 1) {
      out.append(lines.get(0)).append('\n');
      return;
    }
    // right-align the text left of the first '=' (lines without one are printed as they come)
    List<String> aligned = new ArrayList<>();
    List<Integer> lens = new ArrayList<>();
    for (String line : lines) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        out.append(line).append('\n');
      } else {
        aligned.add(line);
        lens.add(length(line.substring(0, eq - 1)));
      }
    }
    int w = lens.stream().mapToInt(Integer::intValue).max().orElse(0);
    for (int i = 0; i < aligned.size(); i++) {
      out.append(" ".repeat(w - lens.get(i))).append(aligned.get(i)).append('\n');
    }
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** System names as sacreBLEU prints them: the file names, or System 1, 2, … for stdin columns. */
  private static List<String> names(ScoreRun.Result result) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < result.hypotheses().size(); i++) {
      names.add(
          result.standardInput() ? "System " + (i + 1) : result.hypotheses().get(i).toString());
    }
    if (result.pairedTest() != null) {
      if (result.standardInput()) {
        for (int i = 0; i < names.size(); i++) {
          names.set(i, i == 0 ? "Baseline" : "System " + i);
        }
      } else {
        names.set(0, "Baseline: " + names.get(0));
      }
    }
    return names;
  }

  /** Several systems without a test: a table of the scores ({@code print_results_table}). */
  private void multiSystem(ScoreRun.Result result, StringBuilder out) {
    List<String> names = names(result);
    List<Score> first = result.corpus().get(0);
    if (format.equals("json")) {
      PyJson j = new PyJson(4, true);
      j.begin('[');
      for (int s = 0; s < names.size(); s++) {
        j.item().begin('{');
        j.key("system").string(names.get(s));
        for (Score sc : result.corpus().get(s)) {
          j.key(sc.name()).string(PyFormat.fixed(sc.score(), width));
        }
        j.end('}');
      }
      j.end(']');
      out.append(j).append('\n');
      return;
    }
    List<String> headers = new ArrayList<>(List.of("System"));
    for (Score sc : first) {
      headers.add(sc.name());
    }
    List<List<String>> rows = new ArrayList<>();
    for (int s = 0; s < names.size(); s++) {
      List<String> row = new ArrayList<>(List.of(names.get(s)));
      for (Score sc : result.corpus().get(s)) {
        row.add(PyFormat.fixed(sc.score(), width));
      }
      rows.add(row);
    }
    table(headers, rows, out);
    List<String[]> sigs = new ArrayList<>();
    for (Score sc : first) {
      sigs.add(new String[] {sc.name(), signature(sc.signature(), shortSignature)});
    }
    signatures(sigs, out);
  }

  /** A paired test: the table with means, intervals and p-values, and the test's explanation. */
  private void paired(ScoreRun.Result result, StringBuilder out) {
    List<String> names = names(result);
    List<List<PairedSignificance.Result>> perMetric = result.paired();
    if (format.equals("json")) {
      PyJson j = new PyJson(4, true);
      j.begin('[');
      for (int s = 0; s < names.size(); s++) {
        j.item().begin('{');
        j.key("system").string(names.get(s));
        for (List<PairedSignificance.Result> perSystem : perMetric) {
          PairedSignificance.Result r = perSystem.get(s);
          j.key(r.name()).begin('{');
          j.key("score").number(r.score());
          j.key("p_value").number(r.pValue());
          j.key("mean").number(r.mean());
          j.key("ci").number(r.ci());
          j.end('}');
        }
        j.end('}');
      }
      j.end(']');
      out.append(j).append('\n');
      return;
    }
    boolean multiline = format.equals("text");
    List<String> headers = new ArrayList<>(List.of("System"));
    boolean bootstrap = false;
    for (List<PairedSignificance.Result> perSystem : perMetric) {
      for (PairedSignificance.Result r : perSystem) {
        bootstrap |= r.mean() != null;
      }
      headers.add(perSystem.get(0).name() + (bootstrap ? " (μ ± 95% CI)" : ""));
    }
    List<List<String>> rows = new ArrayList<>();
    for (int s = 0; s < names.size(); s++) {
      List<String> row = new ArrayList<>(List.of(names.get(s)));
      for (List<PairedSignificance.Result> perSystem : perMetric) {
        PairedSignificance.Result r = perSystem.get(s);
        StringBuilder cell = new StringBuilder(PyFormat.fixed(r.score(), width));
        if (r.mean() != null) {
          cell.append(" (")
              .append(PyFormat.fixed(r.mean(), width))
              .append(" ± ")
              .append(PyFormat.fixed(r.ci(), width))
              .append(')');
        }
        if (r.pValue() != null) {
          cell.append(multiline ? '\n' : ' ')
              .append("(p = ")
              .append(PyFormat.fixed(r.pValue(), 4))
              .append(')');
          if (!(r.pValue() > 0.05)) {
            cell.append('*');
          }
        }
        row.add(cell.toString());
      }
      rows.add(row);
    }
    table(headers, rows, out);
    explanation(result, names.get(0), out);
    List<String[]> sigs = new ArrayList<>();
    for (List<PairedSignificance.Result> perSystem : perMetric) {
      PairedSignificance.Result r = perSystem.get(0);
      sigs.add(new String[] {r.name(), signature(r.signature(), shortSignature)});
    }
    signatures(sigs, out);
  }

  private void table(List<String> headers, List<List<String>> rows, StringBuilder out) {
    out.append(
            format.equals("latex")
                ? SacrebleuTable.latexBooktabs(headers, rows)
                : SacrebleuTable.fancyGrid(headers, rows))
        .append("\n\n");
  }

  /** The explanation sacreBLEU prints under a paired test's table. */
  private void explanation(ScoreRun.Result result, String firstName, StringBuilder out) {
    boolean bs = result.pairedTest().test() == PairedSignificance.Test.BOOTSTRAP;
    String msg =
        "Paired "
            + (bs ? "bootstrap resampling" : "approximate randomization")
            + " test with "
            + pairedSamples
            + (bs ? " resampling trials" : " trials");
    // sacreBLEU names the baseline only when its name starts with "Baseline:" (not for stdin)
    String baseline = firstName.startsWith("Baseline:") ? firstName : "";
    String dashes = "-".repeat(msg.length());
    out.append(dashes).append('\n').append(msg).append('\n').append(dashes).append('\n');
    out.append(" - Each system is pairwise compared to ").append(baseline).append(".\n");
    out.append(
        bs
            ? "   Actual system score / bootstrap estimated true mean / 95% CI are provided for each"
                + " metric.\n"
            : "   Actual system score is provided for each metric.\n");
    out.append('\n');
    out.append(
        """
         - Null hypothesis: the system and the baseline translations are essentially
           generated by the same underlying process. For a given system and the baseline,
           the p-value is roughly the probability of the absolute score difference (delta)
           or higher occurring due to chance, under the assumption that the null hypothesis is correct.

         - Assuming a significance threshold of 0.05, the null hypothesis can be rejected
           for p-values < 0.05 (marked with "*"). This means that the delta is unlikely to be attributed
           to chance, hence the system is significantly "different" than the baseline.
           Otherwise, the p-values are highlighted in red.

         - NOTE: Significance does not tell whether a system is "better" than the baseline but rather
           emphasizes the "difference" of the systems in terms of the replicability of the delta.

        """);
  }

  private static void signatures(List<String[]> sigs, StringBuilder out) {
    out.append("-----------------\nMetric signatures\n-----------------\n");
    for (String[] s : sigs) {
      // Python's f' - {name:<10} {sig}'
      out.append(" - ")
          .append(s[0])
          .append(" ".repeat(Math.max(0, 10 - length(s[0]))))
          .append(' ')
          .append(s[1])
          .append('\n');
    }
  }

  /**
   * Python's {@code json.dumps} with an indent: {@code ", "} becomes a line break, {@code ": "}
   * between key and value, floats in {@code repr}, and with {@code ensure_ascii} every non-ASCII
   * character as a {@code \\uXXXX} escape.
   */
  private static final class PyJson {
    private final StringBuilder sb = new StringBuilder();
    private final int indent;
    private final boolean ascii;
    private int depth;
    private boolean first = true;

    PyJson(int indent, boolean ascii) {
      this.indent = indent;
      this.ascii = ascii;
    }

    /** Starts the next element of an array. */
    PyJson item() {
      separate();
      return this;
    }

    private void separate() {
      if (depth > 0) {
        sb.append(first ? "\n" : ",\n").append(" ".repeat(indent * depth));
      }
      first = false;
    }

    PyJson begin(char open) {
      sb.append(open);
      depth++;
      first = true;
      return this;
    }

    PyJson end(char close) {
      depth--;
      if (!first) {
        sb.append('\n').append(" ".repeat(indent * depth));
      }
      sb.append(close);
      first = false;
      return this;
    }

    PyJson key(String k) {
      separate();
      quote(k);
      sb.append(": ");
      return this;
    }

    PyJson string(String v) {
      quote(v);
      return this;
    }

    PyJson number(Double v) {
      if (v == null) {
        sb.append("null");
      } else if (v.isNaN()) {
        sb.append("NaN");
      } else if (v.isInfinite()) {
        sb.append(v > 0 ? "Infinity" : "-Infinity");
      } else {
        sb.append(PyFormat.repr(v));
      }
      return this;
    }

    private void quote(String s) {
      sb.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          case '\b' -> sb.append("\\b");
          case '\f' -> sb.append("\\f");
          default -> {
            if (c < 0x20 || (ascii && c > 0x7e)) {
              String hex = Integer.toHexString(c);
              sb.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
            } else {
              sb.append(c);
            }
          }
        }
      }
      sb.append('"');
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
