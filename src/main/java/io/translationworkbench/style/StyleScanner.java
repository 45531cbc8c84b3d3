package io.translationworkbench.style;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every occurrence of every convention in a text, following or breaking it. Inference counts
 * them in the human text and the checker reports the breaking ones in the machine text, so both
 * sides see exactly the same evidence (a human text's own findings are its real slips).
 */
final class StyleScanner {
  private StyleScanner() {}

  /** Stands for the space in a suggestion template; the house style chooses which space. */
  static final char SP = '\u0000';

  /**
   * One occurrence.
   *
   * @param follows whether it follows the convention
   * @param variant its form ("nbsp", "none", "straight", "comma"…)
   * @param template for a breaking occurrence, the covered text corrected, with {@link #SP} where
   *     the space goes; null for a following one
   * @param problem for a breaking occurrence, what is wrong ("no space before ':'")
   */
  record Occurrence(
      Convention convention,
      boolean follows,
      String variant,
      int start,
      int end,
      String template,
      String problem) {}

  // Text that is not prose: URLs, e-mail and domain names, code, HTML entities, emoticons. Colons,
  // dots and quotes in them are no evidence of anything.
  private static final Pattern PROTECTED =
      Pattern.compile(
          "(?i)(?:https?|ftp)://\\S+|\\bwww\\.\\S+"
              + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
              + "|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|fr|de|be|ch|at|eu|io|uk|info|gov|edu)"
              + "\\b(?:/\\S*)?"
              + "|`[^`\\n]*`"
              + "|&#?\\w+;"
              + "|(?<!\\S)[:;=]['-]?[()\\[\\]DPpOo/\\\\|*3](?![\\p{L}\\d])");

  /** A number grouped with spaces (1 000, 12 345 678), with its decimals if any. */
  private static final Pattern SPACED_NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\d.,])(\\d{1,3}(?:[ \\u00A0\\u202F\\u2009]\\d{3})+)(?:([.,])(\\d+))?(?!\\d)");

  /** Any other number: digits, and digits separated by '.' or ','. */
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\p{L}\\d.,_/])\\d+(?:[.,]\\d+)*(?!\\d)");

  /**
   * A unit after a number. Longer units first; a unit must not run on into a word (3 mars, 3
   * millions, 12h30 are not units).
   */
  private static final Pattern UNIT =
      Pattern.compile(
          "(?<=\\d)([ \\u00A0\\u202F\\u2009]?)(km/h|km²|m²|m³|°C|°F|kWh|kW|MW|GW|CHF|min|mm|cm|km|kg"
              + "|mg|ml|cl|ha|Go|Mo|Ko|GB|MB|%|‰|€|\\$|£|h|m|g|t|s|l|L|W|V)(?![\\p{L}\\d'’²³/])");

  private static final Pattern VERSION_WORD =
      Pattern.compile("(?i)version|v|§|art\\.|article|chapitre|section|point|n°|no");

  private static final Pattern SHORT_DATE_BEFORE =
      Pattern.compile("(?i)(?:\\ble|\\bdu|\\bau|\\bdès|depuis|jusqu['’]au) $");

  private static final Pattern TIME_AFTER = Pattern.compile("^ ?(?:h\\b|heures?\\b|Uhr\\b)");

  /** All occurrences in {@code text}, by position. */
  static List<Occurrence> scan(String text) {
    boolean[] prot = new boolean[text.length()];
    Matcher pm = PROTECTED.matcher(text);
    while (pm.find()) {
      for (int i = pm.start(); i < pm.end(); i++) {
        prot[i] = true;
      }
    }
    List<Occurrence> out = new ArrayList<>();
    highPunctuation(text, prot, out);
    quotes(text, prot, out);
    guillemetSpace(text, prot, out);
    numbers(text, prot, out);
    units(text, prot, out);
    apostrophes(text, prot, out);
    out.sort(
        Comparator.comparingInt(Occurrence::start)
            .thenComparing(Occurrence::convention)
            .thenComparingInt(Occurrence::end));
    return out;
  }

  private static void highPunctuation(String t, boolean[] prot, List<Occurrence> out) {
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if (":;?!".indexOf(c) < 0 || prot[i]) {
        continue;
      }
      char prev = t.charAt(i - 1);
      // only the first mark of a run counts ("?!", "!!!", "...?"); "(!)" is an aside, not a clause
      if ("?!:;.…([{".indexOf(prev) >= 0) {
        continue;
      }
      char next = i + 1 < t.length() ? t.charAt(i + 1) : '\n';
      // a mark glued to what follows is not prose punctuation: 12:30, 2:1, URLs, C:\, ?id=3, :-)
      String closers = c == ':' || c == ';' ? "»”\"" : "»”\"')]}?!.…,;:";
      if (!isWs(next) && closers.indexOf(next) < 0) {
        continue;
      }
      if (isWs(prev)) {
        String v = Spaces.name(prev);
        int j = i - 1;
        while (j > 0 && Spaces.isSpace(t.charAt(j - 1))) {
          j--;
        }
        if (v == null || j == 0 || t.charAt(j - 1) == '\n' || t.charAt(j - 1) == '\r') {
          continue; // a mark at the start of a line is no evidence
        }
        out.add(follow(Convention.HIGH_PUNCTUATION_SPACE, v, i, i + 1));
      } else {
        int s = wordStart(t, i, '\0');
        out.add(
            new Occurrence(
                Convention.HIGH_PUNCTUATION_SPACE,
                false,
                "none",
                s,
                i + 1,
                t.substring(s, i) + SP + c,
                "no space before '" + c + "'"));
      }
    }
  }

  private static void quotes(String t, boolean[] prot, List<Occurrence> out) {
    int depth = 0;
    boolean[] consumed = new boolean[t.length()];
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n') {
        depth = 0;
        continue;
      }
      if (prot[i] || consumed[i]) {
        continue;
      }
      if (c == '«') {
        depth++;
        out.add(follow(Convention.GUILLEMETS, "guillemets", i, i + 1));
        continue;
      }
      if (c == '»') {
        depth = Math.max(0, depth - 1);
        continue;
      }
      if (c != '"' && c != '“' && c != '„') {
        continue;
      }
      if (c == '"' && (i > 0 && Character.isDigit(t.charAt(i - 1)) || !opensQuote(t, i))) {
        continue; // 12" (inches), or a closing or stray straight quote
      }
      String closers = c == '"' ? "\"" : c == '“' ? "”“" : "“”\"";
      int close = -1;
      for (int j = i + 1; j < t.length() && t.charAt(j) != '\n'; j++) {
        if (closers.indexOf(t.charAt(j)) >= 0 && !prot[j]) {
          close = j;
          break;
        }
      }
      if (close >= 0) {
        consumed[close] = true;
      }
      if (depth > 0) {
        continue; // “…” or "…" inside « » is the French inner quotation
      }
      String variant = c == '"' ? "straight" : c == '„' ? "low" : "curly";
      if (close >= 0) {
        String inner = t.substring(i + 1, close).strip();
        out.add(
            new Occurrence(
                Convention.GUILLEMETS,
                false,
                variant,
                i,
                close + 1,
                "«" + SP + inner + SP + "»",
                "quotation marks " + c + "…" + t.charAt(close) + " rather than « »"));
      } else {
        out.add(
            new Occurrence(
                Convention.GUILLEMETS,
                false,
                variant,
                i,
                i + 1,
                "«" + SP,
                "quotation mark " + c + " rather than «"));
      }
    }
  }

  private static boolean opensQuote(String t, int i) {
    boolean before = i == 0 || isWs(t.charAt(i - 1)) || "([{-—–/".indexOf(t.charAt(i - 1)) >= 0;
    boolean after = i + 1 < t.length() && !isWs(t.charAt(i + 1));
    return before && after;
  }

  private static void guillemetSpace(String t, boolean[] prot, List<Occurrence> out) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (prot[i] || (c != '«' && c != '»')) {
        continue;
      }
      if (c == '«') {
        if (i + 1 >= t.length()) {
          continue;
        }
        char next = t.charAt(i + 1);
        if (Spaces.isSpace(next)) {
          out.add(follow(Convention.GUILLEMET_SPACE, Spaces.name(next), i, i + 1));
        } else if (!isWs(next)) {
          int e = i + 1;
          while (e < t.length() && e - i <= 40 && !isWs(t.charAt(e)) && t.charAt(e) != '»') {
            e++;
          }
          out.add(
              new Occurrence(
                  Convention.GUILLEMET_SPACE,
                  false,
                  "none",
                  i,
                  e,
                  "«" + SP + t.substring(i + 1, e),
                  "no space after «"));
        }
      } else {
        if (i == 0) {
          continue;
        }
        char prev = t.charAt(i - 1);
        if (Spaces.isSpace(prev)) {
          out.add(follow(Convention.GUILLEMET_SPACE, Spaces.name(prev), i, i + 1));
        } else if (!isWs(prev)) {
          int s = wordStart(t, i, '«');
          out.add(
              new Occurrence(
                  Convention.GUILLEMET_SPACE,
                  false,
                  "none",
                  s,
                  i + 1,
                  t.substring(s, i) + SP + "»",
                  "no space before »"));
        }
      }
    }
  }

  private static void numbers(String t, boolean[] prot, List<Occurrence> out) {
    boolean[] done = new boolean[t.length()];
    Matcher m = SPACED_NUMBER.matcher(t);
    while (m.find()) {
      if (anyProtected(prot, m.start(), m.end())) {
        continue;
      }
      for (int i = m.start(); i < m.end(); i++) {
        done[i] = true;
      }
      String integer = m.group(1);
      out.add(
          follow(
              Convention.THOUSANDS_SPACE,
              Spaces.name(spaceIn(integer)),
              m.start(),
              m.start() + integer.length()));
      if (m.group(2) != null) {
        decimal(t, out, m.start(), m.end(), integer, m.group(2).charAt(0), m.group(3));
      }
    }
    m = NUMBER.matcher(t);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      if (done[s] || anyProtected(prot, s, e)) {
        continue;
      }
      String tok = m.group();
      List<String> groups = new ArrayList<>();
      List<Character> seps = new ArrayList<>();
      int g = 0;
      for (int i = 0; i < tok.length(); i++) {
        char c = tok.charAt(i);
        if (c == '.' || c == ',') {
          groups.add(tok.substring(g, i));
          seps.add(c);
          g = i + 1;
        }
      }
      groups.add(tok.substring(g));
      int k = seps.size();
      if (k == 0) {
        if (tok.length() >= 5 && tok.length() <= 9 && tok.charAt(0) != '0' && !codeLike(t, s, e)) {
          out.add(
              new Occurrence(
                  Convention.THOUSANDS_SPACE,
                  false,
                  "none",
                  s,
                  e,
                  grouped(tok),
                  "digits of " + tok + " not grouped by thousands"));
        }
        continue;
      }
      boolean same = seps.stream().distinct().count() == 1;
      boolean thousandsGroups = groups.get(0).length() <= 3;
      for (int i = 1; i < groups.size(); i++) {
        thousandsGroups &= groups.get(i).length() == 3;
      }
      if (same && seps.get(0) == '.' && k >= 3 && groups.stream().allMatch(x -> x.length() <= 3)) {
        continue; // an IP address
      }
      if (same && thousandsGroups) {
        // 1,000 or 1.000: three digits after the separator mean thousands, not decimals
        out.add(
            new Occurrence(
                Convention.THOUSANDS_SPACE,
                false,
                seps.get(0) == '.' ? "dot" : "comma",
                s,
                e,
                String.join(String.valueOf(SP), groups),
                "thousands separated by '" + seps.get(0) + "' in " + tok));
        continue;
      }
      if (k == 1) {
        decimal(t, out, s, e, groups.get(0), seps.get(0), groups.get(1));
        continue;
      }
      // 1,234.5 or 1.234,5: thousands, then decimals after the other separator
      char last = seps.get(k - 1);
      boolean mixed =
          seps.subList(0, k - 1).stream().allMatch(x -> x == seps.get(0)) && last != seps.get(0);
      boolean middle = groups.get(0).length() <= 3;
      for (int i = 1; i < k; i++) {
        middle &= groups.get(i).length() == 3;
      }
      if (!mixed || !middle) {
        continue; // a date (12.03.2021), a version (1.2.3) or a list
      }
      String intPart = tok.substring(0, tok.lastIndexOf(last));
      String frac = groups.get(k);
      out.add(
          new Occurrence(
              Convention.THOUSANDS_SPACE,
              false,
              seps.get(0) == '.' ? "dot" : "comma",
              s,
              s + intPart.length(),
              String.join(String.valueOf(SP), groups.subList(0, k)),
              "thousands separated by '" + seps.get(0) + "' in " + tok));
      decimal(t, out, s, e, intPart, last, frac);
    }
  }

  private static char spaceIn(String spaced) {
    for (int i = 0; i < spaced.length(); i++) {
      if (Spaces.isSpace(spaced.charAt(i))) {
        return spaced.charAt(i);
      }
    }
    return ' ';
  }

  private static void decimal(
      String t, List<Occurrence> out, int s, int e, String intPart, char sep, String frac) {
    if (sep == ',') {
      out.add(follow(Convention.DECIMAL_COMMA, "comma", s, e));
      return;
    }
    if (frac.length() == 3
        || versionLike(t, s)
        || timeLike(t, e)
        || shortDate(t, s, e, intPart, frac)) {
      return;
    }
    out.add(
        new Occurrence(
            Convention.DECIMAL_COMMA,
            false,
            "point",
            s,
            e,
            intPart + "," + frac,
            "decimal point in " + t.substring(s, e)));
  }

  /**
   * Bluetooth 5.0, iOS 14.2, version 3.1, article 3.2: a name or a section number, not a decimal.
   */
  private static boolean versionLike(String t, int s) {
    if (s < 2 || t.charAt(s - 1) != ' ') {
      return false;
    }
    int ws = s - 1;
    while (ws > 0 && !isWs(t.charAt(ws - 1))) {
      ws--;
    }
    // l'article 3.2: the word without its elided article
    String w = t.substring(ws, s - 1).replaceFirst("^\\p{L}['’]", "");
    if (w.isEmpty()) {
      return false;
    }
    if (VERSION_WORD.matcher(w).matches()) {
      return true;
    }
    char lastChar = w.charAt(w.length() - 1);
    boolean named =
        !w.equals(w.toLowerCase(java.util.Locale.ROOT)) && Character.isLetterOrDigit(lastChar);
    int b = ws;
    while (b > 0 && isWs(t.charAt(b - 1))) {
      b--;
    }
    boolean sentenceStart = b == 0 || ".!?…".indexOf(t.charAt(b - 1)) >= 0;
    return named && !sentenceStart;
  }

  /** 12.30 Uhr, 12.30 heures: a time written the German way, not a decimal. */
  private static boolean timeLike(String t, int e) {
    return TIME_AFTER.matcher(t.substring(e, Math.min(t.length(), e + 8))).find();
  }

  /** le 16.3. pour, le 18.01. que: a day and month written the German way, not a decimal. */
  private static boolean shortDate(String t, int s, int e, String day, String month) {
    if (e >= t.length() || t.charAt(e) != '.' || day.length() > 2 || month.length() > 2) {
      return false;
    }
    int d = Integer.parseInt(day);
    int m = Integer.parseInt(month);
    if (d < 1 || d > 31 || m < 1 || m > 12) {
      return false;
    }
    boolean runsOn =
        e + 2 < t.length() && t.charAt(e + 1) == ' ' && Character.isLowerCase(t.charAt(e + 2));
    return runsOn || SHORT_DATE_BEFORE.matcher(t.substring(Math.max(0, s - 12), s)).find();
  }

  /** A postal code (75008 Paris), a number after # or n°: an identifier, not a quantity. */
  private static boolean codeLike(String t, int s, int e) {
    if (e + 1 < t.length() && t.charAt(e) == ' ' && Character.isUpperCase(t.charAt(e + 1))) {
      return true;
    }
    int b = s;
    while (b > 0 && isWs(t.charAt(b - 1))) {
      b--;
    }
    return b > 0 && "#°".indexOf(t.charAt(b - 1)) >= 0;
  }

  private static String grouped(String digits) {
    StringBuilder sb = new StringBuilder();
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      sb.append(SP).append(digits, i, i + 3);
    }
    return sb.toString();
  }

  private static void units(String t, boolean[] prot, List<Occurrence> out) {
    Matcher m = UNIT.matcher(t);
    while (m.find()) {
      int ns = m.start();
      // back over the number: digits, '.', ',' and spaces between digits
      while (ns > 0) {
        char c = t.charAt(ns - 1);
        boolean inner =
            (c == '.' || c == ',' || Spaces.isSpace(c))
                && ns >= 2
                && Character.isDigit(t.charAt(ns - 2))
                && ns < t.length()
                && Character.isDigit(t.charAt(ns));
        if (Character.isDigit(c) || inner) {
          ns--;
        } else {
          break;
        }
      }
      if (ns > 0 && (Character.isLetter(t.charAt(ns - 1)) || t.charAt(ns - 1) == '_')) {
        continue; // A4 m, G7 s: part of a name
      }
      if (anyProtected(prot, ns, m.end())) {
        continue;
      }
      String space = m.group(1);
      String unit = m.group(2);
      if (!space.isEmpty()) {
        out.add(follow(Convention.UNIT_SPACE, Spaces.name(space.charAt(0)), ns, m.end()));
      } else {
        String number = t.substring(ns, m.start());
        out.add(
            new Occurrence(
                Convention.UNIT_SPACE,
                false,
                "none",
                ns,
                m.end(),
                number + SP + unit,
                "no space between " + number + " and " + unit));
      }
    }
  }

  private static void apostrophes(String t, boolean[] prot, List<Occurrence> out) {
    for (int i = 1; i + 1 < t.length(); i++) {
      char c = t.charAt(i);
      if (!isApostrophe(c) || prot[i]) {
        continue;
      }
      // between letters it is an elision (l'application, aujourd'hui), never a quotation mark
      if (!Character.isLetter(t.charAt(i - 1)) || !Character.isLetter(t.charAt(i + 1))) {
        continue;
      }
      if (c != '\'') {
        out.add(follow(Convention.APOSTROPHE, "typographic", i, i + 1));
        continue;
      }
      int s = i;
      while (s > 0 && (Character.isLetter(t.charAt(s - 1)) || isApostrophe(t.charAt(s - 1)))) {
        s--;
      }
      int e = i + 1;
      while (e < t.length() && (Character.isLetter(t.charAt(e)) || isApostrophe(t.charAt(e)))) {
        e++;
      }
      String word = t.substring(s, e);
      out.add(
          new Occurrence(
              Convention.APOSTROPHE,
              false,
              "straight",
              s,
              e,
              word.replace('\'', '’'),
              "straight apostrophe in " + word));
    }
  }

  // Character.isWhitespace says no to the no-break spaces French typography is made of
  private static boolean isWs(char c) {
    return Character.isWhitespace(c) || Spaces.isSpace(c);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ';
  }

  private static Occurrence follow(Convention c, String variant, int start, int end) {
    return new Occurrence(c, true, variant, start, end, null, null);
  }

  private static boolean anyProtected(boolean[] prot, int s, int e) {
    for (int i = s; i < e; i++) {
      if (prot[i]) {
        return true;
      }
    }
    return false;
  }

  /** Start of the run of non-space characters ending at {@code end}, at most 40 back. */
  private static int wordStart(String t, int end, char stopAfter) {
    int s = end;
    while (s > 0 && end - s < 40 && !isWs(t.charAt(s - 1)) && t.charAt(s - 1) != stopAfter) {
      s--;
    }
    return s;
  }
}
