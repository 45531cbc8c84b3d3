package io.translationworkbench.report;

import io.translationworkbench.Severity;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.config.TypographyProfile;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.grammar.MatchKind;
import io.translationworkbench.grammar.SuppressedMatch;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.segment.Sentence;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the writers for people derive from a {@link PairReport} alike (lookups, counts, groupings,
 * number formats), so that the Markdown and HTML reports cannot drift apart in what they say.
 */
final class ReportViews {
  private ReportViews() {}

  static Map<String, Sentence> sentencesById(PairReport r) {
    Map<String, Sentence> m = new HashMap<>();
    r.sentences().forEach(s -> m.put(s.id(), s));
    return m;
  }

  /** The aligned pair of each aligned machine sentence, by machine sentence id. */
  static Map<String, AlignedPairResult> pairsByMachineId(PairReport r) {
    Map<String, AlignedPairResult> m = new HashMap<>();
    for (AlignedPairResult p : r.alignment().pairs()) {
      p.machineIds().forEach(id -> m.put(id, p));
    }
    return m;
  }

  /**
   * Flags not dismissed, per machine sentence id, counted by severity ordinal (error, warning,
   * info).
   */
  static Map<String, int[]> openFlagsBySentence(PairReport r) {
    Map<String, int[]> m = new HashMap<>();
    for (ReviewedFlag rf : r.flags()) {
      if (rf.flag().sentenceId() != null && rf.state().counts()) {
        m.computeIfAbsent(rf.flag().sentenceId(), k -> new int[3])[
            rf.flag().severity().ordinal()]++;
      }
    }
    return m;
  }

  /**
   * Flags not dismissed, counted by severity, most severe first; severities without flags left out.
   */
  static Map<Severity, Integer> openFlagsBySeverity(PairReport r) {
    Map<Severity, Integer> m = new EnumMap<>(Severity.class);
    r.flags().stream()
        .filter(rf -> rf.state().counts())
        .forEach(rf -> m.merge(rf.flag().severity(), 1, Integer::sum));
    return m;
  }

  /** "; n dismissed by reviewers" after the open-flag count, or nothing when none was dismissed. */
  static String dismissedNote(PairReport r) {
    long dismissed = r.flags().stream().filter(rf -> !rf.state().counts()).count();
    return dismissed == 0 ? "" : "; " + dismissed + " dismissed by reviewers";
  }

  static long probableNames(PairReport r) {
    return r.matches().stream().filter(m -> m.kind() == MatchKind.PROBABLE_NAME).count();
  }

  /** The document chrF2, the one score the summary quotes. */
  static Optional<DocumentMetrics.MetricValue> documentChrF(PairReport r) {
    return r.documentMetrics().scores().stream().filter(v -> v.name().equals("chrF2")).findFirst();
  }

  /** The alignment counts in words (numbers only: nothing to escape). */
  static String alignmentCounts(PairReport r) {
    return String.format(
        Locale.ROOT,
        "Aligned sentence pairs: %d; human sentences without counterpart: %d; machine sentences without: %d",
        r.alignment().pairs().size(),
        r.alignment().humanWithoutCounterpart().size(),
        r.alignment().machineWithoutCounterpart().size());
  }

  /**
   * "kind: n, kind: n" in kind id order (ids are ours: nothing to escape), empty when there is no
   * anomaly.
   */
  static String anomalyTally(PairReport r) {
    Map<String, Integer> m = new TreeMap<>();
    r.anomalies().forEach(a -> m.merge(a.kind().id(), 1, Integer::sum));
    StringJoiner j = new StringJoiner(", ");
    m.forEach((k, v) -> j.add(k + ": " + v));
    return j.toString();
  }

  /** Suppressed matched texts grouped under "side: reason (rule)", both sorted. */
  static Map<String, TreeSet<String>> suppressedByReason(PairReport r) {
    Map<String, TreeSet<String>> m = new TreeMap<>();
    for (SuppressedMatch s : r.suppressed()) {
      m.computeIfAbsent(
              s.side().label() + ": " + s.reason() + " (" + s.ruleId() + ")", k -> new TreeSet<>())
          .add(s.matchedText());
    }
    return m;
  }

  /** Kinds that have a density on either side, sorted. */
  static TreeSet<String> densityKinds(Densities d) {
    TreeSet<String> kinds = new TreeSet<>(d.machine().byKind().keySet());
    kinds.addAll(d.human().byKind().keySet());
    return kinds;
  }

  /**
   * Where the flag's span falls in its sentence, as {from, to} offsets into the sentence text, or
   * null when it does not fall inside (then the sentence is shown without a highlight rather than
   * cut wrongly).
   */
  static int[] spanInSentence(Sentence s, Flag f) {
    int from = f.span().start() - s.span().start();
    int to = f.span().end() - s.span().start();
    return from < 0 || to > s.text().length() || to <= from ? null : new int[] {from, to};
  }

  /** A rule setting of the signature in words. */
  static String setting(Object v) {
    if (v instanceof TypographyProfile t) {
      return "highPunctuationSpace="
          + t.highPunctuationSpace()
          + ", guillemetSpace="
          + t.guillemetSpace()
          + ", apostrophe="
          + t.apostrophe()
          + ", dash="
          + t.dash();
    }
    if (v instanceof List<?> l) {
      return l.isEmpty() ? "none" : l.toString().substring(1, l.toString().length() - 1);
    }
    return String.valueOf(v);
  }

  static String abbreviate(String t, int max) {
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }

  static String findings(int n) {
    return n == 1 ? "finding" : "findings";
  }

  /** Two decimals, {@link Locale#ROOT}: the same digits on every machine. */
  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** Four decimals, for the 0–1 similarity measures. */
  static String fmt4(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /** "1 error", "4 warnings", "13 info": a count with its severity, as a reader says it. */
  static String countOf(io.translationworkbench.Severity severity, int n) {
    String label = severity.label();
    return n
        + " "
        + (n == 1 || severity == io.translationworkbench.Severity.INFO ? label : label + "s");
  }
}
