package io.translationworkbench.gate;

import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of one gate rule for one pair.
 *
 * @param rule the rule
 * @param status passed, failed or skipped (not measured, or switched off by the policy)
 * @param measured the measured value (a count, a ratio or a score), or null when skipped
 * @param threshold the policy's limit, or null when the rule has none
 * @param message plain words: what was measured against what, and for a failure the reasons (the
 *     flags)
 */
public record RuleResult(
    GateRule rule, Status status, Double measured, Double threshold, String message) {
  /** A rule's verdict. */
  public enum Status {
    PASSED,
    FAILED,
    SKIPPED;

    /** Lower-case name used in reports. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public RuleResult {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    if (status != Status.SKIPPED && measured == null) {
      throw new IllegalArgumentException(rule.id() + ": a checked rule has a measured value");
    }
  }

  /** Whether the rule failed. */
  public boolean failed() {
    return status == Status.FAILED;
  }

  /**
   * The measured value for humans: whole numbers without decimals, others with two ({@link
   * Locale#ROOT}).
   */
  public String measuredText() {
    return formatNumber(measured);
  }

  /** The threshold for humans, same format as {@link #measuredText()}; empty when none. */
  public String thresholdText() {
    return formatNumber(threshold);
  }

  /**
   * A number for humans: whole numbers without decimals, others with two ({@link Locale#ROOT});
   * empty for null.
   */
  public static String formatNumber(Double v) {
    if (v == null) {
      return "";
    }
    if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%d", v.longValue());
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
