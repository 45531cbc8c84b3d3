package io.translationworkbench.cli;

import io.translationworkbench.Workbench;
import io.translationworkbench.gate.PairAnalyzer;
import java.util.function.Supplier;

/**
 * The real pipeline behind {@code check} and {@code review}: one {@link Workbench}, built on first
 * use.
 */
final class PipelineAnalyzer implements Supplier<PairAnalyzer> {
  private Workbench workbench;

  @Override
  public synchronized PairAnalyzer get() {
    if (workbench == null) {
      workbench =
          new Workbench(
              CommandSupport.projectConfig(null),
              io.translationworkbench.align.AlignerParams.defaults(),
              CommandSupport.grammarCache());
    }
    return workbench::analysis;
  }
}
