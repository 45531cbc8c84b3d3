package io.translationworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Placeholder until the check command lands; replaced by its real implementation. */
@Command(name = "check", description = "(not built yet)")
final class CheckCommand implements Callable<Integer> {
  @ParentCommand Main parent;

  @Override
  public Integer call() {
    parent.err().println("workbench check: not built yet");
    return ExitCode.INPUT_ERROR.code();
  }
}
