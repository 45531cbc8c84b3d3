package io.translationworkbench.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.Side;
import io.translationworkbench.TestTexts;
import io.translationworkbench.config.GrammarConfig;
import io.translationworkbench.ingest.IngestedText;
import io.translationworkbench.ingest.LanguageIdentifier;
import io.translationworkbench.ingest.StructureAnalyzer;
import io.translationworkbench.segment.Segmenter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Picky-only LanguageTool rules are kept by category: calques and anglicisms by default, nothing
 * else of the picky level, and the default level's findings unchanged.
 */
@Tag("languagetool")
class PickyCategoriesTest {
  private static final GrammarChecker CHECKER = new GrammarChecker();
  private static final GrammarChecker.Lexicon NONE = new GrammarChecker.Lexicon(Set.of(), Set.of());

  // the shape of LanguageTool's PRENDRE_UNE_PROMENADE (CAT_CALQUES, tagged picky): "to take a walk"
  private static final String CALQUE =
      "Après le dîner, nous avons pris une marche le long du canal.";

  private static GrammarConfig picky(Boolean all, List<String> categories) {
    return new GrammarConfig(
        null, null, null, null, all, null, null, null, null, null, categories, null);
  }

  private static List<GrammarMatch> check(String text, GrammarConfig cfg) {
    IngestedText doc =
        new StructureAnalyzer(new LanguageIdentifier(), FrenchWords::isKnownFrench)
            .analyze(TestTexts.source(Side.MACHINE, "m.txt", text));
    return CHECKER.check(doc, new Segmenter().segment(doc), cfg, RuleFiles.NONE, NONE).matches();
  }

  private static boolean hasCalque(List<GrammarMatch> ms) {
    return ms.stream().anyMatch(m -> m.category().equals("CAT_CALQUES"));
  }

  @Test
  void aCalqueIsReportedOnlyWhenItsCategoryIsAllowed() {
    assertTrue(hasCalque(check(CALQUE, GrammarConfig.DEFAULT)));
    assertTrue(hasCalque(check(CALQUE, picky(false, List.of("CAT_CALQUES")))));
    assertFalse(hasCalque(check(CALQUE, picky(false, List.of()))));
    assertFalse(hasCalque(check(CALQUE, picky(false, List.of("CAT_ANGLICISMES_FOREIGN_TERMS")))));
    assertTrue(hasCalque(check(CALQUE, picky(true, null))));
  }

  @Test
  void otherPickyRulesStayOffUnlessPickyIsOn() {
    // LanguageTool's ESPACE_POURCENT (CAT_TYPOGRAPHIE, picky) wants a space before "%"
    String text = "Le chômage a baissé de 2% en un an.";
    assertTrue(
        check(text, GrammarConfig.DEFAULT).stream()
            .noneMatch(m -> m.ruleId().equals("ESPACE_POURCENT")));
    assertTrue(
        check(text, picky(true, null)).stream()
            .anyMatch(m -> m.ruleId().equals("ESPACE_POURCENT")));
  }

  @Test
  void withoutPickyHitsTheMatchesAreThoseOfTheDefaultLevel() {
    String text =
        "Le président a donné un délai jusqu’au 15 Septembre pour finaliser l’accord. Ils a dit"
            + " que les enfant sont partis en vacance. La entreprise chinoise - qui possède"
            + " l’application - a refusé.";
    List<GrammarMatch> atDefault = check(text, picky(false, List.of()));
    assertTrue(atDefault.size() >= 3, atDefault.toString());
    assertEquals(atDefault, check(text, GrammarConfig.DEFAULT));
  }

  @Test
  void theLevelAndAllowListAreInTheCacheKey() {
    IngestedText doc =
        new StructureAnalyzer(new LanguageIdentifier(), FrenchWords::isKnownFrench)
            .analyze(TestTexts.source(Side.MACHINE, "m.txt", CALQUE));
    String allowed = GrammarChecker.cacheKey(doc, GrammarChecker.setupFor(GrammarConfig.DEFAULT));
    String none = GrammarChecker.cacheKey(doc, GrammarChecker.setupFor(picky(false, List.of())));
    String calques =
        GrammarChecker.cacheKey(doc, GrammarChecker.setupFor(picky(false, List.of("CAT_CALQUES"))));
    assertNotEquals(allowed, none);
    assertNotEquals(allowed, calques);
  }
}
