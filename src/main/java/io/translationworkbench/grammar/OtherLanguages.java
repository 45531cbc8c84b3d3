package io.translationworkbench.grammar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Words that French does not know but English or German do: untranslated words left by a machine
 * translation, told apart from names.
 *
 * <p>Reads the morfologik part-of-speech dictionaries of {@code org.languagetool:english-pos-dict}
 * and {@code de.danielnaber:german-pos-dict} directly. Their language modules ({@code language-en},
 * {@code language-de}) are deliberately not on the classpath: with them, LanguageTool's French
 * speller accepts English words. Each dictionary is read once per process, on first use (about 1.5
 * MB of heap for both); lookups are thread-safe.
 */
final class OtherLanguages {
  static final String ENGLISH_DICT = "/org/languagetool/resource/en/english.dict";
  static final String GERMAN_DICT = "/org/languagetool/resource/de/german.dict";

  /** Words this short exist in too many languages (and as initials) to mean anything. */
  static final int MIN_LETTERS = 4;

  /** A German compound is split only when both parts are long enough to be words of their own. */
  static final int MIN_COMPOUND_LETTERS = 8;

  static final int MIN_COMPOUND_HEAD = 4;
  static final int MIN_COMPOUND_MODIFIER = 3;

  /** What a word unknown to the French speller most probably is. */
  public enum Verdict {
    /** LanguageTool's French dictionary knows it after all. */
    KNOWN_FRENCH,
    /** An English word, not a name: probably left untranslated. */
    UNTRANSLATED_ENGLISH,
    /** A German word (or compound of German words), not a name: probably left untranslated. */
    UNTRANSLATED_GERMAN,
    /** A name, brand, acronym, a word too short to tell, or a word no dictionary here knows. */
    NAME_OR_UNKNOWN;

    /** Whether this verdict says the word was left in another language. */
    public boolean untranslated() {
      return this == UNTRANSLATED_ENGLISH || this == UNTRANSLATED_GERMAN;
    }
  }

  /**
   * A verdict with the reason a reader can check.
   *
   * @param verdict what the word is
   * @param reason why, in a few words (the dictionary readings or the rule that decided)
   */
  public record Classification(Verdict verdict, String reason) {
    public Classification {
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(reason, "reason");
    }
  }

  private static final class English {
    static final Dictionary DICT = read(ENGLISH_DICT);
    static final ThreadLocal<DictionaryLookup> LOOKUP =
        ThreadLocal.withInitial(() -> new DictionaryLookup(DICT));
  }

  private static final class German {
    static final Dictionary DICT = read(GERMAN_DICT);
    static final ThreadLocal<DictionaryLookup> LOOKUP =
        ThreadLocal.withInitial(() -> new DictionaryLookup(DICT));
  }

  private OtherLanguages() {}

  private static Dictionary read(String resource) {
    URL url = OtherLanguages.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException(resource + " missing from the classpath");
    }
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Part-of-speech tags of {@code word} in the English dictionary, exact case. */
  static List<String> englishTags(String word) {
    return tags(English.LOOKUP.get(), word);
  }

  /** Part-of-speech tags of {@code word} in the German dictionary, exact case. */
  static List<String> germanTags(String word) {
    return tags(German.LOOKUP.get(), word);
  }

  private static List<String> tags(DictionaryLookup lookup, String word) {
    List<String> out = new ArrayList<>();
    for (WordData wd : lookup.lookup(word)) {
      CharSequence tag = wd.getTag();
      out.add(tag == null ? "" : tag.toString());
    }
    return out;
  }

  /**
   * Whether the English dictionary knows {@code word} as it is or in lower case (English
   * capitalises only names and sentence starts), names included.
   */
  public static boolean isEnglishWord(String word) {
    return !englishTags(word).isEmpty() || !englishTags(lower(word)).isEmpty();
  }

  /**
   * Whether the German dictionary knows {@code word} in its exact case (German nouns are
   * capitalised, so "Frust" is German and "frust" is not) or, for a capitalised word, in lower case
   * (a verb or adjective starting a sentence), names included.
   */
  public static boolean isGermanWord(String word) {
    if (!germanTags(word).isEmpty()) {
      return true;
    }
    String lower = lower(word);
    return !lower.equals(word) && !germanTags(lower).isEmpty();
  }

  /**
   * What a word that the French speller flagged most probably is. Conservative: a name kept in a
   * translation is normal, so anything that may be a name is {@link Verdict#NAME_OR_UNKNOWN}.
   *
   * <p>In order: not a plain word (digits, {@code #}, {@code _}), fewer than {@value MIN_LETTERS}
   * letters, all capitals (acronym), inner capitals (TikTok, iPhone), or attested in the other text
   * of the pair: name or unknown. Known to the French tagger: French. A German proper-noun reading
   * (EIG: Berlin, Paul, Essen): name. A German common reading: German, even when English has it as
   * a name (Handy). An English proper-noun reading (NNP: Apple): name. Any other English reading
   * (exact or in lower case): English. A capitalised German compound whose last part is a German
   * common noun (Tabellen+keller, Hin+serie): German. Otherwise unknown.
   *
   * @param word one token, as the text has it
   * @param attestedLowerCase lower-cased words of the other text of the pair (names and terms the
   *     human translator kept); may be empty
   */
  public static Classification classify(String word, Set<String> attestedLowerCase) {
    String w = word.strip().replace('’', '\'');
    if (w.isEmpty() || !isPlainWord(w)) {
      return name("not a plain word");
    }
    int letters = (int) w.chars().filter(Character::isLetter).count();
    if (letters < MIN_LETTERS) {
      return name("fewer than " + MIN_LETTERS + " letters");
    }
    if (w.equals(w.toUpperCase(Locale.ROOT))) {
      return name("all capitals: an acronym");
    }
    if (hasInnerCapital(w)) {
      return name("capital inside the word: a brand or a name");
    }
    if (attestedLowerCase.contains(lower(w))) {
      return name("attested in the other text of the pair");
    }
    if (FrenchWords.isKnownFrench(w)) {
      return new Classification(Verdict.KNOWN_FRENCH, "known to the French tagger");
    }
    Classification whole = byDictionaries(w);
    if (whole != null) {
      return whole;
    }
    if (w.indexOf('-') > 0) {
      return byParts(w);
    }
    Classification compound = germanCompound(w);
    return compound != null ? compound : name("no dictionary here knows it");
  }

  private static Classification byDictionaries(String w) {
    List<String> de = germanTags(w);
    if (de.stream().anyMatch(t -> t.startsWith("EIG"))) {
      return name("German proper noun (" + de.get(0) + ")");
    }
    if (!de.isEmpty()) {
      return new Classification(Verdict.UNTRANSLATED_GERMAN, "German " + de.get(0));
    }
    List<String> en = englishTags(w);
    if (en.stream().anyMatch(t -> t.startsWith("NNP"))) {
      return name("English proper noun (" + en.get(0) + ")");
    }
    if (!en.isEmpty()) {
      return new Classification(Verdict.UNTRANSLATED_ENGLISH, "English " + en.get(0));
    }
    String lower = lower(w);
    if (!lower.equals(w)) {
      List<String> deLower = germanTags(lower);
      if (!deLower.isEmpty()) {
        return new Classification(Verdict.UNTRANSLATED_GERMAN, "German " + deLower.get(0));
      }
      List<String> enLower = englishTags(lower);
      if (!enLower.isEmpty()) {
        return new Classification(Verdict.UNTRANSLATED_ENGLISH, "English " + enLower.get(0));
      }
    }
    return null;
  }

  /**
   * A hyphenated word no dictionary knows whole: German (or English) when every part that French
   * does not know is, and none is a name.
   */
  private static Classification byParts(String w) {
    Verdict found = null;
    for (String part : w.split("-")) {
      if (part.length() < MIN_LETTERS || FrenchWords.isKnownFrench(part)) {
        continue;
      }
      Classification c = byDictionaries(part);
      if (c == null) {
        c = germanCompound(part);
      }
      if (c == null || c.verdict() == Verdict.NAME_OR_UNKNOWN) {
        return name("part \"" + part + "\" is a name or unknown");
      }
      if (found != null && found != c.verdict()) {
        return name("parts from different languages");
      }
      found = c.verdict();
    }
    return found == null
        ? name("no part is foreign")
        : new Classification(found, "every foreign part of the hyphenated word is");
  }

  /**
   * A capitalised word split as modifier + head where the head, capitalised, is a German common
   * noun (it may also be a surname: Keller) and the modifier a German word other than a name: the
   * way German builds nouns that no dictionary lists. The longest head wins.
   */
  private static Classification germanCompound(String w) {
    if (w.length() < MIN_COMPOUND_LETTERS || !Character.isUpperCase(w.charAt(0))) {
      return null;
    }
    for (int i = MIN_COMPOUND_MODIFIER; i <= w.length() - MIN_COMPOUND_HEAD; i++) {
      String head = Character.toUpperCase(w.charAt(i)) + w.substring(i + 1);
      List<String> headTags = germanTags(head);
      String noun = headTags.stream().filter(t -> t.startsWith("SUB")).findFirst().orElse(null);
      if (noun == null) {
        continue;
      }
      String modifier = w.substring(0, i);
      if (isGermanModifier(modifier)) {
        return new Classification(
            Verdict.UNTRANSLATED_GERMAN,
            "German compound " + modifier + "+" + w.substring(i) + " (" + noun + ")");
      }
    }
    return null;
  }

  /** A German word, or one followed by a linking element (Arbeit-s-, Tabelle-n-). */
  private static boolean isGermanModifier(String m) {
    if (isGermanNonName(m)) {
      return true;
    }
    for (String link : List.of("s", "es", "n", "en", "er", "e")) {
      if (m.endsWith(link) && m.length() - link.length() >= MIN_COMPOUND_MODIFIER) {
        if (isGermanNonName(m.substring(0, m.length() - link.length()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isGermanNonName(String m) {
    List<String> t = new ArrayList<>(germanTags(m));
    t.addAll(germanTags(lower(m)));
    return !t.isEmpty() && t.stream().noneMatch(x -> x.startsWith("EIG"));
  }

  private static boolean isPlainWord(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && !((c == '-' || c == '\'') && i > 0 && i < w.length() - 1)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasInnerCapital(String w) {
    for (int i = 1; i < w.length(); i++) {
      char prev = w.charAt(i - 1);
      if (Character.isUpperCase(w.charAt(i)) && prev != '-' && prev != '\'') {
        return true;
      }
    }
    return false;
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }

  private static Classification name(String reason) {
    return new Classification(Verdict.NAME_OR_UNKNOWN, reason);
  }
}
