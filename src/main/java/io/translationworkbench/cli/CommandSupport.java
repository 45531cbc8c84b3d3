package io.translationworkbench.cli;

import io.translationworkbench.InputException;
import io.translationworkbench.config.PairManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Argument handling shared by the commands that work on pairs. */
final class CommandSupport {
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  private CommandSupport() {}

  /** Every pair directory directly under {@code articles}, sorted by name. */
  static List<Path> discoverPairs(Path articles) {
    if (!Files.isDirectory(articles)) {
      throw new InputException(
          articles, "articles directory not found (run from the repository root, or pass PAIR)");
    }
    try (Stream<Path> s = Files.list(articles)) {
      List<Path> pairs = s.filter(PairManifest::isPairDirectory).sorted().toList();
      if (pairs.isEmpty()) {
        throw new InputException(
            articles, "no pair directories (articles/<id>/ with pair.json and machine.fr.txt)");
      }
      return pairs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The project configuration: the given file (which must exist) or ./workbench.json when present.
   */
  static Path projectConfig(Path given) {
    if (given != null) {
      if (!Files.exists(given)) {
        throw new InputException(given, "configuration file not found");
      }
      return given;
    }
    Path dflt = Path.of("workbench.json");
    return Files.exists(dflt) ? dflt : null;
  }

  /**
   * Where LanguageTool's results are kept between runs: the {@code workbench.cacheDir} system
   * property (the launcher sets it to target/lt-cache unless WORKBENCH_NO_CACHE is set), or none.
   */
  static Path grammarCache() {
    String dir = System.getProperty("workbench.cacheDir");
    return dir == null || dir.isBlank() ? null : Path.of(dir);
  }

  /** Who decides: the given name, else $USER, else the user.name property. */
  static String reviewer(String given) {
    if (given != null && !given.isBlank()) {
      return given.strip();
    }
    String user = System.getenv("USER");
    return user != null && !user.isBlank() ? user : System.getProperty("user.name", "unknown");
  }

  /**
   * A pair id usable as a directory name; every command that works on pairs checks ids this way.
   */
  static String safeId(String id, Path pairDir) {
    if (id == null || !SAFE_ID.matcher(id).matches()) {
      throw new InputException(
          pairDir.resolve(PairManifest.FILE_NAME),
          "pair id " + InputException.quote(id) + " must match " + SAFE_ID.pattern());
    }
    return id;
  }

  /**
   * The id of the pair in {@code pairDir}, from its manifest (or its directory's name), checked by
   * {@link #safeId}: cheap, so commands check every pair before the slow analysis.
   */
  static String pairId(Path pairDir) {
    return safeId(PairManifest.read(pairDir).id(), pairDir);
  }

  /**
   * Records that {@code pairDir} has {@code id}; two pairs with one id would share one report and
   * one line of the gate, so the second is an input error naming both.
   */
  static void requireUnique(Map<String, Path> seen, String id, Path pairDir) {
    Path other = seen.putIfAbsent(id, pairDir);
    if (other != null) {
      throw new InputException(pairDir, "same pair id as " + other + ": " + id);
    }
  }
}
