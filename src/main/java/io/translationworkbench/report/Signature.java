package io.translationworkbench.report;

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
    Map<String, String> parameters) {}
