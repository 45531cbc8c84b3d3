package io.translationworkbench.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the aligner compares of one sentence (or of two merged sentences): character n-gram counts,
 * content-word stems and entity keys (numbers and names).
 */
final class SentenceProfile {
  final Map<String, Integer> ngrams;
  final int[] totals; // totals[n] = number of n-grams of order n
  final Set<String> stems;
  final Set<String> entities;

  private SentenceProfile(
      Map<String, Integer> ngrams, int[] totals, Set<String> stems, Set<String> entities) {
    this.ngrams = ngrams;
    this.totals = totals;
    this.stems = stems;
    this.entities = entities;
  }

  static SentenceProfile of(String text, int maxOrder, Set<String> knownNames) {
    // chrF ignores whitespace: n-grams run over the normalised text with spaces removed
    String chars = FrenchText.normalise(text).replaceAll("\\s+", "");
    Map<String, Integer> ngrams = new HashMap<>();
    int[] totals = new int[maxOrder + 1];
    for (int n = 1; n <= maxOrder; n++) {
      for (int i = 0; i + n <= chars.length(); i++) {
        ngrams.merge(chars.substring(i, i + n), 1, Integer::sum);
        totals[n]++;
      }
    }
    Set<String> stems = new TreeSet<>();
    Set<String> entities = new TreeSet<>();
    List<FrenchText.Token> tokens = FrenchText.tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      FrenchText.Token t = tokens.get(i);
      if (t.isNumber()) {
        entities.add("#" + t.text().replace(',', '.'));
        continue;
      }
      if (t.text().length() >= 2 && !FrenchText.isStopWord(t.text())) {
        stems.add(FrenchText.stem(t.text()));
      }
      if (FrenchText.isName(t, knownNames)) {
        // hyphenated names ("États-Unis") are one name, not two
        String name = FrenchText.fold(t.text());
        while (i + 1 < tokens.size()
            && tokens.get(i + 1).start() == tokens.get(i).end() + 1
            && text.charAt(tokens.get(i).end()) == '-'
            && tokens.get(i + 1).isCapitalised()
            && !tokens.get(i + 1).isNumber()) {
          i++;
          name = name + "-" + FrenchText.fold(tokens.get(i).text());
          stems.add(FrenchText.stem(tokens.get(i).text()));
        }
        entities.add(name);
      }
    }
    return new SentenceProfile(ngrams, totals, stems, entities);
  }

  /** The profile of two sentences read as one (n-grams across the joint are not counted). */
  static SentenceProfile merge(SentenceProfile a, SentenceProfile b) {
    Map<String, Integer> ngrams = new HashMap<>(a.ngrams);
    b.ngrams.forEach((k, v) -> ngrams.merge(k, v, Integer::sum));
    int[] totals = new int[a.totals.length];
    for (int n = 0; n < totals.length; n++) {
      totals[n] = a.totals[n] + b.totals[n];
    }
    Set<String> stems = new TreeSet<>(a.stems);
    stems.addAll(b.stems);
    Set<String> entities = new TreeSet<>(a.entities);
    entities.addAll(b.entities);
    return new SentenceProfile(ngrams, totals, stems, entities);
  }
}
