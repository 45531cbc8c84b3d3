package io.translationworkbench.cli;

import java.util.Collection;

/**
 * "Did you mean": the candidate closest to a mistyped word, by edit distance (insertions,
 * deletions, substitutions and swaps of two neighbours each cost 1).
 */
final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate nearest to {@code typed}, or null when none is near enough: at most 2 edits, and
   * fewer edits than half the typed word (so that "x" does not suggest "check").
   */
  static String closest(String typed, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(typed, c);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int limit = Math.min(2, Math.max(1, (typed.length() - 1) / 2));
    return bestDistance <= limit ? best : null;
  }

  /** The optimal string alignment distance (Damerau–Levenshtein without repeated edits). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
