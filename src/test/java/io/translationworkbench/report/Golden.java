package io.translationworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares writer output with an expected file under src/test/resources. Run with -Dgolden.update=true to rewrite the
 * expected files, then read the diff by hand before committing: the expected files are checked by a person.
 */
final class Golden {
  private static final Path DIR = Path.of("src/test/resources/report/golden");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file + " differs");
  }
}
