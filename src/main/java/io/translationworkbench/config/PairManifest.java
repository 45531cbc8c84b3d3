package io.translationworkbench.config;

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
 */
public record PairManifest(
    String id,
    String language,
    String topic,
    String date,
    TextInfo machine,
    TextInfo human,
    String notes) {
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
          && (file.contains("/") || file.contains("\\") || file.equals("..") || file.isBlank())) {
        throw new IllegalArgumentException(
            "file \"" + file + "\" must be a plain file name in the pair directory");
      }
    }

    TextInfo withFile(String f) {
      return new TextInfo(f, origin, publisher, translatedFrom, description);
    }
  }
}
