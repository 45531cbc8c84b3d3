package io.translationworkbench.grammar;

import java.util.List;

/**
 * The grammar check of one text: reported matches, matches left out on purpose, and the word count.
 */
public record CheckResult(List<GrammarMatch> matches, List<SuppressedMatch> suppressed, int words) {
  public CheckResult {
    matches = List.copyOf(matches);
    suppressed = List.copyOf(suppressed);
  }
}
