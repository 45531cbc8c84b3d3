package io.translationworkbench.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.AtomicFiles;
import io.translationworkbench.JsonFiles;
import io.translationworkbench.Texts;
import io.translationworkbench.config.ConfigLoader;
import io.translationworkbench.config.WorkbenchConfig;
import io.translationworkbench.report.CorpusPair;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The pair cache of {@code report}: a pair whose every input is byte for byte what it was in the
 * last run, and whose three reports are still the bytes that run wrote, is neither analysed nor
 * written again; its printed line and its {@link CorpusPair} for the corpus report come from here.
 *
 * <p>The key of a pair is the SHA-256 of everything that decides its reports, its line and its
 * verdict: the run's own part (the tool's build, the options that change analysis, the gate policy:
 * see {@link #PairCache}), the pair directory as given, the name and bytes of every file under it
 * (texts, pair.json, review.json, its workbench.json…), and the bytes of every configuration file
 * the pair's configuration is read from (the workbench.json layers, their glossaries and rule
 * files). One entry per pair and report directory, replaced by each run.
 *
 * <p>An entry is trusted only when it names the key asked about, its content matches the checksum
 * it carries, and the reports it names are in the report directory with the SHA-256 it recorded.
 * Anything else (no entry, an unreadable, truncated or edited one, a report edited or removed, an
 * input that cannot be read) is a miss: the pair is analysed as without a cache. A cache directory
 * that cannot be written only costs speed.
 */
public final class PairCache {
  /** Bumped when the entry layout or the key changes: an older entry is then a miss. */
  static final String FORMAT = "pair-cache=1";

  private final Path dir;
  private final String run;
  private final ConfigLoader configLoader = new ConfigLoader();
  private final ObjectMapper mapper = JsonFiles.strictMapper();

  /**
   * A cache in {@code dir} (created on first write).
   *
   * @param build the tool's build identity: a rebuilt tool never reuses an entry
   * @param run whatever else of the run decides a pair's result (options, gate policy), as text
   */
  public PairCache(Path dir, String build, String run) {
    this.dir = dir;
    this.run = FORMAT + "\u0000" + build + "\u0000" + run;
  }

  /**
   * What is stored for one pair.
   *
   * @param key the key of the inputs it was written for
   * @param reports SHA-256 of each report file the run wrote, by file name
   * @param line what the run printed for the pair (before the report paths)
   * @param pair the pair's summary for the corpus report
   * @param check SHA-256 of the other fields: an entry edited on disk does not match it
   */
  public record Entry(
      String key, Map<String, String> reports, String line, CorpusPair pair, String check) {}

  /**
   * The key of the pair in {@code pairDir} configured by {@code projectConfig} (or null: none), or
   * null when an input cannot be read: that pair is not cached, and its analysis says what is
   * wrong.
   */
  public String key(Path pairDir, Path projectConfig) {
    try {
      MessageDigest key = sha256();
      text(key, run, Path.of("").toAbsolutePath().toString(), pairDir.toString());
      List<Path> files;
      try (Stream<Path> s = Files.walk(pairDir, FileVisitOption.FOLLOW_LINKS)) {
        files = s.filter(p -> !p.equals(pairDir)).sorted().toList();
      }
      for (Path f : files) {
        if (Files.isDirectory(f)) {
          text(key, "dir", pairDir.relativize(f).toString());
        } else {
          file(key, "file", pairDir.relativize(f).toString(), f);
        }
      }
      WorkbenchConfig config = configLoader.loadFor(projectConfig, pairDir);
      for (String source : config.sources()) {
        file(key, "config", source, Path.of(source));
        for (Path glossary : configLoader.glossaryFiles(Path.of(source))) {
          file(key, "glossary", glossary.toString(), glossary);
        }
      }
      for (Path rules : config.ruleFiles()) {
        file(key, "rules", rules.toString(), rules);
      }
      return HexFormat.of().formatHex(key.digest());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The entry of the pair in {@code pairDir} reported into {@code reportDir}, when it was written
   * for {@code key} and every report it names is still the bytes it recorded; else null.
   */
  public Entry get(Path pairDir, Path reportDir, String key) {
    Path file = file(pairDir, reportDir);
    if (key == null || !Files.isRegularFile(file)) {
      return null;
    }
    try {
      Entry e = mapper.readValue(file.toFile(), Entry.class);
      if (!key.equals(e.key())
          || e.reports() == null
          || e.reports().isEmpty()
          || e.line() == null
          || e.pair() == null
          || !check(e).equals(e.check())) {
        return null;
      }
      for (Map.Entry<String, String> r : e.reports().entrySet()) {
        Path report = reportDir.resolve(r.getKey());
        if (!Files.isRegularFile(report)
            || !Texts.sha256Hex(Files.readAllBytes(report)).equals(r.getValue())) {
          return null;
        }
      }
      return e;
    } catch (IOException | RuntimeException ex) {
      return null;
    }
  }

  /**
   * Records that the inputs of {@code key} gave {@code reports} (file name to bytes, as written
   * into {@code reportDir}), the printed {@code line} and the summary {@code pair}.
   */
  public void put(
      Path pairDir,
      Path reportDir,
      String key,
      Map<String, byte[]> reports,
      String line,
      CorpusPair pair) {
    Objects.requireNonNull(key, "key");
    Map<String, String> hashes = new TreeMap<>();
    reports.forEach((name, bytes) -> hashes.put(name, Texts.sha256Hex(bytes)));
    try {
      Entry e = new Entry(key, hashes, line, pair, null);
      e = new Entry(key, hashes, line, pair, check(e));
      AtomicFiles.write(file(pairDir, reportDir), mapper.writeValueAsBytes(e));
    } catch (IOException | RuntimeException ex) {
      // a read-only or full disk costs speed, never a report
    }
  }

  /** The checksum of an entry's fields but its own. */
  private String check(Entry e) throws IOException {
    return Texts.sha256Hex(
        mapper.writeValueAsBytes(new Entry(e.key(), e.reports(), e.line(), e.pair(), null)));
  }

  /** One entry per pair directory and report directory: a run replaces the entry of the last. */
  private Path file(Path pairDir, Path reportDir) {
    String where =
        pairDir.toAbsolutePath().normalize() + "\u0000" + reportDir.toAbsolutePath().normalize();
    return dir.resolve(Texts.sha256Hex(where.getBytes(StandardCharsets.UTF_8)) + ".json");
  }

  private static void text(MessageDigest key, String... parts) {
    for (String p : parts) {
      key.update(p.getBytes(StandardCharsets.UTF_8));
      key.update((byte) 0);
    }
  }

  /** Adds a file's kind, name and SHA-256 to the key; only a regular file is read. */
  private static void file(MessageDigest key, String kind, String name, Path f) throws IOException {
    if (!Files.isRegularFile(f)) {
      throw new IOException(f + ": not a regular file");
    }
    MessageDigest content = sha256();
    try (InputStream in = Files.newInputStream(f)) {
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = in.read(buf)) > 0; ) {
        content.update(buf, 0, n);
      }
    }
    text(key, kind, name, HexFormat.of().formatHex(content.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
