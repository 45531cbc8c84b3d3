package io.translationworkbench.cli;

/**
 * A sacreBLEU option the workbench understands but does not offer (test-set download, listing,
 * subsets): one line {@code workbench: error: OPTION: why}, exit code {@link ExitCode#UNSUPPORTED}.
 */
final class UnsupportedOptionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnsupportedOptionException(String message) {
    super(message);
  }
}
