package io.translationworkbench.align;

import java.util.Objects;

/**
 * A fact of an aligned pair that the other side lacks or states differently.
 *
 * @param kind the fact kind
 * @param type missing on one side, or present on both with different values
 * @param machine the machine-side fact (null when {@code type} is {@link Type#MISSING_IN_MACHINE})
 * @param human the human-side fact (null when {@code type} is {@link Type#MISSING_IN_HUMAN})
 */
public record FactDifference(FactKind kind, Type type, Fact machine, Fact human) {

  /** How the two sides differ. */
  public enum Type {
    /** Only the machine sentence states it. */
    MISSING_IN_HUMAN,
    /** Only the human sentence states it. */
    MISSING_IN_MACHINE,
    /**
     * Both state a fact of this kind, with different values ("15 septembre" / "mardi prochain").
     */
    DIFFERENT
  }

  public FactDifference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    if ((machine == null) != (type == Type.MISSING_IN_MACHINE)
        || (human == null) != (type == Type.MISSING_IN_HUMAN)) {
      throw new IllegalArgumentException(type + " with machine=" + machine + ", human=" + human);
    }
    if ((machine != null && machine.kind() != kind) || (human != null && human.kind() != kind)) {
      throw new IllegalArgumentException("fact kinds differ from " + kind);
    }
  }
}
