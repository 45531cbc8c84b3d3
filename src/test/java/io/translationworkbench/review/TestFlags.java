package io.translationworkbench.review;

import io.translationworkbench.LineIndex;
import io.translationworkbench.Severity;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Builds flags the way the pipeline will: the fingerprint depends on the sentence's text, rule and
 * matched text.
 */
public final class TestFlags {
  /** A small machine text, one sentence per line. */
  public static final String MACHINE =
      "Pékin s’oppose à la vente forcée des activités de TikTok.\n"
          + "Les responsables sont confiants que la vente fera ByteDance semblent faibles.\n"
          + "Le porte-parole a déclaré que les États-Unis abusaient du concept.\n"
          + "This paragraph was left in English by mistake.\n";

  private TestFlags() {}

  /**
   * Four flags on {@link #MACHINE}: grammar error, style warning, untranslated error, typography
   * info.
   */
  public static List<Flag> sampleFlags() {
    return sampleFlags(MACHINE);
  }

  /** The same four findings on a (possibly edited) version of {@link #MACHINE}. */
  public static List<Flag> sampleFlags(String text) {
    return List.of(
        flag(text, 0, "s’oppose", FlagKind.TYPOGRAPHY, Severity.INFO, "APOS_TYP"),
        flag(text, 1, "semblent", FlagKind.GRAMMAR, Severity.ERROR, "ACCORD_SUJET_VERBE"),
        flag(text, 2, "abusaient", FlagKind.STYLE, Severity.WARNING, "PASSE_RECENT"),
        flag(
            text,
            3,
            "This paragraph was left in English by mistake.",
            FlagKind.UNTRANSLATED,
            Severity.ERROR,
            "untranslated"));
  }

  /** A fingerprint that changes when the sentence's text changes, like the pipeline's. */
  public static String fingerprint(FlagKind kind, String ruleId, String sentence, String matched) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (kind + "\n" + ruleId + "\n" + sentence + "\n" + matched)
                      .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * The flag on the first occurrence of {@code matched} in sentence {@code sentenceIndex} of {@code
   * text} (sentences are lines here), with a fingerprint derived from that sentence.
   */
  public static Flag flag(
      String text,
      int sentenceIndex,
      String matched,
      FlagKind kind,
      Severity severity,
      String ruleId) {
    String[] lines = text.split("\n", -1);
    int lineStart = 0;
    for (int i = 0; i < sentenceIndex; i++) {
      lineStart += lines[i].length() + 1;
    }
    String sentence = lines[sentenceIndex];
    int inSentence = sentence.indexOf(matched);
    if (inSentence < 0) {
      throw new IllegalArgumentException(matched + " not in " + sentence);
    }
    int start = lineStart + inSentence;
    return new Flag(
        fingerprint(kind, ruleId, sentence, matched),
        kind,
        severity,
        ruleId,
        "m" + (sentenceIndex + 1),
        new LineIndex(text).span(start, start + matched.length()),
        matched,
        "Problem with \"" + matched + "\".",
        List.of(matched.toUpperCase(java.util.Locale.ROOT)),
        Map.of("rule", ruleId),
        kind.fromLanguageTool());
  }

  /** The review item of a flag made by {@link #flag}. */
  public static ReviewItem item(String text, Flag flag, String humanMatch) {
    String sentence = text.split("\n", -1)[flag.span().line() - 1];
    int start = flag.span().column() - 1;
    return new ReviewItem(flag, sentence, start, start + flag.span().length(), humanMatch);
  }
}
