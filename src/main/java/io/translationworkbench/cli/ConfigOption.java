package io.translationworkbench.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --config}, the same in {@code report}, {@code check} and {@code review}: the project
 * configuration, read the same way by all three.
 */
final class ConfigOption {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Project configuration (default: workbench.json in the current directory, if present).")
  Path file;

  /** The project configuration file to read, or null for the built-in defaults. */
  Path resolve() {
    return CommandSupport.projectConfig(file);
  }
}
