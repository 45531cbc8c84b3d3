package io.translationworkbench.grammar;

import java.util.List;
import java.util.Map;

/**
 * Where LanguageTool runs for {@link GrammarChecker}: embedded in this JVM ({@link
 * EmbeddedLanguageTool}) or on LanguageTool HTTP servers ({@link RemoteLanguageTool}). Either gives
 * LanguageTool's matches on one text before any of our filtering, with offsets into the text
 * (markup included), in LanguageTool's order.
 */
public interface LanguageToolBackend extends AutoCloseable {
  /**
   * LanguageTool's matches on one text with one rule set-up.
   *
   * @throws GrammarChecker.UnknownIdException when the set-up names a rule or category LanguageTool
   *     and the rule files do not have
   * @throws io.translationworkbench.InputException when a rule file fails its self-test
   */
  List<RawMatch> check(LtText text, GrammarChecker.RuleSetup setup);

  /** Loads, on the calling thread, what a first check with {@code setup} needs. */
  default void warm(GrammarChecker.RuleSetup setup) {}

  /**
   * What the result cache keys on besides the text and the set-up: the embedded checker's is its
   * LanguageTool version (the key of the cache entries written before backends existed).
   */
  String cacheTag();

  /** The backend's part of a report's signature: which LanguageTool checked, and where. */
  Map<String, Object> signature();

  @Override
  default void close() {}
}
