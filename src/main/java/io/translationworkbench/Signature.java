package io.translationworkbench;

import io.translationworkbench.config.WorkbenchConfig;
import io.translationworkbench.grammar.GrammarChecker;
import io.translationworkbench.grammar.GrammarStage;
import io.translationworkbench.grammar.RuleFiles;
import io.translationworkbench.ingest.StructureAnalyzer;
import io.translationworkbench.ingest.TextLoader;
import io.translationworkbench.segment.Segmenter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to reproduce a report: versions, rule configuration, normalisation choices,
 * parameters.
 *
 * @param tool "translation-workbench"
 * @param toolVersion our version
 * @param languageToolVersion the embedded LanguageTool's version
 * @param normalisation how input bytes became the text that offsets refer to
 * @param rules LanguageTool rule configuration (enabled/disabled rules and categories, picky,
 *     typography profile)
 * @param lexicon where spelling exemptions came from
 * @param configFiles configuration files read, in order
 * @param parameters other parameters (language identification, segmenter…)
 */
public record Signature(
    String tool,
    String toolVersion,
    String languageToolVersion,
    Map<String, String> normalisation,
    Map<String, Object> rules,
    Map<String, Object> lexicon,
    List<String> configFiles,
    Map<String, String> parameters) {
  /** The signature of a run with {@code config}: each stage contributes its own part. */
  public static Signature of(WorkbenchConfig config, RuleFiles ruleFiles) {
    return of(config, ruleFiles, null);
  }

  /**
   * The signature of a run with {@code config} whose LanguageTool was {@code backend} ({@link
   * io.translationworkbench.grammar.LanguageToolBackend#signature}; null: embedded, not said). A
   * remote backend is named in the rules ({@code "languageTool"}), with the servers' version.
   */
  public static Signature of(
      WorkbenchConfig config, RuleFiles ruleFiles, Map<String, Object> backend) {
    Map<String, String> params = new LinkedHashMap<>(StructureAnalyzer.signature());
    params.putAll(Segmenter.signature());
    params.put("maxFileBytes", Long.toString(config.maxFileBytes()));
    Map<String, Object> rules = GrammarStage.rulesSignature(config.grammar(), ruleFiles);
    String version = GrammarChecker.languageToolVersion();
    if (backend != null && !"embedded".equals(backend.get("backend"))) {
      rules.put("languageTool", backend);
      version = String.valueOf(backend.get("languageToolVersion"));
    }
    return new Signature(
        "translation-workbench",
        Versions.tool(),
        version,
        TextLoader.normalisation(),
        rules,
        GrammarStage.lexiconSignature(config),
        config.sources().stream().map(s -> s.replace('\\', '/')).toList(),
        params);
  }
}
