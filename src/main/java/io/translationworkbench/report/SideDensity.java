package io.translationworkbench.report;

import java.util.Map;
import java.util.TreeMap;

/**
 * Error density of one text: LanguageTool matches per 100 body words (probable names are notes, not
 * counted).
 *
 * @param words body words
 * @param matches counted matches
 * @param per100Words matches per 100 words
 * @param byKind counted matches per kind (grammar, spelling, typography, style)
 * @param per100WordsByKind the same per 100 words
 * @param byCategory counted matches per LanguageTool category id
 */
public record SideDensity(
    int words,
    int matches,
    double per100Words,
    Map<String, Integer> byKind,
    Map<String, Double> per100WordsByKind,
    Map<String, Integer> byCategory) {
  public SideDensity {
    byKind = java.util.Collections.unmodifiableMap(new TreeMap<>(byKind));
    per100WordsByKind = java.util.Collections.unmodifiableMap(new TreeMap<>(per100WordsByKind));
    byCategory = java.util.Collections.unmodifiableMap(new TreeMap<>(byCategory));
  }
}
