package io.translationworkbench.metrics;

/**
 * sacreBLEU's {@code char} tokenizer: every code point (not grapheme, not UTF-16 unit) becomes a
 * token.
 */
final class TokenizerChar implements Tokenizer {
  @Override
  public String tokenize(String line) {
    StringBuilder sb = new StringBuilder(line.length() * 2);
    line.codePoints()
        .forEach(
            cp -> {
              if (sb.length() > 0) {
                sb.append(' ');
              }
              sb.appendCodePoint(cp);
            });
    return sb.toString();
  }

  @Override
  public String signature() {
    return "char";
  }
}
