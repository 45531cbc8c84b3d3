package io.translationworkbench.cli;

import io.translationworkbench.InputException;
import io.translationworkbench.serve.ReviewDesk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code workbench serve}: the review desk on 127.0.0.1, until the process is killed. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the review desk in a browser, on 127.0.0.1 only.",
      "The desk shows the corpus with each pair's gate verdict, scores and charts, and each pair's"
          + " flags as a review queue beside the two articles. Keys: j/k move, c confirm, d dismiss, n"
          + " note, e correct (re-checked as you type), g glossary, u undo, / search, ? help."
          + " Decisions and corrections go to PAIR/review.json, as with 'workbench review'."
          + " LanguageTool stays loaded; the desk runs until the process is killed."
    })
final class ServeCommand implements Callable<Integer> {
  @ParentCommand Main parent;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "0",
      description = "Port on 127.0.0.1 (default: 0, a free port).")
  int port;

  @Option(
      names = "--articles",
      paramLabel = "DIR",
      defaultValue = "articles",
      description = "The pairs' directory (default: articles).")
  Path articles;

  @Option(
      names = "--reviewer",
      paramLabel = "NAME",
      description = "Who decides (default: $USER, else the user.name property).")
  String reviewer;

  @Mixin ConfigOption config;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new InputException(null, "--port must be between 0 and 65535, was " + port);
    }
    ReviewDesk desk;
    try {
      desk =
          new ReviewDesk(
              articles,
              config.resolve(),
              parent.analyzer(config.resolve()),
              port,
              CommandSupport.reviewer(reviewer));
    } catch (IOException e) {
      throw new InputException(
          null, "cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
    parent.out().println("Review desk: " + desk.url());
    parent.out().flush();
    new CountDownLatch(1).await();
    return ExitCode.OK.code();
  }
}
