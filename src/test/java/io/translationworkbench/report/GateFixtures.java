package io.translationworkbench.report;

import io.translationworkbench.PairReport;
import io.translationworkbench.ProcessingError;
import io.translationworkbench.Severity;
import io.translationworkbench.TestReports;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagKind;
import io.translationworkbench.gate.Baseline;
import io.translationworkbench.gate.Gate;
import io.translationworkbench.gate.GatePolicy;
import io.translationworkbench.gate.GateResult;
import io.translationworkbench.review.Decision;
import io.translationworkbench.review.ReviewDecision;
import io.translationworkbench.review.TestFlags;
import java.time.LocalDate;
import java.util.List;

/**
 * One fixed gate result that exercises every writer: states, a baseline, a stale decision, awkward
 * characters.
 */
final class GateFixtures {
  static final String TIKTOK = "tiktok-bytedance-2020-09";
  static final String ESCAPING = "zz-escaping";
  static final String BROKEN = "broken-grammar";
  static final String ESCAPING_TEXT = "Le 13 septembre, <b>\"x\" & 'y' | *z*</b> a dit.\n";

  private GateFixtures() {}

  static List<Flag> tiktokFlags() {
    return TestFlags.sampleFlags();
  }

  static Flag escapingFlag() {
    return TestFlags.flag(
        ESCAPING_TEXT,
        0,
        "<b>\"x\" & 'y' | *z*</b>",
        FlagKind.FACT_MISMATCH,
        Severity.WARNING,
        "name-mismatch");
  }

  static List<PairReport> inputs() {
    List<Flag> flags = tiktokFlags();
    LocalDate day = LocalDate.of(2025, 3, 14);
    ReviewDecision dismissed =
        ReviewDecision.of(flags.get(0), null, Decision.DISMISSED, "léa", day, "house style");
    ReviewDecision confirmed =
        ReviewDecision.of(
            flags.get(2), null, Decision.CONFIRMED, "bob", day, "awkward, \"fix\" <soon>");
    // the same grammar finding decided on an older wording of its sentence: stale, successor
    // flags.get(1)
    ReviewDecision old =
        new ReviewDecision(
            "0ld5e47e4ce0",
            Decision.DISMISSED,
            "léa",
            "2025-02-01",
            "",
            FlagKind.GRAMMAR,
            "ACCORD_SUJET_VERBE",
            "semblent",
            "Les responsables étaient confiants que ByteDance semblent faibles.");
    return List.of(
        // LanguageTool broke on this one: no match counted, every flag rule would pass
        TestReports.report(
            BROKEN,
            "articles/" + BROKEN + "/machine.fr.txt",
            List.of(),
            List.of(),
            100,
            100,
            0,
            1,
            45.0,
            List.of(
                new ProcessingError(
                    "grammar",
                    "articles/" + BROKEN + "/machine.fr.txt",
                    "java.lang.IllegalStateException: rule exploded"))),
        TestReports.report(
            ESCAPING,
            "articles/" + ESCAPING + "/machine.fr.txt",
            List.of(escapingFlag()),
            List.of(),
            0,
            0,
            0,
            0,
            null),
        TestReports.report(
            TIKTOK,
            "articles/" + TIKTOK + "/machine.fr.txt",
            flags,
            List.of(dismissed, confirmed, old),
            400,
            500,
            6,
            5,
            31.4159));
  }

  /** The untranslated flag is in the baseline; everything else is new. */
  static Baseline baseline() {
    PairReport only =
        TestReports.report(TIKTOK, "x", List.of(tiktokFlags().get(3)), List.of(), 0, 0, 0, 0, null);
    return Baseline.of(List.of(only));
  }

  static GateResult result() {
    return Gate.evaluate(inputs(), GatePolicy.defaults(), baseline());
  }
}
