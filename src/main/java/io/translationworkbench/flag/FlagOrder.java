package io.translationworkbench.flag;

import java.util.Comparator;

/**
 * The one order of flags, used by every output: most severe first, then text order, then kind, rule
 * and fingerprint so that ties never depend on the order rules ran in.
 */
public final class FlagOrder {
  /** Most severe first, then by position in the machine text. */
  public static final Comparator<Flag> ORDER =
      Comparator.comparing(Flag::severity)
          .thenComparingInt((Flag f) -> f.span().start())
          .thenComparing(Flag::kind)
          .thenComparing(Flag::ruleId)
          .thenComparing(Flag::fingerprint);

  private FlagOrder() {}
}
