package io.translationworkbench.align;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a candidate pair: {@code score = (wc·chrF + ww·content + we·entity) / (wc + ww + we)},
 * where the entity term (and its weight) is left out when neither side has a number or a name.
 *
 * <ul>
 *   <li>chrF: character n-gram F-score (orders 1..chrfOrder, beta chrfBeta, whitespace removed,
 *       sacreBLEU's averaging of precision and recall over orders), computed in both directions and
 *       averaged, because in comparable text neither side is the reference.
 *   <li>content: IDF-weighted Dice overlap of content-word stems, {@code 2·Σ idf(shared) / (Σ
 *       idf(A) + Σ idf(B))}, IDF {@code ln(1 + N / df)} over all sentences of both texts, so
 *       "TikTok", present everywhere, counts little.
 *   <li>entity: the same IDF-weighted Dice over numbers and names, without "topical" names (those
 *       in more than a quarter of all sentences, at least 3), which name the story rather than the
 *       fact.
 * </ul>
 */
final class PairScorer {
  /** A score with its features. */
  record Scored(double score, Map<String, Double> features) {}

  private final AlignerParams params;
  private final Map<String, Double> stemIdf;
  private final Map<String, Double> entityIdf;
  private final Set<String> topical;

  PairScorer(AlignerParams params, Collection<SentenceProfile> allSentences) {
    this.params = params;
    Map<String, Integer> stemDf = new HashMap<>();
    Map<String, Integer> entityDf = new HashMap<>();
    for (SentenceProfile p : allSentences) {
      p.stems.forEach(s -> stemDf.merge(s, 1, Integer::sum));
      p.entities.forEach(s -> entityDf.merge(s, 1, Integer::sum));
    }
    int n = Math.max(1, allSentences.size());
    this.stemIdf = idf(stemDf, n);
    this.entityIdf = idf(entityDf, n);
    // a name in a quarter of all sentences names the story ("TikTok"), not the fact a sentence
    // states: agreeing on
    // it is no evidence; at least 3 occurrences so that tiny inputs keep their names
    int maxDf = Math.max(3, n / 4);
    this.topical = new HashSet<>();
    entityDf.forEach(
        (k, v) -> {
          if (v > maxDf) {
            topical.add(k);
          }
        });
  }

  private Set<String> telling(Set<String> entities) {
    if (topical.isEmpty()) {
      return entities;
    }
    Set<String> out = new TreeSet<>(entities);
    out.removeAll(topical);
    return out;
  }

  private static Map<String, Double> idf(Map<String, Integer> df, int n) {
    Map<String, Double> out = new HashMap<>();
    df.forEach((k, v) -> out.put(k, Math.log(1.0 + (double) n / v)));
    return out;
  }

  double stemIdf(String stem) {
    return stemIdf.getOrDefault(stem, Math.log(2.0));
  }

  double entityIdf(String entity) {
    return entityIdf.getOrDefault(entity, Math.log(2.0));
  }

  Scored score(SentenceProfile machine, SentenceProfile human) {
    double chrf = chrf(machine, human);
    double content = weightedDice(machine.stems, human.stems, stemIdf);
    Set<String> machineEntities = telling(machine.entities);
    Set<String> humanEntities = telling(human.entities);
    boolean hasEntities = !machineEntities.isEmpty() || !humanEntities.isEmpty();
    double entity = hasEntities ? weightedDice(machineEntities, humanEntities, entityIdf) : 0.0;
    double weighted = params.chrfWeight() * chrf + params.contentWeight() * content;
    double weights = params.chrfWeight() + params.contentWeight();
    if (hasEntities) {
      weighted += params.entityWeight() * entity;
      weights += params.entityWeight();
    }
    Map<String, Double> features = new LinkedHashMap<>();
    features.put("chrf", chrf);
    features.put("content", content);
    if (hasEntities) {
      features.put("entity", entity);
    }
    double score = Math.min(1.0, Math.max(0.0, weighted / weights));
    return new Scored(score, features);
  }

  private double chrf(SentenceProfile a, SentenceProfile b) {
    int maxOrder = params.chrfOrder();
    double[] matches = new double[maxOrder + 1];
    Map<String, Integer> small = a.ngrams.size() <= b.ngrams.size() ? a.ngrams : b.ngrams;
    Map<String, Integer> large = small == a.ngrams ? b.ngrams : a.ngrams;
    for (Map.Entry<String, Integer> e : small.entrySet()) {
      Integer other = large.get(e.getKey());
      if (other != null) {
        matches[e.getKey().length()] += Math.min(e.getValue(), other);
      }
    }
    double precision = 0;
    double recall = 0;
    int orders = 0;
    for (int n = 1; n <= maxOrder; n++) {
      if (a.totals[n] > 0 && b.totals[n] > 0) {
        precision += matches[n] / a.totals[n];
        recall += matches[n] / b.totals[n];
        orders++;
      }
    }
    if (orders == 0) {
      return 0.0;
    }
    precision /= orders;
    recall /= orders;
    return (fBeta(precision, recall) + fBeta(recall, precision)) / 2;
  }

  private double fBeta(double precision, double recall) {
    double b2 = params.chrfBeta() * params.chrfBeta();
    double denom = b2 * precision + recall;
    return denom == 0 ? 0.0 : (1 + b2) * precision * recall / denom;
  }

  private static double weightedDice(Set<String> a, Set<String> b, Map<String, Double> idf) {
    double sumA = 0;
    double shared = 0;
    for (String s : a) {
      double w = idf.getOrDefault(s, Math.log(2.0));
      sumA += w;
      if (b.contains(s)) {
        shared += w;
      }
    }
    double sumB = 0;
    for (String s : b) {
      sumB += idf.getOrDefault(s, Math.log(2.0));
    }
    return sumA + sumB == 0 ? 0.0 : 2 * shared / (sumA + sumB);
  }
}
