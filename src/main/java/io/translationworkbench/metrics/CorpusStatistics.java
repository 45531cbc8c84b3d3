package io.translationworkbench.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Corpus-level bookkeeping shared by the metrics and the CLI: references per segment, {@code
 * nrefs}, sums.
 */
final class CorpusStatistics {
  private CorpusStatistics() {}

  /**
   * Sums statistics in segment order, as sacreBLEU's {@code sum_of_lists} does (the order fixes the
   * rounding).
   */
  public static double[] sum(List<double[]> stats) {
    if (stats.isEmpty()) {
      throw new IllegalArgumentException("no segments to score");
    }
    double[] total = new double[stats.get(0).length];
    for (double[] s : stats) {
      for (int i = 0; i < total.length; i++) {
        total[i] += s[i];
      }
    }
    return total;
  }

  // below this many segments a parallel stream costs more than it saves
  private static final int PARALLEL_THRESHOLD = 64;

  /** Per-segment statistics in segment order; large corpora are spread over the available cores. */
  static List<double[]> perSegment(
      Metric metric, List<String> hyps, List<List<String>> refsPerSegment) {
    if (hyps.size() != refsPerSegment.size()) {
      throw new IllegalArgumentException(
          hyps.size() + " hypotheses but " + refsPerSegment.size() + " reference sets");
    }
    double[][] out = new double[hyps.size()][];
    IntStream range = IntStream.range(0, hyps.size());
    if (hyps.size() >= PARALLEL_THRESHOLD && Runtime.getRuntime().availableProcessors() > 1) {
      range = range.parallel();
    }
    range.forEach(i -> out[i] = metric.segmentStatistics(hyps.get(i), refsPerSegment.get(i)));
    return Arrays.asList(out);
  }

  /** Transposes reference streams to per-segment lists, dropping nulls as sacreBLEU's API does. */
  public static List<List<String>> referencesPerSegment(int segments, List<List<String>> streams) {
    if (streams.isEmpty()) {
      throw new IllegalArgumentException("no reference streams");
    }
    List<List<String>> out = new ArrayList<>(segments);
    for (int i = 0; i < segments; i++) {
      List<String> refs = new ArrayList<>(streams.size());
      for (List<String> stream : streams) {
        if (i >= stream.size()) {
          throw new IllegalArgumentException("a reference stream is shorter than the hypotheses");
        }
        String r = stream.get(i);
        if (r != null) {
          refs.add(r);
        }
      }
      if (refs.isEmpty()) {
        throw new IllegalArgumentException("segment " + (i + 1) + " has no reference");
      }
      out.add(refs);
    }
    return out;
  }

  /** The reference count shared by every segment, or -1 ({@code nrefs:var}) when it varies. */
  public static int numRefs(List<List<String>> perSegment) {
    Set<Integer> counts = new HashSet<>();
    for (List<String> refs : perSegment) {
      counts.add(refs.size());
    }
    return counts.size() == 1 ? counts.iterator().next() : -1;
  }
}
