package io.translationworkbench.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.PairReport;
import io.translationworkbench.ProcessingError;
import io.translationworkbench.Severity;
import io.translationworkbench.TestReports;
import io.translationworkbench.Texts;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagKind;
import io.translationworkbench.review.Decision;
import io.translationworkbench.review.ReviewDecision;
import io.translationworkbench.review.ReviewFile;
import io.translationworkbench.review.TestFlags;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateTest {
  @TempDir Path dir;

  private static final String PAIR = "tiktok-bytedance-2020-09";

  static PairReport input(List<Flag> flags, List<ReviewDecision> decisions, Double chrF) {
    return TestReports.report(
        PAIR, "articles/" + PAIR + "/machine.fr.txt", flags, decisions, 400, 500, 6, 5, chrF);
  }

  private static RuleResult rule(GateResult r, GateRule rule) {
    return r.pairs().get(0).rules().stream()
        .filter(x -> x.rule() == rule)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void tooManyOpenErrorsFailsNamingTheRuleAndTheFlags() {
    List<Flag> flags = TestFlags.sampleFlags();
    GateResult r = Gate.evaluate(List.of(input(flags, List.of(), 30.0)), GatePolicy.defaults());
    assertFalse(r.passed());
    RuleResult errors = rule(r, GateRule.ERROR_FLAGS);
    assertTrue(errors.failed());
    assertEquals(2.0, errors.measured());
    assertTrue(
        errors
            .message()
            .startsWith("2 error flags not dismissed (2 open, 0 confirmed), at most 0 allowed: "),
        errors.message());
    assertTrue(errors.message().contains(flags.get(1).fingerprint()), errors.message());
    assertTrue(errors.message().contains(flags.get(3).fingerprint()), errors.message());
  }

  @Test
  void dismissingAFlagDropsTheOpenErrorCount() throws IOException {
    List<Flag> flags = TestFlags.sampleFlags();
    Path reviewJson = dir.resolve(ReviewFile.FILE_NAME);
    GateResult before =
        Gate.evaluate(
            List.of(input(flags, ReviewFile.load(reviewJson).decisions(), 30.0)),
            GatePolicy.defaults());
    ReviewFile.empty(reviewJson)
        .with(
            ReviewDecision.of(
                flags.get(1),
                null,
                Decision.DISMISSED,
                "léa",
                LocalDate.of(2025, 3, 14),
                "false positive"))
        .save();
    GateResult after =
        Gate.evaluate(
            List.of(input(flags, ReviewFile.load(reviewJson).decisions(), 30.0)),
            GatePolicy.defaults());
    assertEquals(2.0, rule(before, GateRule.ERROR_FLAGS).measured());
    assertEquals(1.0, rule(after, GateRule.ERROR_FLAGS).measured());
    assertFalse(rule(after, GateRule.ERROR_FLAGS).message().contains(flags.get(1).fingerprint()));
  }

  @Test
  void confirmedFlagsStillCount() {
    List<Flag> flags = TestFlags.sampleFlags();
    ReviewDecision confirmed =
        ReviewDecision.of(
            flags.get(1), null, Decision.CONFIRMED, "léa", LocalDate.of(2025, 3, 14), "");
    GateResult r =
        Gate.evaluate(List.of(input(flags, List.of(confirmed), 30.0)), GatePolicy.defaults());
    assertEquals(2.0, rule(r, GateRule.ERROR_FLAGS).measured());
  }

  @Test
  void baselineFromTheSameFlagsPassesAndANewFlagFailsNamingOnlyIt() throws IOException {
    List<Flag> flags = TestFlags.sampleFlags();
    List<PairReport> now = List.of(input(flags, List.of(), 30.0));
    Path file = dir.resolve("baseline.json");
    Baseline.of(now).save(file);
    Baseline baseline = Baseline.load(file);

    GateResult same = Gate.evaluate(now, GatePolicy.defaults(), baseline);
    assertTrue(same.passed(), () -> same.pairs().get(0).failures().toString());

    List<Flag> more = new ArrayList<>(flags);
    Flag fresh =
        TestFlags.flag(
            TestFlags.MACHINE,
            2,
            "porte-parole",
            FlagKind.FACT_MISMATCH,
            Severity.ERROR,
            "name-mismatch");
    more.add(fresh);
    GateResult next =
        Gate.evaluate(List.of(input(more, List.of(), 30.0)), GatePolicy.defaults(), baseline);
    assertFalse(next.passed());
    RuleResult errors = rule(next, GateRule.ERROR_FLAGS);
    assertTrue(errors.failed());
    assertEquals(1.0, errors.measured());
    assertTrue(
        errors
            .message()
            .startsWith(
                "1 new error flag not dismissed (1 open, 0 confirmed), at most 0 allowed: "),
        errors.message());
    assertTrue(errors.message().contains(fresh.fingerprint()), errors.message());
    for (Flag old : flags) {
      assertFalse(errors.message().contains(old.fingerprint()), errors.message());
    }
    assertEquals(
        List.of(fresh), next.pairs().get(0).counted().stream().map(f -> f.flag()).toList());
  }

  @Test
  void untranslatedFailsUnlessAllowed() {
    List<Flag> flags = TestFlags.sampleFlags();
    GatePolicy lenient = new GatePolicy(5, null, 2.0, 0.5, 20.0, false);
    GateResult strict = Gate.evaluate(List.of(input(flags, List.of(), 30.0)), lenient);
    assertTrue(rule(strict, GateRule.UNTRANSLATED).failed());
    assertTrue(
        strict.pairs().get(0).failures().stream().allMatch(f -> f.rule() == GateRule.UNTRANSLATED));
    GateResult allowed =
        Gate.evaluate(
            List.of(input(flags, List.of(), 30.0)), new GatePolicy(5, null, 2.0, 0.5, 20.0, true));
    assertTrue(allowed.passed());
    assertEquals(RuleResult.Status.SKIPPED, rule(allowed, GateRule.UNTRANSLATED).status());
  }

  @Test
  void lowChrFFailsAndMissingChrFIsSkipped() {
    List<Flag> none = List.of();
    GateResult low = Gate.evaluate(List.of(input(none, List.of(), 12.5)), GatePolicy.defaults());
    RuleResult chrF = rule(low, GateRule.DOCUMENT_CHRF);
    assertTrue(chrF.failed());
    assertTrue(
        chrF.message().startsWith("document chrF 12.50 below the minimum 20.00"), chrF.message());
    GateResult unmeasured =
        Gate.evaluate(List.of(input(none, List.of(), null)), GatePolicy.defaults());
    assertEquals(RuleResult.Status.SKIPPED, rule(unmeasured, GateRule.DOCUMENT_CHRF).status());
    assertTrue(unmeasured.passed());
  }

  @Test
  void grammarDensityComparesWithTheHumanArticleAndDismissalsLowerIt() {
    // machine 12 matches / 400 words = 3.00 per 100; human 5 / 500 = 1.00 per 100: ratio 3.00 >
    // 2.00
    PairReport dense =
        TestReports.report(
            PAIR, "m.txt", TestFlags.sampleFlags(), List.of(), 400, 500, 12, 5, 30.0);
    RuleResult r =
        rule(Gate.evaluate(List.of(dense), GatePolicy.defaults()), GateRule.GRAMMAR_DENSITY);
    assertTrue(r.failed());
    assertEquals(3.0, r.measured(), 1e-9);
    assertTrue(r.message().contains("ratio 3.00, at most 2.00 allowed"), r.message());

    // three of the flags are of grammar kinds; baselined, they come off the twelve matches: 9 / 400
    // = 2.25 per 100
    Baseline all = Baseline.of(List.of(dense));
    RuleResult withBaseline =
        rule(Gate.evaluate(List.of(dense), GatePolicy.defaults(), all), GateRule.GRAMMAR_DENSITY);
    assertEquals(2.25, withBaseline.measured(), 1e-9);
    assertTrue(withBaseline.message().contains("3 baselined not counted"), withBaseline.message());
  }

  @Test
  void cleanHumanArticleUsesTheDensityFloor() {
    PairReport in = TestReports.report(PAIR, "m.txt", List.of(), List.of(), 100, 100, 1, 0, 30.0);
    RuleResult r =
        rule(Gate.evaluate(List.of(in), GatePolicy.defaults()), GateRule.GRAMMAR_DENSITY);
    assertEquals(2.0, r.measured(), 1e-9);
    assertFalse(r.failed());
    assertTrue(r.message().contains("(floor 0.50 used)"), r.message());
  }

  @Test
  void pairsAreReportedInIdOrder() {
    PairReport b = TestReports.report("b", "b.txt", List.of(), List.of(), 0, 0, 0, 0, null);
    PairReport a = TestReports.report("a", "a.txt", List.of(), List.of(), 0, 0, 0, 0, null);
    assertEquals(
        List.of("a", "b"),
        Gate.evaluate(List.of(b, a), GatePolicy.defaults()).pairs().stream()
            .map(PairResult::pairId)
            .toList());
  }

  @Test
  void abbreviationNeverSplitsASurrogatePair() {
    assertEquals("ab…", Texts.abbreviate("ab\uD83D\uDE00cdef", 4));
    assertEquals("a b", Texts.abbreviate("a\n b", 10));
  }

  @Test
  void aProcessingErrorFailsThePairNamingStageAndFile() {
    PairReport broken =
        TestReports.report(
            PAIR,
            "m.txt",
            List.of(),
            List.of(),
            400,
            500,
            0,
            5,
            30.0,
            List.of(new ProcessingError("grammar", "articles/x/machine.fr.txt", "boom")));
    GateResult r = Gate.evaluate(List.of(broken), GatePolicy.defaults());
    assertFalse(r.passed());
    RuleResult rule = rule(r, GateRule.PROCESSING_ERRORS);
    assertTrue(rule.failed());
    assertEquals(
        "1 stage could not finish, the result is incomplete: grammar on articles/x/machine.fr.txt:"
            + " boom",
        rule.message());
    // no match was counted, so every other rule passes: only the processing error fails the pair
    assertEquals(List.of(rule), r.pairs().get(0).failures());
  }

  @Test
  void aDismissedFindingIsOffTheDensityAndSaysSo() {
    List<Flag> flags = TestFlags.sampleFlags();
    // flags.get(1) is a grammar finding: dismissed, 6 findings become 5 in 400 words
    ReviewDecision dismissed =
        ReviewDecision.of(
            flags.get(1), null, Decision.DISMISSED, "léa", LocalDate.of(2025, 3, 14), "");
    RuleResult r =
        rule(
            Gate.evaluate(List.of(input(flags, List.of(dismissed), 30.0)), GatePolicy.defaults()),
            GateRule.GRAMMAR_DENSITY);
    assertEquals((5 / 400.0) / (5 / 500.0), r.measured(), 1e-9);
    assertTrue(r.message().contains("(1 dismissed not counted)"), r.message());
  }
}
