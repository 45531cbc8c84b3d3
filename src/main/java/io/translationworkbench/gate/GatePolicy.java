package io.translationworkbench.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.translationworkbench.InputException;
import io.translationworkbench.JsonFiles;
import io.translationworkbench.Severity;
import java.nio.file.Path;
import java.util.Set;

/**
 * The thresholds of the quality gate, read from a policy file such as {@code quality-gate.json};
 * every key is optional and falls back to its documented default, unknown keys are rejected.
 *
 * @param maxOpenErrors most open error-severity flags allowed per pair (default 0)
 * @param maxOpenWarnings most open warning-severity flags allowed per pair, or null for no limit
 *     (default null)
 * @param maxGrammarDensityRatio machine grammar matches per 100 words at most this many times the
 *     human article's (default 2.0)
 * @param grammarDensityFloor the human density used is at least this many matches per 100 words, so
 *     that a flawless human article does not make every machine match fail the gate (default 0.5)
 * @param minDocumentChrF minimum document chrF (0–100) of machine against human text (default 20.0:
 *     the two are comparable articles written apart, not a translation and its reference, so chrF
 *     is low by nature; this catches the wrong article or a broken translation, not style)
 * @param allowUntranslated whether open untranslated flags (e.g. a paragraph left in English) may
 *     pass (default false)
 * @param maxOpenInfos most info-severity flags not dismissed allowed per pair, or null for no limit
 *     (default null: the gate then has no info-flags rule at all)
 */
public record GatePolicy(
    int maxOpenErrors,
    Integer maxOpenWarnings,
    double maxGrammarDensityRatio,
    double grammarDensityFloor,
    double minDocumentChrF,
    boolean allowUntranslated,
    Integer maxOpenInfos) {
  /** The policy file read by default from the repository root. */
  public static final String DEFAULT_FILE_NAME = "quality-gate.json";

  private static final Set<String> KEYS =
      Set.of(
          "comment",
          "maxOpenErrors",
          "maxOpenWarnings",
          "maxGrammarDensityRatio",
          "grammarDensityFloor",
          "minDocumentChrF",
          "allowUntranslated",
          "maxOpenInfos");

  public GatePolicy {
    if (maxOpenErrors < 0) {
      throw new IllegalArgumentException("maxOpenErrors must be >= 0, was " + maxOpenErrors);
    }
    if (maxOpenWarnings != null && maxOpenWarnings < 0) {
      throw new IllegalArgumentException(
          "maxOpenWarnings must be >= 0 or null, was " + maxOpenWarnings);
    }
    if (maxOpenInfos != null && maxOpenInfos < 0) {
      throw new IllegalArgumentException("maxOpenInfos must be >= 0 or null, was " + maxOpenInfos);
    }
    if (!(maxGrammarDensityRatio > 0) || Double.isInfinite(maxGrammarDensityRatio)) {
      throw new IllegalArgumentException(
          "maxGrammarDensityRatio must be > 0, was " + maxGrammarDensityRatio);
    }
    if (!(grammarDensityFloor > 0) || Double.isInfinite(grammarDensityFloor)) {
      throw new IllegalArgumentException(
          "grammarDensityFloor must be > 0, was " + grammarDensityFloor);
    }
    if (!(minDocumentChrF >= 0 && minDocumentChrF <= 100)) {
      throw new IllegalArgumentException(
          "minDocumentChrF must be between 0 and 100, was " + minDocumentChrF);
    }
  }

  /** A policy with no limit on info flags. */
  public GatePolicy(
      int maxOpenErrors,
      Integer maxOpenWarnings,
      double maxGrammarDensityRatio,
      double grammarDensityFloor,
      double minDocumentChrF,
      boolean allowUntranslated) {
    this(
        maxOpenErrors,
        maxOpenWarnings,
        maxGrammarDensityRatio,
        grammarDensityFloor,
        minDocumentChrF,
        allowUntranslated,
        null);
  }

  /**
   * This policy with every flag of severity {@code level} or worse limited to 0 not dismissed
   * ({@code check --fail-on}): error sets maxOpenErrors to 0, warning also maxOpenWarnings, info
   * also maxOpenInfos; the other thresholds stay.
   */
  public GatePolicy failingOn(Severity level) {
    return new GatePolicy(
        0,
        level.compareTo(Severity.WARNING) >= 0 ? Integer.valueOf(0) : maxOpenWarnings,
        maxGrammarDensityRatio,
        grammarDensityFloor,
        minDocumentChrF,
        allowUntranslated,
        level.compareTo(Severity.INFO) >= 0 ? Integer.valueOf(0) : maxOpenInfos);
  }

  /** The documented defaults. */
  public static GatePolicy defaults() {
    return new GatePolicy(0, null, 2.0, 0.5, 20.0, false);
  }

  /**
   * Reads a policy file; missing keys take their defaults; malformed, unknown or invalid values
   * name the file.
   */
  public static GatePolicy load(Path file) {
    ObjectNode root = JsonFiles.readObject(file);
    JsonFiles.rejectUnknownKeys(root, KEYS, file, "the policy");
    GatePolicy d = defaults();
    try {
      return new GatePolicy(
          intValue(root, "maxOpenErrors", d.maxOpenErrors(), file),
          optionalIntValue(root, "maxOpenWarnings", d.maxOpenWarnings(), file),
          doubleValue(root, "maxGrammarDensityRatio", d.maxGrammarDensityRatio(), file),
          doubleValue(root, "grammarDensityFloor", d.grammarDensityFloor(), file),
          doubleValue(root, "minDocumentChrF", d.minDocumentChrF(), file),
          booleanValue(root, "allowUntranslated", d.allowUntranslated(), file),
          optionalIntValue(root, "maxOpenInfos", d.maxOpenInfos(), file));
    } catch (IllegalArgumentException e) {
      throw new InputException(file, e.getMessage(), e);
    }
  }

  private static int intValue(ObjectNode root, String key, int fallback, Path file) {
    JsonNode v = root.get(key);
    if (v == null) {
      return fallback;
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new InputException(file, "\"" + key + "\" must be a whole number, was " + v);
    }
    return v.intValue();
  }

  // null is a value here ("no limit"), distinct from a missing key ("the default")
  private static Integer optionalIntValue(
      ObjectNode root, String key, Integer fallback, Path file) {
    JsonNode v = root.get(key);
    if (v == null) {
      return fallback;
    }
    return v.isNull() ? null : intValue(root, key, 0, file);
  }

  private static double doubleValue(ObjectNode root, String key, double fallback, Path file) {
    JsonNode v = root.get(key);
    if (v == null) {
      return fallback;
    }
    if (!v.isNumber()) {
      throw new InputException(file, "\"" + key + "\" must be a number, was " + v);
    }
    return v.doubleValue();
  }

  private static boolean booleanValue(ObjectNode root, String key, boolean fallback, Path file) {
    JsonNode v = root.get(key);
    if (v == null) {
      return fallback;
    }
    if (!v.isBoolean()) {
      throw new InputException(file, "\"" + key + "\" must be true or false, was " + v);
    }
    return v.booleanValue();
  }

  /** The policy as a policy file (every key spelled out). */
  public byte[] toJson() {
    ObjectNode root = JsonFiles.object();
    root.put("maxOpenErrors", maxOpenErrors);
    if (maxOpenWarnings == null) {
      root.putNull("maxOpenWarnings");
    } else {
      root.put("maxOpenWarnings", maxOpenWarnings);
    }
    root.put("maxGrammarDensityRatio", maxGrammarDensityRatio);
    root.put("grammarDensityFloor", grammarDensityFloor);
    root.put("minDocumentChrF", minDocumentChrF);
    root.put("allowUntranslated", allowUntranslated);
    // only when set: the policy files written before the key existed stay as they are
    if (maxOpenInfos != null) {
      root.put("maxOpenInfos", maxOpenInfos);
    }
    return JsonFiles.pretty(root);
  }
}
