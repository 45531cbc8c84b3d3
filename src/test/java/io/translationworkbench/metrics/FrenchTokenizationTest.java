package io.translationworkbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The French cases of NOTES.md §5 (sacreBLEU's own output): 13a, intl, TER default and chrF++ word
 * tokens. Columns are separated by '|'; '␣' in a chrF++ cell separates tokens; {@code \u00a0} and
 * friends are written as escapes.
 */
class FrenchTokenizationTest {
  private static String unescape(String s) {
    return s.replace("<NBSP>", "\u00a0").replace("<NNBSP>", "\u202f");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          l’application | l’application | l ’ application | l’application | l’application
          d'exportation | d'exportation | d ' exportation | d'exportation | d'exportation
          « tempête » | « tempête » | « tempête » | « tempête » | «␣tempête␣»
          «tempête» | «tempête» | « tempête » | «tempête» | «tempête»
          «<NBSP>tempête<NBSP>» | « tempête » | « tempête » | « tempête » | «␣tempête␣»
          Il a dit<NBSP>: «<NBSP>oui<NBSP>»<NNBSP>! | Il a dit : « oui » ! | Il a dit : « oui » ! | il a dit : « oui » ! | Il␣a␣dit␣:␣«␣oui␣»␣!
          la sociétéD’autre part, | la sociétéD’autre part , | la sociétéD ’ autre part , | la sociétéd’autre part, | la␣sociétéD’autre␣part␣,
          plate-forme, dit-il. | plate-forme , dit-il . | plate - forme , dit - il . | plate-forme, dit-il. | plate-forme␣,␣dit-il␣.
          Septembre 13. | Septembre 13 . | Septembre 13. | septembre 13. | Septembre␣13␣.
          10-15 ans | 10 - 15 ans | 10-15 ans | 10-15 ans | 10-15␣ans
          Attendez… | Attendez… | Attendez … | attendez… | Attendez…
          $5 €10 +3 = 8% | $ 5 €10 + 3 = 8 % | $ 5 € 10 + 3 = 8% | $5 €10 +3 = 8% | $␣5␣€10␣+␣3␣=␣8␣%
          &amp;lt; | < | & amp ; lt ; | &amp;lt; | &amp;lt␣;
          """)
  void frenchCasesTokenizeAsSacrebleuDoes(
      String input, String t13a, String intl, String ter, String chrfWords) {
    String in = unescape(input);
    assertEquals(t13a, new Tokenizer13a().tokenize(in), "13a");
    assertEquals(intl, new TokenizerIntl().tokenize(in), "intl");
    assertEquals(ter, String.join(" ", new Ter(TerConfig.defaults()).words(in)), "TER");
    assertEquals(List.of(chrfWords.split("␣")), ChrF.splitPunctuation(in), "chrF++ words");
  }
}
