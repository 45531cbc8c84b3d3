package io.translationworkbench.metrics;

import java.util.Locale;

/** The BLEU tokenizers this port supports, named as on sacreBLEU's command line ({@code -tok}). */
public enum BleuTokenizer {
  THIRTEEN_A("13a"),
  INTL("intl"),
  CHAR("char"),
  NONE("none");

  private final String id;

  BleuTokenizer(String id) {
    this.id = id;
  }

  /** The sacreBLEU name, e.g. {@code 13a}. */
  public String id() {
    return id;
  }

  /** Parses a sacreBLEU tokenizer name. */
  public static BleuTokenizer of(String id) {
    for (BleuTokenizer t : values()) {
      if (t.id.equals(id.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown tokenizer '" + id + "' (expected 13a, intl, char or none)");
  }

  Tokenizer create() {
    switch (this) {
      case THIRTEEN_A:
        return new Tokenizer13a();
      case INTL:
        return new TokenizerIntl();
      case CHAR:
        return new TokenizerChar();
      default:
        return new TokenizerNone();
    }
  }
}
