package io.translationworkbench.align;

import java.util.List;
import java.util.Objects;

/**
 * One step of a word diff of a machine sentence against its human match.
 *
 * @param kind EQUAL (same words), DELETE (only in the machine sentence), INSERT (only in the human
 *     sentence) or CHANGE (machine words replaced by human words)
 * @param machineWords the machine sentence's words of this step (empty for INSERT)
 * @param humanWords the human sentence's words of this step (empty for DELETE)
 */
public record WordDiffOp(Kind kind, List<String> machineWords, List<String> humanWords) {

  /** What a diff step does. */
  public enum Kind {
    EQUAL,
    INSERT,
    DELETE,
    CHANGE
  }

  public WordDiffOp {
    Objects.requireNonNull(kind, "kind");
    machineWords = List.copyOf(machineWords);
    humanWords = List.copyOf(humanWords);
    boolean valid =
        switch (kind) {
          case EQUAL -> !machineWords.isEmpty() && machineWords.size() == humanWords.size();
          case DELETE -> !machineWords.isEmpty() && humanWords.isEmpty();
          case INSERT -> machineWords.isEmpty() && !humanWords.isEmpty();
          case CHANGE -> !machineWords.isEmpty() && !humanWords.isEmpty();
        };
    if (!valid) {
      throw new IllegalArgumentException(kind + " with " + machineWords + " / " + humanWords);
    }
  }
}
