package io.translationworkbench.metrics;

/** A sacreBLEU tokenizer: maps one (already right-stripped) segment to space-separated tokens. */
interface Tokenizer {
  /** The tokenized segment; callers split it on Python whitespace. */
  String tokenize(String segment);

  /** The name sacreBLEU puts in the signature ({@code tok:...}). */
  String signature();
}
