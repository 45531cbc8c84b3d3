package io.translationworkbench.flag;

/**
 * Thresholds that turn measurements into flags.
 *
 * @param lowSimilarityChrF an aligned machine sentence whose chrF against its human match is below
 *     this gets a low-similarity flag (info); comparable articles rarely exceed 50, so the bar is
 *     low on purpose
 * @param calibrateWithBaseline a LanguageTool rule that fires at least as often (per 100 words) on
 *     the human text is treated as house style: its flags drop to info
 */
public record FlagPolicy(double lowSimilarityChrF, boolean calibrateWithBaseline) {
  /** The defaults. */
  public static final FlagPolicy DEFAULT = new FlagPolicy(20.0, true);

  public FlagPolicy {
    if (lowSimilarityChrF < 0 || lowSimilarityChrF > 100) {
      throw new IllegalArgumentException("lowSimilarityChrF must be within [0, 100]");
    }
  }
}
