package io.translationworkbench.metrics;

import java.util.List;

/**
 * sacreBLEU's default {@code 13a} tokenizer, equivalent to mteval-v13a.pl ({@code
 * tokenizers/tokenizer_13a.py}, {@code tokenizer_re.py}). Only ASCII punctuation is split: French
 * apostrophes, guillemets and ellipses stay glued.
 */
final class Tokenizer13a implements Tokenizer {
  @Override
  public String tokenize(String line) {
    return String.join(" ", tokens(line));
  }

  @Override
  public List<String> tokens(String line) {
    line = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ");
    return MtevalRules.splitTokens(MtevalRules.pad(MtevalRules.unescape(line)));
  }

  @Override
  public String signature() {
    return "13a";
  }
}
