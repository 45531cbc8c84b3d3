package io.translationworkbench.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Aligns parallel text: machine line i with human line i, whatever the score (no threshold); lines
 * beyond the shorter side stay unmatched. Pairs carry the same score and features as in comparable
 * mode, so reports read alike.
 */
final class ParallelAligner implements Aligner {
  private final AlignerParams params;

  /** A parallel aligner; only the scoring parameters of {@code params} are used. */
  public ParallelAligner(AlignerParams params) {
    this.params = Objects.requireNonNull(params, "params");
  }

  @Override
  public Alignment align(List<AlignUnit> machine, List<AlignUnit> human) {
    ComparableAligner.requireUniqueIds(machine, "machine");
    ComparableAligner.requireUniqueIds(human, "human");
    var knownNames = ComparableAligner.knownNames(machine, human);
    List<SentenceProfile> all = new ArrayList<>();
    List<SentenceProfile> mp = new ArrayList<>();
    List<SentenceProfile> hp = new ArrayList<>();
    for (AlignUnit u : machine) {
      mp.add(SentenceProfile.of(u.text(), params.chrfOrder(), knownNames));
    }
    for (AlignUnit u : human) {
      hp.add(SentenceProfile.of(u.text(), params.chrfOrder(), knownNames));
    }
    all.addAll(mp);
    all.addAll(hp);
    PairScorer scorer = new PairScorer(params, all);
    int n = Math.min(machine.size(), human.size());
    List<AlignedPair> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      PairScorer.Scored s = scorer.score(mp.get(i), hp.get(i));
      pairs.add(
          new AlignedPair(
              List.of(machine.get(i).id()), List.of(human.get(i).id()), s.score(), s.features()));
    }
    List<String> restM = new ArrayList<>();
    for (int i = n; i < machine.size(); i++) {
      restM.add(machine.get(i).id());
    }
    List<String> restH = new ArrayList<>();
    for (int i = n; i < human.size(); i++) {
      restH.add(human.get(i).id());
    }
    return new Alignment(pairs, restM, restH, params);
  }
}
