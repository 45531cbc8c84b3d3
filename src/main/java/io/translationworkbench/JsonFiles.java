package io.translationworkbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Jackson set up once for the whole tool: strict reading, deterministic pretty writing with LF line
 * ends.
 */
public final class JsonFiles {
  private JsonFiles() {}

  /** A mapper that rejects unknown keys and trailing tokens, and writes maps sorted by key. */
  public static ObjectMapper strictMapper() {
    return new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }

  // built on first use only: an ObjectMapper costs tens of milliseconds at start-up, which callers
  // that only need the pretty printer (workbench score) should not pay
  private static final class Trees {
    static final ObjectMapper MAPPER = strictMapper();
    static final ObjectWriter PRETTY = prettyWriter(MAPPER);
  }

  /** A new empty object node. */
  public static ObjectNode object() {
    return Trees.MAPPER.createObjectNode();
  }

  /**
   * The node as pretty UTF-8 JSON with a trailing newline; the same tree always gives the same
   * bytes.
   */
  public static byte[] pretty(JsonNode node) {
    try {
      return (Trees.PRETTY.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses {@code file} as one JSON object; a missing, empty or malformed file is an {@link
   * InputException}.
   */
  public static ObjectNode readObject(Path file) {
    return requireObject(readTree(Trees.MAPPER, file), file, "the top level");
  }

  /**
   * Checks the file's {@code "version"} key is exactly {@code expected} (a newer format is not
   * guessed at).
   */
  public static void requireVersion(ObjectNode root, int expected, Path file) {
    JsonNode version = root.get("version");
    if (version == null || !version.isInt() || version.intValue() != expected) {
      throw new InputException(file, "\"version\" must be " + expected);
    }
  }

  /** {@code node} as an object, or an input error saying where an object was expected. */
  public static ObjectNode requireObject(JsonNode node, Path file, String where) {
    if (node == null || !node.isObject()) {
      throw new InputException(file, where + " must be a JSON object");
    }
    return (ObjectNode) node;
  }

  /** Rejects any key of {@code node} not in {@code known}, naming it and the known keys. */
  public static void rejectUnknownKeys(
      ObjectNode node, Set<String> known, Path file, String where) {
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw new InputException(
          file,
          "unknown key"
              + (unknown.size() > 1 ? "s " : " ")
              + String.join(", ", unknown)
              + " in "
              + where
              + " (known: "
              + String.join(", ", new TreeSet<>(known))
              + ")");
    }
  }

  /** The string value of {@code key}; missing or non-string is an input error. */
  public static String requireText(ObjectNode node, String key, Path file, String where) {
    JsonNode v = node.get(key);
    if (v == null || !v.isTextual()) {
      throw new InputException(file, where + ": \"" + key + "\" must be a string");
    }
    return v.textValue();
  }

  /**
   * The string value of {@code key}, or null when missing or JSON null; any other type is an input
   * error.
   */
  public static String optionalText(ObjectNode node, String key, Path file, String where) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new InputException(file, where + ": \"" + key + "\" must be a string or null");
    }
    return v.textValue();
  }

  /**
   * A writer that pretty-prints with two-space indentation and '\n' line ends on every platform.
   */
  public static ObjectWriter prettyWriter(ObjectMapper mapper) {
    return mapper.writer(prettyPrinter());
  }

  /**
   * Reads a JSON file through {@link InputFiles} (a regular file, within its size bound, strict
   * UTF-8); every failure is an input error naming the file, on one line.
   */
  public static JsonNode readTree(ObjectMapper mapper, Path file) {
    String text = Texts.decodeUtf8(file, InputFiles.read(file, InputFiles.Kind.JSON));
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new InputException(file, "file is empty, expected a JSON object");
    }
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (IOException e) {
      throw new InputException(file, "malformed JSON: " + oneLine(e));
    }
    return root;
  }

  /** A Jackson or validation failure as one line, with the location when Jackson knows it. */
  public static String oneLine(Exception e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown key \"" + u.getPropertyName() + "\"" + location(u);
    }
    if (e instanceof JsonProcessingException j) {
      Throwable root = j;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String msg =
          root != j && root instanceof IllegalArgumentException
              ? root.getMessage()
              : j.getOriginalMessage();
      return firstLine(msg) + location(j);
    }
    return firstLine(e.getMessage());
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 0
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown problem";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** The pretty printer of every JSON file the tool writes ("key": value, two spaces, LF). */
  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
