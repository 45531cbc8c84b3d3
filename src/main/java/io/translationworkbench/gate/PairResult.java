package io.translationworkbench.gate;

import io.translationworkbench.review.ReviewedFlag;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The gate's verdict on one pair.
 *
 * @param input what was evaluated
 * @param rules one result per gate rule, in {@link GateRule} order
 * @param counted the flags that count against the gate: not dismissed and not in the baseline (the
 *     "new" flags)
 * @param baselined fingerprints of current flags that the baseline excuses
 */
public record PairResult(
    GateInput input, List<RuleResult> rules, List<ReviewedFlag> counted, Set<String> baselined) {
  public PairResult {
    Objects.requireNonNull(input, "input");
    rules = List.copyOf(rules);
    counted = List.copyOf(counted);
    baselined = Set.copyOf(baselined);
  }

  /** The pair's id. */
  public String pairId() {
    return input.pairId();
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
