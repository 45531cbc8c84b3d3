package io.translationworkbench;

import io.translationworkbench.grammar.GrammarMatch;
import java.nio.file.Path;
import java.util.List;

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

  /**
   * LanguageTool's findings on one corrected machine sentence of the pair in {@code pairDir},
   * checked as the pair's machine text is ({@code report}: its current result, for the names the
   * human text attests). Not every analyzer can: the default says so.
   */
  default List<GrammarMatch> recheck(Path pairDir, PairReport report, String sentence) {
    throw new UnsupportedOperationException("this analyzer cannot re-check a sentence");
  }

  /**
   * Loads what checking the pair in {@code pairDir} needs (LanguageTool), so that a later check
   * costs no start-up; nothing by default.
   */
  default void warmUp(Path pairDir) {}

  /** The pair's machine text with the reviewers' corrections applied. */
  default String correctedMachineText(Path pairDir) {
    throw new UnsupportedOperationException("this analyzer cannot export a corrected text");
  }
}
