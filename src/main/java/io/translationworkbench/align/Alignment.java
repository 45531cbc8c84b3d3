package io.translationworkbench.align;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of aligning a machine text with a human text: the pairs, the sentences left unmatched
 * on each side and the parameters used (for the report's reproducibility signature).
 *
 * @param pairs the aligned pairs, ordered by their first machine sentence's position in the machine
 *     text
 * @param unmatchedMachine ids of machine sentences in no pair, in document order
 * @param unmatchedHuman ids of human sentences in no pair, in document order
 * @param params the parameters the aligner ran with
 */
public record Alignment(
    List<AlignedPair> pairs,
    List<String> unmatchedMachine,
    List<String> unmatchedHuman,
    AlignerParams params) {
  public Alignment {
    pairs = List.copyOf(pairs);
    unmatchedMachine = List.copyOf(unmatchedMachine);
    unmatchedHuman = List.copyOf(unmatchedHuman);
    Objects.requireNonNull(params, "params");
    Set<String> seenMachine = new HashSet<>(unmatchedMachine);
    Set<String> seenHuman = new HashSet<>(unmatchedHuman);
    if (seenMachine.size() != unmatchedMachine.size()
        || seenHuman.size() != unmatchedHuman.size()) {
      throw new IllegalArgumentException("duplicate unmatched id");
    }
    for (AlignedPair pair : pairs) {
      for (String id : pair.machineIds()) {
        if (!seenMachine.add(id)) {
          throw new IllegalArgumentException("machine sentence used twice: " + id);
        }
      }
      for (String id : pair.humanIds()) {
        if (!seenHuman.add(id)) {
          throw new IllegalArgumentException("human sentence used twice: " + id);
        }
      }
    }
  }
}
