package io.translationworkbench.report;

import io.translationworkbench.metrics.PairedSignificance;
import io.translationworkbench.metrics.PyFormat;
import io.translationworkbench.metrics.Score;
import io.translationworkbench.metrics.ScoreRun;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code workbench score}'s text: sacreBLEU's own score lines.
 *
 * @param width decimals of every score (0 to 17; p-values always have 4)
 * @param shortSignature sacreBLEU's {@code --short} signatures
 * @param scoreOnly sacreBLEU's {@code --score-only}: the numbers alone
 */
public record ScoreTextWriter(int width, boolean shortSignature, boolean scoreOnly) {
  public ScoreTextWriter {
    if (width < 0 || width > 17) {
      throw new IllegalArgumentException("width must be between 0 and 17, got " + width);
    }
  }

  /** The text, one line feed after every line. */
  public String write(ScoreRun.Result result) {
    List<String> lines = new ArrayList<>();
    if (result.pairedTest() != null) {
      paired(result, lines);
    } else if (result.sentenceLevel()) {
      for (List<Score> row : result.sentences()) {
        for (Score s : row) {
          lines.add(textLine(s));
        }
      }
    } else {
      List<List<Score>> corpus = result.corpus();
      for (int sys = 0; sys < corpus.size(); sys++) {
        if (corpus.size() > 1) {
          lines.add(result.hypotheses().get(sys) + ":");
        }
        List<String> scores = new ArrayList<>();
        for (Score s : corpus.get(sys)) {
          scores.add(textLine(s));
        }
        aligned(scores, lines);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      sb.append(line).append('\n');
    }
    return sb.toString();
  }

  /** sacreBLEU's {@code Score.format}: {@code NAME|signature = score verbose}. */
  private String textLine(Score s) {
    String sc = PyFormat.fixed(s.score(), width);
    if (scoreOnly) {
      return sc;
    }
    String line = s.name() + "|" + s.signature().format(shortSignature) + " = " + sc;
    return s.verbose().isEmpty() ? line : line + " " + s.verbose();
  }

  /** sacreBLEU's {@code print_single_results}: several results right-aligned on their {@code =}. */
  private void aligned(List<String> scores, List<String> lines) {
    if (scores.size() == 1 || scoreOnly) {
      lines.addAll(scores);
      return;
    }
    int w = 0;
    for (String l : scores) {
      w = Math.max(w, l.indexOf('=') - 1);
    }
    for (String l : scores) {
      int len = l.indexOf('=') - 1;
      lines.add(" ".repeat(w - len) + l);
    }
  }

  /**
   * sacreBLEU's paired-test table: per metric, the baseline then every system, p < 0.05 starred.
   */
  private void paired(ScoreRun.Result result, List<String> lines) {
    for (List<PairedSignificance.Result> perSystem : result.paired()) {
      lines.add(
          perSystem.get(0).name() + "|" + perSystem.get(0).signature().format(shortSignature));
      for (int s = 0; s < result.hypotheses().size(); s++) {
        PairedSignificance.Result r = perSystem.get(s);
        StringBuilder sb = new StringBuilder();
        sb.append(s == 0 ? "  Baseline: " : "  ").append(result.hypotheses().get(s)).append("  ");
        sb.append(PyFormat.fixed(r.score(), width));
        if (r.mean() != null) {
          sb.append(" (μ = ")
              .append(PyFormat.fixed(r.mean(), width))
              .append(" ± ")
              .append(PyFormat.fixed(r.ci(), width))
              .append(')');
        }
        if (r.pValue() != null) {
          sb.append(" (p = ").append(PyFormat.fixed(r.pValue(), 4)).append(')');
          if (r.pValue() < 0.05) {
            sb.append('*');
          }
        }
        lines.add(sb.toString());
      }
    }
  }
}
