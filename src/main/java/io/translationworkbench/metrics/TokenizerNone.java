package io.translationworkbench.metrics;

/** sacreBLEU's {@code none} tokenizer: the segment is only split on whitespace afterwards. */
final class TokenizerNone implements Tokenizer {
  @Override
  public String tokenize(String line) {
    return line;
  }

  @Override
  public String signature() {
    return "none";
  }
}
