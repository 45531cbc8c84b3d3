package io.translationworkbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The tool's own version and the LanguageTool version it was built against (from the build, not
 * hard-coded).
 */
public final class Versions {
  private static final Properties PROPS = load();

  private Versions() {}

  /** This tool's version, e.g. "0.1.0". */
  public static String tool() {
    return PROPS.getProperty("version");
  }

  /** The LanguageTool version on the classpath at build time, e.g. "6.8". */
  public static String languageTool() {
    return PROPS.getProperty("languagetool");
  }

  /**
   * When this build was made (UTC, to the millisecond): what tells two builds of one version apart,
   * for caches only, never in a report.
   */
  public static String build() {
    return PROPS.getProperty("build");
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties missing from the build");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
