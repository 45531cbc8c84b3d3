package io.translationworkbench.style;

/** Names of the spaces French typography uses, as they appear in reports and configuration. */
final class Spaces {
  private Spaces() {}

  /** The name of a space character, or null if {@code c} is not one. */
  static String name(char c) {
    return switch (c) {
      case ' ' -> "space";
      case '\u00A0' -> "nbsp";
      case '\u202F' -> "narrow-nbsp";
      case '\u2009' -> "thin-space";
      default -> null;
    };
  }

  /** The character of a named space, or null for an unknown name. */
  static String character(String name) {
    return switch (name) {
      case "space" -> " ";
      case "nbsp" -> "\u00A0";
      case "narrow-nbsp" -> "\u202F";
      case "thin-space" -> "\u2009";
      default -> null;
    };
  }

  /** Whether {@code c} is one of the named spaces (not a line break or tab). */
  static boolean isSpace(char c) {
    return name(c) != null;
  }
}
