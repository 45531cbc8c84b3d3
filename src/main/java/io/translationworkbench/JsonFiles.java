package io.translationworkbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Jackson set up once for the whole tool: strict reading, deterministic pretty writing with LF line
 * ends.
 */
public final class JsonFiles {
  private JsonFiles() {}

  /**
   * A mapper that rejects unknown keys and trailing tokens, and writes maps sorted by key. It is
   * strict about types: no scalar is coerced into another (a number is not a string, {@code 1.5} is
   * not a whole number, {@code "true"} is not a boolean, a number is not an enum value).
   */
  public static ObjectMapper strictMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    // ALLOW_COERCION_OF_SCALARS leaves strings alone: a number or a boolean is no string either
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
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
   * UTF-8); every failure is an input error naming the file, on one line. A number too large for a
   * double (such as {@code 1e999}) is an error naming its key, never infinity.
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
    rejectNonFinite(root, "", file);
    return root;
  }

  /**
   * {@code tree} as a {@code type}; a value of the wrong type is an input error naming the file and
   * the key, a value the type refuses one naming the file and the problem, each after {@code
   * prefix}.
   */
  public static <T> T toValue(
      ObjectMapper mapper, JsonNode tree, Class<T> type, Path file, String prefix) {
    try {
      return mapper.treeToValue(tree, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InputException(file, prefix + oneLine(e, tree));
    }
  }

  private static void rejectNonFinite(JsonNode node, String where, Path file) {
    if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
      throw new InputException(
          file, quoted(where) + ": number out of range (too large for a number, read as infinity)");
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        rejectNonFinite(
            e.getValue(), where.isEmpty() ? e.getKey() : where + "." + e.getKey(), file);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        rejectNonFinite(node.get(i), where + "[" + i + "]", file);
      }
    }
  }

  private static String quoted(String where) {
    return where.isEmpty() ? "the top level" : "\"" + where + "\"";
  }

  /**
   * {@link #oneLine(Exception)}, but a value of the wrong type is said as {@code "key": expected a
   * whole number, found 1.5}, with the value read from {@code tree}.
   */
  public static String oneLine(Exception e, JsonNode tree) {
    if (!(e instanceof JsonMappingException m)
        || e instanceof UnrecognizedPropertyException
        || m.getPath().isEmpty()) {
      return oneLine(e);
    }
    StringBuilder where = new StringBuilder();
    JsonNode value = tree;
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        where.append(where.length() == 0 ? "" : ".").append(r.getFieldName());
        value = value == null ? null : value.get(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        where.append('[').append(r.getIndex()).append(']');
        value = value == null ? null : value.get(r.getIndex());
      }
    }
    String expected = e instanceof MismatchedInputException x ? expected(x.getTargetType()) : null;
    if (expected != null && value != null) {
      return quoted(where.toString())
          + ": expected "
          + expected
          + ", found "
          + Texts.abbreviate(value.toString(), 60);
    }
    return quoted(where.toString()) + ": " + oneLine(e);
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return null;
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class) {
      return "a whole number";
    }
    if (type == Double.class
        || type == double.class
        || type == Float.class
        || type == float.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (type.isEnum()) {
      return null;
    }
    return type.isRecord() || java.util.Map.class.isAssignableFrom(type) ? "an object" : null;
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
