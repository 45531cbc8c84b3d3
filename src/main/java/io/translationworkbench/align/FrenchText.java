package io.translationworkbench.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalisation, tokens, stop words and a light stemmer for French, shared by the aligner and the
 * fact finder.
 */
final class FrenchText {
  private FrenchText() {}

  /** A word or number token with its UTF-16 offsets in the sentence. */
  record Token(String text, int start, int end, boolean initial) {
    boolean isNumber() {
      return Character.isDigit(text.charAt(0));
    }

    boolean isCapitalised() {
      return Character.isUpperCase(text.charAt(0));
    }
  }

  // Function words, auxiliaries and discourse markers: they carry no information about which fact a
  // sentence states.
  static final Set<String> STOP_WORDS =
      Set.copyOf(
          List.of(
              "a",
              "à",
              "afin",
              "ai",
              "aie",
              "ainsi",
              "alors",
              "au",
              "aucun",
              "aucune",
              "aupres",
              "auprès",
              "aussi",
              "autre",
              "autres",
              "aux",
              "avait",
              "avaient",
              "avant",
              "avec",
              "avoir",
              "avons",
              "c",
              "ça",
              "car",
              "ce",
              "ceci",
              "cela",
              "celle",
              "celles",
              "celui",
              "ces",
              "cet",
              "cette",
              "ceux",
              "chaque",
              "ci",
              "comme",
              "comment",
              "d",
              "dans",
              "de",
              "déjà",
              "depuis",
              "des",
              "donc",
              "dont",
              "du",
              "elle",
              "elles",
              "en",
              "encore",
              "entre",
              "est",
              "et",
              "étaient",
              "était",
              "été",
              "être",
              "eu",
              "eux",
              "fait",
              "faite",
              "il",
              "ils",
              "j",
              "je",
              "jusqu",
              "l",
              "la",
              "le",
              "les",
              "leur",
              "leurs",
              "lui",
              "m",
              "ma",
              "mais",
              "me",
              "même",
              "mes",
              "moi",
              "mon",
              "n",
              "ne",
              "ni",
              "nos",
              "notre",
              "nous",
              "on",
              "ont",
              "ou",
              "où",
              "par",
              "parce",
              "pas",
              "peu",
              "peut",
              "peuvent",
              "plus",
              "pour",
              "pourquoi",
              "qu",
              "quand",
              "que",
              "quel",
              "quelle",
              "quelles",
              "quels",
              "qui",
              "s",
              "sa",
              "sans",
              "se",
              "selon",
              "ses",
              "si",
              "son",
              "sont",
              "sous",
              "sur",
              "t",
              "ta",
              "te",
              "tes",
              "toi",
              "ton",
              "tous",
              "tout",
              "toute",
              "toutes",
              "très",
              "tu",
              "un",
              "une",
              "vers",
              "voici",
              "voilà",
              "vos",
              "votre",
              "vous",
              "y",
              "a-t-il",
              "ayant",
              "été",
              "sera",
              "seront",
              "serait",
              "seraient",
              "fut",
              "sont",
              "soit",
              "dont",
              "lorsque",
              "puis",
              "tandis",
              "ici",
              "là",
              "non",
              "oui",
              "cependant",
              "toutefois",
              "également",
              "ainsi",
              "part"));

  /**
   * Normalisation before character n-grams: lower case (Locale.ROOT), typographic apostrophes
   * unified, no-break spaces made plain spaces; accents are kept because they distinguish French
   * words ("a" / "à").
   */
  static String normalise(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      sb.append(
          switch (c) {
            case '\u2019', '\u2018', '\u02bc', '\u0060', '\u00b4', '\u2032' -> '\'';
            case '\u00a0', '\u202f', '\u2007', '\u2009' -> ' ';
            default -> c;
          });
    }
    return sb.toString();
  }

  /**
   * Lower case without diacritics: the comparison key for words and names ("États" and "Etats"
   * agree).
   */
  static String fold(String word) {
    return io.translationworkbench.Texts.fold(word);
  }

  /**
   * Words (runs of letters) and numbers (digits with inner "," or "." between digits, as "1,5");
   * apostrophes and hyphens separate words, so elided articles ("l'", "d'") become their own
   * stop-word tokens.
   */
  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    boolean first = true;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        int j = i + 1;
        while (j < n
            && (Character.isDigit(text.charAt(j))
                || ((text.charAt(j) == ',' || text.charAt(j) == '.')
                    && j + 1 < n
                    && Character.isDigit(text.charAt(j + 1))))) {
          j++;
        }
        out.add(new Token(text.substring(i, j), i, j, first));
        first = false;
        i = j;
      } else if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < n
            && (Character.isLetter(text.charAt(j))
                || Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK)) {
          j++;
        }
        out.add(new Token(text.substring(i, j), i, j, first));
        first = false;
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  private static final String[] SUFFIXES = {
    "issements",
    "issement",
    "ements",
    "ement",
    "ations",
    "ation",
    "aient",
    "antes",
    "ante",
    "ants",
    "ant",
    "ait",
    "ais",
    "ees",
    "ee",
    "es",
    "er",
    "ez",
    "re",
    "ent",
    "ue",
    "ues",
    "us",
    "e",
    "s",
    "u"
  };

  /**
   * Light stemming: fold, strip the longest of a few inflectional suffixes (keeping at least four
   * letters), then keep a prefix of five letters, so "vendre", "vende" and "vendu" agree and
   * "américaines" meets "américain".
   */
  static String stem(String word) {
    String w = fold(word);
    for (String suffix : SUFFIXES) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
        w = w.substring(0, w.length() - suffix.length());
        break;
      }
    }
    return w.length() > 5 ? w.substring(0, 5) : w;
  }

  static boolean isStopWord(String word) {
    return STOP_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  static final List<String> MONTHS =
      List.of(
          "janvier",
          "fevrier",
          "mars",
          "avril",
          "mai",
          "juin",
          "juillet",
          "aout",
          "septembre",
          "octobre",
          "novembre",
          "decembre");

  static final List<String> WEEKDAYS =
      List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

  /** Month number 1–12 for a French month name (any case, with or without accents), or 0. */
  static int month(String word) {
    return MONTHS.indexOf(fold(word)) + 1;
  }

  /** Day of week 1 (lundi) – 7 (dimanche), or 0. */
  static int weekday(String word) {
    return WEEKDAYS.indexOf(fold(word)) + 1;
  }

  /**
   * Whether a token counts as a name: capitalised, not a stop word, month or weekday; at the start
   * of a sentence only when it is an acronym, has an inner capital ("TikTok") or is in {@code
   * knownNames} (folded keys).
   */
  static boolean isName(Token t, Set<String> knownNames) {
    if (t.isNumber() || !t.isCapitalised() || t.text().length() < 2) {
      return false;
    }
    String folded = fold(t.text());
    if (isStopWord(folded)
        || STOP_WORDS.contains(t.text().toLowerCase(Locale.ROOT))
        || month(folded) > 0
        || weekday(folded) > 0) {
      return false;
    }
    if (!t.initial()) {
      return true;
    }
    return hasInnerCapital(t.text()) || knownNames.contains(folded);
  }

  static boolean hasInnerCapital(String word) {
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
