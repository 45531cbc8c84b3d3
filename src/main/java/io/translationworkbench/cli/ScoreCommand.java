package io.translationworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Placeholder until the score command lands; replaced by its real implementation. */
@Command(name = "score", description = "(not built yet)")
final class ScoreCommand implements Callable<Integer> {
  @ParentCommand Main parent;

  @Override
  public Integer call() {
    parent.err().println("workbench score: not built yet");
    return ExitCode.INPUT_ERROR.code();
  }
}
