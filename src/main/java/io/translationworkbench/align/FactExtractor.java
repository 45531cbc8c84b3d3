package io.translationworkbench.align;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers, dates, amounts and names in a French sentence, each with its UTF-16 span in the
 * sentence text.
 *
 * <p>Patterns are tried from the most specific (dates, amounts) to the least (bare numbers, names);
 * a character belongs to at most one fact, so "15 septembre" is a date, not also the number 15.
 */
public final class FactExtractor {
  private static final String MONTH =
      "(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)";
  private static final String WEEKDAY = "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
  // French grouping: space, no-break space or dot before three digits; comma for decimals (a dot
  // otherwise too)
  private static final String NUM =
      "(\\d{1,3}(?:[ \u00a0\u202f.]\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)";
  private static final String WORD_NUM = "(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)";
  private static final String SCALE = "(milliards?|millions?|mille|mds?|md)";
  private static final String B = "(?<![\\p{L}\\p{N}])"; // word start
  private static final String E = "(?![\\p{L}\\p{N}])"; // word end
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern DAY_MONTH =
      Pattern.compile(
          B + "(?:" + WEEKDAY + ",?\\s+)?(\\d{1,2}|1er)\\s+" + MONTH + "(?:\\s+(\\d{4}))?" + E,
          FLAGS);
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          B + "(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?" + E,
          FLAGS);
  private static final Pattern MONTH_YEAR =
      Pattern.compile(B + MONTH + "(?:\\s+(\\d{4}))?" + E, FLAGS);
  private static final Pattern WEEKDAY_REL =
      Pattern.compile(B + WEEKDAY + "(?:\\s+(prochain|dernier))?" + E, FLAGS);
  private static final Pattern RELATIVE =
      Pattern.compile(
          B
              + "(?:(?:le|la|l['’])\\s*)?(mois|semaine|ann[ée]e|an)\\s+(derni[eè]re?|prochaine?|pass[ée]e?)"
              + E
              + "|"
              + B
              + "(hier|aujourd['’]hui|demain|avant-hier|apr[eè]s-demain)"
              + E,
          FLAGS);
  private static final Pattern YEAR =
      Pattern.compile(
          B
              + "(?:en|depuis|d[eè]s|avant|apr[eè]s|fin|d[ée]but|mi-|l['’]an|ann[ée]e)\\s*((?:19|20)\\d{2})"
              + E,
          FLAGS);
  private static final Pattern PERCENT =
      Pattern.compile(B + NUM + "(?:\\s*" + SCALE + ")?\\s*(%|pour\\s*cent|pourcents?)" + E, FLAGS);
  // "livres" and number words alone are left out: "deux livres" are books, not pounds
  private static final Pattern CURRENCY_AFTER =
      Pattern.compile(
          B
              + "(?:"
              + NUM
              + "(?:\\s*"
              + SCALE
              + ")?|"
              + WORD_NUM
              + "\\s+"
              + SCALE
              + ")\\s*(?:de\\s+|d['’])?"
              + "(€|\\$|£|euros?|dollars?|francs?|yuans?|yens?|usd|eur)"
              + E,
          FLAGS);
  private static final Pattern CURRENCY_BEFORE =
      Pattern.compile(B + "(€|\\$|£|USD|EUR)\\s?" + NUM + "(?:\\s*" + SCALE + E + ")?", FLAGS);
  private static final Pattern SCALED_WORD =
      Pattern.compile(B + WORD_NUM + "\\s+" + SCALE + E, FLAGS);
  private static final Pattern NUMBER =
      Pattern.compile(B + NUM + "(?:\\s*" + SCALE + E + ")?", FLAGS);

  private static final List<String> WORD_VALUES =
      List.of(
          "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix");

  private final Set<String> knownNames;

  /**
   * An extractor that treats a capitalised first word as a name only if it is an acronym or has an
   * inner capital.
   */
  public FactExtractor() {
    this(Set.of());
  }

  private FactExtractor(Set<String> knownNames) {
    this.knownNames = Set.copyOf(knownNames);
  }

  /**
   * An extractor that also knows the names written capitalised inside a sentence anywhere in {@code
   * texts}, so that "Pékin est ..." at a sentence start is still a name when "Pékin" occurs
   * elsewhere.
   */
  public static FactExtractor forTexts(Collection<String> texts) {
    Set<String> names = new HashSet<>();
    for (String text : texts) {
      for (FrenchText.Token t : FrenchText.tokens(text)) {
        if (!t.initial() && FrenchText.isName(t, Set.of())) {
          names.add(FrenchText.fold(t.text()));
        }
      }
    }
    return new FactExtractor(names);
  }

  /** The facts of one sentence, in text order. */
  public List<Fact> extract(AlignUnit sentence) {
    String text = sentence.text();
    boolean[] claimed = new boolean[text.length()];
    List<Fact> facts = new ArrayList<>();
    Extraction x = new Extraction(sentence.id(), text, claimed, facts);
    x.find(DAY_MONTH, FactKind.DATE, m -> dayMonthKey(m.group(3), m.group(2), m.group(4)));
    x.find(MONTH_DAY, FactKind.DATE, m -> dayMonthKey(m.group(2), m.group(3), m.group(4)));
    x.find(WEEKDAY_REL, FactKind.DATE, m -> weekdayKey(m.group(1), m.group(2)));
    x.find(RELATIVE, FactKind.DATE, FactExtractor::relativeKey);
    x.find(YEAR, FactKind.DATE, m -> "date:" + m.group(1), 1);
    x.find(MONTH_YEAR, FactKind.DATE, m -> monthKey(m.group(1), m.group(2)));
    x.find(PERCENT, FactKind.AMOUNT, m -> "amount:pct:" + value(m.group(1), m.group(2)));
    x.find(CURRENCY_AFTER, FactKind.AMOUNT, FactExtractor::currencyAfterKey);
    x.find(
        CURRENCY_BEFORE,
        FactKind.AMOUNT,
        m -> "amount:" + currency(m.group(1)) + ":" + value(m.group(2), m.group(3)));
    x.find(SCALED_WORD, FactKind.NUMBER, m -> "num:" + wordValue(m.group(1), m.group(2)));
    x.find(NUMBER, FactKind.NUMBER, m -> "num:" + value(m.group(1), m.group(2)));
    findNames(x);
    facts.sort(Comparator.comparingInt(Fact::start));
    return List.copyOf(facts);
  }

  /** Matching state of one sentence: which characters already belong to a fact. */
  private record Extraction(String id, String text, boolean[] claimed, List<Fact> facts) {
    void find(Pattern pattern, FactKind kind, Function<Matcher, String> key) {
      find(pattern, kind, key, 0);
    }

    /** Adds each match (or its {@code group}) that overlaps no earlier fact. */
    void find(Pattern pattern, FactKind kind, Function<Matcher, String> key, int group) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        int start = m.start(group);
        int end = m.end(group);
        if (end > start && isFree(start, end)) {
          add(kind, start, end, key.apply(m));
        }
      }
    }

    boolean isFree(int start, int end) {
      for (int i = start; i < end; i++) {
        if (claimed[i]) {
          return false;
        }
      }
      return true;
    }

    void add(FactKind kind, int start, int end, String key) {
      for (int i = start; i < end; i++) {
        claimed[i] = true;
      }
      facts.add(new Fact(id, kind, text.substring(start, end), key, start, end));
    }
  }

  /**
   * End of the dateline at the start of a sentence ("JAKARTA - Pékin s’oppose…", "BRUXELLES (Belga)
   * - …"), or 0: an upper-case place, maybe an agency in parentheses, then a dash. It says where
   * the story was filed, not a fact the other article should repeat, so no name inside it is a
   * fact.
   */
  static int datelineEnd(String text) {
    java.util.regex.Matcher m = DATELINE.matcher(text);
    return m.lookingAt() ? m.end() : 0;
  }

  private static final java.util.regex.Pattern DATELINE =
      java.util.regex.Pattern.compile(
          "\\p{Lu}[\\p{Lu}'’ -]{2,40}?\\s*(\\([^)]{1,30}\\)\\s*)?[-–—]\\s");

  /**
   * Runs of name tokens joined by a space or a hyphen ("Donald Trump", "États-Unis") make one name.
   */
  private void findNames(Extraction x) {
    List<FrenchText.Token> tokens = FrenchText.tokens(x.text());
    int dateline = datelineEnd(x.text());
    int i = 0;
    while (i < tokens.size()) {
      FrenchText.Token t = tokens.get(i);
      if (!FrenchText.isName(t, knownNames) || !x.isFree(t.start(), t.end())) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size()) {
        FrenchText.Token next = tokens.get(j + 1);
        String gap = x.text().substring(tokens.get(j).end(), next.start());
        if (!(gap.equals(" ") || gap.equals("-") || gap.equals("\u00a0"))
            || !FrenchText.isName(next, knownNames)
            || !x.isFree(next.start(), next.end())) {
          break;
        }
        j++;
      }
      int start = t.start();
      int end = tokens.get(j).end();
      if (start < dateline) {
        i = j + 1;
        continue;
      }
      String key = FrenchText.fold(x.text().substring(start, end)).replaceAll("\\s+", " ");
      x.add(FactKind.NAME, start, end, "name:" + key);
      i = j + 1;
    }
  }

  private static String dayMonthKey(String month, String day, String year) {
    int d = day.toLowerCase(Locale.ROOT).equals("1er") ? 1 : Integer.parseInt(day);
    String key = String.format(Locale.ROOT, "date:%02d-%02d", FrenchText.month(month), d);
    return year == null ? key : key + "-" + year;
  }

  private static String monthKey(String month, String year) {
    String key = String.format(Locale.ROOT, "date:%02d", FrenchText.month(month));
    return year == null ? key : key + "-" + year;
  }

  private static String weekdayKey(String weekday, String relative) {
    String key = "date:weekday:" + FrenchText.weekday(weekday);
    if (relative == null) {
      return key;
    }
    return key + (FrenchText.fold(relative).startsWith("prochain") ? "+next" : "-last");
  }

  private static String relativeKey(Matcher m) {
    if (m.group(3) != null) {
      return "date:rel:" + FrenchText.fold(m.group(3)).replace('’', '\'');
    }
    String unit = FrenchText.fold(m.group(1));
    unit = unit.equals("annee") ? "an" : unit;
    String direction = FrenchText.fold(m.group(2)).startsWith("prochain") ? "+1" : "-1";
    return "date:rel:" + unit + direction;
  }

  private static String currencyAfterKey(Matcher m) {
    String number =
        m.group(1) != null ? value(m.group(1), m.group(2)) : wordValue(m.group(3), m.group(4));
    return "amount:" + currency(m.group(5)) + ":" + number;
  }

  private static String currency(String symbol) {
    String s = FrenchText.fold(symbol);
    if (s.equals("€") || s.startsWith("euro") || s.equals("eur")) {
      return "EUR";
    }
    if (s.equals("$") || s.startsWith("dollar") || s.equals("usd")) {
      return "USD";
    }
    if (s.equals("£") || s.startsWith("livre")) {
      return "GBP";
    }
    if (s.startsWith("yuan")) {
      return "CNY";
    }
    if (s.startsWith("yen")) {
      return "JPY";
    }
    return s.toUpperCase(Locale.ROOT);
  }

  /**
   * The plain decimal value of a French-written number with an optional scale word ("1,5
   * milliard").
   */
  static String value(String number, String scale) {
    String digits = number.replaceAll("[ \u00a0\u202f]", "");
    if (digits.matches("\\d{1,3}(\\.\\d{3})+")) {
      digits = digits.replace(".", "");
    }
    digits = digits.replace(',', '.');
    if (digits.indexOf('.') != digits.lastIndexOf('.')) {
      digits = digits.replace(".", "");
    }
    return new BigDecimal(digits).multiply(scale(scale)).stripTrailingZeros().toPlainString();
  }

  private static String wordValue(String word, String scale) {
    String w = word.toLowerCase(Locale.ROOT);
    return new BigDecimal(w.equals("une") ? 1 : WORD_VALUES.indexOf(w))
        .multiply(scale(scale))
        .stripTrailingZeros()
        .toPlainString();
  }

  private static BigDecimal scale(String scale) {
    if (scale == null) {
      return BigDecimal.ONE;
    }
    String s = scale.toLowerCase(Locale.ROOT);
    if (s.startsWith("milliard") || s.startsWith("md")) {
      return BigDecimal.TEN.pow(9);
    }
    if (s.startsWith("million")) {
      return BigDecimal.TEN.pow(6);
    }
    return BigDecimal.TEN.pow(3);
  }
}
