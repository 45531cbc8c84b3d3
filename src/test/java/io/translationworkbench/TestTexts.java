package io.translationworkbench;

import io.translationworkbench.ingest.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The sample pair and small synthetic texts, shared by tests that need real input. */
public final class TestTexts {
  /** The sample pair; tests run with the project root as working directory. */
  public static final Path SAMPLE = Path.of("articles", "tiktok-bytedance-2020-09");

  /** The files of the sample pair. */
  public static final String MACHINE = "machine.fr.txt";

  public static final String HUMAN = "human.fr.txt";
  public static final String MANIFEST = "pair.json";

  private TestTexts() {}

  /** A file of the sample pair, decoded as UTF-8. */
  public static String sample(String name) {
    try {
      return Files.readString(SAMPLE.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies the sample pair (texts and manifest) into {@code dir}, which is created if needed;
   * returns it.
   */
  public static Path copySample(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String name : new String[] {MACHINE, HUMAN, MANIFEST}) {
      Files.copy(SAMPLE.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
    return dir;
  }

  /** An already normalised text as if it had been loaded from {@code name}. */
  public static SourceText source(Side side, String name, String text) {
    return new SourceText(
        side, Path.of(name), "0".repeat(64), text.length(), text, false, "lf", false, text);
  }
}
