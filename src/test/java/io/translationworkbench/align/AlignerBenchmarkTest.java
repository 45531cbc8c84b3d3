package io.translationworkbench.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Times the comparable aligner on two 200-sentence documents (human side shuffled) and prints the
 * median of warm runs. Run with {@code mvn -o test
 * -Dtest='io.translationworkbench.align.AlignerBenchmarkTest' -Dgroups=benchmark}. It asserts
 * nothing about time: machines differ.
 */
@Tag("benchmark")
class AlignerBenchmarkTest {

  @Test
  void alignTwoDocumentsOf200Sentences() {
    SyntheticCorpus corpus = new SyntheticCorpus(2024L, 200);
    List<AlignUnit> machine = SyntheticCorpus.units("m", corpus.machine);
    List<AlignUnit> human = new ArrayList<>(SyntheticCorpus.units("h", corpus.human));
    Collections.shuffle(human, new Random(1));
    ComparableAligner aligner = new ComparableAligner();
    for (int warm = 0; warm < 20; warm++) {
      aligner.align(machine, human);
    }
    int runs = 21;
    double[] millis = new double[runs];
    int pairs = 0;
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      pairs = aligner.align(machine, human).pairs().size();
      millis[r] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "align 200 x 200 sentences: median %.1f ms (min %.1f, max %.1f) over %d warm runs, %d pairs%n",
        millis[runs / 2],
        millis[0],
        millis[runs - 1],
        runs,
        pairs);
  }
}
