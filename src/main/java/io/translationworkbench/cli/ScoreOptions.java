package io.translationworkbench.cli;

import io.translationworkbench.metrics.BleuConfig;
import io.translationworkbench.metrics.BleuTokenizer;
import io.translationworkbench.metrics.ChrFConfig;
import io.translationworkbench.metrics.PairedSignificance;
import io.translationworkbench.metrics.ScoreRun;
import io.translationworkbench.metrics.TerConfig;
import picocli.CommandLine.Option;

/**
 * {@code workbench score}'s per-metric and paired-test options, as picocli mixins; the command adds
 * them in this order, which is the order of its help.
 *
 * <p>Field names are picocli's parameter labels in the help ({@code -cc=<chrfCharOrder>}), so they
 * keep the names the help has always shown.
 */
final class ScoreOptions {
  private ScoreOptions() {}

  /** BLEU: sacreBLEU's {@code -tok}, {@code -lc}, {@code -s}, {@code -sv}, n-gram order. */
  static final class Bleu {
    @Option(
        names = {"--tokenize", "-tok"},
        defaultValue = "13a",
        description = "BLEU tokenizer: 13a (default), intl, char, none.")
    String tokenize;

    @Option(
        names = {"--lowercase", "-lc"},
        description = "Lowercase for BLEU only (as sacreBLEU -lc).")
    boolean lowercase;

    @Option(
        names = {"--smooth-method", "-s"},
        defaultValue = "exp",
        description = "BLEU smoothing: exp (default), floor, add-k, none.")
    String smoothMethod;

    @Option(
        names = {"--smooth-value", "-sv"},
        description = "Value for floor (default 0.1) or add-k (default 1).")
    Double smoothValue;

    @Option(
        names = "--max-ngram-order",
        defaultValue = "4",
        description = "BLEU maximum n-gram order (default: 4).")
    int maxNgramOrder;

    @Option(
        names = "--force",
        description = "Accepted for sacreBLEU compatibility; never changes a score.")
    boolean force;

    /** Corpus BLEU (no effective order); an unknown tokenizer or smoothing is an IAE. */
    BleuConfig config() {
      return new BleuConfig(
          BleuTokenizer.of(tokenize),
          lowercase,
          BleuConfig.Smoothing.of(smoothMethod),
          smoothValue,
          maxNgramOrder,
          false);
    }
  }

  /** chrF and chrF++. */
  static final class ChrF {
    @Option(
        names = {"--chrf-char-order", "-cc"},
        defaultValue = "6",
        description = "chrF character order (6).")
    int chrfCharOrder;

    @Option(
        names = {"--chrf-word-order", "-cw"},
        defaultValue = "0",
        description =
            "Word order of the 'chrf' metric (0; 2 makes it chrF++). 'chrf++' always uses 2.")
    int chrfWordOrder;

    @Option(names = "--chrf-beta", defaultValue = "2", description = "chrF beta (2).")
    int chrfBeta;

    @Option(names = "--chrf-whitespace", description = "Keep whitespace in character n-grams.")
    boolean whitespace;

    @Option(names = "--chrf-lowercase", description = "Lowercase for chrF.")
    boolean lowercase;

    @Option(
        names = "--chrf-eps-smoothing",
        description = "chrF++.py-style epsilon smoothing (signature eff:no).")
    boolean epsSmoothing;

    /** The settings of metric {@code chrf} ({@code -cw}) or {@code chrf++} (word order 2). */
    ChrFConfig config(boolean plusPlus) {
      return new ChrFConfig(
          chrfCharOrder,
          plusPlus ? 2 : chrfWordOrder,
          chrfBeta,
          lowercase,
          whitespace,
          epsSmoothing);
    }
  }

  /** TER. */
  static final class Ter {
    @Option(names = "--ter-case-sensitive", description = "Do not lowercase for TER.")
    boolean caseSensitive;

    @Option(names = "--ter-asian-support", description = "Asian character handling for TER.")
    boolean asianSupport;

    @Option(names = "--ter-no-punct", description = "Remove punctuation for TER.")
    boolean noPunct;

    @Option(names = "--ter-normalized", description = "Tercom normalisation for TER.")
    boolean normalized;

    TerConfig config() {
      return new TerConfig(normalized, noPunct, asianSupport, caseSensitive);
    }
  }

  /** Paired significance tests of every system against the first. */
  static final class Paired {
    @Option(
        names = {"--paired-bs", "-pbs"},
        description =
            "Paired bootstrap resampling of every system against the first (sacreBLEU semantics).")
    boolean bootstrap;

    @Option(
        names = {"--paired-ar", "-par"},
        description = "Paired approximate randomization of every system against the first.")
    boolean randomization;

    @Option(
        names = {"--paired-bs-n", "-pbsn"},
        defaultValue = "1000",
        description = "Bootstrap resamples (1000).")
    int pairedBsN;

    @Option(
        names = {"--paired-ar-n", "-part"},
        defaultValue = "10000",
        description = "Randomization trials (10000).")
    int pairedArN;

    @Option(
        names = "--seed",
        defaultValue = "12345",
        description = "Seed of the paired tests (sacreBLEU's SACREBLEU_SEED default: 12345).")
    long seed;

    boolean requested() {
      return bootstrap || randomization;
    }

    /** The count of the chosen test; the trials when none is chosen (checked all the same). */
    int samples() {
      return bootstrap ? pairedBsN : pairedArN;
    }

    /** The chosen test, or null. */
    ScoreRun.PairedTest test() {
      if (!requested()) {
        return null;
      }
      PairedSignificance.Test test =
          bootstrap ? PairedSignificance.Test.BOOTSTRAP : PairedSignificance.Test.RANDOMIZATION;
      return new ScoreRun.PairedTest(test, samples(), seed);
    }
  }
}
