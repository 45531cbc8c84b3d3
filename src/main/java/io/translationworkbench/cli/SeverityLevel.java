package io.translationworkbench.cli;

import io.translationworkbench.Severity;

/** A severity as options take it ({@code check --fail-on}, {@code review --severity}). */
enum SeverityLevel {
  error(Severity.ERROR),
  warning(Severity.WARNING),
  info(Severity.INFO);

  final Severity severity;

  SeverityLevel(Severity severity) {
    this.severity = severity;
  }
}
