package io.translationworkbench.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Corpus-level bookkeeping shared by the metrics: references per segment, {@code nrefs}, summing statistics. */
final class CorpusStatistics {
  private CorpusStatistics() {}

  /** Sums statistics in segment order, as sacreBLEU's {@code sum_of_lists} does (the order fixes the rounding). */
  static double[] sum(List<double[]> stats) {
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

  /** Transposes reference streams to per-segment lists, dropping nulls as sacreBLEU's API does. */
  static List<List<String>> referencesPerSegment(int segments, List<List<String>> streams) {
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
  static int numRefs(List<List<String>> perSegment) {
    Set<Integer> counts = new HashSet<>();
    for (List<String> refs : perSegment) {
      counts.add(refs.size());
    }
    return counts.size() == 1 ? counts.iterator().next() : -1;
  }
}
