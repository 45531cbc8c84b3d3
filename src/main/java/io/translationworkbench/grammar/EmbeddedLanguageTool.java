package io.translationworkbench.grammar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.Tag;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool embedded in this JVM: the only class that runs LanguageTool's checking API. Its
 * mutable {@code RuleMatch} objects become {@link RawMatch} records here.
 *
 * <p>{@code JLanguageTool} is not thread-safe, so each thread gets its own instance per rule
 * set-up, built once and reused; the {@code Language} (and with it LanguageTool's rule cache) is
 * shared.
 */
public final class EmbeddedLanguageTool implements LanguageToolBackend {
  private final Language french = Languages.getLanguageForShortCode("fr");
  private final Map<GrammarChecker.RuleSetup, ThreadLocal<JLanguageTool>> tools =
      new ConcurrentHashMap<>();
  private final boolean ruleFilesOnly;
  private final Path sentenceCacheDir;
  private final Map<GrammarChecker.RuleSetup, SentenceCache> sentenceCaches =
      new ConcurrentHashMap<>();

  /** LanguageTool's French rules and the set-up's rule files. */
  public EmbeddedLanguageTool() {
    this(false, null);
  }

  /**
   * As {@link #EmbeddedLanguageTool()}, with LanguageTool's sentence-level matches kept per
   * sentence in {@code sentenceCacheDir} ({@link SentenceCache}), so that a text with one sentence
   * edited has only that sentence checked by the sentence rules again.
   */
  public EmbeddedLanguageTool(Path sentenceCacheDir) {
    this(false, java.util.Objects.requireNonNull(sentenceCacheDir, "sentenceCacheDir"));
  }

  /**
   * @param ruleFilesOnly only the set-up's rule files run, LanguageTool's own rules are off (what
   *     {@link RemoteLanguageTool} runs here because a server cannot take rule files)
   */
  EmbeddedLanguageTool(boolean ruleFilesOnly) {
    this(ruleFilesOnly, null);
  }

  private EmbeddedLanguageTool(boolean ruleFilesOnly, Path sentenceCacheDir) {
    this.ruleFilesOnly = ruleFilesOnly;
    this.sentenceCacheDir = sentenceCacheDir;
  }

  /** Sentences answered from the sentence cache and sentences checked, summed over set-ups. */
  SentenceCache.Stats sentenceStats() {
    long hits = 0;
    long misses = 0;
    for (SentenceCache c : sentenceCaches.values()) {
      hits += c.stats().hits();
      misses += c.stats().misses();
    }
    return new SentenceCache.Stats(hits, misses);
  }

  @Override
  public List<RawMatch> check(LtText text, GrammarChecker.RuleSetup setup) {
    JLanguageTool lt = tool(setup);
    List<RuleMatch> matches;
    try {
      matches =
          lt.check(
              text.toAnnotatedText(),
              true,
              JLanguageTool.ParagraphHandling.NORMAL,
              null,
              JLanguageTool.Mode.ALL,
              setup.level());
    } catch (IOException e) {
      throw new UncheckedIOException("LanguageTool failed", e);
    }
    List<RawMatch> raw = new ArrayList<>(matches.size());
    for (RuleMatch m : matches) {
      Rule rule = m.getRule();
      if (droppedAtPicky(rule, setup)) {
        continue;
      }
      raw.add(
          new RawMatch(
              rule.getId(),
              subId(rule),
              rule.getCategory().getId().toString(),
              rule.getLocQualityIssueType().toString(),
              rule.isDictionaryBasedSpellingRule(),
              m.getMessage(),
              m.getFromPos(),
              m.getToPos(),
              m.getSuggestedReplacements()));
    }
    return raw;
  }

  /**
   * Builds this thread's LanguageTool for {@code setup} if it has none yet, and checks a short
   * sentence with it so that what LanguageTool loads on first use is loaded.
   */
  @Override
  public void warm(GrammarChecker.RuleSetup setup) {
    try {
      tool(setup).check("Le président a annoncé mardi que les élections auront lieu en mars.");
    } catch (IOException e) {
      throw new UncheckedIOException("LanguageTool failed", e);
    }
  }

  @Override
  public String cacheTag() {
    return JLanguageTool.VERSION;
  }

  @Override
  public Map<String, Object> signature() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("backend", "embedded");
    s.put("languageToolVersion", JLanguageTool.VERSION);
    return s;
  }

  private JLanguageTool tool(GrammarChecker.RuleSetup setup) {
    return tools.computeIfAbsent(setup, s -> ThreadLocal.withInitial(() -> build(s))).get();
  }

  private JLanguageTool build(GrammarChecker.RuleSetup s) {
    SentenceCache cache =
        ruleFilesOnly || sentenceCacheDir == null
            ? null
            : sentenceCaches.computeIfAbsent(s, k -> new SentenceCache(sentenceCacheDir, k));
    JLanguageTool lt = configured(french, s, cache);
    if (cache != null) {
      cache.rulesOf(lt);
    }
    if (ruleFilesOnly) {
      Set<String> mine = new HashSet<>();
      for (Rule r : s.ruleFiles().rules(french)) {
        mine.add(r.getId());
      }
      List<String> others = new ArrayList<>();
      for (Rule r : lt.getAllRules()) {
        if (!mine.contains(r.getId())) {
          others.add(r.getId());
        }
      }
      lt.disableRules(others);
    }
    return lt;
  }

  /** A LanguageTool for {@code s}: rule files added, the set-up validated and applied. */
  private static JLanguageTool configured(
      Language french, GrammarChecker.RuleSetup s, SentenceCache cache) {
    JLanguageTool lt =
        new JLanguageTool(french, null, cache == null ? null : cache.forLanguageTool());
    // premium and remote rules stay off: we never call activateRemoteRules or premium rules
    for (Rule r : s.ruleFiles().rules(french)) {
      lt.addRule(r);
    }
    validate(lt, s);
    for (String c : s.disabledCategories()) {
      lt.disableCategory(new CategoryId(c));
    }
    for (String c : s.enabledCategories()) {
      lt.enableRuleCategory(new CategoryId(c));
    }
    if (!s.picky() && !s.pickyCategories().isEmpty()) {
      // picky level for the allowed categories only. A rule id whose every rule is picky-only and
      // outside the allow-list is switched off, so it costs nothing and displaces no overlapping
      // match; a rule group mixing picky and ordinary sub-rules (TIRET) must stay on, and its
      // picky sub-rules' matches are dropped after the check (see keep).
      for (String id : pickyOnlyOff(lt, s)) {
        lt.disableRule(id);
      }
    }
    if (!s.disabledRules().isEmpty()) {
      lt.disableRules(s.disabledRules());
    }
    for (String r : s.enabledRules()) {
      lt.enableRule(r);
    }
    return lt;
  }

  /** The rule ids whose every rule is picky-only and left out by {@code s}. */
  private static List<String> pickyOnlyOff(JLanguageTool lt, GrammarChecker.RuleSetup s) {
    Map<String, Boolean> allPickyOff = new LinkedHashMap<>();
    for (Rule r : lt.getAllRules()) {
      allPickyOff.merge(r.getId(), droppedAtPicky(r, s), Boolean::logicalAnd);
    }
    List<String> off = new ArrayList<>();
    allPickyOff.forEach(
        (id, o) -> {
          if (o) {
            off.add(id);
          }
        });
    return off;
  }

  /**
   * What a LanguageTool server must be told, and what must be done with its answer, to give the
   * matches this class gives for {@code setup}: worked out from the same LanguageTool's French
   * rules here (a server's answer does not say whether a rule is picky or dictionary-based).
   *
   * @param extraDisabledRules rule ids switched off here besides the set-up's own: the picky-only
   *     rules outside the allowed categories
   * @param droppedFullIds full ids ({@code ID} or {@code ID[sub]}) of rules whose matches are left
   *     out after the check (picky sub-rules of a group that stays on)
   * @param dictionarySpellingIds ids of dictionary-based spelling rules
   * @param ruleFileIds ids of the set-up's rule files' rules
   */
  record ServerPlan(
      List<String> extraDisabledRules,
      Set<String> droppedFullIds,
      Set<String> dictionarySpellingIds,
      Set<String> ruleFileIds) {}

  /**
   * The {@link ServerPlan} for {@code setup}; validates the set-up as a check here would.
   *
   * @throws GrammarChecker.UnknownIdException when the set-up names an unknown rule or category
   */
  ServerPlan plan(GrammarChecker.RuleSetup s) {
    JLanguageTool lt = new JLanguageTool(french);
    Set<String> ruleFileIds = new HashSet<>();
    for (Rule r : s.ruleFiles().rules(french)) {
      lt.addRule(r);
      ruleFileIds.add(r.getId());
    }
    validate(lt, s);
    List<String> extra =
        !s.picky() && !s.pickyCategories().isEmpty() ? pickyOnlyOff(lt, s) : List.of();
    Set<String> dropped = new HashSet<>();
    Set<String> dictionary = new HashSet<>();
    for (Rule r : lt.getAllRules()) {
      if (droppedAtPicky(r, s)) {
        dropped.add(r.getFullId());
      }
      if (r.isDictionaryBasedSpellingRule()) {
        dictionary.add(r.getId());
      }
    }
    return new ServerPlan(List.copyOf(extra), Set.copyOf(dropped), dictionary, ruleFileIds);
  }

  /**
   * Whether a rule's matches are left out: picky-only, not in an allowed category, not switched on
   * by name, and the set-up does not keep every picky rule.
   */
  static boolean droppedAtPicky(Rule r, GrammarChecker.RuleSetup s) {
    return !s.picky()
        && r.hasTag(Tag.picky)
        && !s.pickyCategories().contains(r.getCategory().getId().toString())
        && !s.enabledRules().contains(r.getId());
  }

  /**
   * Rule and category ids the configuration names must exist: a typo would silently check nothing.
   */
  private static void validate(JLanguageTool lt, GrammarChecker.RuleSetup s) {
    Set<String> rules = new HashSet<>();
    Set<String> categories = new HashSet<>();
    for (Rule r : lt.getAllRules()) {
      rules.add(r.getId());
      categories.add(r.getCategory().getId().toString());
    }
    for (String id : s.configEnabledRules()) {
      if (!rules.contains(id)) {
        throw new GrammarChecker.UnknownIdException("enabledRules", id, "rule");
      }
    }
    for (String id : s.configDisabledRules()) {
      if (!rules.contains(id)) {
        throw new GrammarChecker.UnknownIdException("disabledRules", id, "rule");
      }
    }
    for (String id : s.pickyCategories()) {
      if (!categories.contains(id)) {
        throw new GrammarChecker.UnknownIdException("pickyCategories", id, "category");
      }
    }
  }

  private static String subId(Rule rule) {
    String full = rule.getFullId();
    int i = full.indexOf('[');
    return i < 0 ? null : full.substring(i + 1, full.length() - 1);
  }
}
