package io.translationworkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

/** Assertions for the one-line "file: problem" messages of input errors. */
public final class InputErrors {
  private InputErrors() {}

  /**
   * {@code e} is about {@code file}, reads "file: problem" on one line and mentions every fragment.
   */
  public static void assertNamesFileAndProblem(InputException e, Path file, String... fragments) {
    assertEquals(file, e.file(), e.getMessage());
    assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
    assertMentions(e.getMessage(), fragments);
  }

  /** {@code message} is one line and contains every fragment. */
  public static void assertMentions(String message, String... fragments) {
    assertFalse(message.contains("\n") || message.contains("\r"), message);
    for (String f : fragments) {
      assertTrue(message.contains(f), () -> "expected \"" + f + "\" in: " + message);
    }
  }
}
