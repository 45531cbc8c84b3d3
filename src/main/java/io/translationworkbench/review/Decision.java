package io.translationworkbench.review;

import io.translationworkbench.InputException;
import java.nio.file.Path;
import java.util.Locale;

/** A reviewer's verdict on one flag: a real problem, or a false positive / accepted style. */
public enum Decision {
  CONFIRMED,
  DISMISSED;

  /** Lower-case name used in review.json and reports ("confirmed", "dismissed"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The flag state this decision puts a flag in. */
  public FlagState state() {
    return this == CONFIRMED ? FlagState.CONFIRMED : FlagState.DISMISSED;
  }

  static Decision parse(String label, Path file) {
    for (Decision d : values()) {
      if (d.label().equals(label)) {
        return d;
      }
    }
    throw new InputException(
        file, "unknown decision '" + label + "' (expected confirmed or dismissed)");
  }
}
