package io.translationworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares writer output with an expected file under {@code src/test/resources/report/golden/}. Run
 * with {@code -Dgolden.update=true} to rewrite the expected files, then read the diff by hand
 * before committing: the expected files are checked by a person.
 */
final class Golden {
  private static final Path DIR = Path.of("src/test/resources/report/golden");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    assertMatches(name, actual.getBytes(StandardCharsets.UTF_8));
  }

  static void assertMatches(String name, byte[] actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.write(file, actual);
    }
    assertEquals(
        Files.readString(file, StandardCharsets.UTF_8),
        new String(actual, StandardCharsets.UTF_8),
        "output differs from " + file + " (rerun with -Dgolden.update=true and check the diff)");
  }
}
