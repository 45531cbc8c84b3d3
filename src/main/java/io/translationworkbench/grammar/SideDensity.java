package io.translationworkbench.grammar;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The finding density of one text: findings (LanguageTool matches, probable names left out) per 100
 * body words, dismissed findings not counted.
 *
 * @param words body words
 * @param findings findings, dismissed ones included
 * @param dismissed findings whose flag a reviewer dismissed (always 0 on the human side)
 * @param per100Words findings not dismissed per 100 words, rounded to two decimals
 * @param byKind findings per kind (grammar, spelling, typography, style, calque, untranslated)
 * @param per100WordsByKind the same per 100 words
 * @param byCategory findings per LanguageTool category id
 */
public record SideDensity(
    int words,
    int findings,
    int dismissed,
    double per100Words,
    Map<String, Integer> byKind,
    Map<String, Double> per100WordsByKind,
    Map<String, Integer> byCategory) {
  public SideDensity {
    if (words < 0 || findings < 0 || dismissed < 0 || dismissed > findings) {
      throw new IllegalArgumentException(
          "bad counts: "
              + words
              + " words, "
              + findings
              + " findings, "
              + dismissed
              + " dismissed");
    }
    byKind = Collections.unmodifiableMap(new TreeMap<>(byKind));
    per100WordsByKind = Collections.unmodifiableMap(new TreeMap<>(per100WordsByKind));
    byCategory = Collections.unmodifiableMap(new TreeMap<>(byCategory));
  }

  /**
   * The density of {@code result}'s findings, {@code dismissed} of them not counted.
   *
   * @param result one text's check
   * @param dismissed how many of its findings a reviewer dismissed
   */
  public static SideDensity of(CheckResult result, int dismissed) {
    Map<String, Integer> byKind = new TreeMap<>();
    Map<String, Integer> byCategory = new TreeMap<>();
    int findings = 0;
    for (GrammarMatch m : result.matches()) {
      if (m.countsAsFinding()) {
        findings++;
        byKind.merge(m.kind().id(), 1, Integer::sum);
        byCategory.merge(m.category(), 1, Integer::sum);
      }
    }
    Map<String, Double> per100 = new TreeMap<>();
    byKind.forEach((k, v) -> per100.put(k, round2(rate(v, result.words()))));
    return new SideDensity(
        result.words(),
        findings,
        dismissed,
        round2(rate(findings - dismissed, result.words())),
        byKind,
        per100,
        byCategory);
  }

  /** The same density with {@code n} findings dismissed instead. */
  public SideDensity withDismissed(int n) {
    return new SideDensity(
        words,
        findings,
        n,
        round2(rate(findings - n, words)),
        byKind,
        per100WordsByKind,
        byCategory);
  }

  /** Findings not dismissed, less {@code alsoExcused}, per 100 words (not rounded). */
  public double rate(int alsoExcused) {
    return rate(Math.max(0, findings - dismissed - alsoExcused), words);
  }

  /** {@code n} per 100 of {@code words} (0 without words): the one rate of every density. */
  public static double rate(int n, int words) {
    return words == 0 ? 0.0 : 100.0 * n / words;
  }

  /** {@code v} rounded to two decimals: how every density and ratio is shown. */
  public static double round2(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}
