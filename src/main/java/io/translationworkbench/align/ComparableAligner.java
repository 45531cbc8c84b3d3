package io.translationworkbench.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Aligns comparable text: two articles on one story, facts in another order, some only on one side.
 *
 * <p><b>Score.</b> A candidate pair scores {@code (0.4·chrF + 0.4·content + 0.2·entity) / (sum of
 * the weights used)} (weights from {@link AlignerParams}): chrF is a character n-gram F-score
 * (orders 1–6, beta 2, over text lower-cased with {@code Locale.ROOT}, apostrophes unified,
 * no-break spaces made spaces, accents kept, whitespace removed), averaged over both directions;
 * content is an IDF-weighted Dice overlap of content-word stems (French stop words removed, folded,
 * light suffix stripping, prefix of five letters); entity is the same overlap over numbers and
 * capitalised names, left out when neither sentence has any. See {@link PairScorer}.
 *
 * <p><b>Candidates.</b> Scoring every pair is quadratic (10^6 pairs for two 1,000-sentence texts),
 * so an inverted index over stems and entities proposes, for every sentence on either side, the
 * {@code candidates} (default 10) sentences of the other side sharing the most IDF weight with it;
 * only those pairs are scored fully.
 *
 * <p><b>Merges.</b> With {@code maxMerge = 2}, a sentence may pair with two <em>adjacent</em>
 * sentences of the other side (read together): this is how one text splits what the other says in
 * one sentence. A merged candidate is kept only if it scores at least {@code mergeGain} (default
 * 0.02) above the better of its two 1–1 parts, and only if the single sentence is the best 1–1
 * partner of each merged sentence, so a merge never steals a sentence that fits better elsewhere.
 *
 * <p><b>Selection.</b> Greedy best-first over all candidates (1–1 and merged), ordered by score,
 * then machine index, then human index, then 1–1 before merges: a candidate is accepted when none
 * of its sentences is taken yet and its score is at least {@code threshold} (default 0.30). We
 * chose this over a maximum-weight bipartite matching (Hungarian): the Hungarian method is cubic on
 * the dense matrix and maximises the <em>sum</em>, so it will accept two mediocre pairs instead of
 * one clear pair and one unmatched sentence, which is the wrong trade for comparable text where
 * many sentences have no counterpart; it also has no natural place for 1–2 merges, which compete
 * with 1–1 candidates directly in the greedy order. Greedy best-first never crosses positions on
 * purpose, so any order is allowed, and its ties break by sentence index, which makes it
 * deterministic.
 */
final class ComparableAligner implements Aligner {
  private final AlignerParams params;

  /**
   * An aligner with the given parameters (the mode is not consulted: this class is the comparable
   * mode).
   */
  public ComparableAligner(AlignerParams params) {
    this.params = Objects.requireNonNull(params, "params");
  }

  /** An aligner with {@link AlignerParams#defaults()}. */
  public ComparableAligner() {
    this(AlignerParams.defaults());
  }

  /**
   * One candidate link: machine sentences [m0, m1] and human sentences [h0, h1] (inclusive ranges).
   */
  private record Candidate(int m0, int m1, int h0, int h1, PairScorer.Scored scored) {
    int size() {
      return (m1 - m0) + (h1 - h0) + 2;
    }
  }

  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingDouble((Candidate c) -> -c.scored().score())
          .thenComparingInt(Candidate::m0)
          .thenComparingInt(Candidate::h0)
          .thenComparingInt(Candidate::size)
          .thenComparingInt(Candidate::m1)
          .thenComparingInt(Candidate::h1);

  @Override
  public Alignment align(List<AlignUnit> machine, List<AlignUnit> human) {
    requireUniqueIds(machine, "machine");
    requireUniqueIds(human, "human");
    Set<String> knownNames = knownNames(machine, human);
    List<SentenceProfile> mp = profiles(machine, knownNames);
    List<SentenceProfile> hp = profiles(human, knownNames);
    List<SentenceProfile> all = new ArrayList<>(mp);
    all.addAll(hp);
    PairScorer scorer = new PairScorer(params, all);

    Map<Long, PairScorer.Scored> single = new HashMap<>();
    for (long key : candidatePairs(mp, hp, scorer)) {
      int i = (int) (key >>> 32);
      int j = (int) key;
      single.put(key, scorer.score(mp.get(i), hp.get(j)));
    }
    List<Candidate> candidates = new ArrayList<>();
    single.forEach(
        (key, scored) -> {
          int i = (int) (key >>> 32);
          int j = (int) (long) key;
          candidates.add(new Candidate(i, i, j, j, scored));
        });
    if (params.maxMerge() == 2) {
      candidates.addAll(merges(mp, hp, scorer, single));
    }
    candidates.sort(BEST_FIRST);

    boolean[] usedM = new boolean[machine.size()];
    boolean[] usedH = new boolean[human.size()];
    List<Candidate> accepted = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.scored().score() < params.threshold()) {
        break;
      }
      if (anyUsed(usedM, c.m0(), c.m1()) || anyUsed(usedH, c.h0(), c.h1())) {
        continue;
      }
      Arrays.fill(usedM, c.m0(), c.m1() + 1, true);
      Arrays.fill(usedH, c.h0(), c.h1() + 1, true);
      accepted.add(c);
    }
    accepted.sort(Comparator.comparingInt(Candidate::m0).thenComparingInt(Candidate::h0));
    if (params.leftoverMax() > 0) {
      accepted.addAll(leftovers(accepted, usedM, usedH, machine, human, mp, hp, scorer));
      accepted.sort(Comparator.comparingInt(Candidate::m0).thenComparingInt(Candidate::h0));
    }
    List<AlignedPair> pairs = new ArrayList<>();
    for (Candidate c : accepted) {
      pairs.add(
          new AlignedPair(
              ids(machine, c.m0(), c.m1()),
              ids(human, c.h0(), c.h1()),
              c.scored().score(),
              c.scored().features()));
    }
    return new Alignment(pairs, unused(machine, usedM), unused(human, usedH), params);
  }

  /**
   * Names seen capitalised inside a sentence somewhere in either text, so that the same word at the
   * start of another sentence ("Pékin est ...") still counts as a name.
   */
  static Set<String> knownNames(List<AlignUnit> machine, List<AlignUnit> human) {
    Set<String> names = new HashSet<>();
    for (List<AlignUnit> side : List.of(machine, human)) {
      for (AlignUnit u : side) {
        for (FrenchText.Token t : FrenchText.tokens(u.text())) {
          if (!t.initial() && FrenchText.isName(t, Set.of())) {
            names.add(FrenchText.fold(t.text()));
          }
        }
      }
    }
    return names;
  }

  private List<SentenceProfile> profiles(List<AlignUnit> units, Set<String> knownNames) {
    List<SentenceProfile> out = new ArrayList<>(units.size());
    for (AlignUnit u : units) {
      out.add(SentenceProfile.of(u.text(), params.chrfOrder(), knownNames));
    }
    return out;
  }

  private static long key(int i, int j) {
    return ((long) i << 32) | (j & 0xffffffffL);
  }

  /**
   * The pairs worth scoring: for each sentence of either side, the {@code candidates} sentences of
   * the other side with the largest shared IDF weight of stems and entities (found through an
   * inverted index). Sorted for determinism.
   */
  private TreeSet<Long> candidatePairs(
      List<SentenceProfile> mp, List<SentenceProfile> hp, PairScorer scorer) {
    Map<String, List<Integer>> index = new HashMap<>();
    for (int j = 0; j < hp.size(); j++) {
      for (String s : hp.get(j).stems) {
        index.computeIfAbsent("s" + s, k -> new ArrayList<>()).add(j);
      }
      for (String e : hp.get(j).entities) {
        index.computeIfAbsent("e" + e, k -> new ArrayList<>()).add(j);
      }
    }
    int k = params.candidates();
    TreeSet<Long> out = new TreeSet<>();
    // per human sentence, its best machine sentences so far: min-heap of (weight, machine index)
    List<PriorityQueue<double[]>> bestForHuman = new ArrayList<>();
    Comparator<double[]> weakestFirst =
        Comparator.comparingDouble((double[] a) -> a[0]).thenComparingDouble(a -> -a[1]);
    for (int j = 0; j < hp.size(); j++) {
      bestForHuman.add(new PriorityQueue<>(weakestFirst));
    }
    double[] acc = new double[hp.size()];
    List<Integer> touched = new ArrayList<>();
    for (int i = 0; i < mp.size(); i++) {
      touched.clear();
      SentenceProfile p = mp.get(i);
      for (String s : p.stems) {
        accumulate(index.get("s" + s), scorer.stemIdf(s), acc, touched);
      }
      for (String e : p.entities) {
        accumulate(index.get("e" + e), scorer.entityIdf(e), acc, touched);
      }
      Collections.sort(touched);
      List<Integer> ranked = new ArrayList<>(touched);
      ranked.sort(Comparator.comparingDouble((Integer j) -> -acc[j]).thenComparingInt(j -> j));
      for (int r = 0; r < Math.min(k, ranked.size()); r++) {
        out.add(key(i, ranked.get(r)));
      }
      for (int j : touched) {
        PriorityQueue<double[]> heap = bestForHuman.get(j);
        heap.add(new double[] {acc[j], i});
        if (heap.size() > k) {
          heap.poll();
        }
        acc[j] = 0;
      }
    }
    for (int j = 0; j < hp.size(); j++) {
      for (double[] entry : bestForHuman.get(j)) {
        out.add(key((int) entry[1], j));
      }
    }
    return out;
  }

  private static void accumulate(
      List<Integer> postings, double weight, double[] acc, List<Integer> touched) {
    if (postings == null) {
      return;
    }
    for (int j : postings) {
      if (acc[j] == 0) {
        touched.add(j);
      }
      acc[j] += weight;
    }
  }

  /**
   * 1–2 and 2–1 candidates around each scored 1–1 pair, kept only when the merge pays (see class
   * comment).
   */
  private List<Candidate> merges(
      List<SentenceProfile> mp,
      List<SentenceProfile> hp,
      PairScorer scorer,
      Map<Long, PairScorer.Scored> single) {
    double[] bestM = new double[mp.size()];
    double[] bestH = new double[hp.size()];
    for (Map.Entry<Long, PairScorer.Scored> e : single.entrySet()) {
      int i = (int) (e.getKey() >>> 32);
      int j = (int) (long) e.getKey();
      bestM[i] = Math.max(bestM[i], e.getValue().score());
      bestH[j] = Math.max(bestH[j], e.getValue().score());
    }
    MergeContext ctx = new MergeContext(mp, hp, scorer, single, bestM, bestH);
    Set<List<Integer>> seen = new HashSet<>();
    List<Candidate> out = new ArrayList<>();
    for (long key : new TreeSet<>(single.keySet())) {
      if (single.get(key).score() < params.threshold() / 2) {
        continue;
      }
      int i = (int) (key >>> 32);
      int j = (int) key;
      // one machine sentence with two adjacent human sentences, then two adjacent machine sentences
      // with one human
      int[][] ranges = {{i, i, j - 1, j}, {i, i, j, j + 1}, {i - 1, i, j, j}, {i, i + 1, j, j}};
      for (int[] r : ranges) {
        if (r[0] >= 0
            && r[2] >= 0
            && r[1] < mp.size()
            && r[3] < hp.size()
            && seen.add(List.of(r[0], r[1], r[2], r[3]))) {
          Candidate c = mergeCandidate(ctx, r[0], r[1], r[2], r[3]);
          if (c != null) {
            out.add(c);
          }
        }
      }
    }
    return out;
  }

  /**
   * What merge checks need: profiles, 1–1 scores, each sentence's best 1–1 score, merged profiles
   * made so far.
   */
  private record MergeContext(
      List<SentenceProfile> mp,
      List<SentenceProfile> hp,
      PairScorer scorer,
      Map<Long, PairScorer.Scored> single,
      double[] bestM,
      double[] bestH,
      Map<Integer, SentenceProfile> mergedM,
      Map<Integer, SentenceProfile> mergedH) {
    MergeContext(
        List<SentenceProfile> mp,
        List<SentenceProfile> hp,
        PairScorer scorer,
        Map<Long, PairScorer.Scored> single,
        double[] bestM,
        double[] bestH) {
      this(mp, hp, scorer, single, bestM, bestH, new HashMap<>(), new HashMap<>());
    }

    double part(int i, int j) {
      PairScorer.Scored s = single.get(key(i, j));
      return s != null ? s.score() : scorer.score(mp.get(i), hp.get(j)).score();
    }
  }

  /**
   * The merged candidate [m0, m1] × [h0, h1] (one side two adjacent sentences), or null if the
   * merge does not pay.
   */
  private Candidate mergeCandidate(MergeContext ctx, int m0, int m1, int h0, int h1) {
    boolean humanMerged = h1 > h0;
    double s0 = ctx.part(m0, h0);
    double s1 = humanMerged ? ctx.part(m0, h1) : ctx.part(m1, h0);
    // each merged sentence must be related to the single one, and have it as its best partner
    double best0 = humanMerged ? ctx.bestH()[h0] : ctx.bestM()[m0];
    double best1 = humanMerged ? ctx.bestH()[h1] : ctx.bestM()[m1];
    if (Math.min(s0, s1) < params.threshold() / 2 || s0 < best0 || s1 < best1) {
      return null;
    }
    PairScorer.Scored scored =
        humanMerged
            ? ctx.scorer()
                .score(
                    ctx.mp().get(m0),
                    ctx.mergedH()
                        .computeIfAbsent(
                            h0, x -> SentenceProfile.merge(ctx.hp().get(x), ctx.hp().get(x + 1))))
            : ctx.scorer()
                .score(
                    ctx.mergedM()
                        .computeIfAbsent(
                            m0, x -> SentenceProfile.merge(ctx.mp().get(x), ctx.mp().get(x + 1))),
                    ctx.hp().get(h0));
    return scored.score() >= Math.max(s0, s1) + params.mergeGain()
        ? new Candidate(m0, m1, h0, h1, scored)
        : null;
  }

  /**
   * The leftover rule: in each stretch between consecutive anchors (see {@link #anchors}) holding
   * as many unmatched machine as human sentences, between 1 and {@code leftoverMax}, those
   * sentences are paired in document order, each pair scored as usual and marked {@link
   * AlignedPair#LEFTOVER}. A machine sentence whose only counterpart is a poor translation of it
   * scores below the threshold, yet it is the only sentence that can go there; on WMT22 de-fr
   * (bench/AlignLeftovers.java) nearly all such sentences were partners. A pair still needs a chrF
   * of {@code leftoverMinChrf} and lengths within {@code leftoverMaxLengthRatio} of each other.
   * Marks the sentences it pairs as used.
   */
  private List<Candidate> leftovers(
      List<Candidate> accepted,
      boolean[] usedM,
      boolean[] usedH,
      List<AlignUnit> machine,
      List<AlignUnit> human,
      List<SentenceProfile> mp,
      List<SentenceProfile> hp,
      PairScorer scorer) {
    List<Candidate> anchors = anchors(accepted);
    List<Candidate> out = new ArrayList<>();
    int fromM = 0;
    int fromH = 0;
    for (int a = 0; a <= anchors.size(); a++) {
      int toM = a < anchors.size() ? anchors.get(a).m0() : machine.size();
      int toH = a < anchors.size() ? anchors.get(a).h0() : human.size();
      List<Integer> freeM = free(usedM, fromM, toM);
      List<Integer> freeH = free(usedH, fromH, toH);
      if (!freeM.isEmpty()
          && freeM.size() == freeH.size()
          && freeM.size() <= params.leftoverMax()) {
        for (int x = 0; x < freeM.size(); x++) {
          int i = freeM.get(x);
          int j = freeH.get(x);
          PairScorer.Scored s = scorer.score(mp.get(i), hp.get(j));
          if (s.features().get("chrf") >= params.leftoverMinChrf()
              && lengthRatio(machine.get(i).text(), human.get(j).text())
                  <= params.leftoverMaxLengthRatio()) {
            Map<String, Double> features = new HashMap<>(s.features());
            features.put(AlignedPair.LEFTOVER, 1.0);
            out.add(new Candidate(i, i, j, j, new PairScorer.Scored(s.score(), features)));
            usedM[i] = true;
            usedH[j] = true;
          }
        }
      }
      if (a < anchors.size()) {
        fromM = anchors.get(a).m1() + 1;
        fromH = anchors.get(a).h1() + 1;
      }
    }
    return out;
  }

  /**
   * The pairs that keep the order of both texts: the longest chain of accepted pairs rising on both
   * sides (ties: the larger total score, then the earlier pairs). A pair that crosses the chain
   * (one fact moved elsewhere) is not an anchor, so the stretch around it stays one stretch.
   * Quadratic in the number of pairs, which is at most the number of sentences.
   */
  static List<Candidate> anchors(List<Candidate> byMachine) {
    int n = byMachine.size();
    int[] length = new int[n];
    double[] total = new double[n];
    int[] previous = new int[n];
    int best = -1;
    for (int k = 0; k < n; k++) {
      Candidate c = byMachine.get(k);
      length[k] = 1;
      total[k] = c.scored().score();
      previous[k] = -1;
      for (int p = 0; p < k; p++) {
        Candidate b = byMachine.get(p);
        if (b.h1() < c.h0()
            && (length[p] + 1 > length[k]
                || (length[p] + 1 == length[k] && total[p] + c.scored().score() > total[k]))) {
          length[k] = length[p] + 1;
          total[k] = total[p] + c.scored().score();
          previous[k] = p;
        }
      }
      if (best < 0
          || length[k] > length[best]
          || (length[k] == length[best] && total[k] > total[best])) {
        best = k;
      }
    }
    List<Candidate> chain = new ArrayList<>();
    for (int k = best; k >= 0; k = previous[k]) {
      chain.add(byMachine.get(k));
    }
    Collections.reverse(chain);
    return chain;
  }

  private static List<Integer> free(boolean[] used, int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int x = from; x < to; x++) {
      if (!used[x]) {
        out.add(x);
      }
    }
    return out;
  }

  /** Longer over shorter length in characters (code points), at least 1. */
  private static double lengthRatio(String a, String b) {
    int la = Math.max(1, a.strip().codePointCount(0, a.strip().length()));
    int lb = Math.max(1, b.strip().codePointCount(0, b.strip().length()));
    return (double) Math.max(la, lb) / Math.min(la, lb);
  }

  private static boolean anyUsed(boolean[] used, int from, int to) {
    for (int x = from; x <= to; x++) {
      if (used[x]) {
        return true;
      }
    }
    return false;
  }

  private static List<String> ids(List<AlignUnit> units, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int x = from; x <= to; x++) {
      out.add(units.get(x).id());
    }
    return out;
  }

  private static List<String> unused(List<AlignUnit> units, boolean[] used) {
    List<String> out = new ArrayList<>();
    for (int x = 0; x < units.size(); x++) {
      if (!used[x]) {
        out.add(units.get(x).id());
      }
    }
    return out;
  }

  static void requireUniqueIds(List<AlignUnit> units, String side) {
    Set<String> ids = new HashSet<>();
    for (AlignUnit u : units) {
      if (!ids.add(u.id())) {
        throw new IllegalArgumentException("duplicate " + side + " sentence id: " + u.id());
      }
    }
  }
}
