package io.translationworkbench;

/**
 * The loop every escaping function shares: each character replaced by what a rule says, or kept;
 * the string itself returned when nothing is replaced. The rules are the output languages' own
 * (Terminal, report.Html, report.Md).
 */
public final class Escapes {
  private Escapes() {}

  /** What replaces the character at {@code i} of {@code s}, or null to keep it. */
  @FunctionalInterface
  public interface Rule {
    String at(String s, int i);
  }

  /** {@code s} with every character the rule replaces replaced. */
  public static String map(String s, Rule rule) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      String rep = rule.at(s, i);
      if (rep != null && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (sb != null) {
        if (rep != null) {
          sb.append(rep);
        } else {
          sb.append(s.charAt(i));
        }
      }
    }
    return sb == null ? s : sb.toString();
  }
}
