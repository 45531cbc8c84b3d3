package io.translationworkbench.review;

import java.util.Locale;

/**
 * Where a flag stands after review decisions are applied: not yet decided, confirmed or dismissed.
 */
public enum FlagState {
  OPEN,
  CONFIRMED,
  DISMISSED;

  /** Lower-case name used in reports ("open", "confirmed", "dismissed"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a flag in this state still counts against the quality gate (dismissed ones never do).
   */
  public boolean counts() {
    return this != DISMISSED;
  }
}
