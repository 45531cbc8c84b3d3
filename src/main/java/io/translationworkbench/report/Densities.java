package io.translationworkbench.report;

/**
 * Error density of the machine text next to the human baseline.
 *
 * @param machine the machine translation
 * @param human the human article (baseline)
 * @param ratio machine ÷ human matches per 100 words, or null when the baseline has none
 */
public record Densities(SideDensity machine, SideDensity human, Double ratio) {}
