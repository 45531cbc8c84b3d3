package io.translationworkbench.report;

import io.translationworkbench.PairReport;
import io.translationworkbench.Severity;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.config.TypographyProfile;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.grammar.Densities;
import io.translationworkbench.grammar.MatchKind;
import io.translationworkbench.grammar.SuppressedMatch;
import io.translationworkbench.review.Excerpt;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.review.SentenceCard;
import io.translationworkbench.segment.Sentence;
import io.translationworkbench.style.ConventionStyle;
import io.translationworkbench.style.HouseStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the reports derive from a {@link PairReport} alike (lookups, counts, groupings, number
 * formats): read by {@link ReportLayout}, the one layout of the Markdown and HTML reports, and by
 * the JSON writer.
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

  /**
   * Where the flags not dismissed are, to follow their count: " on 7 sentences", ": 12 on 7
   * sentences, 2 document-level" (see {@link SentenceCard#placement}).
   */
  static String openPlacement(PairReport r) {
    return SentenceCard.placement(
        SentenceCard.ofReviewed(r.flags().stream().filter(rf -> rf.state().counts()).toList()));
  }

  static long probableNames(PairReport r) {
    return r.matches().stream().filter(m -> m.kind() == MatchKind.PROBABLE_NAME).count();
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

  /** The flags as cards, one per machine sentence and one per document-level flag, in order. */
  static List<SentenceCard<ReviewedFlag>> cards(PairReport r) {
    return SentenceCard.ofReviewed(r.flags());
  }

  /**
   * The text of the human sentence(s) aligned with machine sentence {@code machineId}, joined by a
   * space, or null when it has no counterpart.
   */
  static String humanCounterpart(
      String machineId, Map<String, Sentence> byId, Map<String, AlignedPairResult> pairOf) {
    AlignedPairResult pair = pairOf.get(machineId);
    if (pair == null) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    pair.humanIds().forEach(id -> texts.add(byId.get(id).text()));
    return String.join(" ", texts);
  }

  /**
   * The spans of a card's flags in its sentence, as sorted, disjoint {from, to} offsets
   * (overlapping or touching spans merged, so that highlights never nest); spans that cover the
   * whole sentence (unmatched, low similarity) or fall outside it are left out: they would
   * highlight nothing.
   */
  static List<int[]> highlights(Sentence s, List<ReviewedFlag> flags) {
    List<int[]> spans = new ArrayList<>();
    for (ReviewedFlag rf : flags) {
      int[] at = spanInSentence(s, rf.flag());
      if (at != null && !wholeSentence(s, at)) {
        spans.add(at);
      }
    }
    spans.sort(Comparator.comparingInt((int[] a) -> a[0]).thenComparingInt(a -> a[1]));
    List<int[]> merged = new ArrayList<>();
    for (int[] a : spans) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && a[0] <= last[1]) {
        last[1] = Math.max(last[1], a[1]);
      } else {
        merged.add(new int[] {a[0], a[1]});
      }
    }
    return merged;
  }

  static boolean wholeSentence(Sentence s, int[] at) {
    return at[0] == 0 && at[1] == s.text().length();
  }

  /**
   * Where a flag lies in its sentence: an excerpt around its span, or null when the span covers the
   * whole sentence or does not fall inside it.
   */
  static Excerpt excerpt(Sentence s, Flag f) {
    int[] at = spanInSentence(s, f);
    return at == null || wholeSentence(s, at) ? null : Excerpt.around(s.text(), at[0], at[1]);
  }

  /**
   * The evidence a card does not already show (the human text and ids, the word diff), sorted by
   * key, as "key: value" parts.
   */
  static List<String> evidence(Flag f) {
    List<String> parts = new ArrayList<>();
    new TreeMap<>(f.evidence())
        .forEach(
            (k, v) -> {
              if (!SHOWN_EVIDENCE.contains(k)) {
                parts.add(k + ": " + v);
              }
            });
    return parts;
  }

  private static final Set<String> SHOWN_EVIDENCE = Set.of("human", "humanIds", "diff");

  /**
   * The word diff shown once for a card: the first flag's own diff, or else the aligned pair's (an
   * editor sees at a glance how the sentence departs from its human counterpart); null when none.
   */
  static String cardDiff(List<ReviewedFlag> flags, AlignedPairResult pair) {
    for (ReviewedFlag rf : flags) {
      String d = rf.flag().evidence().get("diff");
      if (d != null && !d.isEmpty()) {
        return d;
      }
    }
    return pair == null || pair.diff() == null || pair.diff().isEmpty() ? null : pair.diff();
  }

  /**
   * A word diff cut to about {@code max} characters (at a space) with " …" after it, its open
   * {@code [-…-]} or {@code {+…+}} marker closed; as it is when not longer.
   */
  static String abbreviateDiff(String diff, int max) {
    if (diff.length() <= max) {
      return diff;
    }
    int cut = diff.lastIndexOf(' ', max);
    cut = cut <= max / 2 ? max : cut;
    if (Character.isLowSurrogate(diff.charAt(cut))) {
      cut--;
    }
    String d = diff.substring(0, cut);
    if (d.lastIndexOf("[-") > d.lastIndexOf("-]")) {
      d += "-]";
    }
    if (d.lastIndexOf("{+") > d.lastIndexOf("+}")) {
      d += "+}";
    }
    return d + " …";
  }

  /** "2 flags (1 error, 1 warning)", "1 flag (info)": what a card holds. */
  static String cardCount(List<ReviewedFlag> flags) {
    Map<Severity, Integer> m = new EnumMap<>(Severity.class);
    flags.forEach(rf -> m.merge(rf.flag().severity(), 1, Integer::sum));
    if (flags.size() == 1) {
      return "1 flag (" + flags.get(0).flag().severity().label() + ")";
    }
    StringJoiner j = new StringJoiner(", ");
    m.forEach((sev, n) -> j.add(countOf(sev, n)));
    return flags.size() + " flags (" + j + ")";
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

  /**
   * One line per typographic convention: what it is, whether the machine text is checked for it,
   * and the human text's evidence or the reason it is left out.
   */
  static List<String[]> houseStyleRows(HouseStyle style) {
    List<String[]> rows = new ArrayList<>();
    for (ConventionStyle c : style.conventions()) {
      String what = c.convention().practice().replaceFirst("^writes ", "");
      rows.add(new String[] {what, c.enforced() ? "checked" : "left out", c.reason()});
    }
    return rows;
  }
}
