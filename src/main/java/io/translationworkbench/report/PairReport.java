package io.translationworkbench.report;

import io.translationworkbench.config.PairManifest;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.grammar.SuppressedMatch;
import io.translationworkbench.ingest.Anomaly;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.review.StaleDecision;
import io.translationworkbench.segment.Sentence;
import io.translationworkbench.style.HouseStyle;
import java.util.List;
import java.util.Objects;

/**
 * The result model for one pair: every report format is a pure function of this record.
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
 * @param densities error density of the machine text next to the human baseline
 * @param documentMetrics the machine text against the human text, document level
 * @param alignment sentence alignment with per-pair scores, facts and coverage
 * @param flags what a reviewer should look at, most severe first, each with its review state (the
 *     JSON report follows them with {@code sentenceCards}: their grouping by machine sentence, see
 *     {@link io.translationworkbench.review.SentenceCard})
 * @param staleDecisions review decisions whose flag is gone (its sentence changed): reported, never
 *     applied
 * @param processingErrors stages that could not finish
 * @param signature what is needed to reproduce the report
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
    Signature signature) {
  /**
   * Current JSON layout version: the major on any incompatible change, the minor on an addition
   * (1.2: {@code sentenceCards}, the flags grouped by machine sentence; 1.3: {@code houseStyle}).
   */
  public static final String FORMAT_VERSION = "1.3";

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
  }
}
