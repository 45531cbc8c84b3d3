package io.translationworkbench.cli;

import io.translationworkbench.metrics.BleuConfig;
import io.translationworkbench.metrics.BleuTokenizer;
import io.translationworkbench.metrics.ChrFConfig;
import io.translationworkbench.metrics.PairedSignificance;
import io.translationworkbench.metrics.ScoreRun;
import io.translationworkbench.metrics.TerConfig;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

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
        names = {"--paired-ar-n", "-parn", "-part"},
        defaultValue = "10000",
        description = "Randomization trials (10000).")
    int pairedArN;

    @Option(
        names = {"--paired-jobs", "-j"},
        defaultValue = "1",
        description = "Accepted for sacreBLEU compatibility; the tests run in this process.")
    int jobs;

    @Option(
        names = "--seed",
        defaultValue = "12345",
        description =
            "numpy seed of the paired tests and of --confidence (sacreBLEU's SACREBLEU_SEED"
                + " default: 12345).")
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

  /**
   * sacreBLEU's options for its built-in test sets, which the workbench does not have: accepted by
   * the parser so that a sacreBLEU command line gets a clear refusal ({@link
   * UnsupportedOptionException}, its own exit code) rather than "unknown option".
   */
  static final class Unsupported {
    private static final String NO_TEST_SETS =
        "the workbench does not download test sets; give the reference files as arguments";

    @Option(
        names = {"--test-set", "-t"},
        paramLabel = "TEST_SET",
        hidden = true)
    String testSet;

    @Option(
        names = {"--language-pair", "-l"},
        paramLabel = "LANGPAIR",
        hidden = true)
    String languagePair;

    @Option(
        names = {"--origlang", "-ol"},
        paramLabel = "ORIGLANG",
        hidden = true)
    String origlang;

    @Option(names = "--subset", paramLabel = "SUBSET", hidden = true)
    String subset;

    @Option(names = "--download", paramLabel = "TEST_SET", hidden = true)
    String download;

    @Option(names = "--echo", arity = "1..*", paramLabel = "FIELD", hidden = true)
    List<String> echo;

    @Option(names = "--list", hidden = true)
    boolean list;

    @Option(
        names = {"--citation", "--cite"},
        hidden = true)
    boolean citation;

    @Option(
        names = {"--detail", "-d"},
        hidden = true)
    boolean detail;

    /** Throws for the first of these options on the command line, in a fixed order. */
    void refuse(ParseResult parsed) {
      String[][] why = {
        {"--test-set", NO_TEST_SETS},
        {"--language-pair", NO_TEST_SETS + " (the language pair only selects a test set)"},
        {"--download", NO_TEST_SETS},
        {"--list", "the workbench has no test sets to list; give the reference files as arguments"},
        {"--echo", "the workbench has no test sets to echo; give the reference files as arguments"},
        {
          "--citation",
          "the workbench has no test sets to cite; give the reference files as arguments"
        },
        {
          "--origlang",
          "the workbench has no test-set metadata to select an original language from; score the"
              + " subset's lines as files"
        },
        {
          "--subset",
          "the workbench has no test-set metadata to select a subset from; score the subset's lines"
              + " as files"
        },
        {
          "--detail",
          "the workbench has no test-set metadata (original language) to break scores down by"
        },
      };
      for (String[] w : why) {
        if (parsed.hasMatchedOption(w[0])) {
          throw new UnsupportedOptionException(w[0] + ": " + w[1]);
        }
      }
    }
  }
}
