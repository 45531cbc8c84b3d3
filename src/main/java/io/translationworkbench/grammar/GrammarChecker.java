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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.languagetool.JLanguageTool;
import org.languagetool.markup.AnnotatedText;

/**
 * French grammar, spelling and typography checks with LanguageTool: LanguageTool's matches ({@link
 * RawMatch}, from a {@link LanguageToolBackend}: embedded by default, or LanguageTool HTTP servers)
 * become {@link GrammarMatch} records here, filtered and classified.
 */
public final class GrammarChecker {
  static final String SPELLING_RULE = "FR_SPELLING_RULE";
  // LanguageTool's "a period is required here" rules: a headline has no final period
  private static final String END_OF_SENTENCE_CATEGORY = "PONCTUATION_POINT";
  private static final Set<String> TYPO_CATEGORIES =
      Set.of("CAT_TYPOGRAPHIE", "TYPOGRAPHY", "PUNCTUATION");
  private static final Set<String> STYLE_CATEGORIES =
      Set.of(
          "STYLE",
          "CAT_STYLE",
          "REDUNDANCY",
          "CAT_REGISTRE",
          "REPETITIONS_STYLE",
          "CAT_ELEGANCE",
          "PLAIN_ENGLISH");
  private static final Set<String> STYLE_TYPES = Set.of("style", "register", "locale-violation");
  private static final Set<String> ADVICE_CATEGORIES =
      Set.of("CAT_TOURS_CRITIQUES", "PONCTUATION_VIRGULE");
  // literal renderings of English or other languages: a calque needs an editor's fix
  private static final Set<String> CALQUE_CATEGORIES =
      Set.of("CAT_CALQUES", "CAT_ANGLICISMES_FOREIGN_TERMS", "CAT_ANGLICISMES");

  private final ResultCache cache;
  private final LanguageToolBackend backend;

  /** A checker without a result cache: LanguageTool runs on every check. */
  public GrammarChecker() {
    this(null);
  }

  /** A checker that keeps LanguageTool's results in {@code cache} (null: no cache). */
  public GrammarChecker(ResultCache cache) {
    this(cache, new EmbeddedLanguageTool());
  }

  /**
   * A checker that asks {@code backend} for LanguageTool's matches and keeps them in {@code cache}
   * (null: no cache).
   */
  public GrammarChecker(ResultCache cache, LanguageToolBackend backend) {
    this.cache = cache;
    this.backend = java.util.Objects.requireNonNull(backend, "backend");
  }

  /** Where LanguageTool runs for this checker. */
  public LanguageToolBackend backend() {
    return backend;
  }

  /**
   * What the other side of the pair and the glossary say about words the speller does not know.
   *
   * @param ignoreWords glossary and configured words, matched ignoring case
   * @param attestedWords the words of the other text, exactly as written there: a name is attested
   *     only with the same case and accents
   */
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

  /**
   * The rule ids switched on and off for a configuration (rules from the config plus the typography
   * profile), without rule files.
   */
  public static RuleSetup setupFor(GrammarConfig cfg) {
    return setupFor(cfg, RuleFiles.NONE);
  }

  /**
   * The rule set-up for a configuration and its newsroom rule files: the identity of a configured
   * {@code JLanguageTool}.
   */
  public static RuleSetup setupFor(GrammarConfig cfg, RuleFiles ruleFiles) {
    TreeSet<String> on = new TreeSet<>(cfg.enabledRules());
    TreeSet<String> off = new TreeSet<>(cfg.disabledRules());
    TypographyProfile t = cfg.typography();
    // spaces before high punctuation and inside « », and the apostrophe, are checked against the
    // house style inferred from the human text (style.TypographyChecker), not by LanguageTool
    if (t.dash().equals("any")) {
      off.add("TIRET");
    }
    on.removeAll(off);
    return new RuleSetup(
        List.copyOf(on),
        List.copyOf(off),
        cfg.enabledCategories(),
        cfg.disabledCategories(),
        cfg.picky(),
        // with every picky rule on, an allow-list says nothing
        cfg.picky() ? List.of() : cfg.pickyCategories(),
        ruleFiles,
        cfg.enabledRules(),
        cfg.disabledRules());
  }

  /**
   * Checks one text's body; excluded spans are not checked and glued sentences are checked apart.
   */
  public CheckResult check(
      IngestedText doc, List<Sentence> sentences, GrammarConfig cfg, Lexicon lexicon) {
    return check(doc, sentences, cfg, RuleFiles.NONE, lexicon);
  }

  /**
   * Checks one text's body with newsroom rule files added to LanguageTool's rules.
   *
   * @throws io.translationworkbench.InputException when a rule file fails its self-test, or the
   *     configuration names a rule or category LanguageTool and the rule files do not have
   */
  public CheckResult check(
      IngestedText doc,
      List<Sentence> sentences,
      GrammarConfig cfg,
      RuleFiles ruleFiles,
      Lexicon lexicon) {
    RuleSetup setup = setupFor(cfg, ruleFiles);
    String text = doc.text();
    Raw fromLt = rawMatches(doc, setup);
    List<RawMatch> raw = fromLt.matches();
    LineIndex index = doc.lineIndex();
    Side side = doc.source().side();
    List<GrammarMatch> out = new ArrayList<>();
    List<SuppressedMatch> suppressed = new ArrayList<>();
    // the other text's words once per check: in lower case (for the other-language test) and by
    // their folded form (for "Zurich" / "Zürich"), the alphabetically first spelling of each
    Set<String> attestedLower = new java.util.HashSet<>();
    Map<String, String> otherSpelling = new java.util.HashMap<>();
    for (String w : lexicon.attestedWords()) {
      attestedLower.add(w.toLowerCase(Locale.ROOT));
      otherSpelling.merge(
          io.translationworkbench.Texts.fold(w), w, (x, y) -> x.compareTo(y) <= 0 ? x : y);
    }
    for (RawMatch m : raw) {
      int from = m.from();
      int to = m.to();
      Span span = index.span(from, to);
      String covered = text.substring(from, to);
      Sentence sentence = sentenceAt(sentences, from);
      String drop = typographyFilter(m.ruleId());
      if (drop == null && sentence == null) {
        drop = "outside body text";
      }
      if (drop == null && m.category().equals(END_OF_SENTENCE_CATEGORY) && endsLine(text, to)) {
        drop = "a line without final punctuation: a headline or a list item";
      }
      MatchKind kind = classify(m);
      Severity severity = severityOf(kind, m.category());
      String message = m.message().replaceAll("</?suggestion>", "\"");
      List<String> sugg = m.suggestions();
      if (drop == null && kind == MatchKind.SPELLING) {
        drop = spellingFilter(covered, lexicon);
        // a word attested exactly was dropped above, so a spelling found here differs from it
        String variant =
            drop == null ? otherSpelling.get(io.translationworkbench.Texts.fold(covered)) : null;
        String accented = drop == null ? accentVariant(covered, m.suggestions()) : null;
        // a French word without its accents ("Etat", also German for "budget") before any other
        // language
        OtherLanguages.Classification origin =
            drop == null && variant == null && accented == null
                ? OtherLanguages.classify(covered, attestedLower)
                : null;
        if (origin != null
            && origin.verdict() == OtherLanguages.Verdict.UNTRANSLATED_ENGLISH
            && isCapitalised(covered)
            && inNameRun(text, from, to)) {
          // "Magic Backpack", "Comedian Harmonists": capitalised English words side by side are
          // a product or a band, not a sentence left in English
          origin = null;
        }
        if (origin != null && origin.verdict().untranslated()) {
          // "Hinserie", "Frust", "lockdown": capitalised or not, a word of the source language
          kind = MatchKind.UNTRANSLATED;
          severity = severityOf(kind, m.category());
          message =
              "Not French: "
                  + origin.reason()
                  + ". Probably left untranslated; translate it, or add it to the glossary if it is a"
                  + " name.";
          sugg = List.of();
        } else if (variant != null) {
          message =
              "Spelled \""
                  + variant
                  + "\" in the other text of the pair: same word, other case or accents.";
          sugg = List.of(variant);
        } else if (accented != null) {
          // "Etat" for "État": a French word without its accents, not a name
          message = "Written without the accents or case of the French word \"" + accented + "\".";
        } else if (drop == null && isCapitalised(covered)) {
          // position-independent: the same unknown word is a name at the start of a sentence too
          kind = MatchKind.PROBABLE_NAME;
          severity = Severity.INFO;
          message = "Unknown capitalised word: probably a name (add it to the glossary if so).";
          // the speller's suggestions for a name ("Zhao" -> "Château") only mislead
          sugg = List.of();
        }
      }
      if (drop != null) {
        suppressed.add(new SuppressedMatch(side, m.ruleId(), span, covered, drop));
        continue;
      }
      out.add(
          new GrammarMatch(
              side,
              m.ruleId(),
              m.subId(),
              m.category(),
              m.issueType(),
              kind,
              severity,
              message,
              span,
              covered,
              sugg,
              sentence.id()));
    }
    out.sort(
        Comparator.comparingInt((GrammarMatch g) -> g.span().start())
            .thenComparing(GrammarMatch::ruleId));
    int words = sentences.stream().mapToInt(s -> Words.count(s.text())).sum();
    return new CheckResult(
        out, suppressed, words, fromLt.note() == null ? List.of() : List.of(fromLt.note()));
  }

  /**
   * Builds this thread's LanguageTool for {@code setup} if it has none yet, and checks a short
   * sentence with it so that what LanguageTool loads on first use is loaded.
   */
  public void warm(RuleSetup setup) {
    backend.warm(setup);
  }

  /**
   * LanguageTool's matches on the body of {@code doc}, from the cache when this exact check was
   * done before.
   */
  private Raw rawMatches(IngestedText doc, RuleSetup setup) {
    String key = cache == null ? null : cacheKey(doc, setup, backend.cacheTag());
    String note = null;
    if (cache != null) {
      ResultCache.Lookup hit = cache.get(key, doc.text());
      if (hit.hit()) {
        return new Raw(hit.matches(), null);
      }
      if (hit.problem() != null) {
        note =
            "grammar: the cached LanguageTool result for "
                + doc.source().path().toString().replace('\\', '/')
                + " was discarded and recomputed: "
                + hit.problem();
      }
    }
    List<RawMatch> raw = backend.check(LtText.of(doc), setup);
    if (cache != null) {
      cache.put(key, doc.text(), raw);
    }
    return new Raw(raw, note);
  }

  /**
   * LanguageTool's matches on one text, and a processing note when a cache entry had to be
   * discarded (null otherwise).
   */
  private record Raw(List<RawMatch> matches, String note) {}

  /**
   * Everything that decides LanguageTool's answer: its version, the rule set-up, and the text with
   * its cuts.
   */
  static String cacheKey(IngestedText doc, RuleSetup setup) {
    return cacheKey(doc, setup, JLanguageTool.VERSION);
  }

  /**
   * The cache key of a check by a backend whose {@link LanguageToolBackend#cacheTag} is {@code
   * tag}.
   */
  static String cacheKey(IngestedText doc, RuleSetup setup, String tag) {
    StringBuilder k = new StringBuilder();
    k.append(ResultCache.ENTRY_FORMAT).append('\u0000');
    k.append("lt=").append(tag).append('\u0000').append(setup).append('\u0000');
    k.append(doc.excluded().stream().map(x -> x.start() + "-" + x.end()).toList()).append('\u0000');
    k.append(doc.breaks()).append('\u0000').append(doc.text());
    return io.translationworkbench.Texts.sha256Hex(k.toString(), 16);
  }

  /**
   * The configuration names a rule or category that neither LanguageTool's French rules nor the
   * rule files have; the caller knows which configuration file declared it.
   */
  public static final class UnknownIdException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final String id;

    /** {@code what} ("rule", "category") {@code id}, named by {@code grammar.<key>}, is unknown. */
    UnknownIdException(String key, String id, String what) {
      super(
          "grammar."
              + key
              + ": unknown "
              + what
              + " id \""
              + id
              + "\" (not among LanguageTool's French "
              + what
              + "s nor the rule files)");
      this.key = key;
      this.id = id;
    }

    /** The configuration key, e.g. "enabledRules". */
    public String key() {
      return key;
    }

    /** The unknown id. */
    public String id() {
      return id;
    }
  }

  /**
   * Body text as LanguageTool sees it: excluded spans become markup, glue points become paragraph
   * breaks.
   */
  static AnnotatedText annotate(IngestedText doc) {
    return LtText.of(doc).toAnnotatedText();
  }

  private static String typographyFilter(String ruleId) {
    return ruleId.startsWith("FRENCH_WHITESPACE")
        ? "spaces before : ; ? ! and inside « » are checked against the house style of the human text"
        : null;
  }

  private static String spellingFilter(String covered, Lexicon lexicon) {
    String lower = covered.toLowerCase(Locale.ROOT);
    if (lexicon.ignoreWords().contains(covered) || lexicon.ignoreWords().contains(lower)) {
      return "glossary";
    }
    if (lexicon.attestedWords().contains(covered)) {
      return "attested in the other text of the pair";
    }
    return null;
  }

  /** Whether only spaces stand between {@code offset} and the end of its line. */
  static boolean endsLine(String text, int offset) {
    for (int i = offset; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!io.translationworkbench.Texts.isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /** The speller's suggestion that differs from {@code word} only in accents or case, or null. */
  static String accentVariant(String word, List<String> suggestions) {
    String folded = io.translationworkbench.Texts.fold(word);
    for (String s : suggestions) {
      if (!s.equals(word) && io.translationworkbench.Texts.fold(s).equals(folded)) {
        return s;
      }
    }
    return null;
  }

  /**
   * Whether the word at {@code [from, to)} stands next to another capitalised word that French does
   * not know (a neighbour in the same line, separated by spaces only).
   */
  static boolean inNameRun(String text, int from, int to) {
    int e = from;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    if (e < from && b < e && foreignCapitalised(text.substring(b, e))) {
      return true;
    }
    int n = to;
    while (n < text.length() && text.charAt(n) == ' ') {
      n++;
    }
    int m = n;
    while (m < text.length() && Character.isLetter(text.charAt(m))) {
      m++;
    }
    return n > to && m > n && foreignCapitalised(text.substring(n, m));
  }

  private static boolean foreignCapitalised(String word) {
    return isCapitalised(word) && !FrenchWords.isKnownFrench(word);
  }

  private static boolean isCapitalised(String covered) {
    return !covered.isEmpty() && Character.isUpperCase(covered.codePointAt(0));
  }

  static MatchKind classify(RawMatch m) {
    String type = m.issueType();
    String cat = m.category();
    if (type.equals("misspelling")
        && (m.ruleId().equals(SPELLING_RULE) || m.dictionarySpelling())) {
      return MatchKind.SPELLING;
    }
    if (CALQUE_CATEGORIES.contains(cat)) {
      return MatchKind.CALQUE;
    }
    if (type.equals("typographical")
        || TYPO_CATEGORIES.contains(cat)
        || m.ruleId().startsWith("FRENCH_WHITESPACE")) {
      return MatchKind.TYPOGRAPHY;
    }
    if (STYLE_TYPES.contains(type)
        || STYLE_CATEGORIES.contains(cat)
        || m.ruleId().startsWith("REP_")) {
      return MatchKind.STYLE;
    }
    return MatchKind.GRAMMAR;
  }

  static Severity severityOf(MatchKind kind, String category) {
    return switch (kind) {
      // "tours critiqués" are usage debates (purists' advice), not broken sentences; LanguageTool's
      // comma rules fire more often on a professional translation than on machine output (WMT22
      // de-fr: 47 on the reference, 22 to 31 on three systems), so they are advice too
      case GRAMMAR -> ADVICE_CATEGORIES.contains(category) ? Severity.INFO : Severity.ERROR;
      case UNTRANSLATED -> Severity.ERROR;
      case SPELLING, TYPOGRAPHY, CALQUE -> Severity.WARNING;
      case STYLE, PROBABLE_NAME -> Severity.INFO;
    };
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

  /**
   * Words of some sentences exactly as written: the vocabulary a name must appear in, with the same
   * case and accents, to count as attested.
   */
  public static Set<String> vocabulary(Collection<Sentence> sentences) {
    Set<String> words = new java.util.HashSet<>();
    for (Sentence s : sentences) {
      words.addAll(Words.of(s.text()));
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
   * @param picky LanguageTool's picky level with every picky rule
   * @param pickyCategories when not {@code picky}: categories whose picky-only rules are kept
   *     (empty: LanguageTool's default level)
   * @param ruleFiles newsroom rule files
   * @param configEnabledRules the rule ids the configuration itself switches on (validated)
   * @param configDisabledRules the rule ids the configuration itself switches off (validated)
   */
  public record RuleSetup(
      List<String> enabledRules,
      List<String> disabledRules,
      List<String> enabledCategories,
      List<String> disabledCategories,
      boolean picky,
      List<String> pickyCategories,
      RuleFiles ruleFiles,
      List<String> configEnabledRules,
      List<String> configDisabledRules) {
    public RuleSetup {
      enabledRules = List.copyOf(enabledRules);
      disabledRules = List.copyOf(disabledRules);
      enabledCategories = List.copyOf(enabledCategories);
      disabledCategories = List.copyOf(disabledCategories);
      pickyCategories = List.copyOf(pickyCategories);
      ruleFiles = ruleFiles == null ? RuleFiles.NONE : ruleFiles;
      configEnabledRules = List.copyOf(configEnabledRules);
      configDisabledRules = List.copyOf(configDisabledRules);
    }

    /** The LanguageTool level this set-up checks at. */
    public JLanguageTool.Level level() {
      return picky || !pickyCategories.isEmpty()
          ? JLanguageTool.Level.PICKY
          : JLanguageTool.Level.DEFAULT;
    }
  }
}
