package io.translationworkbench.flag;

import io.translationworkbench.LineIndex;
import io.translationworkbench.Severity;
import io.translationworkbench.Span;
import io.translationworkbench.ingest.Anomaly;
import io.translationworkbench.segment.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the flag rules share: sentences by id, the machine text's line index, and the one place
 * where flags get their fingerprint (so that repeated findings in one sentence are numbered the
 * same way whatever rule made them).
 */
final class FlagContext {
  private final Map<String, Sentence> machineById = new HashMap<>();
  private final Map<String, Sentence> humanById = new HashMap<>();
  private final LineIndex index;
  private final Map<String, Integer> occurrences = new HashMap<>();
  private final List<Flag> flags = new ArrayList<>();

  FlagContext(Flagger.Input in) {
    in.machineSentences().forEach(s -> machineById.put(s.id(), s));
    in.humanSentences().forEach(s -> humanById.put(s.id(), s));
    this.index = in.machineLines();
  }

  Sentence machine(String id) {
    return machineById.get(id);
  }

  Sentence human(String id) {
    return humanById.get(id);
  }

  /** The human sentences with these ids, joined by a space. */
  String humanText(List<String> ids) {
    StringBuilder sb = new StringBuilder();
    for (String id : ids) {
      Sentence s = humanById.get(id);
      if (s != null) {
        sb.append(sb.length() == 0 ? "" : " ").append(s.text());
      }
    }
    return sb.toString();
  }

  /** A flag on a machine sentence; {@code finding} when it stands for a counted match. */
  void add(
      FlagKind kind,
      Severity severity,
      String ruleId,
      Sentence s,
      Span span,
      String matched,
      String message,
      List<String> suggestions,
      Map<String, String> evidence,
      boolean finding) {
    String key = kind.id() + "|" + ruleId + "|" + s.id() + "|" + matched;
    int occ = occurrences.merge(key, 1, Integer::sum);
    String fp = Fingerprints.of(kind, ruleId, s.text(), matched, occ);
    flags.add(
        new Flag(
            fp,
            kind,
            severity,
            ruleId,
            s.id(),
            span,
            matched,
            message,
            suggestions,
            evidence,
            finding));
  }

  /** A flag on a whole paragraph or a structural anomaly, not on one sentence. */
  void addDocumentLevel(
      FlagKind kind, Severity severity, String ruleId, Anomaly a, String message) {
    Map<String, String> ev = new LinkedHashMap<>(a.evidence());
    ev.put("anomaly", a.kind().id());
    String key = kind.id() + "|" + ruleId + "|" + a.text();
    int occ = occurrences.merge(key, 1, Integer::sum);
    String fp = Fingerprints.of(kind, ruleId, a.text(), a.text(), occ);
    flags.add(
        new Flag(
            fp,
            kind,
            severity,
            ruleId,
            null,
            index.span(a.span().start(), a.span().end()),
            a.text(),
            message,
            List.of(),
            ev,
            false));
  }

  /**
   * A span inside machine sentence {@code s}, from offsets relative to the sentence, with line and
   * column in the machine file as received.
   */
  Span within(Sentence s, int start, int end) {
    return index.span(s.span().start() + start, s.span().start() + end);
  }

  List<Flag> flags() {
    return flags;
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
