package io.translationworkbench;

import io.translationworkbench.align.AlignmentSection;
import io.translationworkbench.config.PairManifest;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.grammar.Densities;
import io.translationworkbench.grammar.SideDensity;
import io.translationworkbench.ingest.InputFile;
import io.translationworkbench.metrics.DocumentMetrics;
import io.translationworkbench.metrics.MetricNames;
import io.translationworkbench.review.ReviewApplier;
import io.translationworkbench.review.ReviewDecision;
import io.translationworkbench.review.ReviewOutcome;
import io.translationworkbench.segment.Sentence;
import io.translationworkbench.style.HouseStyleInference;
import java.util.List;
import java.util.Map;

/**
 * Pair results built by hand for the gate and command tests: every count is given, none comes from
 * the pipeline.
 */
public final class TestReports {
  private TestReports() {}

  /**
   * A result with these flags (decisions applied), counts and document chrF (null: not measured).
   */
  public static PairReport report(
      String pairId,
      String machineFile,
      List<Flag> flags,
      List<ReviewDecision> decisions,
      int machineWords,
      int humanWords,
      int machineFindings,
      int humanFindings,
      Double chrF,
      List<ProcessingError> errors) {
    return report(
        pairId,
        machineFile,
        flags,
        decisions,
        machineWords,
        humanWords,
        machineFindings,
        humanFindings,
        chrF,
        errors,
        List.of(),
        new AlignmentSection("test", List.of(), List.of(), List.of()));
  }

  /** The same with sentences and their alignment (what {@code review} shows). */
  public static PairReport report(
      String pairId,
      String machineFile,
      List<Flag> flags,
      List<ReviewDecision> decisions,
      int machineWords,
      int humanWords,
      int machineFindings,
      int humanFindings,
      Double chrF,
      List<ProcessingError> errors,
      List<Sentence> sentences,
      AlignmentSection alignment) {
    ReviewOutcome outcome = ReviewApplier.apply(flags, decisions);
    int dismissed = outcome.dismissedFindings();
    SideDensity m = side(machineWords, machineFindings, dismissed);
    SideDensity h = side(humanWords, humanFindings, 0);
    double ratio = machineWords == 0 ? 0 : m.rate(0) / Math.max(h.rate(0), Densities.DEFAULT_FLOOR);
    String humanFile = machineFile.replace("machine", "human");
    return new PairReport(
        PairReport.FORMAT_VERSION,
        new PairManifest(pairId, "fr", null, null, null, null, null, null),
        List.of(
            input(Side.MACHINE, machineFile, machineWords),
            input(Side.HUMAN, humanFile, humanWords)),
        PairReport.OFFSETS,
        List.of(),
        sentences,
        List.of(),
        List.of(),
        HouseStyleInference.infer("Il a dit : c'est fini."),
        new Densities(
            m,
            h,
            Densities.DEFAULT_FLOOR,
            machineWords == 0 ? null : Math.round(ratio * 100) / 100.0),
        new DocumentMetrics(
            "",
            "",
            chrF == null
                ? List.of()
                : List.of(new DocumentMetrics.MetricValue(MetricNames.CHRF, chrF, "")),
            List.of()),
        alignment,
        outcome.flags(),
        outcome.stale(),
        errors,
        new Signature(
            "translation-workbench",
            "test",
            "test",
            Map.of(),
            Map.of(),
            Map.of(),
            List.of(),
            Map.of()),
        List.of(),
        null);
  }

  /** The same without processing errors. */
  public static PairReport report(
      String pairId,
      String machineFile,
      List<Flag> flags,
      List<ReviewDecision> decisions,
      int machineWords,
      int humanWords,
      int machineFindings,
      int humanFindings,
      Double chrF) {
    return report(
        pairId,
        machineFile,
        flags,
        decisions,
        machineWords,
        humanWords,
        machineFindings,
        humanFindings,
        chrF,
        List.of());
  }

  private static SideDensity side(int words, int findings, int dismissed) {
    double per100 =
        words == 0 ? 0 : Math.round(100.0 * (findings - dismissed) / words * 100) / 100.0;
    return new SideDensity(words, findings, dismissed, per100, Map.of(), Map.of(), Map.of());
  }

  private static InputFile input(Side side, String file, int words) {
    return new InputFile(side, file, "00".repeat(32), 0, "lf", false, false, 1, 1, words);
  }
}
