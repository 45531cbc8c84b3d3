package io.translationworkbench.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.translationworkbench.AtomicFiles;
import io.translationworkbench.InputException;
import io.translationworkbench.JsonFiles;
import io.translationworkbench.flag.FlagKind;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * The review decisions of one pair, stored in {@code articles/<id>/review.json}: an immutable value
 * that loads, changes by copy and saves atomically. The file is sorted by fingerprint with a fixed
 * key order so that it diffs well in version control.
 *
 * <p>Several reviews of one pair may run at once (two terminals, a script): every change goes
 * through {@link #update}, which holds the pair's lock ({@code review.json.lock} beside the file,
 * kept there and ignored by git), re-reads the file, applies the change to what it holds now and
 * saves, so no decision saved meanwhile by another process is lost.
 */
public final class ReviewFile {
  /** The file name inside a pair directory. */
  public static final String FILE_NAME = "review.json";

  /** The lock file beside the review file, named after it. */
  public static final String LOCK_SUFFIX = ".lock";

  // FileChannel locks are held by the whole JVM: threads of one process also queue on this
  private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  /**
   * Version written when the file holds decisions only: files of 1.x tools stay readable by them.
   */
  static final int FORMAT_VERSION = 1;

  /** Version written when the file holds corrections too (read: 1 and 2). */
  static final int FORMAT_VERSION_CORRECTIONS = 2;

  private static final Set<String> TOP_KEYS = Set.of("version", "decisions", "corrections");
  private static final Set<String> CORRECTION_KEYS =
      Set.of("sentence", "corrected", "reviewer", "date");
  private static final Set<String> DECISION_KEYS =
      Set.of("decision", "reviewer", "date", "note", "kind", "ruleId", "matchedText", "sentence");

  private final Path path;
  private final SortedMap<String, ReviewDecision> decisions;
  // by the machine sentence they correct
  private final SortedMap<String, Correction> corrections;

  private ReviewFile(
      Path path,
      SortedMap<String, ReviewDecision> decisions,
      SortedMap<String, Correction> corrections) {
    this.path = Objects.requireNonNull(path, "path");
    this.decisions = decisions;
    this.corrections = corrections;
  }

  /** The review file of the pair in {@code pairDir}. */
  public static Path pathIn(Path pairDir) {
    return pairDir.resolve(FILE_NAME);
  }

  /** No decisions yet, to be saved at {@code file}. */
  public static ReviewFile empty(Path file) {
    return new ReviewFile(file, new TreeMap<>(), new TreeMap<>());
  }

  /**
   * The decisions in {@code file}; a missing file means none, a malformed one is an {@link
   * InputException}.
   */
  public static ReviewFile load(Path file) {
    if (!Files.exists(file)) {
      return empty(file);
    }
    ObjectNode root = JsonFiles.readObject(file);
    JsonFiles.rejectUnknownKeys(root, TOP_KEYS, file, "the top level");
    JsonNode version = root.get("version");
    boolean v2 = version != null && version.isInt() && version.intValue() == 2;
    if (!v2) {
      JsonFiles.requireVersion(root, FORMAT_VERSION, file);
      if (root.has("corrections")) {
        throw new InputException(file, "\"corrections\" needs \"version\": 2");
      }
    }
    ObjectNode all = JsonFiles.requireObject(root.get("decisions"), file, "\"decisions\"");
    SortedMap<String, ReviewDecision> decisions = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      decisions.put(e.getKey(), parseDecision(e.getKey(), e.getValue(), file));
    }
    SortedMap<String, Correction> corrections = new TreeMap<>();
    if (root.has("corrections")) {
      JsonNode list = root.get("corrections");
      if (!list.isArray()) {
        throw new InputException(file, "\"corrections\" must be a JSON array");
      }
      for (int i = 0; i < list.size(); i++) {
        Correction c = parseCorrection(list.get(i), file, "correction " + (i + 1));
        if (corrections.put(c.sentence(), c) != null) {
          throw new InputException(
              file, "correction " + (i + 1) + ": a second correction of the same sentence");
        }
      }
    }
    return new ReviewFile(file, decisions, corrections);
  }

  private static Correction parseCorrection(JsonNode value, Path file, String where) {
    ObjectNode node = JsonFiles.requireObject(value, file, where);
    JsonFiles.rejectUnknownKeys(node, CORRECTION_KEYS, file, where);
    try {
      return new Correction(
          JsonFiles.requireText(node, "sentence", file, where),
          JsonFiles.requireText(node, "corrected", file, where),
          JsonFiles.requireText(node, "reviewer", file, where),
          JsonFiles.requireText(node, "date", file, where));
    } catch (IllegalArgumentException e) {
      throw new InputException(file, where + ": " + e.getMessage(), e);
    }
  }

  private static ReviewDecision parseDecision(String fingerprint, JsonNode value, Path file) {
    String where = "decision " + fingerprint;
    ObjectNode node = JsonFiles.requireObject(value, file, where);
    JsonFiles.rejectUnknownKeys(node, DECISION_KEYS, file, where);
    Decision decision = Decision.parse(JsonFiles.requireText(node, "decision", file, where), file);
    FlagKind kind = parseKind(JsonFiles.requireText(node, "kind", file, where), file, where);
    try {
      return new ReviewDecision(
          fingerprint,
          decision,
          JsonFiles.requireText(node, "reviewer", file, where),
          JsonFiles.requireText(node, "date", file, where),
          JsonFiles.optionalText(node, "note", file, where),
          kind,
          JsonFiles.requireText(node, "ruleId", file, where),
          JsonFiles.optionalText(node, "matchedText", file, where),
          JsonFiles.optionalText(node, "sentence", file, where));
    } catch (IllegalArgumentException e) {
      throw new InputException(file, where + ": " + e.getMessage(), e);
    }
  }

  private static FlagKind parseKind(String id, Path file, String where) {
    for (FlagKind k : FlagKind.values()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    throw new InputException(file, where + ": unknown kind '" + id + "'");
  }

  /** Where this file is saved. */
  public Path path() {
    return path;
  }

  /** All decisions, sorted by fingerprint. */
  public List<ReviewDecision> decisions() {
    return List.copyOf(decisions.values());
  }

  /** The decision on {@code fingerprint}, if any. */
  public Optional<ReviewDecision> find(String fingerprint) {
    return Optional.ofNullable(decisions.get(fingerprint));
  }

  /** A copy with {@code decision} added, replacing any earlier decision on the same fingerprint. */
  public ReviewFile with(ReviewDecision decision) {
    SortedMap<String, ReviewDecision> copy = new TreeMap<>(decisions);
    copy.put(decision.fingerprint(), decision);
    return new ReviewFile(path, copy, corrections);
  }

  /** A copy without the decision on {@code fingerprint}. */
  public ReviewFile without(String fingerprint) {
    SortedMap<String, ReviewDecision> copy = new TreeMap<>(decisions);
    copy.remove(fingerprint);
    return new ReviewFile(path, copy, corrections);
  }

  /** All corrections, sorted by the sentence they correct. */
  public List<Correction> corrections() {
    return List.copyOf(corrections.values());
  }

  /** The correction of the machine sentence reading {@code sentence}, if any. */
  public Optional<Correction> correctionOf(String sentence) {
    return Optional.ofNullable(corrections.get(sentence));
  }

  /** A copy with {@code correction}, replacing any earlier correction of the same sentence. */
  public ReviewFile with(Correction correction) {
    SortedMap<String, Correction> copy = new TreeMap<>(corrections);
    copy.put(correction.sentence(), correction);
    return new ReviewFile(path, decisions, copy);
  }

  /** A copy without the correction of the machine sentence reading {@code sentence}. */
  public ReviewFile withoutCorrectionOf(String sentence) {
    SortedMap<String, Correction> copy = new TreeMap<>(corrections);
    copy.remove(sentence);
    return new ReviewFile(path, decisions, copy);
  }

  /**
   * Writes exactly these decisions atomically (temp file, fsync, rename; a crash leaves the old or
   * the new file, never half), under the pair's lock. It replaces whatever the file holds: to
   * change a decision, use {@link #update}, which keeps the decisions saved meanwhile.
   */
  public void save() throws IOException {
    locked(
        path,
        () -> {
          AtomicFiles.write(path, toJson());
          return this;
        });
  }

  /**
   * Changes the review file at {@code file} safely while other reviews of the pair may run: under
   * the pair's lock, reads the file as it is now, applies {@code change} to it and saves the result
   * if it differs. Decisions that {@code change} leaves alone are kept as they are on disk,
   * including those another process saved since this one last read the file.
   *
   * @return the file as saved (or as read, when {@code change} changed nothing)
   * @throws IOException when the lock cannot be taken or the file cannot be written (an {@link
   *     AtomicFiles.WriteException} names it); a malformed file is an {@link InputException}
   */
  public static ReviewFile update(Path file, UnaryOperator<ReviewFile> change) throws IOException {
    return locked(
        file,
        () -> {
          ReviewFile now = load(file);
          ReviewFile next = change.apply(now);
          if (!next.decisions.equals(now.decisions) || !next.corrections.equals(now.corrections)) {
            AtomicFiles.write(file, next.toJson());
          }
          return new ReviewFile(file, next.decisions, next.corrections);
        });
  }

  /** Something done under the lock. */
  @FunctionalInterface
  private interface Locked<T> {
    T run() throws IOException;
  }

  /**
   * Runs {@code action} holding the lock of {@code file}: first this process's lock on it, then an
   * exclusive lock on {@code <file>.lock}, which other processes take the same way. The lock file
   * stays (deleting it would let a waiting process lock a file no one else sees).
   */
  private static <T> T locked(Path file, Locked<T> action) throws IOException {
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    Path lockFile = abs.resolveSibling(abs.getFileName() + LOCK_SUFFIX);
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw new AtomicFiles.WriteException(file, e.getFile() + " is a file, not a directory", e);
    } catch (IOException e) {
      throw new AtomicFiles.WriteException(
          file, "cannot create directory " + dir + ": " + AtomicFiles.describe(e), e);
    }
    ReentrantLock mine;
    FileChannel channel;
    try {
      mine =
          IN_PROCESS.computeIfAbsent(
              dir.toRealPath().resolve(lockFile.getFileName()), k -> new ReentrantLock());
      mine.lock();
    } catch (IOException e) {
      throw new AtomicFiles.WriteException(file, "cannot lock it: " + AtomicFiles.describe(e), e);
    }
    try {
      try {
        channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw cannotLock(file, lockFile, e);
      }
      // closing the channel releases the lock
      try (channel) {
        try {
          channel.lock();
        } catch (IOException e) {
          throw cannotLock(file, lockFile, e);
        }
        return action.run();
      }
    } finally {
      mine.unlock();
    }
  }

  private static AtomicFiles.WriteException cannotLock(Path file, Path lockFile, IOException e) {
    return new AtomicFiles.WriteException(
        file, "cannot lock " + lockFile + ": " + AtomicFiles.describe(e), e);
  }

  /** The file's exact bytes. */
  public byte[] toJson() {
    ObjectNode root = JsonFiles.object();
    root.put("version", corrections.isEmpty() ? FORMAT_VERSION : FORMAT_VERSION_CORRECTIONS);
    ObjectNode all = root.putObject("decisions");
    for (ReviewDecision d : decisions.values()) {
      ObjectNode n = all.putObject(d.fingerprint());
      n.put("decision", d.decision().label());
      n.put("reviewer", d.reviewer());
      n.put("date", d.date());
      n.put("note", d.note());
      n.put("kind", d.kind().id());
      n.put("ruleId", d.ruleId());
      n.put("matchedText", d.matchedText());
      n.put("sentence", d.sentence());
    }
    if (!corrections.isEmpty()) {
      var list = root.putArray("corrections");
      for (Correction c : corrections.values()) {
        ObjectNode n = list.addObject();
        n.put("sentence", c.sentence());
        n.put("corrected", c.corrected());
        n.put("reviewer", c.reviewer());
        n.put("date", c.date());
      }
    }
    return JsonFiles.pretty(root);
  }
}
