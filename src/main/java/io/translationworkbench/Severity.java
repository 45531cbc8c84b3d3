package io.translationworkbench;

import java.util.Locale;

/**
 * How much a finding matters; declared most severe first so natural order sorts errors to the top.
 */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** Lower-case name used in reports ("error", "warning", "info"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
