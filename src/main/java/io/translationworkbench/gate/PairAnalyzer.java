package io.translationworkbench.gate;

import java.nio.file.Path;

/**
 * The seam to the analysis pipeline (ingest → segment → grammar → align → metrics → flag): turns a
 * pair directory into flags and measurements. {@code check} and {@code review} call it through
 * {@link PairAnalyzers}.
 */
@FunctionalInterface
public interface PairAnalyzer {
  /**
   * Analyses the pair in {@code pairDir} ({@code articles/<id>/} with {@code machine.fr.txt} and
   * {@code human.fr.txt}); problems with the input are thrown as {@link
   * io.translationworkbench.InputException}.
   */
  PairAnalysis analyze(Path pairDir);
}
