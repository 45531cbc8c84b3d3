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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Jackson set up once for the whole tool: strict reading, deterministic pretty writing with LF line ends. */
public final class JsonFiles {
  private JsonFiles() {}

  /** A mapper that rejects unknown keys and trailing tokens, and writes maps sorted by key. */
  public static ObjectMapper strictMapper() {
    return new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }

  /** A writer that pretty-prints with two-space indentation and '\n' line ends on every platform. */
  public static ObjectWriter prettyWriter(ObjectMapper mapper) {
    // "key": value, as most JSON tools print it (Jackson's default is "key" : value)
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    pp.indentObjectsWith(indenter);
    pp.indentArraysWith(indenter);
    return mapper.writer(pp);
  }

  /** Reads a JSON file; every failure is an input error naming the file, on one line. */
  public static JsonNode readTree(ObjectMapper mapper, Path file) {
    if (Files.isDirectory(file)) {
      throw new InputException(file, "is a directory, expected a JSON file");
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length == 0) {
        throw new InputException(file, "file is empty, expected a JSON object");
      }
      return mapper.readTree(bytes);
    } catch (NoSuchFileException e) {
      throw new InputException(file, "file not found");
    } catch (IOException e) {
      throw new InputException(file, "malformed JSON: " + oneLine(e));
    }
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
      String msg = root != j && root instanceof IllegalArgumentException ? root.getMessage() : j.getOriginalMessage();
      return firstLine(msg) + location(j);
    }
    return firstLine(e.getMessage());
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 0
        ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown problem";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
