package io.translationworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Placeholder until the review command lands; replaced by its real implementation. */
@Command(name = "review", description = "(not built yet)")
final class ReviewCommand implements Callable<Integer> {
  @ParentCommand Main parent;

  @Override
  public Integer call() {
    parent.err().println("workbench review: not built yet");
    return ExitCode.INPUT_ERROR.code();
  }
}
