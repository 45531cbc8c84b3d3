package io.translationworkbench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.translationworkbench.JsonFiles;
import io.translationworkbench.metrics.PyFormat;
import io.translationworkbench.metrics.Score;
import io.translationworkbench.metrics.UnalignedScore;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The output of {@code score --unaligned}: each score with its signature (which names the aligner),
 * the coverage of both sides, and the alignment itself (JSON), or the score lines and the coverage
 * (text).
 */
public final class UnalignedScoreWriter {
  private final String format;
  private final int width;

  /**
   * @param format json or text
   * @param width decimals of the printed scores
   */
  public UnalignedScoreWriter(String format, int width) {
    this.format = format;
    this.width = width;
  }

  /** The output, ending with a line break. */
  public String write(UnalignedScore u) {
    if (format.equals("text")) {
      StringBuilder b = new StringBuilder();
      for (Score s : u.scores()) {
        b.append(s.name())
            .append('|')
            .append(s.signature().format(false))
            .append(" = ")
            .append(PyFormat.fixed(s.score(), width))
            .append('\n');
      }
      b.append(
          String.format(
              Locale.ROOT,
              "coverage: hypothesis %d of %d lines aligned (%.1f%%), reference %d of %d (%.1f%%);"
                  + " %d aligned pairs%n",
              u.hypothesisAligned(),
              u.hypothesisLines(),
              100 * u.hypothesisCoverage(),
              u.referenceAligned(),
              u.referenceLines(),
              100 * u.referenceCoverage(),
              u.pairs().size()));
      return b.toString();
    }
    ObjectNode root = JsonFiles.object();
    ArrayNode scores = root.putArray("scores");
    for (Score s : u.scores()) {
      ObjectNode n = scores.addObject();
      n.put("name", s.name());
      n.put("score", Double.parseDouble(PyFormat.fixed(s.score(), width)));
      n.put("signature", s.signature().format(false));
    }
    ObjectNode cov = root.putObject("coverage");
    side(
        cov.putObject("hypothesis"),
        u.hypothesisAligned(),
        u.hypothesisLines(),
        u.hypothesisCoverage());
    side(
        cov.putObject("reference"),
        u.referenceAligned(),
        u.referenceLines(),
        u.referenceCoverage());
    root.put("aligner", u.aligner());
    ArrayNode pairs = root.putArray("alignment");
    for (UnalignedScore.Pair p : u.pairs()) {
      ObjectNode n = pairs.addObject();
      p.hypothesis().forEach(n.putArray("hypothesis")::add);
      p.reference().forEach(n.putArray("reference")::add);
      n.put("score", Math.round(p.score() * 10000) / 10000.0);
    }
    return new String(JsonFiles.pretty(root), StandardCharsets.UTF_8);
  }

  private static void side(ObjectNode n, int aligned, int lines, double ratio) {
    n.put("lines", lines);
    n.put("aligned", aligned);
    n.put("coverage", Math.round(ratio * 10000) / 10000.0);
  }
}
