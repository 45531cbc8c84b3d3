package io.translationworkbench.ingest;

import io.translationworkbench.InputException;
import io.translationworkbench.LineIndex;
import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.Span;
import io.translationworkbench.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the structure of a text and what is wrong with it: paragraphs in another language,
 * duplicated paragraphs, sentences glued together without a break, and credit lines. Everything
 * found is data; only a text that is not French at all is an input error.
 *
 * <p>A paragraph is in another language only when three things agree: it is long enough (at least
 * {@value #MIN_LETTERS_FOR_LANGUAGE} letters and {@value #MIN_WORDS_FOR_LANGUAGE} words), the
 * detector names another language with probability {@value #FOREIGN_PROBABILITY} or more, and at
 * least half of its words are unknown to the French dictionary.
 */
public final class StructureAnalyzer {
  /** Paragraphs with fewer letters than this are too short for a reliable language guess. */
  static final int MIN_LETTERS_FOR_LANGUAGE = 40;

  /** A foreign-language verdict needs at least this probability from the detector. */
  static final double FOREIGN_PROBABILITY = 0.90;

  /**
   * A foreign-language verdict needs at least this many words of two letters or more: on four words
   * or fewer, one name or one unknown anglicism already makes half the paragraph.
   */
  static final int MIN_WORDS_FOR_LANGUAGE = 5;

  /**
   * A foreign-language verdict needs at least this share of words unknown to the French dictionary.
   * The detector alone is not enough: it called the French headline "Yvonne Catterfeld attend avec
   * impatience Noël en Thuringe" English with probability 1.0. On the WMT22 de-fr reference no line
   * of five words or more reaches this share; German source lines sit far above it.
   */
  static final double FOREIGN_UNKNOWN_SHARE = 0.5;

  /** A word: letters, possibly joined by apostrophes or hyphens (aujourd'hui, week-end). */
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*");

  private static final Pattern TRAILING_PARENS = Pattern.compile("\\(([^()\\n]{1,80})\\)\\s*$");
  private static final Pattern AGENCY =
      Pattern.compile(
          "(?i)^(belga|afp|reuters|ap|ats|anp|dpa|efe|ansa|xinhua|antara|apa|pap|ctk|mti|bta|hina|sta|tt|ntb|"
              + "lusa|tass|kyodo|yonhap|bernama|upi|bloomberg|afp/belga|belga/afp|ap/belga)(\\s*[/,]\\s*\\w+)*$");
  private static final Pattern CREDIT_WORDS =
      Pattern.compile(
          "(?i)\\b(supported by|powered by|source|photo|crédits?|credits?|traduction|translated by|avec l'aide|©)");
  private static final Pattern DOMAIN =
      Pattern.compile("(?i)\\b[\\p{L}\\d-]+\\.(id|com|net|org|fr|be|co|io)\\b");

  /**
   * A run of two or more lower-case letters that starts a word, directly followed by an upper-case
   * letter that starts a word going on with an apostrophe ("sociétéD’autre"), or five or more
   * lower-case letters run into a capitalised word ("dernierLe"). Names in camel case do not match:
   * they start upper-case (TikTok, ByteDance) or have a short prefix (iPhone, eBay, bioMérieux,
   * easyJet).
   */
  private static final Pattern GLUED_CASE =
      Pattern.compile(
          "(?<![\\p{L}\\d])(\\p{Ll}{2,}(?=\\p{Lu}[’'])|\\p{Ll}{5,}(?=\\p{Lu}\\p{Ll}))(\\p{Lu})");

  /**
   * Sentence punctuation with no space before an upper-case word: "fin.Début". Acronyms (U.S.A) do
   * not match.
   */
  private static final Pattern GLUED_PUNCT =
      Pattern.compile("(?<=[\\p{Ll}\\d][.!?])(\\p{Lu}\\p{Ll})");

  private final LanguageIdentifier languages;
  private final Predicate<String> knownFrench;
  private final boolean findDuplicates;

  /**
   * @param languages the language detector
   * @param knownFrench whether the French dictionary knows a word (the caller provides it, so that
   *     ingest does not depend on the grammar checker)
   */
  public StructureAnalyzer(LanguageIdentifier languages, Predicate<String> knownFrench) {
    this(languages, knownFrench, true);
  }

  /**
   * @param languages the language detector
   * @param knownFrench whether the French dictionary knows a word
   * @param findDuplicates whether a repeated paragraph is a duplicate copy; off for line-aligned
   *     test sets, where the same line may rightly occur twice
   */
  public StructureAnalyzer(
      LanguageIdentifier languages, Predicate<String> knownFrench, boolean findDuplicates) {
    this.languages = Objects.requireNonNull(languages, "languages");
    this.knownFrench = Objects.requireNonNull(knownFrench, "knownFrench");
    this.findDuplicates = findDuplicates;
  }

  /** Analyses one text. */
  public IngestedText analyze(SourceText source) {
    String text = source.text();
    LineIndex index = source.lineIndex();
    Side side = source.side();
    List<Anomaly> anomalies = new ArrayList<>();
    List<Span> excluded = new ArrayList<>();
    List<Integer> breaks = new ArrayList<>();
    List<Paragraph> paragraphs = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int frenchLetters = 0;
    int identifiedLetters = 0;
    Guess worst = null;

    int lineStart = 0;
    int pIndex = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      int s = lineStart;
      int e = lineEnd;
      while (s < e && Texts.isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && Texts.isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        Span pSpan = index.span(s, e);
        String pText = text.substring(s, e);
        // credit line at the end of the paragraph: "(Belga)", "(system supported by
        // DigitalSiber.id)"
        int bodyEnd = e;
        Matcher credit = TRAILING_PARENS.matcher(pText);
        if (credit.find() && isCredit(credit.group(1))) {
          int cs = s + credit.start();
          int ce = s + credit.end();
          while (ce > cs && Texts.isSpace(text.charAt(ce - 1))) {
            ce--;
          }
          Span cSpan = index.span(cs, ce);
          excluded.add(cSpan);
          anomalies.add(
              new Anomaly(
                  AnomalyKind.CREDIT_LINE,
                  side,
                  Severity.INFO,
                  cSpan,
                  text.substring(cs, ce),
                  "credit line, not body text: kept out of grammar checks and metrics",
                  Map.of("paragraph", Integer.toString(pIndex))));
          bodyEnd = cs;
          while (bodyEnd > s && Texts.isSpace(text.charAt(bodyEnd - 1))) {
            bodyEnd--;
          }
        }
        String body = text.substring(s, bodyEnd);
        ParagraphRole role = ParagraphRole.BODY;
        String lang = "und";
        double prob = 0.0;
        double unknownShare = 0.0;
        int duplicateOf = -1;
        if (body.isEmpty()) {
          role = ParagraphRole.CREDIT;
        } else {
          int letters = countLetters(body);
          if (letters >= MIN_LETTERS_FOR_LANGUAGE) {
            LanguageIdentifier.Guess g = languages.identify(body);
            lang = g.language();
            prob = g.probability();
            identifiedLetters += letters;
            if (!lang.equals("fr") && prob >= FOREIGN_PROBABILITY) {
              // the detector's verdict stands only when the words agree: a paragraph of known
              // French words with a few names is French, whatever its letter statistics say
              WordCount wc = countWords(body);
              unknownShare = wc.unknownShare();
              if (wc.words() >= MIN_WORDS_FOR_LANGUAGE && unknownShare >= FOREIGN_UNKNOWN_SHARE) {
                role = ParagraphRole.FOREIGN_LANGUAGE;
                if (worst == null || letters > worst.letters) {
                  worst = new Guess(lang, prob, letters);
                }
              } else {
                lang = "fr";
                prob = languages.probabilityOf(body, "fr");
              }
            }
            if (role != ParagraphRole.FOREIGN_LANGUAGE) {
              frenchLetters += letters;
            }
          }
          if (role == ParagraphRole.BODY && findDuplicates) {
            String key = normalizedKey(body);
            Integer first = seen.putIfAbsent(key, pIndex);
            if (first != null) {
              role = ParagraphRole.DUPLICATE;
              duplicateOf = first;
            }
          }
        }
        if (role == ParagraphRole.FOREIGN_LANGUAGE) {
          excluded.add(pSpan);
          Map<String, String> ev = new LinkedHashMap<>();
          ev.put("language", lang);
          ev.put("probability", String.format(Locale.ROOT, "%.5f", prob));
          ev.put("unknownToFrench", String.format(Locale.ROOT, "%.2f", unknownShare));
          ev.put("paragraph", Integer.toString(pIndex));
          anomalies.add(
              new Anomaly(
                  AnomalyKind.FOREIGN_LANGUAGE,
                  side,
                  Severity.WARNING,
                  pSpan,
                  abbreviate(pText),
                  "paragraph in "
                      + Texts.languageName(lang)
                      + ", not French: kept out of grammar checks and metrics"
                      + (side == Side.MACHINE
                          ? " (left untranslated or added by the publisher)"
                          : ""),
                  ev));
        } else if (role == ParagraphRole.DUPLICATE) {
          excluded.add(pSpan);
          Paragraph original = paragraphs.get(duplicateOf);
          anomalies.add(
              new Anomaly(
                  AnomalyKind.DUPLICATE_PARAGRAPH,
                  side,
                  Severity.WARNING,
                  pSpan,
                  abbreviate(pText),
                  "paragraph "
                      + (pIndex + 1)
                      + " repeats paragraph "
                      + (duplicateOf + 1)
                      + " (line "
                      + original.span().line()
                      + "): the copy is kept out of grammar counts and metrics",
                  Map.of(
                      "duplicateOf", Integer.toString(duplicateOf),
                      "originalLine", Integer.toString(original.span().line()))));
        } else if (role == ParagraphRole.BODY) {
          findGlued(text, s, bodyEnd, index, side, anomalies, breaks);
        }
        paragraphs.add(new Paragraph(pIndex, pSpan, pText, role, lang, prob, duplicateOf));
        pIndex++;
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    if (identifiedLetters > 0 && frenchLetters * 2 < identifiedLetters) {
      String detected = worst == null ? "und" : worst.language;
      throw new InputException(
          source.path(),
          String.format(
              Locale.ROOT,
              "text is not French (most of it reads as %s, p=%.2f); the workbench checks French only",
              Texts.languageName(detected),
              worst == null ? 0.0 : worst.probability));
    }
    anomalies.sort(
        java.util.Comparator.comparingInt((Anomaly a) -> a.span().start())
            .thenComparing(a -> a.kind()));
    breaks.sort(null);
    return new IngestedText(source, paragraphs, anomalies, excluded, breaks);
  }

  private static void findGlued(
      String text,
      int s,
      int e,
      LineIndex index,
      Side side,
      List<Anomaly> anomalies,
      List<Integer> breaks) {
    String body = text.substring(s, e);
    for (Pattern p : List.of(GLUED_CASE, GLUED_PUNCT)) {
      Matcher m = p.matcher(body);
      while (m.find()) {
        int at = s + (p == GLUED_CASE ? m.start(2) : m.start(1));
        int wordStart = at;
        while (wordStart > s && !Texts.isSpace(text.charAt(wordStart - 1))) {
          wordStart--;
        }
        int wordEnd = at;
        while (wordEnd < e && !Texts.isSpace(text.charAt(wordEnd))) {
          wordEnd++;
        }
        int prevBoundary = lastSentenceEnd(text, s, at);
        String before = text.substring(prevBoundary, at).strip();
        Span span = index.span(wordStart, wordEnd);
        breaks.add(at);
        Map<String, String> ev = new LinkedHashMap<>();
        ev.put("splitAt", Integer.toString(at));
        // the end of what precedes the glue, not all of it: a long run-on sentence glued many times
        // would otherwise be repeated by every glue point
        ev.put("before", tail(before, 60));
        ev.put("after", abbreviate(text.substring(at, Math.min(e, at + 60))));
        anomalies.add(
            new Anomaly(
                AnomalyKind.GLUED_SENTENCES,
                side,
                Severity.WARNING,
                span,
                text.substring(wordStart, wordEnd),
                "two sentences glued together (a heading or sentence runs into the next with no break): \""
                    + text.substring(wordStart, at)
                    + "\" | \""
                    + text.substring(at, wordEnd)
                    + "\"; split here for checking and alignment",
                ev));
      }
    }
  }

  private static int lastSentenceEnd(String text, int paragraphStart, int at) {
    for (int i = at - 1; i > paragraphStart; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?')
          && i + 1 < text.length()
          && Texts.isSpace(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    return paragraphStart;
  }

  private static boolean isCredit(String inner) {
    String t = inner.strip();
    return AGENCY.matcher(t).matches()
        || CREDIT_WORDS.matcher(t).find()
        || DOMAIN.matcher(t).find();
  }

  /**
   * Key under which two paragraphs count as the same: NFC text, case-folded, apostrophes and spaces
   * unified.
   */
  static String normalizedKey(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Texts.isSpace(c)) {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.append(c == '’' || c == 'ʼ' ? '\'' : c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Words of two letters or more, and the share the French dictionary does not know. A word joined
   * by apostrophes or hyphens is known when it is known whole or when each of its parts of two
   * letters or more is (l'homme, porte-parole).
   */
  WordCount countWords(String s) {
    int words = 0;
    int unknown = 0;
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      String w = m.group();
      if (w.length() < 2) {
        continue;
      }
      words++;
      if (!isKnown(w)) {
        unknown++;
      }
    }
    return new WordCount(words, unknown);
  }

  private boolean isKnown(String w) {
    if (knownFrench.test(w)) {
      return true;
    }
    String[] parts = w.split("['’-]");
    if (parts.length == 1) {
      return false;
    }
    boolean any = false;
    for (String p : parts) {
      if (p.length() >= 2) {
        any = true;
        if (!knownFrench.test(p)) {
          return false;
        }
      }
    }
    return any;
  }

  /** Words counted in a paragraph and how many of them the French dictionary does not know. */
  record WordCount(int words, int unknown) {
    double unknownShare() {
      return words == 0 ? 0.0 : (double) unknown / words;
    }
  }

  private static int countLetters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** The stage's part of the signature. */
  public static Map<String, String> signature() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("paragraphs", "non-blank lines");
    params.put(
        "languageIdentification",
        "optimaize, profiles "
            + String.join(",", LanguageIdentifier.LANGUAGES)
            + "; foreign when p>=0.90 on paragraphs of 40+ letters and 5+ words, half of them or more"
            + " unknown to the French tagger");
    params.put(
        "duplicates", "paragraphs equal after case folding, apostrophe and space unification");
    return params;
  }

  /** The last {@code max} characters of {@code s} or fewer, from a space, after a "…" if cut. */
  static String tail(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int from = s.length() - max + 1;
    int space = s.indexOf(' ', from);
    from = space >= 0 && space < s.length() - 1 ? space + 1 : from;
    if (Character.isLowSurrogate(s.charAt(from))) {
      from++;
    }
    return "…" + s.substring(from);
  }

  static String abbreviate(String s) {
    return Texts.abbreviate(s, 118);
  }

  private record Guess(String language, double probability, int letters) {}
}
