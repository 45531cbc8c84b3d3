package io.translationworkbench.gate;

import io.translationworkbench.Severity;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagKind;
import io.translationworkbench.review.ReviewedFlag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The quality gate: pairs × policy (× baseline) → pass or fail, per pair and rule, with messages
 * naming the reasons. Dismissed flags never count; with a baseline, flags in it do not count
 * either.
 */
public final class Gate {
  /** Most flags named in one failure message; the rest are counted. */
  static final int MAX_NAMED = 5;

  private Gate() {}

  /** Evaluates without a baseline. */
  public static GateResult evaluate(List<GateInput> inputs, GatePolicy policy) {
    return evaluate(inputs, policy, null);
  }

  /**
   * Evaluates every pair; {@code baseline} may be null (no baseline: every undismissed flag
   * counts).
   */
  public static GateResult evaluate(List<GateInput> inputs, GatePolicy policy, Baseline baseline) {
    List<GateInput> sorted = new ArrayList<>(inputs);
    sorted.sort(Comparator.comparing(GateInput::pairId));
    List<PairResult> pairs = new ArrayList<>();
    for (GateInput in : sorted) {
      pairs.add(evaluatePair(in, policy, baseline));
    }
    return new GateResult(pairs, policy, baseline != null);
  }

  private static PairResult evaluatePair(GateInput in, GatePolicy policy, Baseline baseline) {
    Set<String> baselined = new HashSet<>();
    List<ReviewedFlag> counted = new ArrayList<>();
    for (ReviewedFlag f : sortedByPosition(in.flags())) {
      if (baseline != null && baseline.contains(in.pairId(), f.fingerprint())) {
        baselined.add(f.fingerprint());
      } else if (f.state().counts()) {
        counted.add(f);
      }
    }
    String adjective = baseline == null ? "open" : "new open";
    List<RuleResult> rules = new ArrayList<>();
    rules.add(
        countRule(
            GateRule.OPEN_ERRORS,
            counted,
            f -> f.severity() == Severity.ERROR,
            policy.maxOpenErrors(),
            adjective + " error flag"));
    rules.add(
        policy.maxOpenWarnings() == null
            ? new RuleResult(
                GateRule.OPEN_WARNINGS, RuleResult.Status.SKIPPED, null, null, "no limit set")
            : countRule(
                GateRule.OPEN_WARNINGS,
                counted,
                f -> f.severity() == Severity.WARNING,
                policy.maxOpenWarnings(),
                adjective + " warning flag"));
    rules.add(grammarDensity(in, policy, counted));
    rules.add(chrF(in, policy));
    rules.add(
        policy.allowUntranslated()
            ? new RuleResult(
                GateRule.UNTRANSLATED,
                RuleResult.Status.SKIPPED,
                null,
                null,
                "allowed by the policy")
            : countRule(
                GateRule.UNTRANSLATED,
                counted,
                f -> f.kind() == FlagKind.UNTRANSLATED,
                0,
                adjective + " untranslated flag"));
    return new PairResult(in, rules, counted, baselined);
  }

  private static List<ReviewedFlag> sortedByPosition(List<ReviewedFlag> flags) {
    List<ReviewedFlag> sorted = new ArrayList<>(flags);
    sorted.sort(ReviewedFlag.BY_POSITION);
    return sorted;
  }

  private static RuleResult countRule(
      GateRule rule, List<ReviewedFlag> counted, Predicate<Flag> which, int max, String noun) {
    List<Flag> hits = counted.stream().map(ReviewedFlag::flag).filter(which).toList();
    String measured =
        hits.size() + " " + noun + (hits.size() == 1 ? "" : "s") + ", at most " + max + " allowed";
    if (hits.size() <= max) {
      return new RuleResult(
          rule, RuleResult.Status.PASSED, (double) hits.size(), (double) max, measured);
    }
    StringBuilder msg = new StringBuilder(measured).append(": ");
    for (int i = 0; i < Math.min(MAX_NAMED, hits.size()); i++) {
      msg.append(i == 0 ? "" : "; ").append(describe(hits.get(i)));
    }
    if (hits.size() > MAX_NAMED) {
      msg.append("; and ").append(hits.size() - MAX_NAMED).append(" more");
    }
    return new RuleResult(
        rule, RuleResult.Status.FAILED, (double) hits.size(), (double) max, msg.toString());
  }

  private static RuleResult grammarDensity(
      GateInput in, GatePolicy policy, List<ReviewedFlag> counted) {
    if (in.machineWords() == 0 || in.humanWords() == 0) {
      return new RuleResult(
          GateRule.GRAMMAR_DENSITY,
          RuleResult.Status.SKIPPED,
          null,
          policy.maxGrammarDensityRatio(),
          "word counts not measured");
    }
    long grammarFlags =
        in.flags().stream().filter(f -> GateInput.GRAMMAR_KINDS.contains(f.flag().kind())).count();
    long stillCounted =
        counted.stream().filter(f -> GateInput.GRAMMAR_KINDS.contains(f.flag().kind())).count();
    // dismissed and baselined grammar flags are taken off the machine's LanguageTool matches:
    // decisions stick
    long excused = grammarFlags - stillCounted;
    long machineMatches = Math.max(0, in.machineGrammarMatches() - excused);
    double machine = 100.0 * machineMatches / in.machineWords();
    double human = 100.0 * in.humanGrammarMatches() / in.humanWords();
    double reference = Math.max(human, policy.grammarDensityFloor());
    double ratio = machine / reference;
    String msg =
        String.format(
            Locale.ROOT,
            "machine %.2f grammar matches per 100 words%s, human %.2f%s: ratio %.2f, at most %.2f allowed",
            machine,
            excused == 0 ? "" : " (" + excused + " dismissed or baselined not counted)",
            human,
            human < policy.grammarDensityFloor()
                ? String.format(Locale.ROOT, " (floor %.2f used)", policy.grammarDensityFloor())
                : "",
            ratio,
            policy.maxGrammarDensityRatio());
    RuleResult.Status status =
        ratio <= policy.maxGrammarDensityRatio()
            ? RuleResult.Status.PASSED
            : RuleResult.Status.FAILED;
    return new RuleResult(
        GateRule.GRAMMAR_DENSITY, status, ratio, policy.maxGrammarDensityRatio(), msg);
  }

  private static RuleResult chrF(GateInput in, GatePolicy policy) {
    if (in.documentChrF() == null) {
      return new RuleResult(
          GateRule.DOCUMENT_CHRF,
          RuleResult.Status.SKIPPED,
          null,
          policy.minDocumentChrF(),
          "chrF not measured");
    }
    double chrF = in.documentChrF();
    boolean ok = chrF >= policy.minDocumentChrF();
    String msg =
        String.format(
            Locale.ROOT,
            ok
                ? "document chrF %.2f, at least %.2f required"
                : "document chrF %.2f below the minimum %.2f"
                    + " (the wrong article, or a broken translation?)",
            chrF,
            policy.minDocumentChrF());
    return new RuleResult(
        GateRule.DOCUMENT_CHRF,
        ok ? RuleResult.Status.PASSED : RuleResult.Status.FAILED,
        chrF,
        policy.minDocumentChrF(),
        msg);
  }

  /** A flag in a few words: {@code grammar ACCORD_NOMBRE "les chat" at 3:12 (fp 1a2b3c)}. */
  public static String describe(Flag f) {
    return String.format(
        Locale.ROOT,
        "%s %s \"%s\" at %d:%d (fp %s)",
        f.kind().id(),
        f.ruleId(),
        abbreviate(f.matchedText(), 40),
        f.span().line(),
        f.span().column(),
        f.fingerprint());
  }

  /** {@code s} cut to {@code max} characters with an ellipsis, line breaks shown as spaces. */
  public static String abbreviate(String s, int max) {
    String oneLine = s.replaceAll("\\s+", " ");
    if (oneLine.length() <= max) {
      return oneLine;
    }
    int cut = max - 1;
    // never split a surrogate pair (an emoji, a rare CJK name) in half
    if (Character.isHighSurrogate(oneLine.charAt(cut - 1))) {
      cut--;
    }
    return oneLine.substring(0, cut) + "…";
  }
}
