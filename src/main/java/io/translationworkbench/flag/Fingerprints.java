package io.translationworkbench.flag;

import io.translationworkbench.Texts;

/**
 * Flag fingerprints: a hash of what the flag says about its own sentence (kind, rule, the
 * sentence's text, the matched text and its occurrence in the sentence). Nothing positional goes
 * in, so editing another sentence changes nothing, while editing this sentence's text gives new
 * fingerprints.
 */
final class Fingerprints {
  private Fingerprints() {}

  /** The fingerprint: 16 hex digits of SHA-256. */
  public static String of(
      FlagKind kind, String ruleId, String sentenceText, String matchedText, int occurrence) {
    String key =
        String.join(
            "\u0000",
            "v1",
            kind.id(),
            ruleId,
            Texts.collapseSpaces(sentenceText),
            matchedText,
            Integer.toString(occurrence));
    return Texts.sha256Hex(key, 8);
  }
}
