package io.translationworkbench.metrics;

import java.util.regex.Pattern;

/**
 * sacreBLEU's {@code intl} tokenizer (mteval-v14 international, {@code
 * tokenizers/tokenizer_intl.py}): splits Unicode punctuation unless it sits between digits, and
 * every symbol. Java 17 knows Unicode 13, so characters assigned in Unicode 14/15 may be classified
 * differently than sacreBLEU's {@code regex} module does.
 */
final class TokenizerIntl implements Tokenizer {
  private static final Pattern PUNCT_AFTER_NON_NUMBER = Pattern.compile("(\\P{N})(\\p{P})");
  private static final Pattern PUNCT_BEFORE_NON_NUMBER = Pattern.compile("(\\p{P})(\\P{N})");
  private static final Pattern SYMBOL = Pattern.compile("(\\p{S})");

  @Override
  public String tokenize(String line) {
    line = PUNCT_AFTER_NON_NUMBER.matcher(line).replaceAll("$1 $2 ");
    line = PUNCT_BEFORE_NON_NUMBER.matcher(line).replaceAll(" $1 $2");
    line = SYMBOL.matcher(line).replaceAll(" $1 ");
    return PythonText.collapseWhitespace(line);
  }

  @Override
  public String signature() {
    return "intl";
  }
}
