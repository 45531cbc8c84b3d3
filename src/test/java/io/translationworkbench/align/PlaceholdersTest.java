package io.translationworkbench.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.translationworkbench.align.Placeholders.IssueKind;
import io.translationworkbench.align.Placeholders.Placeholder;
import io.translationworkbench.align.Placeholders.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceholdersTest {
  private static Placeholder only(String text) {
    List<Placeholder> found = Placeholders.find(text);
    assertEquals(1, found.size(), found::toString);
    return found.get(0);
  }

  @Test
  void wellFormedPlaceholdersWithTheirSpans() {
    String text = "J’ai commandé la commode #PRS_ORG# (180 x #NUMBER# cm).";
    List<Placeholder> found = Placeholders.find(text);
    assertEquals(2, found.size(), found::toString);
    Placeholder p = found.get(0);
    assertEquals("#PRS_ORG#", p.text());
    assertEquals("#PRS_ORG#", text.substring(p.start(), p.end()));
    assertEquals(25, p.start());
    assertEquals("PRS_ORG", p.name());
    assertEquals(Shape.WELL_FORMED, p.shape());
    assertEquals("", p.defect());
    assertEquals("NUMBER", found.get(1).name());
    assertEquals(Shape.WELL_FORMED, found.get(1).shape());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // text | name | shape | defect
        "le #PRS_ORG # est là | PRS_ORG | MANGLED | space inside",
        "le # NAME # est là | NAME | MANGLED | space inside",
        "le #PRS_ORG est là | PRS_ORG | MANGLED | a hash missing",
        "le NUMBER# est là | NUMBER | MANGLED | a hash missing",
        "le #Prs_org# est là | PRS_ORG | MANGLED | case changed",
        "le «NAME» est là | NAME | MANGLED | quotes instead of hashes",
        "le 'PRS'ORG' est là | PRS_ORG | MANGLED | quotes instead of hashes, underscore lost",
        "le PRS_ORG est là | PRS_ORG | MANGLED | hashes lost",
        "le #NOM# est là | NAME | TRANSLATED | name translated (NOM for NAME)",
        "le #NUMÉRO# est là | NUMBER | TRANSLATED | name translated (NUMÉRO for NUMBER)",
      })
  void damagedPlaceholders(String text, String name, Shape shape, String defect) {
    Placeholder p = only(text);
    assertEquals(name, p.name());
    assertEquals(shape, p.shape());
    assertEquals(defect, p.defect());
  }

  @Test
  void hashtagsAndOrdinaryWordsAreNotPlaceholders() {
    assertEquals(List.of(), Placeholders.find("#Wozu der Post hier? ###MBundestag"));
    assertEquals(List.of(), Placeholders.find("Le mot 'nom' et # et # ne sont pas des balises."));
    assertEquals(List.of(), Placeholders.find("Une URL, une DATE et un NAME isolé."));
  }

  @Test
  void anUnknownUpperCaseNameBetweenHashesIsStillAPlaceholder() {
    Placeholder p = only("écrivez à #EMAIL_ADDRESS# demain");
    assertEquals("EMAIL_ADDRESS", p.name());
    assertEquals(Shape.WELL_FORMED, p.shape());
  }

  @Test
  void sameFormAsTheHumanTextIsFine() {
    assertEquals(
        List.of(),
        Placeholders.compare("Merci #NAME#, la commande #NUMBER#.", "#NAME#, votre #NUMBER#."));
    // even a form that looks damaged is fine when the human text writes it the same way
    assertEquals(List.of(), Placeholders.compare("Le # NAME # dort.", "Le # NAME # dort aussi."));
  }

  @Test
  void mangledTranslatedAbsentAndMissingPlaceholdersAreIssues() {
    List<Placeholders.Issue> issues =
        Placeholders.compare(
            "Le #PRS_ORG # et le #NOM# et #EMAIL#.", "Le #PRS_ORG# et le #NAME# et #NUMBER#.");
    assertEquals(
        List.of(
            IssueKind.MANGLED,
            IssueKind.TRANSLATED,
            IssueKind.NOT_IN_OTHER_TEXT,
            IssueKind.MISSING),
        issues.stream().map(Placeholders.Issue::kind).toList());
    assertEquals("#PRS_ORG #", issues.get(0).placeholder().text());
    assertEquals("NAME", issues.get(1).name());
    assertEquals("EMAIL", issues.get(2).name());
    assertEquals("NUMBER", issues.get(3).name());
    assertEquals(null, issues.get(3).placeholder());
  }
}
