package org.languagetool;

import java.util.List;
import org.languagetool.rules.RuleMatch;

/**
 * The translation workbench's hook into {@link JLanguageTool}'s per-sentence result cache. That
 * cache's methods take LanguageTool's package-private key types, so a cache of our own can only be
 * plugged in from this package: this class passes the analysed sentence on to a {@link Store} and
 * holds no logic (io.translationworkbench.grammar.SentenceCache does the work). It switches
 * LanguageTool's cache of analysed sentences off.
 */
public final class SentenceResultCache extends ResultCache {
  /** Where sentence-level matches are kept, per analysed sentence. */
  public interface Store {
    /** The matches kept for {@code sentence}, or null to have LanguageTool check it. */
    List<RuleMatch> get(AnalyzedSentence sentence);

    /** LanguageTool's sentence-level matches on {@code sentence}. */
    void put(AnalyzedSentence sentence, List<RuleMatch> matches);
  }

  private final Store store;

  /** A cache that asks {@code store}. */
  public SentenceResultCache(Store store) {
    super(0);
    this.store = store;
  }

  @Override
  public List<RuleMatch> getIfPresent(InputSentence key) {
    return store.get(key.getAnalyzedSentence());
  }

  @Override
  public void put(InputSentence key, List<RuleMatch> sentenceMatches) {
    store.put(key.getAnalyzedSentence(), sentenceMatches);
  }

  @Override
  public AnalyzedSentence getIfPresent(SimpleInputSentence key) {
    return null;
  }

  @Override
  public void put(SimpleInputSentence key, AnalyzedSentence sentence) {
    // not kept: LanguageTool marks the last sentence of a text as a paragraph end on the analysed
    // object itself, which would change a cached sentence for the texts that reuse it
  }
}
