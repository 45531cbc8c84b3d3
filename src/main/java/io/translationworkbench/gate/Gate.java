package io.translationworkbench.gate;

import io.translationworkbench.PairReport;
import io.translationworkbench.ProcessingError;
import io.translationworkbench.Severity;
import io.translationworkbench.Texts;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagKind;
import io.translationworkbench.grammar.Densities;
import io.translationworkbench.review.FlagState;
import io.translationworkbench.review.ReviewedFlag;
import java.nio.file.Path;
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

  /** Evaluates without a baseline, machine files named from the current directory. */
  public static GateResult evaluate(List<PairReport> reports, GatePolicy policy) {
    return evaluate(reports, policy, null);
  }

  /** Evaluates with a baseline (or null), machine files named from the current directory. */
  public static GateResult evaluate(
      List<PairReport> reports, GatePolicy policy, Baseline baseline) {
    return evaluate(reports, policy, baseline, Path.of(""));
  }

  /**
   * Evaluates every pair; {@code baseline} may be null (no baseline: every undismissed flag
   * counts); machine files are named relative to {@code root}.
   */
  public static GateResult evaluate(
      List<PairReport> reports, GatePolicy policy, Baseline baseline, Path root) {
    List<PairReport> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparing(r -> r.pair().id()));
    List<PairResult> pairs = new ArrayList<>();
    for (PairReport r : sorted) {
      pairs.add(evaluatePair(r, policy, baseline, fromRoot(root, r)));
    }
    return new GateResult(pairs, policy, baseline != null);
  }

  /** The machine file relative to {@code root} with '/' separators, as SARIF wants it. */
  static String fromRoot(Path root, PairReport r) {
    Path base = root.toAbsolutePath().normalize();
    Path machine = Path.of(r.machineInput().path()).toAbsolutePath().normalize();
    String relative =
        machine.startsWith(base) ? base.relativize(machine).toString() : machine.toString();
    return relative.replace('\\', '/');
  }

  private static PairResult evaluatePair(
      PairReport r, GatePolicy policy, Baseline baseline, String machineFile) {
    String pairId = r.pair().id();
    Set<String> baselined = new HashSet<>();
    List<ReviewedFlag> counted = new ArrayList<>();
    for (ReviewedFlag f : r.flags()) {
      if (baseline != null && baseline.contains(pairId, f.fingerprint())) {
        baselined.add(f.fingerprint());
      } else if (f.state().counts()) {
        counted.add(f);
      }
    }
    String noun = baseline == null ? "" : "new ";
    List<RuleResult> rules = new ArrayList<>();
    rules.add(processingErrors(r));
    rules.add(
        countRule(
            GateRule.ERROR_FLAGS,
            counted,
            f -> f.flag().severity() == Severity.ERROR,
            policy.maxOpenErrors(),
            noun + "error flag"));
    rules.add(
        policy.maxOpenWarnings() == null
            ? new RuleResult(
                GateRule.WARNING_FLAGS, RuleResult.Status.SKIPPED, null, null, "no limit set")
            : countRule(
                GateRule.WARNING_FLAGS,
                counted,
                f -> f.flag().severity() == Severity.WARNING,
                policy.maxOpenWarnings(),
                noun + "warning flag"));
    // no rule at all without a limit: the outputs of a policy without maxOpenInfos stay as they
    // were
    if (policy.maxOpenInfos() != null) {
      rules.add(
          countRule(
              GateRule.INFO_FLAGS,
              counted,
              f -> f.flag().severity() == Severity.INFO,
              policy.maxOpenInfos(),
              noun + "info flag"));
    }
    rules.add(grammarDensity(r, policy, baselined));
    rules.add(chrF(r, policy));
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
                f -> f.flag().kind() == FlagKind.UNTRANSLATED,
                0,
                noun + "untranslated flag"));
    return new PairResult(r, machineFile, rules, counted, baselined);
  }

  /** A stage that could not finish leaves the result incomplete: the pair cannot pass. */
  private static RuleResult processingErrors(PairReport r) {
    List<ProcessingError> errors = r.processingErrors();
    if (errors.isEmpty()) {
      return new RuleResult(
          GateRule.PROCESSING_ERRORS, RuleResult.Status.PASSED, 0.0, 0.0, "every stage finished");
    }
    StringBuilder msg =
        new StringBuilder()
            .append(errors.size())
            .append(errors.size() == 1 ? " stage" : " stages")
            .append(" could not finish, the result is incomplete: ");
    for (int i = 0; i < errors.size(); i++) {
      ProcessingError e = errors.get(i);
      msg.append(i == 0 ? "" : "; ")
          .append(e.stage())
          .append(" on ")
          .append(e.file() == null ? "the pair" : e.file())
          .append(": ")
          .append(e.message());
    }
    return new RuleResult(
        GateRule.PROCESSING_ERRORS,
        RuleResult.Status.FAILED,
        (double) errors.size(),
        0.0,
        msg.toString());
  }

  private static RuleResult countRule(
      GateRule rule,
      List<ReviewedFlag> counted,
      Predicate<ReviewedFlag> which,
      int max,
      String noun) {
    List<ReviewedFlag> hits = counted.stream().filter(which).toList();
    long confirmed = hits.stream().filter(f -> f.state() == FlagState.CONFIRMED).count();
    String measured =
        hits.size()
            + " "
            + noun
            + (hits.size() == 1 ? "" : "s")
            + " not dismissed ("
            + (hits.size() - confirmed)
            + " open, "
            + confirmed
            + " confirmed), at most "
            + max
            + " allowed";
    if (hits.size() <= max) {
      return new RuleResult(
          rule, RuleResult.Status.PASSED, (double) hits.size(), (double) max, measured);
    }
    StringBuilder msg = new StringBuilder(measured).append(": ");
    for (int i = 0; i < Math.min(MAX_NAMED, hits.size()); i++) {
      msg.append(i == 0 ? "" : "; ").append(describe(hits.get(i).flag()));
    }
    if (hits.size() > MAX_NAMED) {
      msg.append("; and ").append(hits.size() - MAX_NAMED).append(" more");
    }
    return new RuleResult(
        rule, RuleResult.Status.FAILED, (double) hits.size(), (double) max, msg.toString());
  }

  /**
   * The report's density, read as is: dismissed findings are already off it; with a baseline,
   * baselined findings come off too.
   */
  private static RuleResult grammarDensity(PairReport r, GatePolicy policy, Set<String> baselined) {
    Densities d = r.densities();
    if (d.machine().words() == 0 || d.human().words() == 0) {
      return new RuleResult(
          GateRule.GRAMMAR_DENSITY,
          RuleResult.Status.SKIPPED,
          null,
          policy.maxGrammarDensityRatio(),
          "word counts not measured");
    }
    int excused =
        (int)
            r.flags().stream()
                .filter(f -> f.flag().finding() && f.state().counts())
                .filter(f -> baselined.contains(f.fingerprint()))
                .count();
    double machine = d.machine().rate(excused);
    double human = d.human().rate(0);
    double ratio = d.ratio(policy.grammarDensityFloor(), excused);
    int dismissed = d.machine().dismissed();
    String notCounted =
        dismissed == 0 && excused == 0
            ? ""
            : " ("
                + (dismissed == 0 ? "" : dismissed + " dismissed")
                + (dismissed != 0 && excused != 0 ? ", " : "")
                + (excused == 0 ? "" : excused + " baselined")
                + " not counted)";
    String msg =
        String.format(
            Locale.ROOT,
            "machine %.2f findings per 100 words%s, human %.2f%s: ratio %.2f, at most %.2f allowed",
            machine,
            notCounted,
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

  private static RuleResult chrF(PairReport r, GatePolicy policy) {
    Double measured = r.documentChrF();
    if (measured == null) {
      return new RuleResult(
          GateRule.DOCUMENT_CHRF,
          RuleResult.Status.SKIPPED,
          null,
          policy.minDocumentChrF(),
          "chrF not measured");
    }
    double chrF = measured;
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
        Texts.abbreviate(f.matchedText(), 40),
        f.span().line(),
        f.span().column(),
        f.fingerprint());
  }
}
