package io.translationworkbench.align;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anonymisation placeholders ({@code #NAME#}, {@code #PRS_ORG#}, {@code #NUMBER#}…) as test sets
 * such as WMT's carry them, and the ways machine translation damages them: stray spaces ({@code
 * #PRS_ORG #}, {@code # NAME}), a hash lost ({@code #PRS_ORG}, {@code NUMBER#}), quotes instead of
 * hashes ({@code 'NUMBER'}, {@code «NAME»}, {@code 'PRS'ORG'}), case changed ({@code #Prs_org#}),
 * or the name translated ({@code #NOM#}, {@code #NUMÉRO#}). Pure functions of the text.
 *
 * <p>Hashtags are not placeholders: a word after one hash counts only when it is a known
 * placeholder name ({@code #Wozu} and {@code ###MBundestag} do not).
 */
public final class Placeholders {
  /** Placeholder names of anonymised test sets (WMT). */
  static final Set<String> KNOWN =
      Set.of(
          "NAME",
          "PRS_ORG",
          "NUMBER",
          "ADDRESS",
          "PHONE",
          "EMAIL",
          "URL",
          "DATE",
          "CREDIT_CARD",
          "IBAN",
          "PASSWORD",
          "USERNAME");

  /**
   * French translations of placeholder names (accents removed), as machine translation makes them.
   */
  static final Map<String, String> TRANSLATED =
      Map.ofEntries(
          Map.entry("NOM", "NAME"),
          Map.entry("NUMERO", "NUMBER"),
          Map.entry("NOMBRE", "NUMBER"),
          Map.entry("ADRESSE", "ADDRESS"),
          Map.entry("TELEPHONE", "PHONE"),
          Map.entry("COURRIEL", "EMAIL"),
          Map.entry("MOT_DE_PASSE", "PASSWORD"),
          Map.entry("NOM_UTILISATEUR", "USERNAME"));

  /** Parts of a name cut in two ({@code «PRS»}): counted only between delimiters. */
  private static final Map<String, String> FRAGMENTS = Map.of("PRS", "PRS_ORG", "ORG", "PRS_ORG");

  /**
   * A word, parts joined by underscores, apostrophes or hyphens ({@code PRS_ORG}, {@code PRS'ORG},
   * {@code PRS-ORG}).
   */
  private static final Pattern CORE =
      Pattern.compile("(?<![\\p{L}\\d_])\\p{L}+(?:[_'’-]\\p{L}+)*(?![\\p{L}\\d_])");

  private static final String QUOTES = "'‘’\"«»“”";

  /** How a placeholder is written. */
  public enum Shape {
    /** {@code #NAME#}: hashes, upper case, no space. */
    WELL_FORMED,
    /** Spaces, a missing hash, other delimiters or a changed case. */
    MANGLED,
    /** The name translated ({@code #NOM#}). */
    TRANSLATED
  }

  /**
   * A placeholder found in a text.
   *
   * @param start UTF-16 offset of its first character (the opening delimiter, if any)
   * @param end UTF-16 offset after its last character
   * @param text the text as written
   * @param name the canonical placeholder name ({@code PRS_ORG}, also for {@code #Prs_org #})
   * @param shape well-formed, mangled or translated
   * @param defect what is wrong with it, in a few words; empty when well-formed
   */
  public record Placeholder(
      int start, int end, String text, String name, Shape shape, String defect) {
    public Placeholder {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(shape, "shape");
      Objects.requireNonNull(defect, "defect");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("span " + start + "-" + end);
      }
      if ((shape == Shape.WELL_FORMED) != defect.isEmpty()) {
        throw new IllegalArgumentException(shape + " with defect \"" + defect + "\"");
      }
    }
  }

  /** What is wrong with a placeholder of one text, seen from the other text of the pair. */
  public enum IssueKind {
    /** Damaged in form, and the other text does not have it written this way. */
    MANGLED,
    /** Its name translated. */
    TRANSLATED,
    /** Well-formed, but the other text has no placeholder of this name written this way. */
    NOT_IN_OTHER_TEXT,
    /** The other text has more placeholders of this name than this one: some were dropped. */
    MISSING
  }

  /**
   * One problem.
   *
   * @param kind what is wrong
   * @param placeholder the placeholder in this text; null for {@link IssueKind#MISSING}
   * @param name the canonical placeholder name
   * @param message a sentence for the reader
   */
  public record Issue(IssueKind kind, Placeholder placeholder, String name, String message) {
    public Issue {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(message, "message");
      if ((placeholder == null) != (kind == IssueKind.MISSING)) {
        throw new IllegalArgumentException(kind + " with placeholder " + placeholder);
      }
    }
  }

  private Placeholders() {}

  /** The placeholders of {@code text}, in text order, well-formed or not. */
  public static List<Placeholder> find(String text) {
    List<Placeholder> out = new ArrayList<>();
    Matcher m = CORE.matcher(text);
    int consumed = 0;
    while (m.find()) {
      if (m.start() < consumed) {
        continue;
      }
      Placeholder p = at(text, m.start(), m.end());
      if (p != null) {
        out.add(p);
        consumed = p.end();
      }
    }
    return List.copyOf(out);
  }

  private static Placeholder at(String text, int cs, int ce) {
    String core = text.substring(cs, ce);
    String canonical = canonical(core);
    boolean upper = core.equals(core.toUpperCase(Locale.ROOT)) && core.length() >= 2;
    // left and right delimiters, each optionally separated from the word by one space
    int ls = cs;
    boolean leftSpace = false;
    if (ls >= 2 && text.charAt(ls - 1) == ' ' && isDelimiter(text.charAt(ls - 2))) {
      leftSpace = true;
      ls--;
    }
    char left = ls >= 1 && isDelimiter(text.charAt(ls - 1)) ? text.charAt(ls - 1) : 0;
    if (left != 0) {
      ls--;
    } else {
      ls = cs;
      leftSpace = false;
    }
    int re = ce;
    boolean rightSpace = false;
    if (re + 1 < text.length() && text.charAt(re) == ' ' && isDelimiter(text.charAt(re + 1))) {
      rightSpace = true;
      re++;
    }
    char right = re < text.length() && isDelimiter(text.charAt(re)) ? text.charAt(re) : 0;
    if (right != 0) {
      re++;
    } else {
      re = ce;
      rightSpace = false;
    }
    boolean leftHash = left == '#';
    boolean rightHash = right == '#';
    String name = nameOf(canonical, left != 0 && right != 0);
    boolean known = name != null;
    boolean candidate;
    if (leftHash && rightHash) {
      candidate = known || (upper && canonical.chars().allMatch(c -> c == '_' || isAsciiUpper(c)));
      if (!known && candidate) {
        name = canonical;
      }
    } else if (leftHash || rightHash) {
      candidate = known;
    } else if (left != 0 || right != 0) {
      candidate = known && upper;
    } else {
      candidate = upper && canonical.contains("_") && KNOWN.contains(canonical);
    }
    if (!candidate) {
      return null;
    }
    List<String> defects = new ArrayList<>();
    if (!leftHash || !rightHash) {
      if (left != 0 && !leftHash || right != 0 && !rightHash) {
        defects.add("quotes instead of hashes");
      } else if (left == 0 && right == 0) {
        defects.add("hashes lost");
      } else {
        defects.add("a hash missing");
      }
    }
    if (leftSpace || rightSpace) {
      defects.add("space inside");
    }
    if (!core.equals(canonical) && !TRANSLATED.containsKey(deaccent(canonical))) {
      defects.add(core.toUpperCase(Locale.ROOT).equals(core) ? "underscore lost" : "case changed");
    }
    Shape shape;
    String translated = TRANSLATED.get(deaccent(canonical));
    if (translated != null) {
      shape = Shape.TRANSLATED;
      defects.add(0, "name translated (" + core + " for " + translated + ")");
    } else {
      shape = defects.isEmpty() ? Shape.WELL_FORMED : Shape.MANGLED;
    }
    return new Placeholder(ls, re, text.substring(ls, re), name, shape, String.join(", ", defects));
  }

  /**
   * Compares the placeholders of {@code text} with those of {@code other} (the human text of the
   * pair). A placeholder written exactly as one of the other text is fine, whatever its form; a
   * mangled or translated one is an issue; a well-formed one the other text lacks is an issue; and
   * names the other text has more often are reported as missing.
   */
  public static List<Issue> compare(String text, String other) {
    return compare(text, find(other));
  }

  /**
   * The same against placeholders already found in the other text, so that a text compared sentence
   * by sentence scans the other text once.
   */
  public static List<Issue> compare(String text, List<Placeholder> theirs) {
    List<Placeholder> mine = find(text);
    Set<String> theirForms = new HashSet<>();
    Map<String, Integer> theirCount = new HashMap<>();
    for (Placeholder p : theirs) {
      theirForms.add(p.text());
      theirCount.merge(p.name(), 1, Integer::sum);
    }
    Map<String, Integer> myCount = new HashMap<>();
    List<Issue> issues = new ArrayList<>();
    for (Placeholder p : mine) {
      myCount.merge(p.name(), 1, Integer::sum);
      if (theirForms.contains(p.text())) {
        continue;
      }
      String expected = "#" + p.name() + "#";
      switch (p.shape()) {
        case MANGLED ->
            issues.add(
                new Issue(
                    IssueKind.MANGLED,
                    p,
                    p.name(),
                    "placeholder " + p.text() + " is damaged (" + p.defect() + "): " + expected));
        case TRANSLATED ->
            issues.add(
                new Issue(
                    IssueKind.TRANSLATED,
                    p,
                    p.name(),
                    "placeholder " + p.text() + " was translated; it must stay " + expected));
        case WELL_FORMED ->
            issues.add(
                new Issue(
                    IssueKind.NOT_IN_OTHER_TEXT,
                    p,
                    p.name(),
                    "placeholder " + p.text() + " is not in the other text"));
      }
    }
    theirCount.keySet().stream()
        .sorted()
        .forEach(
            name -> {
              int missing = theirCount.get(name) - myCount.getOrDefault(name, 0);
              if (missing > 0) {
                issues.add(
                    new Issue(
                        IssueKind.MISSING,
                        null,
                        name,
                        missing
                            + " × #"
                            + name
                            + "# of the other text "
                            + (missing == 1 ? "has" : "have")
                            + " no counterpart here"));
              }
            });
    return List.copyOf(issues);
  }

  /** Upper case, apostrophes and hyphens read as the underscore they replaced. */
  private static String canonical(String core) {
    return core.replace('\'', '_').replace('’', '_').replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /** The canonical name for a word, or null when it is no placeholder name. */
  private static String nameOf(String canonical, boolean delimitedBothSides) {
    if (KNOWN.contains(canonical)) {
      return canonical;
    }
    String t = TRANSLATED.get(deaccent(canonical));
    if (t != null) {
      return t;
    }
    return delimitedBothSides ? FRAGMENTS.get(canonical) : null;
  }

  private static boolean isDelimiter(char c) {
    return c == '#' || QUOTES.indexOf(c) >= 0;
  }

  private static boolean isAsciiUpper(int c) {
    return c >= 'A' && c <= 'Z';
  }

  private static String deaccent(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
