package io.translationworkbench.grammar;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.AtomicFiles;
import io.translationworkbench.JsonFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * LanguageTool's raw matches on disk, keyed by everything that decides them (LanguageTool version,
 * rule set-up, level, the text it saw). A run whose texts did not change never starts LanguageTool:
 * its start-up, not the check, is most of a report's time. A damaged entry is ignored and
 * rewritten; the cache is only ever a speed-up.
 */
public final class ResultCache {
  private static final TypeReference<List<RawMatch>> LIST = new TypeReference<>() {};
  private final Path dir;
  private final ObjectMapper mapper = JsonFiles.strictMapper();

  /** A cache in {@code dir} (created on first write). */
  public ResultCache(Path dir) {
    this.dir = dir;
  }

  Optional<List<RawMatch>> get(String key) {
    Path file = dir.resolve(key + ".json");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(mapper.readValue(file.toFile(), LIST));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  void put(String key, List<RawMatch> matches) {
    try {
      AtomicFiles.write(dir.resolve(key + ".json"), mapper.writeValueAsBytes(matches));
    } catch (IOException e) {
      // a read-only or full disk costs speed, never a report
    }
  }
}
