package io.translationworkbench.flag;

import io.translationworkbench.LineIndex;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.ingest.Anomaly;
import io.translationworkbench.segment.Sentence;
import io.translationworkbench.style.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns everything measured on the machine text into flags: one per problem in a sentence, with a
 * kind, a severity, a message, evidence and a stable fingerprint. Each source of flags is one small
 * rule; this class runs them and puts the result in the one order. Pure: same input, same flags.
 *
 * <p>Severities say what a flag means to the reader: error, the reader is misled or the sentence is
 * broken (grammar, an untranslated word, a fact that differs from its counterpart); warning, an
 * editor must fix it (calque, spelling, typography against the house style); info, worth a look
 * (probable name, no counterpart, style, low similarity).
 */
public final class Flagger {
  private final List<FlagRule> rules;

  public Flagger(FlagPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    // one rule per source of flags; the order of rules never shows in the output (FlagOrder)
    this.rules =
        List.of(
            new GrammarFlags(policy.calibrateWithBaseline()),
            new UntranslatedFlags(),
            new TypographyStyleFlags(),
            new PlaceholderFlags(),
            new FactFlags(),
            new SimilarityFlags(policy.lowSimilarityChrF()),
            new StructureFlags(),
            new NoCounterpartFlags());
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
   * @param houseStyle the typographic conventions inferred from the human text, or null for none
   */
  public record Input(
      LineIndex machineLines,
      List<Sentence> machineSentences,
      List<Sentence> humanSentences,
      List<GrammarMatch> matches,
      int machineWords,
      int humanWords,
      List<Anomaly> anomalies,
      List<AlignedPairResult> pairs,
      List<String> unmatchedMachine,
      HouseStyle houseStyle) {
    public Input {
      machineSentences = List.copyOf(machineSentences);
      humanSentences = List.copyOf(humanSentences);
      matches = List.copyOf(matches);
      anomalies = List.copyOf(anomalies);
      pairs = List.copyOf(pairs);
      unmatchedMachine = List.copyOf(unmatchedMachine);
    }
  }

  /** The flags, in {@link FlagOrder#ORDER}. */
  public List<Flag> flag(Input in) {
    FlagContext context = new FlagContext(in);
    for (FlagRule rule : rules) {
      rule.apply(in, context);
    }
    List<Flag> flags = new ArrayList<>(context.flags());
    flags.sort(FlagOrder.ORDER);
    return List.copyOf(flags);
  }
}
