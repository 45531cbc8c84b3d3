package io.translationworkbench.grammar;

import io.translationworkbench.LineIndex;
import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.Span;
import io.translationworkbench.config.GrammarConfig;
import io.translationworkbench.config.TypographyProfile;
import io.translationworkbench.ingest.IngestedText;
import io.translationworkbench.segment.Sentence;
import io.translationworkbench.segment.Words;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * French grammar, spelling and typography checks with LanguageTool, embedded. The only class that touches
 * LanguageTool's checking API: its mutable {@code RuleMatch} objects become {@link GrammarMatch} records here.
 *
 * <p>{@code JLanguageTool} is not thread-safe, so each thread gets its own instance per rule set-up, built once and
 * reused; the {@code Language} (and with it LanguageTool's rule cache) is shared.
 */
public final class GrammarChecker {
  static final String SPELLING_RULE = "FR_SPELLING_RULE";
  private static final Set<String> TYPO_CATEGORIES = Set.of("CAT_TYPOGRAPHIE", "TYPOGRAPHY", "PUNCTUATION");
  private static final Set<String> STYLE_CATEGORIES =
      Set.of("STYLE", "CAT_STYLE", "REDUNDANCY", "CAT_REGISTRE", "REPETITIONS_STYLE", "CAT_ELEGANCE", "PLAIN_ENGLISH");
  private static final Set<String> STYLE_TYPES = Set.of("style", "register", "locale-violation");

  private final Language french = Languages.getLanguageForShortCode("fr");
  private final Map<RuleSetup, ThreadLocal<JLanguageTool>> tools = new ConcurrentHashMap<>();

  /** What the other side of the pair and the glossary say about words the speller does not know. */
  public record Lexicon(Set<String> ignoreWords, Set<String> attestedWords) {
    public Lexicon {
      ignoreWords = Set.copyOf(ignoreWords);
      attestedWords = Set.copyOf(attestedWords);
    }
  }

  /** The LanguageTool version actually on the classpath. */
  public static String languageToolVersion() {
    return JLanguageTool.VERSION;
  }

  /** The rule ids switched on and off for a configuration (rules from the config plus the typography profile). */
  public static RuleSetup setupFor(GrammarConfig cfg) {
    TreeSet<String> on = new TreeSet<>(cfg.enabledRules());
    TreeSet<String> off = new TreeSet<>(cfg.disabledRules());
    TypographyProfile t = cfg.typography();
    if (t.highPunctuationSpace().equals("narrow-nbsp")) {
      on.add("FRENCH_WHITESPACE_STRICT");
    }
    if (t.apostrophe().equals("typographic")) {
      on.add("APOS_TYP");
    }
    if (t.dash().equals("any")) {
      off.add("TIRET");
    }
    on.removeAll(off);
    return new RuleSetup(
        List.copyOf(on),
        List.copyOf(off),
        cfg.enabledCategories(),
        cfg.disabledCategories(),
        cfg.picky());
  }

  /** Checks one text's body; excluded spans are not checked and glued sentences are checked apart. */
  public CheckResult check(IngestedText doc, List<Sentence> sentences, GrammarConfig cfg, Lexicon lexicon) {
    RuleSetup setup = setupFor(cfg);
    JLanguageTool lt = tools.computeIfAbsent(setup, s -> ThreadLocal.withInitial(() -> build(s))).get();
    String text = doc.text();
    List<RuleMatch> raw;
    try {
      raw =
          lt.check(
              annotate(doc),
              true,
              JLanguageTool.ParagraphHandling.NORMAL,
              null,
              JLanguageTool.Mode.ALL,
              cfg.picky() ? JLanguageTool.Level.PICKY : JLanguageTool.Level.DEFAULT);
    } catch (IOException e) {
      throw new UncheckedIOException("LanguageTool failed", e);
    }
    LineIndex index = doc.lineIndex();
    Side side = doc.source().side();
    List<GrammarMatch> out = new ArrayList<>();
    List<SuppressedMatch> suppressed = new ArrayList<>();
    for (RuleMatch m : raw) {
      int from = m.getFromPos();
      int to = m.getToPos();
      Span span = index.span(from, to);
      String covered = text.substring(from, to);
      Rule rule = m.getRule();
      Sentence sentence = sentenceAt(sentences, from);
      String drop = typographyFilter(rule.getId(), covered, cfg.typography());
      if (drop == null && sentence == null) {
        drop = "outside body text";
      }
      MatchKind kind = classify(rule);
      Severity severity = severityOf(kind, rule);
      String message = m.getMessage().replaceAll("</?suggestion>", "\"");
      boolean suggestionsOff = false;
      if (drop == null && kind == MatchKind.SPELLING) {
        drop = spellingFilter(covered, lexicon);
        if (drop == null && isProbableName(covered, sentence, from)) {
          kind = MatchKind.PROBABLE_NAME;
          severity = Severity.INFO;
          message = "Unknown capitalised word inside a sentence: probably a name (add it to the glossary if so).";
          // the speller's suggestions for a name ("Zhao" -> "Château") only mislead
          suggestionsOff = true;
        }
      }
      if (drop != null) {
        suppressed.add(new SuppressedMatch(side, rule.getId(), span, covered, drop));
        continue;
      }
      List<String> sugg = suggestionsOff ? List.of() : m.getSuggestedReplacements();
      out.add(
          new GrammarMatch(
              side,
              rule.getId(),
              subId(rule),
              rule.getCategory().getId().toString(),
              rule.getLocQualityIssueType().toString(),
              kind,
              severity,
              message,
              span,
              covered,
              sugg.size() > 5 ? sugg.subList(0, 5) : sugg,
              sentence.id()));
    }
    out.sort(Comparator.comparingInt((GrammarMatch g) -> g.span().start()).thenComparing(GrammarMatch::ruleId));
    int words = sentences.stream().mapToInt(s -> Words.count(s.text())).sum();
    return new CheckResult(out, suppressed, words);
  }

  private JLanguageTool build(RuleSetup s) {
    JLanguageTool lt = new JLanguageTool(french);
    // premium and remote rules stay off: we never call activateRemoteRules or premium rules
    for (String c : s.disabledCategories()) {
      lt.disableCategory(new CategoryId(c));
    }
    for (String c : s.enabledCategories()) {
      lt.enableRuleCategory(new CategoryId(c));
    }
    if (!s.disabledRules().isEmpty()) {
      lt.disableRules(s.disabledRules());
    }
    for (String r : s.enabledRules()) {
      lt.enableRule(r);
    }
    return lt;
  }

  /** Body text as LanguageTool sees it: excluded spans become markup, glue points become paragraph breaks. */
  static AnnotatedText annotate(IngestedText doc) {
    String text = doc.text();
    record Cut(int start, int end, String as) {}
    List<Cut> cuts = new ArrayList<>();
    for (Span x : doc.excluded()) {
      cuts.add(new Cut(x.start(), x.end(), ""));
    }
    for (int b : doc.breaks()) {
      cuts.add(new Cut(b, b, "\n\n"));
    }
    cuts.sort(Comparator.comparingInt(Cut::start).thenComparingInt(Cut::end));
    AnnotatedTextBuilder b = new AnnotatedTextBuilder();
    int pos = 0;
    for (Cut c : cuts) {
      int start = Math.max(c.start, pos);
      if (start > pos) {
        b.addText(text.substring(pos, start));
      }
      int end = Math.max(c.end, start);
      b.addMarkup(text.substring(start, end), c.as);
      pos = end;
    }
    if (pos < text.length()) {
      b.addText(text.substring(pos));
    }
    return b.build();
  }

  private static String typographyFilter(String ruleId, String covered, TypographyProfile t) {
    if (!ruleId.startsWith("FRENCH_WHITESPACE")) {
      return null;
    }
    boolean guillemet = covered.indexOf('«') >= 0 || covered.indexOf('»') >= 0;
    if (guillemet) {
      return t.guillemetSpace().equals("any") ? "typography profile: guillemetSpace=any" : null;
    }
    return t.highPunctuationSpace().equals("any") ? "typography profile: highPunctuationSpace=any" : null;
  }

  private static String spellingFilter(String covered, Lexicon lexicon) {
    String lower = covered.toLowerCase(Locale.ROOT);
    if (lexicon.ignoreWords().contains(covered) || lexicon.ignoreWords().contains(lower)) {
      return "glossary";
    }
    if (lexicon.attestedWords().contains(lower)) {
      return "attested in the other text of the pair";
    }
    return null;
  }

  /** Capitalised, and not the first word of its sentence. */
  private static boolean isProbableName(String covered, Sentence sentence, int from) {
    if (covered.isEmpty() || !Character.isUpperCase(covered.codePointAt(0))) {
      return false;
    }
    return sentence != null && from > sentence.span().start();
  }

  static MatchKind classify(Rule rule) {
    String type = rule.getLocQualityIssueType().toString();
    String cat = rule.getCategory().getId().toString();
    if (type.equals("misspelling") && (rule.getId().equals(SPELLING_RULE) || rule.isDictionaryBasedSpellingRule())) {
      return MatchKind.SPELLING;
    }
    if (type.equals("typographical")
        || TYPO_CATEGORIES.contains(cat)
        || rule.getId().startsWith("FRENCH_WHITESPACE")) {
      return MatchKind.TYPOGRAPHY;
    }
    if (STYLE_TYPES.contains(type) || STYLE_CATEGORIES.contains(cat) || rule.getId().startsWith("REP_")) {
      return MatchKind.STYLE;
    }
    return MatchKind.GRAMMAR;
  }

  static Severity severityOf(MatchKind kind, Rule rule) {
    return switch (kind) {
      case GRAMMAR -> rule.getCategory().getId().toString().equals("CAT_TOURS_CRITIQUES")
          ? Severity.WARNING
          : Severity.ERROR;
      case SPELLING -> Severity.ERROR;
      case TYPOGRAPHY -> Severity.WARNING;
      case STYLE, PROBABLE_NAME -> Severity.INFO;
    };
  }

  private static String subId(Rule rule) {
    String full = rule.getFullId();
    int i = full.indexOf('[');
    return i < 0 ? null : full.substring(i + 1, full.length() - 1);
  }

  private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid).span();
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return sentences.get(mid);
      }
    }
    return null;
  }

  /** Lower-cased words of some sentences: the vocabulary a name must appear in to count as attested. */
  public static Set<String> vocabulary(Collection<Sentence> sentences) {
    Set<String> words = new java.util.HashSet<>();
    for (Sentence s : sentences) {
      for (String w : Words.of(s.text())) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  /**
   * A rule set-up: the identity of a configured {@code JLanguageTool}.
   *
   * @param enabledRules rules switched on
   * @param disabledRules rules switched off
   * @param enabledCategories categories switched on
   * @param disabledCategories categories switched off
   * @param picky LanguageTool's picky level
   */
  public record RuleSetup(
      List<String> enabledRules,
      List<String> disabledRules,
      List<String> enabledCategories,
      List<String> disabledCategories,
      boolean picky) {
    public RuleSetup {
      enabledRules = List.copyOf(enabledRules);
      disabledRules = List.copyOf(disabledRules);
      enabledCategories = List.copyOf(enabledCategories);
      disabledCategories = List.copyOf(disabledCategories);
    }
  }

}
