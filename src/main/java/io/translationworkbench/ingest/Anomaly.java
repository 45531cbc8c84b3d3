package io.translationworkbench.ingest;

import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A structural problem in one input text, reported as data (never as an exception).
 *
 * @param kind what was found
 * @param side in which text
 * @param severity how much it matters
 * @param span where
 * @param text the text covered (shortened for long spans)
 * @param message a plain explanation and what the workbench did about it
 * @param evidence supporting data (detected language and probability, index of the original
 *     paragraph…)
 */
public record Anomaly(
    AnomalyKind kind,
    Side side,
    Severity severity,
    Span span,
    String text,
    String message,
    Map<String, String> evidence) {
  public Anomaly {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(message, "message");
    evidence =
        java.util.Collections.unmodifiableMap(
            new TreeMap<>(evidence == null ? Map.of() : evidence));
  }

  /** The machine text's items, then the human text's. */
  public static List<Anomaly> concat(List<Anomaly> machine, List<Anomaly> human) {
    List<Anomaly> all = new ArrayList<>(machine);
    all.addAll(human);
    return all;
  }
}
