package io.translationworkbench.grammar;

import java.util.List;

/**
 * The grammar check of one text: reported matches, matches left out on purpose, the word count, and
 * processing notes (a damaged cache entry discarded and recomputed).
 */
public record CheckResult(
    List<GrammarMatch> matches, List<SuppressedMatch> suppressed, int words, List<String> notes) {
  public CheckResult {
    matches = List.copyOf(matches);
    suppressed = List.copyOf(suppressed);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** A check without notes. */
  public CheckResult(List<GrammarMatch> matches, List<SuppressedMatch> suppressed, int words) {
    this(matches, suppressed, words, List.of());
  }
}
