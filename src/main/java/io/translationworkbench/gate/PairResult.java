package io.translationworkbench.gate;

import io.translationworkbench.PairReport;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.review.StaleDecision;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The gate's verdict on one pair.
 *
 * @param report the pair's result, read as is
 * @param machineFile the machine file's path relative to the repository root, '/'-separated (as
 *     SARIF wants it)
 * @param rules one result per gate rule, in {@link GateRule} order
 * @param counted the flags that count against the gate: not dismissed and not in the baseline
 * @param baselined fingerprints of current flags that the baseline excuses
 */
public record PairResult(
    PairReport report,
    String machineFile,
    List<RuleResult> rules,
    List<ReviewedFlag> counted,
    Set<String> baselined) {
  public PairResult {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(machineFile, "machineFile");
    rules = List.copyOf(rules);
    counted = List.copyOf(counted);
    baselined = Set.copyOf(baselined);
  }

  /** The pair's id. */
  public String pairId() {
    return report.pair().id();
  }

  /**
   * Every current flag with its review state, in the one order of flags ({@link
   * io.translationworkbench.flag.FlagOrder}).
   */
  public List<ReviewedFlag> flags() {
    return report.flags();
  }

  /** Review decisions that no longer apply (reported, never counted). */
  public List<StaleDecision> stale() {
    return report.staleDecisions();
  }

  /** Whether no rule failed. */
  public boolean passed() {
    return rules.stream().noneMatch(RuleResult::failed);
  }

  /** The failed rules, in rule order. */
  public List<RuleResult> failures() {
    return rules.stream().filter(RuleResult::failed).toList();
  }

  /** Whether the flag with {@code fingerprint} is excused by the baseline. */
  public boolean isBaselined(String fingerprint) {
    return baselined.contains(fingerprint);
  }
}
