package io.translationworkbench.flag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Flag fingerprints: a hash of what the flag says about its own sentence (kind, rule, the sentence's text, the
 * matched text and its occurrence in the sentence). Nothing positional goes in, so editing another sentence changes
 * nothing, while editing this sentence's text gives new fingerprints.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /** The fingerprint: 16 hex digits of SHA-256. */
  public static String of(FlagKind kind, String ruleId, String sentenceText, String matchedText, int occurrence) {
    String key =
        String.join(
            "\u0000",
            "v1",
            kind.id(),
            ruleId,
            sentenceText.strip().replaceAll("[\\s\\u00a0\\u202f]+", " "),
            matchedText,
            Integer.toString(occurrence));
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
