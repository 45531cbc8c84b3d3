package io.translationworkbench.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.translationworkbench.InputException;
import io.translationworkbench.InputFiles;
import io.translationworkbench.JsonFiles;
import io.translationworkbench.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code workbench.json} layers: project-wide first, then per pair. Objects merge key by key;
 * a later layer's value replaces an earlier one, except {@code ignoreWords}, {@code glossary} and
 * {@code ruleFiles}, which accumulate.
 */
public final class ConfigLoader {
  /** File name of a configuration layer. */
  public static final String FILE_NAME = "workbench.json";

  private static final java.util.Set<String> ACCUMULATING =
      java.util.Set.of("ignoreWords", "glossary", "ruleFiles");

  private final ObjectMapper mapper = JsonFiles.strictMapper();

  /**
   * Loads the layers that exist, in order; a missing file is skipped, a bad one is an input error.
   */
  /**
   * The configuration of the pair in {@code pairDir}: the project's file (null: none), then the
   * pair's own {@code workbench.json} over it.
   */
  public WorkbenchConfig loadFor(Path projectConfig, Path pairDir) {
    List<Path> layers = new ArrayList<>();
    if (projectConfig != null) {
      layers.add(projectConfig);
    }
    Path pairLayer = pairDir.resolve(FILE_NAME);
    layers.add(pairLayer);
    if (Files.exists(pairLayer)
        && JsonFiles.readTree(mapper, pairLayer) instanceof ObjectNode o
        && o.has("languagetool")) {
      // one pool of servers for a whole run: a pair cannot switch LanguageTool
      throw new InputException(
          pairLayer,
          "bad configuration: \"languagetool\" is read from the project's workbench.json only");
    }
    return load(layers);
  }

  public WorkbenchConfig load(List<Path> layers) {
    ObjectNode merged = mapper.createObjectNode();
    List<String> glossaryWords = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<Path> ruleFiles = new ArrayList<>();
    InputFiles.Within project = within(layers);
    for (Path layer : layers) {
      if (layer == null || !Files.exists(layer)) {
        continue;
      }
      JsonNode node = JsonFiles.readTree(mapper, layer);
      if (!node.isObject()) {
        throw new InputException(layer, "must hold a JSON object");
      }
      // validate each layer on its own, so an unknown key or bad value is blamed on the file that
      // holds it
      JsonFiles.toValue(mapper, node, WorkbenchConfig.class, layer, "bad configuration: ");
      JsonNode grammar = node.get("grammar");
      if (grammar != null && grammar.has("glossary")) {
        for (JsonNode g : grammar.get("glossary")) {
          Path file = layer.toAbsolutePath().getParent().resolve(entry(g, layer, "glossary"));
          glossaryWords.addAll(readGlossary(layer, file, project));
        }
      }
      if (grammar != null && grammar.has("ruleFiles")) {
        for (JsonNode r : grammar.get("ruleFiles")) {
          ruleFiles.addAll(ruleFilesOf(layer, entry(r, layer, "ruleFiles"), project));
        }
      }
      merge(merged, (ObjectNode) node);
      sources.add(layer.toString());
    }
    Path blame =
        layers.stream().filter(p -> p != null && Files.exists(p)).reduce((a, b) -> b).orElse(null);
    WorkbenchConfig partial =
        JsonFiles.toValue(mapper, merged, WorkbenchConfig.class, blame, "bad configuration: ");
    return new WorkbenchConfig(
        partial.maxFileBytes(),
        partial.grammar(),
        glossaryWords,
        sources,
        ruleFiles,
        partial.limits(),
        partial.languagetool());
  }

  /**
   * The glossary files the layer {@code layer} names, resolved against its directory, in its order;
   * none when the layer does not exist or names none. A bad layer is an input error.
   */
  public List<Path> glossaryFiles(Path layer) {
    List<Path> files = new ArrayList<>();
    if (layer == null || !Files.exists(layer)) {
      return files;
    }
    JsonNode node = JsonFiles.readTree(mapper, layer);
    JsonNode grammar = node.isObject() ? node.get("grammar") : null;
    if (grammar != null && grammar.has("glossary") && grammar.get("glossary").isArray()) {
      for (JsonNode g : grammar.get("glossary")) {
        files.add(layer.toAbsolutePath().getParent().resolve(entry(g, layer, "glossary")));
      }
    }
    return files;
  }

  private static String entry(JsonNode v, Path layer, String key) {
    if (!v.isTextual()) {
      throw new InputException(
          layer, "bad configuration: \"grammar." + key + "\": expected a string, found " + v);
    }
    try {
      Path.of(v.textValue());
    } catch (java.nio.file.InvalidPathException e) {
      throw new InputException(
          layer, "bad configuration: \"grammar." + key + "\": not a valid path: " + e.getReason());
    }
    return v.textValue();
  }

  /**
   * Where the files a configuration names may lie: under the directory of one of its layers (the
   * project's directory, the pair's), wherever a link in the way leads.
   */
  private static InputFiles.Within within(List<Path> layers) {
    List<Path> dirs = new ArrayList<>();
    for (Path layer : layers) {
      if (layer != null) {
        dirs.add(layer.toAbsolutePath().getParent());
      }
    }
    return new InputFiles.Within(
        dirs, "the project and the pair (the directories of their workbench.json files)");
  }

  private static void merge(ObjectNode into, ObjectNode from) {
    from.fields()
        .forEachRemaining(
            e -> {
              JsonNode old = into.get(e.getKey());
              JsonNode val = e.getValue();
              if (old instanceof ObjectNode o && val instanceof ObjectNode v) {
                merge(o, v);
              } else if (old instanceof ArrayNode o
                  && val instanceof ArrayNode v
                  && ACCUMULATING.contains(e.getKey())) {
                o.addAll(v);
              } else {
                into.set(e.getKey(), val.deepCopy());
              }
            });
  }

  /**
   * A {@code ruleFiles} entry: a file, or a directory standing for the {@code *.xml} files directly
   * in it (by name). Resolved against the declaring layer's directory, kept relative when the layer
   * path is, so reports do not depend on where the project lives.
   */
  private static List<Path> ruleFilesOf(Path layer, String entry, InputFiles.Within project) {
    Path dir = layer.getParent();
    Path file = (dir == null ? Path.of(entry) : dir.resolve(entry)).normalize();
    if (Files.isDirectory(file)) {
      declared(layer, () -> InputFiles.within(file, "rule directory", project));
      List<Path> found;
      try (var s = Files.list(file)) {
        found = s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
      } catch (IOException e) {
        throw new InputException(file, "rule directory cannot be read (declared in " + layer + ")");
      }
      // every *.xml entry is a rule file: a FIFO or a link leading out is an error, not skipped
      for (Path f : found) {
        declared(layer, () -> InputFiles.regularFileWithin(f, InputFiles.Kind.RULE_FILE, project));
      }
      return found;
    }
    declared(layer, () -> InputFiles.regularFileWithin(file, InputFiles.Kind.RULE_FILE, project));
    return List.of(file);
  }

  /**
   * The last of {@code sources} whose {@code grammar.<key>} lists {@code value}: the file to blame
   * for an unknown id.
   */
  public Path declaring(List<String> sources, String key, String value) {
    Path found = null;
    for (String src : sources) {
      Path p = Path.of(src);
      try {
        JsonNode list = JsonFiles.readTree(mapper, p).path("grammar").path(key);
        for (JsonNode v : list) {
          if (v.asText().equals(value)) {
            found = p;
          }
        }
      } catch (InputException e) {
        // read before without trouble; a file gone since only loses the blame
      }
    }
    return found;
  }

  private static List<String> readGlossary(Path layer, Path file, InputFiles.Within project) {
    String text =
        declared(
            layer,
            () -> Texts.decodeUtf8(file, InputFiles.read(file, InputFiles.Kind.GLOSSARY, project)));
    List<String> words = new ArrayList<>();
    for (String line : text.replace("\uFEFF", "").split("\r\n|\r|\n")) {
      String w = line.strip();
      if (!w.isEmpty() && !w.startsWith("#")) {
        words.add(w);
      }
    }
    return words;
  }

  /** Runs {@code read}, saying in any input error which layer named the file. */
  private static <T> T declared(Path layer, java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (InputException e) {
      throw new InputException(e.file(), e.problem() + " (declared in " + layer + ")", e);
    }
  }
}
