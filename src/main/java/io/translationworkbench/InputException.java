package io.translationworkbench;

import java.nio.file.Path;

/**
 * A problem with the user's input (a file, a configuration, an argument): reported as one line
 * naming the file and the problem, and mapped by the CLI to exit code 2. Program errors are never
 * wrapped in this type.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final String problem;

  public InputException(Path file, String problem) {
    super(file == null ? problem : file + ": " + problem);
    this.file = file;
    this.problem = problem;
  }

  public InputException(Path file, String problem, Throwable cause) {
    this(file, problem);
    initCause(cause);
  }

  /**
   * {@code s} in double quotes for a one-line message, control characters (a NUL, a line break)
   * written as JSON escapes (backslash, u, four hex digits).
   */
  public static String quote(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    s.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
              } else {
                sb.appendCodePoint(c);
              }
            });
    return sb.append('"').toString();
  }

  /** The offending file, or null when the problem is not tied to one. */
  public Path file() {
    return file;
  }

  /** The problem, without the file name. */
  public String problem() {
    return problem;
  }
}
