package io.translationworkbench.flag;

import io.translationworkbench.LineIndex;
import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.Span;
import io.translationworkbench.Texts;
import io.translationworkbench.align.AlignedPair;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.align.FactDifference;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.ingest.Anomaly;
import io.translationworkbench.ingest.AnomalyKind;
import io.translationworkbench.segment.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns everything measured on the machine text into flags: one per problem in a sentence, with a
 * kind, a severity calibrated by the human baseline, a message, evidence and a stable fingerprint.
 * Pure: same input, same flags.
 */
public final class Flagger {
  private final FlagPolicy policy;

  public Flagger(FlagPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Everything the flagger looks at.
   *
   * @param machineText the machine text (for spans of document-level flags)
   * @param machineSentences body sentences of the machine text
   * @param humanSentences body sentences of the human text
   * @param matches LanguageTool matches on both texts
   * @param machineWords body words of the machine text
   * @param humanWords body words of the human text
   * @param anomalies structural anomalies of both texts
   * @param pairs aligned pairs with their scores and facts
   * @param unmatchedMachine machine sentence ids with no human counterpart
   */
  public record Input(
      String machineText,
      List<Sentence> machineSentences,
      List<Sentence> humanSentences,
      List<GrammarMatch> matches,
      int machineWords,
      int humanWords,
      List<Anomaly> anomalies,
      List<AlignedPairResult> pairs,
      List<String> unmatchedMachine) {
    public Input {
      machineSentences = List.copyOf(machineSentences);
      humanSentences = List.copyOf(humanSentences);
      matches = List.copyOf(matches);
      anomalies = List.copyOf(anomalies);
      pairs = List.copyOf(pairs);
      unmatchedMachine = List.copyOf(unmatchedMachine);
    }
  }

  /** The flags, most severe first, then in text order. */
  public List<Flag> flag(Input in) {
    Map<String, Sentence> machineById = new HashMap<>();
    in.machineSentences().forEach(s -> machineById.put(s.id(), s));
    Map<String, Sentence> humanById = new HashMap<>();
    in.humanSentences().forEach(s -> humanById.put(s.id(), s));
    LineIndex index = new LineIndex(in.machineText());
    Map<String, Integer> occurrences = new HashMap<>();
    List<Flag> flags = new ArrayList<>();

    Map<String, int[]> perRule = new HashMap<>();
    for (GrammarMatch m : in.matches()) {
      perRule.computeIfAbsent(m.ruleId(), k -> new int[2])[m.side() == Side.MACHINE ? 0 : 1]++;
    }
    for (GrammarMatch m : in.matches()) {
      if (m.side() != Side.MACHINE) {
        continue;
      }
      Sentence s = machineById.get(m.sentenceId());
      FlagKind kind = FlagKind.valueOf(m.kind().name());
      Severity severity = m.severity();
      Map<String, String> ev = new LinkedHashMap<>();
      ev.put("category", m.category());
      ev.put("issueType", m.issueType());
      int[] counts = perRule.get(m.ruleId());
      String message = m.message();
      if (policy.calibrateWithBaseline() && counts[1] > 0 && severity != Severity.INFO) {
        double machineRate = per100(counts[0], in.machineWords());
        double humanRate = per100(counts[1], in.humanWords());
        ev.put("machinePer100Words", fmt(machineRate));
        ev.put("humanPer100Words", fmt(humanRate));
        if (humanRate >= machineRate) {
          severity = Severity.INFO;
          message +=
              " (This rule fires as often on the human baseline: house style, not a translation error.)";
        }
      }
      flags.add(
          make(
              kind,
              severity,
              m.fullRuleId(),
              s,
              m.span(),
              m.matchedText(),
              message,
              m.suggestions(),
              ev,
              occurrences));
    }

    for (AlignedPairResult p : in.pairs()) {
      Sentence first = machineById.get(p.machineIds().get(0));
      String humanText = joinTexts(p.humanIds(), humanById);
      Double chrf = p.metrics().get("chrF2");
      if (chrf != null && chrf < policy.lowSimilarityChrF()) {
        Map<String, String> ev = new LinkedHashMap<>();
        ev.put("human", humanText);
        ev.put("humanIds", String.join(",", p.humanIds()));
        ev.put("chrF2", fmt(chrf));
        ev.put("alignScore", fmt(p.alignScore()));
        if (p.features().getOrDefault(AlignedPair.LEFTOVER, 0.0) > 0) {
          // the leftover rule paired them by position, not by score: say so beside the low score
          ev.put("pairedBy", "position");
        }
        ev.put("diff", p.diff());
        flags.add(
            make(
                FlagKind.LOW_SIMILARITY,
                Severity.INFO,
                "low-similarity",
                first,
                first.span(),
                "",
                String.format(
                    Locale.ROOT,
                    "Differs much from its human counterpart (chrF %.1f < %.1f): check the meaning against it.",
                    chrf,
                    policy.lowSimilarityChrF()),
                List.of(),
                ev,
                occurrences));
      }
      for (FactDifference f : p.facts()) {
        flags.add(factFlag(f, p, machineById, humanById, humanText, occurrences));
      }
    }

    for (String id : in.unmatchedMachine()) {
      Sentence s = machineById.get(id);
      flags.add(
          make(
              FlagKind.UNMATCHED,
              Severity.INFO,
              "unmatched",
              s,
              s.span(),
              "",
              "No counterpart in the human article: information added by the source, or from elsewhere; check it by"
                  + " hand.",
              List.of(),
              Map.of(),
              occurrences));
    }

    for (Anomaly a : in.anomalies()) {
      if (a.side() != Side.MACHINE) {
        continue;
      }
      if (a.kind() == AnomalyKind.FOREIGN_LANGUAGE) {
        flags.add(
            documentFlag(
                FlagKind.UNTRANSLATED,
                Severity.WARNING,
                "untranslated",
                a,
                "Paragraph in "
                    + Texts.languageName(a.evidence().getOrDefault("language", "another language"))
                    + " inside the French text: untranslated, or a publisher's note to remove or translate.",
                index,
                occurrences));
      } else if (a.kind() == AnomalyKind.GLUED_SENTENCES
          || a.kind() == AnomalyKind.DUPLICATE_PARAGRAPH) {
        flags.add(
            documentFlag(
                FlagKind.STRUCTURE,
                Severity.WARNING,
                a.kind().id(),
                a,
                a.message(),
                index,
                occurrences));
      }
    }

    flags.sort(
        Comparator.comparing(Flag::severity)
            .thenComparingInt(f -> f.span().start())
            .thenComparing(Flag::kind)
            .thenComparing(Flag::ruleId)
            .thenComparing(Flag::fingerprint));
    return List.copyOf(flags);
  }

  private Flag factFlag(
      FactDifference f,
      AlignedPairResult p,
      Map<String, Sentence> machineById,
      Map<String, Sentence> humanById,
      String humanText,
      Map<String, Integer> occurrences) {
    Map<String, String> ev = new LinkedHashMap<>();
    ev.put("factKind", f.kind().name().toLowerCase(Locale.ROOT));
    ev.put("difference", f.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    ev.put("human", humanText);
    ev.put("humanIds", String.join(",", p.humanIds()));
    String kind = f.kind().name().toLowerCase(Locale.ROOT);
    Sentence s;
    Span span;
    String matched;
    String message;
    Severity severity;
    if (f.machine() != null) {
      s = machineById.get(f.machine().sentenceId());
      span = within(s, f.machine().start(), f.machine().end());
      matched = f.machine().text();
      ev.put("machineFact", matched);
      ev.put("machineSpan", span.start() + "-" + span.end());
    } else {
      s = machineById.get(p.machineIds().get(0));
      span = s.span();
      matched = "";
    }
    if (f.human() != null) {
      ev.put("humanFact", f.human().text());
      Sentence hs = humanById.get(f.human().sentenceId());
      if (hs != null) {
        ev.put(
            "humanSpan",
            (hs.span().start() + f.human().start()) + "-" + (hs.span().start() + f.human().end()));
      }
    }
    switch (f.type()) {
      case DIFFERENT -> {
        severity = Severity.WARNING;
        message =
            "The "
                + kind
                + " \""
                + f.machine().text()
                + "\" is given as \""
                + f.human().text()
                + "\" in the human counterpart: check which is right.";
      }
      case MISSING_IN_HUMAN -> {
        severity = Severity.INFO;
        message =
            "The "
                + kind
                + " \""
                + f.machine().text()
                + "\" is not in the human counterpart: check it.";
      }
      default -> {
        severity = Severity.INFO;
        message =
            "The human counterpart gives the "
                + kind
                + " \""
                + f.human().text()
                + "\", which this sentence lacks.";
        matched = f.human().text();
      }
    }
    return make(
        FlagKind.FACT_MISMATCH,
        severity,
        "fact-" + kind,
        s,
        span,
        matched,
        message,
        List.of(),
        ev,
        occurrences);
  }

  private static Span within(Sentence s, int start, int end) {
    Span base = s.span();
    int a = base.start() + start;
    int b = base.start() + end;
    // sentences never contain a line break, so the column shifts with the offset
    return new Span(a, b, base.line(), base.column() + start, base.line(), base.column() + end);
  }

  private static Flag documentFlag(
      FlagKind kind,
      Severity severity,
      String ruleId,
      Anomaly a,
      String message,
      LineIndex index,
      Map<String, Integer> occurrences) {
    Map<String, String> ev = new LinkedHashMap<>(a.evidence());
    ev.put("anomaly", a.kind().id());
    String key = kind.id() + "|" + ruleId + "|" + a.text();
    int occ = occurrences.merge(key, 1, Integer::sum);
    String fp = Fingerprints.of(kind, ruleId, a.text(), a.text(), occ);
    return new Flag(
        fp,
        kind,
        severity,
        ruleId,
        null,
        index.span(a.span().start(), a.span().end()),
        a.text(),
        message,
        List.of(),
        ev);
  }

  private static Flag make(
      FlagKind kind,
      Severity severity,
      String ruleId,
      Sentence s,
      Span span,
      String matched,
      String message,
      List<String> suggestions,
      Map<String, String> evidence,
      Map<String, Integer> occurrences) {
    String key = kind.id() + "|" + ruleId + "|" + s.id() + "|" + matched;
    int occ = occurrences.merge(key, 1, Integer::sum);
    String fp = Fingerprints.of(kind, ruleId, s.text(), matched, occ);
    return new Flag(
        fp, kind, severity, ruleId, s.id(), span, matched, message, suggestions, evidence);
  }

  private static String joinTexts(List<String> ids, Map<String, Sentence> byId) {
    StringBuilder sb = new StringBuilder();
    for (String id : ids) {
      Sentence s = byId.get(id);
      if (s != null) {
        sb.append(sb.length() == 0 ? "" : " ").append(s.text());
      }
    }
    return sb.toString();
  }

  private static double per100(int n, int words) {
    return words == 0 ? 0.0 : n * 100.0 / words;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
