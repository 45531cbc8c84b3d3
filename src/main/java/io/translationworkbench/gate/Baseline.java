package io.translationworkbench.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.translationworkbench.AtomicFiles;
import io.translationworkbench.InputException;
import io.translationworkbench.JsonFiles;
import io.translationworkbench.PairReport;
import io.translationworkbench.review.ReviewedFlag;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The flags known when a baseline was taken, per pair: with a baseline the gate counts only flags
 * not in it, so a pipeline fails on what a new translation brings, not on what was already there.
 */
public final class Baseline {
  static final int FORMAT_VERSION = 1;
  private static final Set<String> TOP_KEYS = Set.of("version", "pairs");

  private final SortedMap<String, SortedSet<String>> fingerprintsByPair;

  private Baseline(SortedMap<String, SortedSet<String>> fingerprintsByPair) {
    this.fingerprintsByPair = fingerprintsByPair;
  }

  /** A baseline of every current flag (whatever its state) of every pair in {@code inputs}. */
  public static Baseline of(List<PairReport> reports) {
    SortedMap<String, SortedSet<String>> map = new TreeMap<>();
    for (PairReport r : reports) {
      SortedSet<String> fps = map.computeIfAbsent(r.pair().id(), k -> new TreeSet<>());
      for (ReviewedFlag f : r.flags()) {
        fps.add(f.fingerprint());
      }
    }
    return new Baseline(map);
  }

  /** Reads a baseline file; a missing or malformed one is an {@link InputException} naming it. */
  public static Baseline load(Path file) {
    ObjectNode root = JsonFiles.readObject(file);
    JsonFiles.rejectUnknownKeys(root, TOP_KEYS, file, "the baseline");
    JsonFiles.requireVersion(root, FORMAT_VERSION, file);
    ObjectNode pairs = JsonFiles.requireObject(root.get("pairs"), file, "\"pairs\"");
    SortedMap<String, SortedSet<String>> map = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = pairs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isArray()) {
        throw new InputException(
            file, "pair " + e.getKey() + " must list fingerprints in an array");
      }
      SortedSet<String> fps = new TreeSet<>();
      for (JsonNode fp : e.getValue()) {
        if (!fp.isTextual() || fp.textValue().isBlank()) {
          throw new InputException(
              file, "pair " + e.getKey() + ": fingerprints must be non-empty strings");
        }
        fps.add(fp.textValue());
      }
      map.put(e.getKey(), fps);
    }
    return new Baseline(map);
  }

  /**
   * Whether the flag {@code fingerprint} of pair {@code pairId} was known when the baseline was
   * taken.
   */
  public boolean contains(String pairId, String fingerprint) {
    return fingerprintsByPair
        .getOrDefault(pairId, Collections.emptySortedSet())
        .contains(fingerprint);
  }

  /** The baselined fingerprints of one pair, sorted (empty for an unknown pair). */
  public Set<String> fingerprints(String pairId) {
    return Collections.unmodifiableSortedSet(
        fingerprintsByPair.getOrDefault(pairId, Collections.emptySortedSet()));
  }

  /** The pairs it knows, sorted. */
  public Set<String> pairIds() {
    return Collections.unmodifiableSet(fingerprintsByPair.keySet());
  }

  /** Writes the baseline atomically, sorted by pair and fingerprint. */
  public void save(Path file) throws IOException {
    AtomicFiles.write(file, toJson());
  }

  /** The file's exact bytes. */
  public byte[] toJson() {
    ObjectNode root = JsonFiles.object();
    root.put("version", FORMAT_VERSION);
    ObjectNode pairs = root.putObject("pairs");
    fingerprintsByPair.forEach(
        (pair, fps) -> {
          ArrayNode arr = pairs.putArray(pair);
          fps.forEach(arr::add);
        });
    return JsonFiles.pretty(root);
  }
}
