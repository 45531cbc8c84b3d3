package io.translationworkbench.grammar;

import java.util.Objects;

/**
 * The finding density of the machine text next to the human baseline: the one density every output
 * shows and the gate checks.
 *
 * @param machine the machine translation
 * @param human the human article (baseline)
 * @param floor the least human density the ratio divides by, so that a flawless human article does
 *     not make one machine finding an infinite ratio
 * @param ratio machine density ÷ max(human density, floor), rounded to two decimals; null when the
 *     machine text has no words
 */
public record Densities(SideDensity machine, SideDensity human, double floor, Double ratio) {
  /** The floor used unless the gate policy sets another one (findings per 100 words). */
  public static final double DEFAULT_FLOOR = 0.5;

  public Densities {
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(human, "human");
  }

  /** The densities of the two checks, {@code dismissed} machine findings not counted. */
  public static Densities of(CheckResult machine, CheckResult human, int dismissed) {
    return of(SideDensity.of(machine, dismissed), SideDensity.of(human, 0));
  }

  private static Densities of(SideDensity m, SideDensity h) {
    Double ratio = m.words() == 0 ? null : SideDensity.round2(ratio(m, h, DEFAULT_FLOOR, 0));
    return new Densities(m, h, DEFAULT_FLOOR, ratio);
  }

  /** The same densities with {@code dismissed} machine findings not counted instead. */
  public Densities withDismissed(int dismissed) {
    return of(machine.withDismissed(dismissed), human);
  }

  /**
   * The ratio with another floor and {@code alsoExcused} more machine findings not counted (the
   * gate's baseline), not rounded.
   */
  public double ratio(double floor, int alsoExcused) {
    return ratio(machine, human, floor, alsoExcused);
  }

  private static double ratio(SideDensity m, SideDensity h, double floor, int alsoExcused) {
    return m.rate(alsoExcused) / Math.max(h.rate(0), floor);
  }
}
