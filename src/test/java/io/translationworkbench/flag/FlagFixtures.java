package io.translationworkbench.flag;

import io.translationworkbench.LineIndex;
import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.Span;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.grammar.MatchKind;
import io.translationworkbench.ingest.Anomaly;
import io.translationworkbench.ingest.AnomalyKind;
import io.translationworkbench.segment.Sentence;
import io.translationworkbench.style.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hand-made inputs for the flag rules: sentences cut out of a text written in the test (one
 * sentence per line, so that line and column are easy to check by eye), no LanguageTool.
 */
final class FlagFixtures {
  private FlagFixtures() {}

  /**
   * The sentences of {@code text}, one per line, with ids {@code prefix-1}, {@code prefix-2}… and
   * spans computed from the text itself.
   */
  static List<Sentence> sentences(Side side, String prefix, String text) {
    LineIndex index = new LineIndex(text);
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (!line.isEmpty()) {
        out.add(
            new Sentence(
                prefix + "-" + (i + 1),
                side,
                out.size(),
                i,
                index.span(start, start + line.length()),
                line));
      }
      start += line.length() + 1;
    }
    return List.copyOf(out);
  }

  /** A span of {@code needle} in {@code text} (its first occurrence), with line and column. */
  static Span spanOf(String text, String needle) {
    int at = text.indexOf(needle);
    if (at < 0) {
      throw new IllegalArgumentException("\"" + needle + "\" not in the text");
    }
    return new LineIndex(text).span(at, at + needle.length());
  }

  /** A LanguageTool-like match on {@code word} (first occurrence in {@code text}). */
  static GrammarMatch match(
      Side side,
      String text,
      MatchKind kind,
      Severity severity,
      String ruleId,
      String word,
      String sentenceId) {
    return new GrammarMatch(
        side,
        ruleId,
        null,
        "TYPOS",
        "misspelling",
        kind,
        severity,
        "Word in another language.",
        spanOf(text, word),
        word,
        List.of(),
        sentenceId);
  }

  /** An anomaly covering {@code covered} (first occurrence in {@code text}). */
  static Anomaly anomaly(
      AnomalyKind kind, Side side, String text, String covered, Map<String, String> evidence) {
    return new Anomaly(
        kind,
        side,
        Severity.WARNING,
        spanOf(text, covered),
        covered,
        "Anomaly " + kind.id() + ".",
        evidence);
  }

  /** An anomaly covering {@code [start, end)} of {@code text}. */
  static Anomaly anomaly(
      AnomalyKind kind, Side side, String text, int start, int end, Map<String, String> evidence) {
    return new Anomaly(
        kind,
        side,
        Severity.WARNING,
        new LineIndex(text).span(start, end),
        text.substring(start, end),
        "Anomaly " + kind.id() + ".",
        evidence);
  }

  /** Builds a {@link Flagger.Input}; everything not set is empty. */
  static final class InputBuilder {
    private final String machineText;
    private final List<Sentence> machine;
    private List<Sentence> human = List.of();
    private List<GrammarMatch> matches = List.of();
    private List<Anomaly> anomalies = List.of();
    private List<AlignedPairResult> pairs = List.of();
    private List<String> unmatched = List.of();
    private HouseStyle houseStyle;

    InputBuilder(String machineText) {
      this.machineText = machineText;
      this.machine = sentences(Side.MACHINE, "m", machineText);
    }

    InputBuilder human(String humanText) {
      this.human = sentences(Side.HUMAN, "h", humanText);
      return this;
    }

    InputBuilder matches(GrammarMatch... m) {
      this.matches = List.of(m);
      return this;
    }

    InputBuilder anomalies(Anomaly... a) {
      this.anomalies = List.of(a);
      return this;
    }

    InputBuilder pairs(AlignedPairResult... p) {
      this.pairs = List.of(p);
      return this;
    }

    InputBuilder unmatched(String... ids) {
      this.unmatched = List.of(ids);
      return this;
    }

    InputBuilder houseStyle(HouseStyle s) {
      this.houseStyle = s;
      return this;
    }

    Flagger.Input build() {
      return new Flagger.Input(
          new LineIndex(machineText),
          machine,
          human,
          matches,
          10,
          10,
          anomalies,
          pairs,
          unmatched,
          houseStyle);
    }
  }

  static InputBuilder machine(String machineText) {
    return new InputBuilder(machineText);
  }

  /** The flags one rule adds for {@code in}, in the order the rule made them. */
  static List<Flag> run(FlagRule rule, Flagger.Input in) {
    FlagContext out = new FlagContext(in);
    rule.apply(in, out);
    return List.copyOf(out.flags());
  }
}
