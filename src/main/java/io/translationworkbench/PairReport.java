package io.translationworkbench;

import io.translationworkbench.align.AlignmentSection;
import io.translationworkbench.config.PairManifest;
import io.translationworkbench.grammar.Densities;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.grammar.SideDensity;
import io.translationworkbench.grammar.SuppressedMatch;
import io.translationworkbench.ingest.Anomaly;
import io.translationworkbench.ingest.InputFile;
import io.translationworkbench.metrics.DocumentMetrics;
import io.translationworkbench.metrics.MetricNames;
import io.translationworkbench.review.FlagState;
import io.translationworkbench.review.PostEditing;
import io.translationworkbench.review.ReviewApplier;
import io.translationworkbench.review.ReviewFile;
import io.translationworkbench.review.ReviewOutcome;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.review.StaleDecision;
import io.translationworkbench.segment.Sentence;
import io.translationworkbench.style.HouseStyle;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one pair, the one model of the program: the pipeline builds it once (analysis, then
 * the pair's review decisions applied once), and every output reads it: the JSON, Markdown and HTML
 * reports, {@code review}, and {@code check} with its SARIF, JUnit and summary. Counts are derived
 * here once ({@link #summary()}) so that no two outputs can count apart.
 *
 * @param formatVersion version of the JSON layout
 * @param pair id and description of the pair
 * @param inputs the two input files with their hashes
 * @param offsets how to read every span in the report
 * @param anomalies structural problems found in the inputs
 * @param sentences body sentences of both texts
 * @param matches LanguageTool findings on both texts
 * @param suppressed LanguageTool findings left out on purpose, with the reason
 * @param houseStyle the typographic conventions inferred from the human text (with the overrides of
 *     workbench.json): which ones the machine text is checked for, and why the others are not
 * @param densities finding density of the machine text next to the human baseline (dismissed
 *     findings not counted)
 * @param documentMetrics the machine text against the human text, document level
 * @param alignment sentence alignment with per-pair scores, facts and coverage
 * @param flags what a reviewer should look at, most severe first, each with its review state (the
 *     JSON report follows them with {@code sentenceCards}: their grouping by machine sentence, see
 *     {@link io.translationworkbench.review.SentenceCard})
 * @param staleDecisions review decisions whose flag is gone (its sentence changed): reported, never
 *     applied
 * @param processingErrors stages that could not finish: part of the result, and a failure of the
 *     gate
 * @param signature what is needed to reproduce the report
 * @param processingNotes what happened during processing that a reader should know but that does
 *     not make the result incomplete (a damaged cache entry discarded and recomputed, a measure
 *     left out beyond its limit): reported, never a failure of the gate (added in 2.1)
 * @param postEditing the reviewers' corrections of machine sentences and their HTER, or null when
 *     there are none (JSON: last, added in 2.2)
 */
public record PairReport(
    String formatVersion,
    PairManifest pair,
    List<InputFile> inputs,
    String offsets,
    List<Anomaly> anomalies,
    List<Sentence> sentences,
    List<GrammarMatch> matches,
    List<SuppressedMatch> suppressed,
    HouseStyle houseStyle,
    Densities densities,
    DocumentMetrics documentMetrics,
    AlignmentSection alignment,
    List<ReviewedFlag> flags,
    List<StaleDecision> staleDecisions,
    List<ProcessingError> processingErrors,
    Signature signature,
    List<String> processingNotes,
    PostEditing postEditing) {
  /**
   * Current JSON layout version: the major on any incompatible change, the minor on an addition
   * (1.2: {@code sentenceCards}, the flags grouped by machine sentence; 1.3: {@code houseStyle};
   * 2.0: {@code summary}, densities count {@code findings} with {@code dismissed} ones and a {@code
   * floor}, each flag says whether it is a {@code finding}; 2.1: {@code processingNotes}; 2.2:
   * {@code postEditing}, last; 2.3: {@code pair.system}, when the manifest names the MT system).
   */
  public static final String FORMAT_VERSION = "2.3";

  /** How offsets are counted, stated in every report. */
  public static final String OFFSETS =
      "start/end are UTF-16 code units (as Java and LanguageTool count) into the text after strict UTF-8 decoding,"
          + " BOM removal, CRLF/CR to LF and Unicode NFC; line and column are 1-based and hold in the file as"
          + " received";

  public PairReport {
    Objects.requireNonNull(pair, "pair");
    inputs = List.copyOf(inputs);
    anomalies = List.copyOf(anomalies);
    sentences = List.copyOf(sentences);
    matches = List.copyOf(matches);
    suppressed = List.copyOf(suppressed);
    Objects.requireNonNull(houseStyle, "houseStyle");
    flags = List.copyOf(flags);
    staleDecisions = List.copyOf(staleDecisions);
    processingErrors = List.copyOf(processingErrors);
    processingNotes = processingNotes == null ? List.of() : List.copyOf(processingNotes);
  }

  /**
   * This result with {@code review}'s decisions and corrections applied in place of the ones it
   * holds: flag states, stale decisions, the density (dismissed findings off it) and post-editing.
   * The pipeline applies a pair's review.json this way once; the review desk again after each
   * decision, without analysing the pair again.
   */
  public PairReport withReview(ReviewFile review) {
    ReviewOutcome outcome =
        ReviewApplier.apply(flags.stream().map(ReviewedFlag::flag).toList(), review.decisions());
    return new PairReport(
        formatVersion,
        pair,
        inputs,
        offsets,
        anomalies,
        sentences,
        matches,
        suppressed,
        houseStyle,
        densities.withDismissed(outcome.dismissedFindings()),
        documentMetrics,
        alignment,
        outcome.flags(),
        outcome.stale(),
        processingErrors,
        signature,
        processingNotes,
        PostEditing.of(sentences, review.corrections()));
  }

  /** The counts every output shows, under the names the README defines. */
  public Summary summary() {
    int[] bySeverity = new int[Severity.values().length];
    int[] notDismissed = new int[Severity.values().length];
    Map<FlagState, Integer> byState = new EnumMap<>(FlagState.class);
    for (FlagState st : FlagState.values()) {
      byState.put(st, 0);
    }
    for (ReviewedFlag f : flags) {
      bySeverity[f.flag().severity().ordinal()]++;
      byState.merge(f.state(), 1, Integer::sum);
      if (f.state().counts()) {
        notDismissed[f.flag().severity().ordinal()]++;
      }
    }
    return new Summary(
        densities.machine().findings(),
        densities.human().findings(),
        densities.machine().dismissed(),
        densities.machine().per100Words(),
        densities.human().per100Words(),
        densities.ratio(),
        flags.size(),
        bySeverity[0],
        bySeverity[1],
        bySeverity[2],
        byState.get(FlagState.OPEN),
        byState.get(FlagState.CONFIRMED),
        byState.get(FlagState.DISMISSED),
        notDismissed[0],
        notDismissed[1],
        staleDecisions.size(),
        processingErrors.size(),
        documentChrF());
  }

  /** Document chrF (0–100) of the machine text against the human text, or null if not measured. */
  public Double documentChrF() {
    return documentMetrics == null
        ? null
        : documentMetrics.scores().stream()
            .filter(m -> m.name().equals(MetricNames.CHRF))
            .map(DocumentMetrics.MetricValue::score)
            .findFirst()
            .orElse(null);
  }

  /** The machine text's input file. */
  public InputFile machineInput() {
    return inputs.stream().filter(i -> i.side() == Side.MACHINE).findFirst().orElseThrow();
  }

  /**
   * The counts of a pair, each defined once (README, "What the numbers mean").
   *
   * @param machineFindings LanguageTool matches in the machine text counted in the density (every
   *     match but a probable name), dismissed ones included
   * @param humanFindings the same in the human text
   * @param dismissedFindings machine findings whose flag was dismissed (not in the density)
   * @param machineDensity machine findings not dismissed per 100 words
   * @param humanDensity human findings per 100 words
   * @param densityRatio machine density ÷ max(human density, floor)
   * @param flags items to review, of every severity and state
   * @param errors flags of severity error
   * @param warnings flags of severity warning
   * @param infos flags of severity info
   * @param open flags nobody decided on yet
   * @param confirmed flags a reviewer confirmed (still count against the gate)
   * @param dismissed flags a reviewer dismissed (never count)
   * @param errorsNotDismissed error flags open or confirmed: what the gate counts
   * @param warningsNotDismissed warning flags open or confirmed
   * @param staleDecisions review decisions whose flag is gone
   * @param processingErrors stages that could not finish
   * @param documentChrF document chrF, or null
   */
  public record Summary(
      int machineFindings,
      int humanFindings,
      int dismissedFindings,
      double machineDensity,
      double humanDensity,
      Double densityRatio,
      int flags,
      int errors,
      int warnings,
      int infos,
      int open,
      int confirmed,
      int dismissed,
      int errorsNotDismissed,
      int warningsNotDismissed,
      int staleDecisions,
      int processingErrors,
      Double documentChrF) {
    /** The names of {@link #named()}, in its order. */
    public static final List<String> NAMES =
        List.of(
            "flags",
            "errors",
            "warnings",
            "info",
            "open",
            "confirmed",
            "dismissed",
            "errorsNotDismissed",
            "warningsNotDismissed",
            "machineFindings",
            "dismissedFindings",
            "humanFindings",
            "machineDensity",
            "humanDensity",
            "densityRatio",
            "documentChrF",
            "staleDecisions",
            "processingErrors");

    /**
     * The counts by the names every output uses (README, "What the numbers mean"), in one order;
     * densities and scores rounded to two decimals, null when not measured.
     */
    public Map<String, Object> named() {
      List<Object> values =
          Arrays.asList(
              flags,
              errors,
              warnings,
              infos,
              open,
              confirmed,
              dismissed,
              errorsNotDismissed,
              warningsNotDismissed,
              machineFindings,
              dismissedFindings,
              humanFindings,
              two(machineDensity),
              two(humanDensity),
              two(densityRatio),
              two(documentChrF),
              staleDecisions,
              processingErrors);
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < NAMES.size(); i++) {
        m.put(NAMES.get(i), values.get(i));
      }
      return m;
    }

    /** A count as text outputs show it: decimals with two places, "–" when not measured. */
    public static String text(Object value) {
      if (value == null) {
        return "–";
      }
      return value instanceof Double d
          ? String.format(Locale.ROOT, "%.2f", d)
          : String.valueOf(value);
    }

    private static Double two(Double v) {
      return v == null ? null : SideDensity.round2(v);
    }
  }
}
