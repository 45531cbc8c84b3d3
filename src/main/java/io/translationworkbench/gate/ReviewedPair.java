package io.translationworkbench.gate;

import io.translationworkbench.InputException;
import io.translationworkbench.review.ReviewApplier;
import io.translationworkbench.review.ReviewFile;
import io.translationworkbench.review.ReviewOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One pair analysed and with its review decisions applied: the single place where flags meet their
 * states, so that {@code check}, {@code review} and every report see the same flags in the same
 * states.
 *
 * @param dir the pair directory
 * @param analysis what the pipeline found
 * @param outcome the flags with their states, and the stale decisions
 */
public record ReviewedPair(Path dir, PairAnalysis analysis, ReviewOutcome outcome) {
  public ReviewedPair {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** Analyses {@code pairDir} with {@code analyzer} and applies its {@code review.json}. */
  public static ReviewedPair load(Path pairDir, PairAnalyzer analyzer) {
    if (!Files.isDirectory(pairDir)) {
      throw new InputException(pairDir, "not a pair directory");
    }
    PairAnalysis analysis = analyzer.analyze(pairDir);
    return new ReviewedPair(pairDir, analysis, ReviewApplier.applyTo(pairDir, analysis.flags()));
  }

  /** The pair's review file. */
  public Path reviewFile() {
    return ReviewFile.pathIn(dir);
  }

  /** The gate's input, naming the machine file relative to {@code repoRoot} with '/' separators. */
  public GateInput toGateInput(Path repoRoot) {
    Path root = repoRoot.toAbsolutePath().normalize();
    Path machine = analysis.machineFile().toAbsolutePath().normalize();
    String relative =
        machine.startsWith(root) ? root.relativize(machine).toString() : machine.toString();
    return analysis.toGateInput(relative.replace('\\', '/'), outcome);
  }
}
