package io.translationworkbench.align;

import java.util.List;

/** Pairs machine-text sentences with human-text sentences. */
public interface Aligner {

  /**
   * Aligns the two sides. Ids must be unique within each side; output is deterministic for the same
   * input.
   *
   * @param machine the machine text's body sentences, in document order
   * @param human the human text's body sentences, in document order
   */
  Alignment align(List<AlignUnit> machine, List<AlignUnit> human);

  /** The aligner for {@code params.mode()}. */
  static Aligner forParams(AlignerParams params) {
    return switch (params.mode()) {
      case COMPARABLE -> new ComparableAligner(params);
      case PARALLEL -> new ParallelAligner(params);
    };
  }
}
