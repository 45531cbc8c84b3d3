package io.translationworkbench;

import java.nio.file.Path;

/**
 * The pipeline seen from the commands: a pair directory in, its one result out. {@link Workbench}
 * is the real one; command tests use stubs.
 */
@FunctionalInterface
public interface PairAnalyzer {
  /**
   * The result of the pair in {@code pairDir} ({@code articles/<id>/}), review decisions applied;
   * problems with the input are thrown as {@link InputException}, a stage that breaks is a
   * processing error in the result.
   */
  PairReport analyze(Path pairDir);
}
