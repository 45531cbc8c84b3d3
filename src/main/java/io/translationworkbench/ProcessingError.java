package io.translationworkbench;

/**
 * A stage that could not finish on one input; the rest of the report is still valid.
 *
 * @param stage the pipeline stage ("grammar", "metrics"…)
 * @param file the input it was working on, or null
 * @param message what went wrong, on one line
 */
public record ProcessingError(String stage, String file, String message) {}
