package io.translationworkbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written 13a scans against sacreBLEU's own four regular expressions (run through
 * java.util.regex, whose replaceAll has re.sub's semantics), on random strings dense in the
 * characters the rules care about.
 */
class MtevalRulesTest {
  private static final String ALPHABET =
      "a0 9.,-'’«»\u00a0\u202f&;:!?/()[]{}|~^_`@$%+=<>\"#\\*\t\nÉé";

  @Test
  void scansAgreeWithSacrebleuRegexesOnRandomText() {
    Random random = new Random(13);
    for (int t = 0; t < 20000; t++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(14);
      for (int i = 0; i < len; i++) {
        if (random.nextInt(12) == 0) {
          sb.appendCodePoint(0x1F44D); // a surrogate pair next to the ASCII rules
        } else {
          sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
      }
      String padded = MtevalRules.pad(sb.toString());
      assertEquals(
          PythonText.split(MtevalRules.splitWithRegexes(padded)),
          MtevalRules.splitTokens(padded),
          padded);
    }
  }
}
