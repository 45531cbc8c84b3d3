package io.translationworkbench.metrics;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.apache.commons.text.similarity.IntersectionResult;
import org.apache.commons.text.similarity.IntersectionSimilarity;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.commons.text.similarity.LongestCommonSubsequence;

/**
 * Apache Commons Text string measures for a pair of texts (the only class that uses Commons Text):
 * normalised Levenshtein similarity, Jaro–Winkler, cosine over word counts, Jaccard over word sets
 * and the longest-common- subsequence ratio.
 */
final class TextSimilarity {
  static final String CHAR_NORMALISATION =
      "Unicode NFC; runs of Python whitespace (incl. U+00A0, U+202F) collapsed to one space; trimmed; case kept";
  static final String WORD_NORMALISATION =
      "Unicode NFC; lowercased (Locale.ROOT); split on Python whitespace; leading/trailing Unicode punctuation"
          + " (\\p{P}) stripped from each token; empty tokens dropped";
  private static final String CHARS = "UTF-16 code units of the normalised text";

  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final CosineSimilarity COSINE = new CosineSimilarity();
  private static final LongestCommonSubsequence LCS = new LongestCommonSubsequence();
  private static final IntersectionSimilarity<String> WORD_SETS =
      new IntersectionSimilarity<>(cs -> new HashSet<>(words(cs.toString())));

  /**
   * Most characters × characters the three character measures (Levenshtein, Jaro–Winkler, LCS: each
   * takes time in the product of the lengths) are computed on; beyond, they are left out and only
   * the two word measures given. A newsroom article against another is far below (20,000 × 20,000
   * characters: 4e8).
   */
  static final long MAX_CHAR_CELLS = 500_000_000L;

  private TextSimilarity() {}

  /** Whether the character measures are computed for {@code a} and {@code b}. */
  static boolean charMeasuresFit(String a, String b) {
    return (long) normaliseChars(a).length() * normaliseChars(b).length() <= MAX_CHAR_CELLS;
  }

  /**
   * The five measures, in a fixed order, each with its tokenisation and normalisation; the three
   * character measures only within {@link #MAX_CHAR_CELLS}.
   */
  public static List<Similarity> measure(String a, String b) {
    String ca = normaliseChars(a);
    String cb = normaliseChars(b);
    boolean chars = (long) ca.length() * cb.length() <= MAX_CHAR_CELLS;
    int maxLen = Math.max(ca.length(), cb.length());
    double levenshtein =
        !chars || maxLen == 0 ? 1.0 : 1.0 - (double) LEVENSHTEIN.apply(ca, cb) / maxLen;
    double jaroWinkler = !chars || ca.isEmpty() && cb.isEmpty() ? 1.0 : JARO_WINKLER.apply(ca, cb);
    int sumLen = ca.length() + cb.length();
    double lcs = !chars || sumLen == 0 ? 1.0 : 2.0 * LCS.apply(ca, cb) / sumLen;

    List<String> wa = words(a);
    List<String> wb = words(b);
    double cosine =
        wa.isEmpty() && wb.isEmpty() ? 1.0 : COSINE.cosineSimilarity(counts(wa), counts(wb));
    IntersectionResult sets = WORD_SETS.apply(a, b);
    long union = (long) sets.getSizeA() + sets.getSizeB() - sets.getIntersection();
    double jaccard = union == 0 ? 1.0 : (double) sets.getIntersection() / union;

    Similarity cos =
        new Similarity("cosine_words", clamp(cosine), "word counts", WORD_NORMALISATION);
    Similarity jac =
        new Similarity(
            "jaccard_words", jaccard, "word sets; |A ∩ B| / |A ∪ B|", WORD_NORMALISATION);
    if (!chars) {
      return List.of(cos, jac);
    }
    return List.of(
        new Similarity(
            "levenshtein_similarity",
            levenshtein,
            CHARS + "; 1 - distance / max length",
            CHAR_NORMALISATION),
        new Similarity("jaro_winkler", jaroWinkler, CHARS, CHAR_NORMALISATION),
        cos,
        jac,
        new Similarity(
            "lcs_ratio", lcs, CHARS + "; 2 * LCS length / (|a| + |b|)", CHAR_NORMALISATION));
  }

  static String normaliseChars(String s) {
    return PythonText.collapseWhitespace(Normalizer.normalize(s, Normalizer.Form.NFC));
  }

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w :
        PythonText.split(PythonText.lower(Normalizer.normalize(s, Normalizer.Form.NFC)))) {
      String t = w.replaceAll("^\\p{P}+|\\p{P}+$", "");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static Map<CharSequence, Integer> counts(List<String> words) {
    Map<CharSequence, Integer> out = new LinkedHashMap<>();
    for (String w : words) {
      out.merge(w, 1, Integer::sum);
    }
    return out;
  }

  /** Cosine of identical count vectors can come out a hair above 1 in floating point. */
  private static double clamp(double v) {
    return Math.max(0.0, Math.min(1.0, v));
  }
}
