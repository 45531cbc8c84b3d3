package io.translationworkbench.cli;

import io.translationworkbench.PairAnalyzer;
import io.translationworkbench.Workbench;
import io.translationworkbench.align.AlignerParams;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The real pipeline behind {@code check} and {@code review}: one {@link Workbench} per project
 * configuration, built on first use.
 */
final class PipelineAnalyzer implements Function<Path, PairAnalyzer> {
  private final Map<Path, Workbench> workbenches = new HashMap<>();

  @Override
  public synchronized PairAnalyzer apply(Path config) {
    return workbenches.computeIfAbsent(
        config == null ? Path.of("") : config,
        k -> new Workbench(config, AlignerParams.defaults(), CommandSupport.grammarCache()));
  }
}
