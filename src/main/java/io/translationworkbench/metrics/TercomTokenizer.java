package io.translationworkbench.metrics;

import java.util.regex.Pattern;

/**
 * sacreBLEU's re-implementation of the Tercom normaliser ({@code tokenizers/tokenizer_ter.py}). By
 * default it only lowercases and collapses whitespace, so {@code dort.} and {@code dort} are
 * different words.
 */
final class TercomTokenizer implements Tokenizer {
  private static final Pattern POSSESSIVE = Pattern.compile("'s ");
  // Python's "$" also matches before a final "\n"; every "\n" is gone at this point, so "\z" is
  // equivalent.
  private static final Pattern POSSESSIVE_END = Pattern.compile("'s\\z");

  private static final Pattern CJK = Pattern.compile("([\\u4e00-\\u9fff\\u3400-\\u4dbf])");
  private static final Pattern CJK_STROKES = Pattern.compile("([\\u31c0-\\u31ef\\u2e80-\\u2eff])");
  private static final Pattern CJK_COMPAT =
      Pattern.compile("([\\u3300-\\u33ff\\uf900-\\ufaff\\ufe30-\\ufe4f])");
  private static final Pattern CJK_ENCLOSED = Pattern.compile("([\\u3200-\\u3f22])");
  private static final Pattern HIRAGANA =
      Pattern.compile("(^|^[\\u3040-\\u309f])([\\u3040-\\u309f]+)(?=\\z|^[\\u3040-\\u309f])");
  private static final Pattern KATAKANA =
      Pattern.compile("(^|^[\\u30a0-\\u30ff])([\\u30a0-\\u30ff]+)(?=\\z|^[\\u30a0-\\u30ff])");
  private static final Pattern KATAKANA_EXT =
      Pattern.compile("(^|^[\\u31f0-\\u31ff])([\\u31f0-\\u31ff]+)(?=\\z|^[\\u31f0-\\u31ff])");
  private static final Pattern ASIAN_PUNCT =
      Pattern.compile("([\\u3001\\u3002\\u3008-\\u3011\\u3014-\\u301f\\uff61-\\uff65\\u30fb])");
  private static final Pattern FULL_WIDTH_PUNCT =
      Pattern.compile("([\\uff0e\\uff0c\\uff1f\\uff1a\\uff1b\\uff01\\uff02\\uff08\\uff09])");
  private static final Pattern REMOVABLE_PUNCT = Pattern.compile("[\\.,\\?:;!\\\"\\(\\)]");

  private final boolean normalized;
  private final boolean noPunct;
  private final boolean asianSupport;
  private final boolean caseSensitive;

  TercomTokenizer(
      boolean normalized, boolean noPunct, boolean asianSupport, boolean caseSensitive) {
    this.normalized = normalized;
    this.noPunct = noPunct;
    this.asianSupport = asianSupport;
    this.caseSensitive = caseSensitive;
  }

  @Override
  public String tokenize(String sent) {
    if (sent.isEmpty()) {
      return "";
    }
    if (!caseSensitive) {
      sent = PythonText.lower(sent);
    }
    if (normalized) {
      sent = normalizeGeneralAndWestern(sent);
      if (asianSupport) {
        sent = normalizeAsian(sent);
      }
    }
    if (noPunct) {
      sent = REMOVABLE_PUNCT.matcher(sent).replaceAll("");
      if (asianSupport) {
        sent = ASIAN_PUNCT.matcher(sent).replaceAll("");
        sent = FULL_WIDTH_PUNCT.matcher(sent).replaceAll("");
      }
    }
    return PythonText.collapseWhitespace(sent);
  }

  private static String normalizeGeneralAndWestern(String sent) {
    sent = sent.replace("\n-", "").replace("\n", " ");
    // tercom splits possessives between the punctuation pass and the period/comma passes
    String[][] rules = MtevalRules.REFERENCE_PATTERNS;
    Pattern[] compiled = MtevalRules.COMPILED;
    sent = compiled[0].matcher(MtevalRules.pad(MtevalRules.unescape(sent))).replaceAll(rules[0][1]);
    sent = POSSESSIVE.matcher(sent).replaceAll(" 's ");
    sent = POSSESSIVE_END.matcher(sent).replaceAll(" 's");
    for (int i = 1; i < rules.length; i++) {
      sent = compiled[i].matcher(sent).replaceAll(rules[i][1]);
    }
    return sent;
  }

  private static String normalizeAsian(String sent) {
    for (Pattern p : new Pattern[] {CJK, CJK_STROKES, CJK_COMPAT, CJK_ENCLOSED}) {
      sent = p.matcher(sent).replaceAll(" $1 ");
    }
    for (Pattern p : new Pattern[] {HIRAGANA, KATAKANA, KATAKANA_EXT}) {
      sent = p.matcher(sent).replaceAll("$1 $2 ");
    }
    for (Pattern p : new Pattern[] {ASIAN_PUNCT, FULL_WIDTH_PUNCT}) {
      sent = p.matcher(sent).replaceAll(" $1 ");
    }
    return sent;
  }

  @Override
  public String signature() {
    return "tercom";
  }
}
