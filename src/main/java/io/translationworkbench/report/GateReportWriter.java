package io.translationworkbench.report;

import io.translationworkbench.AtomicFiles;
import io.translationworkbench.gate.GateResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Renders the gate's result in one CI format; a pure function of the result, UTF-8, byte-for-byte
 * deterministic.
 */
public interface GateReportWriter {
  /** The whole file. */
  byte[] render(GateResult result);

  /** Renders into {@code file} atomically (a CI job never picks up a half-written report). */
  default void write(GateResult result, Path file) throws IOException {
    AtomicFiles.write(file, render(result));
  }
}
