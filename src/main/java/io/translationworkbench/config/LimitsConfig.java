package io.translationworkbench.config;

import io.translationworkbench.InputException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Limits on the work of one pair, beyond the bytes of {@code maxFileBytes}: a text over one of them
 * is refused with one error line naming its file (exit 2), before LanguageTool runs for the
 * sentence limits, after flagging for the flag limit. The defaults are far above any newsroom
 * article (a long read has a few hundred sentences of under 100 words) and keep a run bounded
 * (bench/limits-bench.sh measures it); {@code "limits"} in {@code workbench.json} raises or lowers
 * them.
 *
 * @param maxSentences body sentences per text, machine or human (default 2,000)
 * @param maxSentenceWords words per body sentence (default 2,000)
 * @param maxWords body words per text, machine or human (default 50,000)
 * @param maxFlags flags per report (default 10,000)
 */
public record LimitsConfig(
    Integer maxSentences, Integer maxSentenceWords, Integer maxWords, Integer maxFlags) {
  /** Default body sentences per text. */
  public static final int DEFAULT_MAX_SENTENCES = 2_000;

  /**
   * Default words per body sentence: LanguageTool's time and memory grow faster than the length of
   * a sentence (one sentence of 2,000 words: 12 s and 0.4 GB for the whole report; 10,000 words: 62
   * s and 1.2 GB).
   */
  public static final int DEFAULT_MAX_SENTENCE_WORDS = 2_000;

  /**
   * Default body words per text: what bounds LanguageTool's work (a text of 22,000 words in 1,000
   * sentences: 56 s and 0.47 GB), whatever its sentences.
   */
  public static final int DEFAULT_MAX_WORDS = 50_000;

  /** Default flags per report. */
  public static final int DEFAULT_MAX_FLAGS = 10_000;

  /** Every limit at its default. */
  public static final LimitsConfig DEFAULT = new LimitsConfig(null, null, null, null);

  public LimitsConfig {
    maxSentences = positive("maxSentences", maxSentences, DEFAULT_MAX_SENTENCES);
    maxSentenceWords = positive("maxSentenceWords", maxSentenceWords, DEFAULT_MAX_SENTENCE_WORDS);
    maxWords = positive("maxWords", maxWords, DEFAULT_MAX_WORDS);
    maxFlags = positive("maxFlags", maxFlags, DEFAULT_MAX_FLAGS);
  }

  private static Integer positive(String key, Integer value, int fallback) {
    if (value == null) {
      return fallback;
    }
    if (value <= 0) {
      throw new IllegalArgumentException("limits." + key + " must be positive, got " + value);
    }
    return value;
  }

  /**
   * {@code flags} flags of the text in {@code file} are over {@link #maxFlags}: an input error (a
   * truncated list would let the gate pass on flags nobody saw).
   */
  public void requireFlagsAtMost(int flags, Path file) {
    if (flags > maxFlags()) {
      throw new InputException(
          file,
          String.format(
              Locale.ROOT,
              "%,d flags, more than the limit of %,d (limits.maxFlags in workbench.json): no"
                  + " newsroom article needs that many; check that this is the right text, or raise"
                  + " the limit",
              flags,
              maxFlags()));
    }
  }
}
