package io.translationworkbench.review;

import io.translationworkbench.Side;
import io.translationworkbench.metrics.Score;
import io.translationworkbench.metrics.Ter;
import io.translationworkbench.metrics.TerConfig;
import io.translationworkbench.segment.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The post-editing effort of a pair: the reviewers' corrections of machine sentences measured as
 * human-targeted TER (HTER; Snover et al., 2006): sacreBLEU's TER of the machine sentences against
 * their corrected versions, a sentence nobody corrected standing as its own correction.
 *
 * @param sentences machine body sentences
 * @param corrected machine sentences with a correction that changes them
 * @param hter TER (0–100 and more) of the whole machine text against its corrections
 * @param hterCorrected the same over the corrected sentences alone (null when there are none)
 * @param corrections the corrections applied, in the machine text's order
 * @param staleCorrections corrections of a sentence the machine text no longer has: reported, never
 *     applied
 * @param signature sacreBLEU's signature of the TER computed
 */
public record PostEditing(
    int sentences,
    int corrected,
    double hter,
    Double hterCorrected,
    List<Correction> corrections,
    List<Correction> staleCorrections,
    String signature) {
  public PostEditing {
    corrections = List.copyOf(corrections);
    staleCorrections = List.copyOf(staleCorrections);
  }

  /**
   * The post-editing of {@code machine} (the machine text's body sentences, in any order: taken in
   * document order) by {@code corrections}, or null when there are no corrections at all.
   */
  public static PostEditing of(List<Sentence> machine, List<Correction> corrections) {
    if (corrections.isEmpty()) {
      return null;
    }
    Map<String, Correction> bySentence = new TreeMap<>();
    corrections.forEach(c -> bySentence.put(c.sentence(), c));
    List<Sentence> ordered =
        machine.stream()
            .filter(s -> s.side() == Side.MACHINE)
            .sorted(Comparator.comparingInt(Sentence::index))
            .toList();
    List<String> hyp = new ArrayList<>();
    List<String> ref = new ArrayList<>();
    List<String> hypEdited = new ArrayList<>();
    List<String> refEdited = new ArrayList<>();
    Set<String> used = new HashSet<>();
    List<Correction> applied = new ArrayList<>();
    for (Sentence s : ordered) {
      Correction c = bySentence.get(s.text());
      String target = c == null ? s.text() : c.corrected();
      hyp.add(s.text());
      ref.add(target);
      if (c != null) {
        if (used.add(c.sentence())) {
          applied.add(c);
        }
        if (!target.equals(s.text())) {
          hypEdited.add(s.text());
          refEdited.add(target);
        }
      }
    }
    List<Correction> stale =
        corrections.stream().filter(c -> !used.contains(c.sentence())).toList();
    Ter ter = new Ter(TerConfig.defaults());
    Score all = ter.corpusScore(hyp, List.of(ref));
    Double edited =
        hypEdited.isEmpty() ? null : ter.corpusScore(hypEdited, List.of(refEdited)).score();
    return new PostEditing(
        ordered.size(),
        hypEdited.size(),
        all.score(),
        edited,
        applied,
        stale,
        all.signature().format(false));
  }

  /** {@code text} with each corrected sentence replaced, by its span, in document order. */
  public static String apply(String text, List<Sentence> machine, List<Correction> corrections) {
    Map<String, Correction> bySentence = new TreeMap<>();
    corrections.forEach(c -> bySentence.put(c.sentence(), c));
    StringBuilder out = new StringBuilder(text.length() + 64);
    int at = 0;
    for (Sentence s :
        machine.stream().sorted(Comparator.comparingInt(x -> x.span().start())).toList()) {
      Correction c = bySentence.get(s.text());
      if (c == null || s.span().start() < at) {
        continue;
      }
      out.append(text, at, s.span().start()).append(c.corrected());
      at = s.span().end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
