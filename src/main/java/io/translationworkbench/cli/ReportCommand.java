package io.translationworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Placeholder until the report command lands. */
@Command(name = "report", description = "(not built yet)")
final class ReportCommand implements Callable<Integer> {
  @ParentCommand Main parent;

  @Override
  public Integer call() {
    return ExitCode.INPUT_ERROR.code();
  }
}
