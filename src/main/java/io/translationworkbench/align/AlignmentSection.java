package io.translationworkbench.align;

import java.util.List;

/**
 * The sentence alignment of the machine text with the human text, with per-pair scores and
 * coverage.
 *
 * @param aligner the aligner's parameter signature
 * @param pairs aligned pairs, in machine-text order
 * @param humanWithoutCounterpart human sentences no machine sentence covers: information the
 *     translation lacks
 * @param machineWithoutCounterpart machine sentences with no human counterpart: added, or from a
 *     different source
 */
public record AlignmentSection(
    String aligner,
    List<AlignedPairResult> pairs,
    List<String> humanWithoutCounterpart,
    List<String> machineWithoutCounterpart) {
  public AlignmentSection {
    pairs = List.copyOf(pairs);
    humanWithoutCounterpart = List.copyOf(humanWithoutCounterpart);
    machineWithoutCounterpart = List.copyOf(machineWithoutCounterpart);
  }
}
