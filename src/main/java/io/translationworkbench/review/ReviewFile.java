package io.translationworkbench.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.translationworkbench.AtomicFiles;
import io.translationworkbench.InputException;
import io.translationworkbench.JsonFiles;
import io.translationworkbench.flag.FlagKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The review decisions of one pair, stored in {@code articles/<id>/review.json}: an immutable value
 * that loads, changes by copy and saves atomically. The file is sorted by fingerprint with a fixed
 * key order so that it diffs well in version control.
 */
public final class ReviewFile {
  /** The file name inside a pair directory. */
  public static final String FILE_NAME = "review.json";

  static final int FORMAT_VERSION = 1;
  private static final Set<String> TOP_KEYS = Set.of("version", "decisions");
  private static final Set<String> DECISION_KEYS =
      Set.of("decision", "reviewer", "date", "note", "kind", "ruleId", "matchedText", "sentence");

  private final Path path;
  private final SortedMap<String, ReviewDecision> decisions;

  private ReviewFile(Path path, SortedMap<String, ReviewDecision> decisions) {
    this.path = Objects.requireNonNull(path, "path");
    this.decisions = decisions;
  }

  /** The review file of the pair in {@code pairDir}. */
  public static Path pathIn(Path pairDir) {
    return pairDir.resolve(FILE_NAME);
  }

  /** No decisions yet, to be saved at {@code file}. */
  public static ReviewFile empty(Path file) {
    return new ReviewFile(file, new TreeMap<>());
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
    JsonFiles.requireVersion(root, FORMAT_VERSION, file);
    ObjectNode all = JsonFiles.requireObject(root.get("decisions"), file, "\"decisions\"");
    SortedMap<String, ReviewDecision> decisions = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      decisions.put(e.getKey(), parseDecision(e.getKey(), e.getValue(), file));
    }
    return new ReviewFile(file, decisions);
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
    return new ReviewFile(path, copy);
  }

  /** A copy without the decision on {@code fingerprint}. */
  public ReviewFile without(String fingerprint) {
    SortedMap<String, ReviewDecision> copy = new TreeMap<>(decisions);
    copy.remove(fingerprint);
    return new ReviewFile(path, copy);
  }

  /**
   * Writes the file atomically (temp file, fsync, rename): a crash leaves the old or the new file,
   * never half.
   */
  public void save() throws IOException {
    AtomicFiles.write(path, toJson());
  }

  /** The file's exact bytes. */
  public byte[] toJson() {
    ObjectNode root = JsonFiles.object();
    root.put("version", FORMAT_VERSION);
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
    return JsonFiles.pretty(root);
  }
}
