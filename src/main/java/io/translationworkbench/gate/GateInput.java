package io.translationworkbench.gate;

import io.translationworkbench.flag.FlagKind;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.review.StaleDecision;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the gate needs to know about one pair.
 *
 * @param pairId the pair's id (its directory name)
 * @param machineFile the machine file's path relative to the repository root, '/'-separated (as
 *     SARIF wants it)
 * @param flags every current flag with its review state
 * @param stale review decisions that no longer apply (reported, never counted)
 * @param machineWords words in the machine text
 * @param humanWords words in the human text
 * @param machineGrammarMatches LanguageTool matches in the machine text; each flag of a {@link
 *     #GRAMMAR_KINDS} kind stands for one of them, so dismissed and baselined ones can be taken off
 * @param humanGrammarMatches LanguageTool matches in the human text (the baseline of the density
 *     rule)
 * @param documentChrF document chrF (0–100) of the machine text against the human text, or null if
 *     not measured
 */
public record GateInput(
    String pairId,
    String machineFile,
    List<ReviewedFlag> flags,
    List<StaleDecision> stale,
    int machineWords,
    int humanWords,
    int machineGrammarMatches,
    int humanGrammarMatches,
    Double documentChrF) {
  /**
   * Flag kinds that come from LanguageTool matches and count towards grammar density (probable
   * names are notes).
   */
  public static final Set<FlagKind> GRAMMAR_KINDS =
      Set.of(
          FlagKind.GRAMMAR,
          FlagKind.SPELLING,
          FlagKind.TYPOGRAPHY,
          FlagKind.STYLE,
          FlagKind.CALQUE);

  public GateInput {
    Objects.requireNonNull(pairId, "pairId");
    Objects.requireNonNull(machineFile, "machineFile");
    if (pairId.isBlank()) {
      throw new IllegalArgumentException("blank pairId");
    }
    machineFile = machineFile.replace('\\', '/');
    flags = List.copyOf(flags);
    stale = List.copyOf(stale == null ? List.of() : stale);
    if (machineWords < 0
        || humanWords < 0
        || machineGrammarMatches < 0
        || humanGrammarMatches < 0) {
      throw new IllegalArgumentException("negative count in " + pairId);
    }
    if (documentChrF != null && !(documentChrF >= 0 && documentChrF <= 100)) {
      throw new IllegalArgumentException("chrF outside 0-100: " + documentChrF);
    }
  }
}
