package io.translationworkbench.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.translationworkbench.InputException;
import io.translationworkbench.JsonFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code articles/<id>/pair.json}: what the two texts of a pair are.
 *
 * @param id the pair id (defaults to the directory name)
 * @param language language of both texts; only "fr" is supported
 * @param topic what the articles are about
 * @param date when (free text, e.g. "2020-09")
 * @param machine the machine translation
 * @param human the human reference article
 * @param notes anything else worth knowing
 * @param system the MT system that produced the machine text (optional: pairs naming one are
 *     aggregated per system in the corpus report; left out of report.json when absent)
 */
public record PairManifest(
    String id,
    String language,
    String topic,
    String date,
    TextInfo machine,
    TextInfo human,
    String notes,
    @JsonInclude(JsonInclude.Include.NON_NULL) String system) {
  /** File name of a pair's manifest. */
  public static final String FILE_NAME = "pair.json";

  public PairManifest {
    Objects.requireNonNull(language, "\"language\" is required");
    if (!language.equals("fr")) {
      throw new IllegalArgumentException(
          "language \"" + language + "\" is not supported (only \"fr\")");
    }
    machine = machine == null ? new TextInfo(null, null, null, null, null) : machine;
    human = human == null ? new TextInfo(null, null, null, null, null) : human;
    machine = machine.file() == null ? machine.withFile("machine.fr.txt") : machine;
    human = human.file() == null ? human.withFile("human.fr.txt") : human;
    if (system != null && (system.isBlank() || system.chars().anyMatch(Character::isISOControl))) {
      throw new IllegalArgumentException(
          "system " + InputException.quote(system) + " must be a non-blank name on one line");
    }
  }

  /**
   * The manifest of the pair in {@code pairDir}, or the defaults (id: the directory's name) when it
   * has none; a malformed one is an input error naming the file.
   */
  public static PairManifest read(Path pairDir) {
    if (!Files.exists(pairDir)) {
      throw new InputException(pairDir, "pair directory not found");
    }
    if (!Files.isDirectory(pairDir)) {
      throw new InputException(pairDir, "is a file, expected a pair directory (articles/<id>/)");
    }
    Path file = pairDir.resolve(FILE_NAME);
    Path name = pairDir.toAbsolutePath().normalize().getFileName();
    if (name == null) {
      // the file system's root: no name to take an id from, and no place for a pair
      throw new InputException(pairDir, "is the root directory, not a pair directory");
    }
    String dirName = name.toString();
    if (!Files.exists(file)) {
      return new PairManifest(dirName, "fr", null, null, null, null, null, null);
    }
    var mapper = JsonFiles.strictMapper();
    JsonNode tree = JsonFiles.readTree(mapper, file);
    if (!tree.isObject()) {
      throw new InputException(file, "must hold a JSON object");
    }
    PairManifest m =
        JsonFiles.toValue(mapper, tree, PairManifest.class, file, "bad pair manifest: ");
    return m.id() == null
        ? new PairManifest(
            dirName,
            m.language(),
            m.topic(),
            m.date(),
            m.machine(),
            m.human(),
            m.notes(),
            m.system())
        : m;
  }

  /** Whether {@code dir} looks like a pair directory (has a manifest or a machine text). */
  public static boolean isPairDirectory(Path dir) {
    return Files.isDirectory(dir)
        && (Files.exists(dir.resolve(FILE_NAME)) || Files.exists(dir.resolve("machine.fr.txt")));
  }

  /**
   * One text of the pair.
   *
   * @param file file name inside the pair directory
   * @param origin who produced it (an AI system, a wire agency)
   * @param publisher who published it
   * @param translatedFrom source language of a translation (ISO 639-1), or null
   * @param description one sentence for people
   */
  public record TextInfo(
      String file, String origin, String publisher, String translatedFrom, String description) {
    public TextInfo {
      if (file != null
          && (file.contains("/")
              || file.contains("\\")
              || file.equals("..")
              || file.isBlank()
              || file.chars().anyMatch(Character::isISOControl))) {
        throw new IllegalArgumentException(
            "file "
                + InputException.quote(file)
                + " must be a plain file name in the pair directory");
      }
    }

    TextInfo withFile(String f) {
      return new TextInfo(f, origin, publisher, translatedFrom, description);
    }
  }
}
