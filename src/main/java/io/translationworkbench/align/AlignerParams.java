package io.translationworkbench.align;

import java.util.Locale;
import java.util.Objects;

/**
 * Parameters of sentence alignment, with documented defaults ({@link #defaults()}) and a one-line
 * signature for reports.
 *
 * @param mode {@link Mode#COMPARABLE} (any order, 1–2 merges, threshold) or {@link Mode#PARALLEL}
 *     (line i with line i)
 * @param chrfWeight weight of the character n-gram F-score (default 0.4)
 * @param contentWeight weight of the IDF-weighted content-word overlap (default 0.4)
 * @param entityWeight weight of the agreement of numbers and capitalised names (default 0.2); left
 *     out of the combination (and the other weights renormalised) when neither sentence has any
 *     number or name
 * @param threshold minimum combined score for a comparable-mode pair (default 0.30); below it a
 *     sentence stays unmatched
 * @param maxMerge 1 (only 1–1 pairs) or 2 (also 1–2 and 2–1 with adjacent sentences; default 2)
 * @param mergeGain how much a merged pair must score above the better of its 1–1 parts to be
 *     preferred (default 0.02)
 * @param candidates per sentence, how many best candidates from the inverted index are scored fully
 *     (default 10)
 * @param chrfOrder maximum character n-gram order (default 6, as chrF)
 * @param chrfBeta recall weight of the character F-score (default 2, as chrF)
 * @param leftoverMax the leftover rule of comparable mode (0 switches it off; default 3): after the
 *     score-based selection, in a stretch between two consecutive anchors (pairs in the same order
 *     on both sides, or the start or end of the document) that holds between 1 and {@code
 *     leftoverMax} unmatched sentences on each side, the same number on both, those sentences are
 *     paired in document order whatever their score
 * @param leftoverMinChrf a leftover pair must still reach this character F-score (the {@code chrf}
 *     feature; default 0.15): a poor translation still shares words and word parts with its
 *     counterpart, two unrelated French sentences share little more than letters (chrF about 0.10
 *     to 0.14)
 * @param leftoverMaxLengthRatio nor are two sentences whose lengths in characters differ more than
 *     this factor (default 3) made a leftover pair
 */
public record AlignerParams(
    Mode mode,
    double chrfWeight,
    double contentWeight,
    double entityWeight,
    double threshold,
    int maxMerge,
    double mergeGain,
    int candidates,
    int chrfOrder,
    double chrfBeta,
    int leftoverMax,
    double leftoverMinChrf,
    double leftoverMaxLengthRatio) {

  /** How sentences are paired. */
  public enum Mode {
    /** Comparable text: any order, 1–1, 1–2, 2–1, unmatched on both sides. */
    COMPARABLE,
    /** Parallel text: line i with line i, whatever the score. */
    PARALLEL
  }

  public AlignerParams {
    Objects.requireNonNull(mode, "mode");
    requireWeight("chrfWeight", chrfWeight);
    requireWeight("contentWeight", contentWeight);
    requireWeight("entityWeight", entityWeight);
    if (chrfWeight + contentWeight <= 0) {
      // entity agreement alone is often absent (no numbers, no names): it cannot carry the score
      throw new IllegalArgumentException("chrfWeight + contentWeight must be positive");
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold outside [0, 1]: " + threshold);
    }
    if (maxMerge != 1 && maxMerge != 2) {
      throw new IllegalArgumentException("maxMerge must be 1 or 2: " + maxMerge);
    }
    if (!(mergeGain >= 0 && mergeGain <= 1)) {
      throw new IllegalArgumentException("mergeGain outside [0, 1]: " + mergeGain);
    }
    if (candidates < 1) {
      throw new IllegalArgumentException("candidates must be at least 1: " + candidates);
    }
    if (chrfOrder < 1 || chrfOrder > 10) {
      throw new IllegalArgumentException("chrfOrder outside 1..10: " + chrfOrder);
    }
    if (!(chrfBeta > 0 && Double.isFinite(chrfBeta))) {
      throw new IllegalArgumentException("chrfBeta must be positive: " + chrfBeta);
    }
    if (leftoverMax < 0) {
      throw new IllegalArgumentException("leftoverMax must not be negative: " + leftoverMax);
    }
    if (!(leftoverMinChrf >= 0 && leftoverMinChrf <= 1)) {
      throw new IllegalArgumentException("leftoverMinChrf outside [0, 1]: " + leftoverMinChrf);
    }
    if (!(leftoverMaxLengthRatio >= 1 && Double.isFinite(leftoverMaxLengthRatio))) {
      throw new IllegalArgumentException(
          "leftoverMaxLengthRatio must be finite and at least 1: " + leftoverMaxLengthRatio);
    }
  }

  private static void requireWeight(String name, double value) {
    if (!(value >= 0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(name + " must be a finite non-negative number: " + value);
    }
  }

  /** The defaults for comparable text. */
  public static AlignerParams defaults() {
    return new AlignerParams(
        Mode.COMPARABLE, 0.4, 0.4, 0.2, 0.30, 2, 0.02, 10, 6, 2.0, 3, 0.15, 3.0);
  }

  /** The same parameters with another mode. */
  public AlignerParams withMode(Mode newMode) {
    return new AlignerParams(
        newMode,
        chrfWeight,
        contentWeight,
        entityWeight,
        threshold,
        maxMerge,
        mergeGain,
        candidates,
        chrfOrder,
        chrfBeta,
        leftoverMax,
        leftoverMinChrf,
        leftoverMaxLengthRatio);
  }

  /** The same parameters with another {@code leftoverMax} (0: no leftover rule). */
  public AlignerParams withLeftoverMax(int newLeftoverMax) {
    return new AlignerParams(
        mode,
        chrfWeight,
        contentWeight,
        entityWeight,
        threshold,
        maxMerge,
        mergeGain,
        candidates,
        chrfOrder,
        chrfBeta,
        newLeftoverMax,
        leftoverMinChrf,
        leftoverMaxLengthRatio);
  }

  /**
   * A compact, stable description for reports, e.g. {@code
   * align:comparable|w:0.40/0.40/0.20|t:0.30|...}; {@code left:3/0.15/3} is the leftover rule
   * (leftoverMax/leftoverMinChrf/leftoverMaxLengthRatio), {@code left:0} when it is off.
   */
  public String signature() {
    return String.format(
        Locale.ROOT,
        "align:%s|w:%.2f/%.2f/%.2f|t:%.2f|merge:%d|gain:%.2f|k:%d|nc:%d|beta:%s|left:%s",
        mode.name().toLowerCase(Locale.ROOT),
        chrfWeight,
        contentWeight,
        entityWeight,
        threshold,
        maxMerge,
        mergeGain,
        candidates,
        chrfOrder,
        number(chrfBeta),
        leftoverMax == 0
            ? "0"
            : String.format(
                Locale.ROOT,
                "%d/%.2f/%s",
                leftoverMax,
                leftoverMinChrf,
                number(leftoverMaxLengthRatio)));
  }

  private static String number(double x) {
    return x == Math.rint(x) ? Integer.toString((int) x) : Double.toString(x);
  }
}
