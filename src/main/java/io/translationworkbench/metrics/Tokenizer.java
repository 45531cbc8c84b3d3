package io.translationworkbench.metrics;

import java.util.List;

/** A sacreBLEU tokenizer: maps one (already right-stripped) segment to space-separated tokens. */
interface Tokenizer {
  /** The tokenized segment; callers split it on Python whitespace. */
  String tokenize(String segment);

  /**
   * The tokens: {@link #tokenize} split on Python whitespace (a tokenizer may skip building the
   * joined string).
   */
  default List<String> tokens(String segment) {
    return PythonText.split(tokenize(segment));
  }

  /** The name sacreBLEU puts in the signature ({@code tok:...}). */
  String signature();
}
