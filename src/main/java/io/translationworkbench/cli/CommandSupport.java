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
   * {@code dir} is not a directory: the error, with a suggestion when one is near: {@code
   * articles/<dir>} when that is a pair directory (the id typed instead of the path), else the pair
   * directory beside it (or under {@code articles}) whose name is one or two edits away.
   */
  static InputException notAPairDirectory(Path dir, Path articles) {
    String near = nearPairDirectory(dir, articles);
    return new InputException(
        dir, "not a pair directory" + (near == null ? "" : "; did you mean " + near + "?"));
  }

  /** The pair directory {@code dir} probably meant, or null (see {@link #notAPairDirectory}). */
  static String nearPairDirectory(Path dir, Path articles) {
    String near = null;
    Path inArticles = articles.resolve(dir).normalize();
    if (!dir.isAbsolute() && PairManifest.isPairDirectory(inArticles)) {
      near = inArticles.toString();
    } else if (dir.getFileName() != null) {
      Path parent = dir.getParent() != null ? dir.getParent() : articles;
      if (dir.getParent() == null && !Files.isDirectory(articles)) {
        parent = Path.of(".");
      }
      near = nearestPairDirectory(parent, dir.getFileName().toString());
    }
    return near;
  }

  private static String nearestPairDirectory(Path parent, String name) {
    if (!Files.isDirectory(parent)) {
      return null;
    }
    try (Stream<Path> s = Files.list(parent)) {
      Map<String, Path> pairs = new java.util.TreeMap<>();
      s.filter(PairManifest::isPairDirectory)
          .limit(10_000)
          .forEach(p -> pairs.put(p.getFileName().toString(), p));
      String best = Suggestions.closest(name, pairs.keySet());
      return best == null ? null : pairs.get(best).normalize().toString();
    } catch (IOException | UncheckedIOException e) {
      return null;
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
