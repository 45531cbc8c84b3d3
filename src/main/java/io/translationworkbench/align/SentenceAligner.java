package io.translationworkbench.align;

import io.translationworkbench.segment.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The align stage of a pair: body sentences in, an alignment out, in the mode the params say. */
public final class SentenceAligner {
  private SentenceAligner() {}

  /** Aligns the machine sentences with the human ones. */
  public static Alignment align(List<Sentence> mSent, List<Sentence> hSent, AlignerParams params) {
    return params.mode() == AlignerParams.Mode.PARALLEL
        ? lineByLine(mSent, hSent, params)
        : Aligner.forParams(params).align(units(mSent), units(hSent));
  }

  /** The sentences as units of alignment. */
  public static List<AlignUnit> units(List<Sentence> sentences) {
    return sentences.stream().map(s -> new AlignUnit(s.id(), s.text())).toList();
  }

  /**
   * Parallel mode: the line of each file decides, not the position in the list of units, so a line
   * left out on one side (foreign, duplicate, blank) does not shift every pair after it.
   */
  private static Alignment lineByLine(
      List<Sentence> mSent, List<Sentence> hSent, AlignerParams params) {
    Map<Integer, Sentence> humanByLine = new HashMap<>();
    hSent.forEach(s -> humanByLine.put(s.span().line(), s));
    List<AlignUnit> ms = new ArrayList<>();
    List<AlignUnit> hs = new ArrayList<>();
    Set<String> paired = new HashSet<>();
    for (Sentence m : mSent) {
      Sentence h = humanByLine.get(m.span().line());
      if (h != null) {
        ms.add(new AlignUnit(m.id(), m.text()));
        hs.add(new AlignUnit(h.id(), h.text()));
        paired.add(m.id());
        paired.add(h.id());
      }
    }
    Alignment common = Aligner.forParams(params).align(ms, hs);
    List<String> loneMachine = new ArrayList<>(common.unmatchedMachine());
    mSent.stream().map(Sentence::id).filter(id -> !paired.contains(id)).forEach(loneMachine::add);
    List<String> loneHuman = new ArrayList<>(common.unmatchedHuman());
    hSent.stream().map(Sentence::id).filter(id -> !paired.contains(id)).forEach(loneHuman::add);
    return new Alignment(common.pairs(), loneMachine, loneHuman, common.params());
  }
}
