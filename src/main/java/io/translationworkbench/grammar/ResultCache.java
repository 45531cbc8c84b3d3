package io.translationworkbench.grammar;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.AtomicFiles;
import io.translationworkbench.JsonFiles;
import io.translationworkbench.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * LanguageTool's raw matches on disk, keyed by everything that decides them (LanguageTool version,
 * rule set-up, level, the text it saw). A run whose texts did not change never starts LanguageTool:
 * its start-up, not the check, is most of a report's time.
 *
 * <p>An entry is trusted only when it describes the text asked about: it names its key and the
 * SHA-256 and length of its text, and every match lies inside that text. An entry that cannot be
 * read or fails one of these checks is discarded ({@link Lookup#problem} says why), recomputed and
 * rewritten by the caller: the cache is only ever a speed-up, never a silent change of result.
 */
public final class ResultCache {
  /** Bumped when the entry layout changes: an older entry then simply has another name. */
  static final String ENTRY_FORMAT = "entry=2";

  private final Path dir;
  private final ObjectMapper mapper = JsonFiles.strictMapper();

  /** A cache in {@code dir} (created on first write). */
  public ResultCache(Path dir) {
    this.dir = dir;
  }

  /**
   * What is stored for one text.
   *
   * @param key the cache key the entry was written under
   * @param textSha256 SHA-256 (hex) of the text LanguageTool checked
   * @param textLength its length in UTF-16 code units
   * @param matches LanguageTool's matches, offsets into that text
   */
  record Entry(String key, String textSha256, int textLength, List<RawMatch> matches) {}

  /**
   * The answer of {@link #get}: the matches of a valid entry; or none, with the reason when an
   * entry was there but could not be trusted.
   *
   * @param matches the cached matches, or null
   * @param problem why the entry there was discarded, or null (a hit, or no entry)
   */
  record Lookup(List<RawMatch> matches, String problem) {
    static final Lookup MISS = new Lookup(null, null);

    boolean hit() {
      return matches != null;
    }
  }

  /** The entry for {@code key}, checked against {@code text}, the text it must describe. */
  Lookup get(String key, String text) {
    Path file = file(key);
    if (!Files.isRegularFile(file)) {
      return Lookup.MISS;
    }
    Entry e;
    try {
      e = mapper.readValue(file.toFile(), Entry.class);
    } catch (IOException | RuntimeException ex) {
      return new Lookup(null, "unreadable (" + JsonFiles.oneLine(ex) + ")");
    }
    String problem = problem(e, key, text);
    return problem == null ? new Lookup(e.matches(), null) : new Lookup(null, problem);
  }

  /** Why {@code e} cannot stand for LanguageTool's answer on {@code text}, or null if it can. */
  static String problem(Entry e, String key, String text) {
    if (e == null || e.matches() == null) {
      return "no matches recorded";
    }
    if (!key.equals(e.key())) {
      return "written for another key";
    }
    if (e.textLength() != text.length() || !Texts.sha256Hex(text, 32).equals(e.textSha256())) {
      return "written for another text (its SHA-256 or length differs)";
    }
    for (int i = 0; i < e.matches().size(); i++) {
      RawMatch m = e.matches().get(i);
      if (m == null) {
        return "match " + (i + 1) + " is empty";
      }
      if (m.to() > text.length()) {
        return "match "
            + (i + 1)
            + " ends at offset "
            + m.to()
            + ", past the end of the text ("
            + text.length()
            + ")";
      }
    }
    return null;
  }

  /** Stores {@code matches} as LanguageTool's answer on {@code text} under {@code key}. */
  void put(String key, String text, List<RawMatch> matches) {
    Entry e = new Entry(key, Texts.sha256Hex(text, 32), text.length(), matches);
    try {
      AtomicFiles.write(file(key), mapper.writeValueAsBytes(e));
    } catch (IOException ex) {
      // a read-only or full disk costs speed, never a report
    }
  }

  private Path file(String key) {
    return dir.resolve(key + ".json");
  }
}
