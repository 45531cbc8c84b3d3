package io.translationworkbench.flag;

/** One source of flags: reads what the stages measured and adds its flags to the context. */
interface FlagRule {
  /** Adds this rule's flags for {@code in} to {@code out}. */
  void apply(Flagger.Input in, FlagContext out);
}
