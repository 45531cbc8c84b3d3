package io.translationworkbench.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole configuration of a run, read from {@code workbench.json} (project-wide) and overridden
 * by {@code articles/<id>/workbench.json} (per pair).
 *
 * @param maxFileBytes size limit for one input file (default 5 MB)
 * @param grammar what the grammar check reports
 * @param glossaryWords words read from the glossary files (filled by the loader, not by users)
 * @param sources the configuration files that were read, in order, as given
 * @param ruleFiles newsroom rule files, resolved against the layer declaring them, directories
 *     expanded (filled by the loader, not by users)
 * @param limits limits on the work of one pair: sentences per text, words per sentence, flags per
 *     report (defaults in {@link LimitsConfig})
 * @param languagetool LanguageTool HTTP servers to check with (project file only; default: none,
 *     LanguageTool embedded)
 */
public record WorkbenchConfig(
    Long maxFileBytes,
    GrammarConfig grammar,
    List<String> glossaryWords,
    List<String> sources,
    List<Path> ruleFiles,
    LimitsConfig limits,
    LanguageToolConfig languagetool) {
  /** Default size limit: 5 MB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;

  /** Everything at its default. */
  public static final WorkbenchConfig DEFAULT =
      new WorkbenchConfig(null, null, null, null, null, null, null);

  public WorkbenchConfig {
    maxFileBytes = maxFileBytes == null ? DEFAULT_MAX_FILE_BYTES : maxFileBytes;
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive");
    }
    grammar = grammar == null ? GrammarConfig.DEFAULT : grammar;
    glossaryWords =
        glossaryWords == null ? List.of() : glossaryWords.stream().distinct().sorted().toList();
    sources = sources == null ? List.of() : List.copyOf(sources);
    ruleFiles = ruleFiles == null ? List.of() : ruleFiles.stream().distinct().toList();
    limits = limits == null ? LimitsConfig.DEFAULT : limits;
    languagetool = languagetool == null ? LanguageToolConfig.DEFAULT : languagetool;
  }

  /** Ignore-words and glossary words together. */
  public List<String> allIgnoredWords() {
    return java.util.stream.Stream.concat(grammar.ignoreWords().stream(), glossaryWords.stream())
        .distinct()
        .sorted()
        .toList();
  }
}
