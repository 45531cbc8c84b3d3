package io.translationworkbench.gate;

import java.util.Objects;

/**
 * Where {@code check} and {@code review} find the pipeline: the application registers the real analyzer once at
 * start-up ({@code PairAnalyzers.register(...)}), tests register stubs. A static slot because picocli builds the
 * commands itself.
 */
public final class PairAnalyzers {
  private static volatile PairAnalyzer registered;

  private PairAnalyzers() {}

  /** Makes {@code analyzer} the one the commands use. */
  public static void register(PairAnalyzer analyzer) {
    registered = Objects.requireNonNull(analyzer, "analyzer");
  }

  /** Forgets the registered analyzer (for tests). */
  public static void reset() {
    registered = null;
  }

  /** The registered analyzer; none registered is a program error, not a user's. */
  public static PairAnalyzer get() {
    PairAnalyzer a = registered;
    if (a == null) {
      throw new IllegalStateException("no PairAnalyzer registered: the analysis pipeline is not wired in");
    }
    return a;
  }
}
