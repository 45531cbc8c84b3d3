package io.translationworkbench.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One metric value on sacreBLEU's 0–100 scale, with its signature.
 *
 * @param name sacreBLEU's name for the score: {@code BLEU}, {@code chrF2}, {@code chrF2++}, {@code
 *     TER}
 * @param score the full-precision value (never rounded or clamped: an exact BLEU match is
 *     100.00000000000004)
 * @param signature the reproducibility signature
 * @param verbose sacreBLEU's verbose suffix (BLEU precisions, BP, lengths), empty for other metrics
 * @param details metric-specific numbers (n-gram counts, edits, ...) in a stable order
 */
public record Score(
    String name,
    double score,
    SacrebleuSignature signature,
    String verbose,
    Map<String, Object> details) {
  public Score {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(verbose, "verbose");
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }
}
