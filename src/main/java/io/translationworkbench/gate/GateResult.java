package io.translationworkbench.gate;

import java.util.List;
import java.util.Objects;

/**
 * The gate's verdict on a run: one result per pair (sorted by pair id), the policy applied, whether
 * a baseline was used.
 */
public record GateResult(List<PairResult> pairs, GatePolicy policy, boolean baselineUsed) {
  public GateResult {
    pairs = List.copyOf(pairs);
    Objects.requireNonNull(policy, "policy");
  }

  /** Whether every pair passed. */
  public boolean passed() {
    return pairs.stream().allMatch(PairResult::passed);
  }

  /** The pairs that failed. */
  public List<PairResult> failedPairs() {
    return pairs.stream().filter(p -> !p.passed()).toList();
  }
}
