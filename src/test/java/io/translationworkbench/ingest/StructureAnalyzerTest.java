package io.translationworkbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.InputException;
import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.TestTexts;
import io.translationworkbench.grammar.FrenchWords;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StructureAnalyzerTest {
  private static final StructureAnalyzer ANALYZER =
      new StructureAnalyzer(new LanguageIdentifier(), FrenchWords::isKnownFrench);
  private static IngestedText machine;
  private static IngestedText human;

  @BeforeAll
  static void analyzeSample() {
    TextLoader loader = new TextLoader(TextLoader.DEFAULT_MAX_BYTES);
    machine =
        ANALYZER.analyze(loader.load(TestTexts.SAMPLE.resolve(TestTexts.MACHINE), Side.MACHINE));
    human = ANALYZER.analyze(loader.load(TestTexts.SAMPLE.resolve(TestTexts.HUMAN), Side.HUMAN));
  }

  private static IngestedText analyze(String text) {
    return ANALYZER.analyze(TestTexts.source(Side.MACHINE, "synthetic.fr.txt", text));
  }

  private static List<Anomaly> of(IngestedText t, AnomalyKind kind) {
    return t.anomalies().stream().filter(a -> a.kind() == kind).toList();
  }

  private static String covered(IngestedText t, Anomaly a) {
    return t.text().substring(a.span().start(), a.span().end());
  }

  @Test
  void englishDisclaimerIsForeignLanguage() {
    List<Anomaly> foreign = of(machine, AnomalyKind.FOREIGN_LANGUAGE);
    assertEquals(1, foreign.size(), foreign::toString);
    Anomaly a = foreign.get(0);
    assertEquals("en", a.evidence().get("language"));
    assertEquals(Side.MACHINE, a.side());
    assertEquals(Severity.WARNING, a.severity());
    assertTrue(
        covered(machine, a).startsWith("The English, Chinese, Japanese, Arabic"),
        covered(machine, a));
    assertEquals(9, a.span().line()); // the ninth and last line of the file
    Paragraph p = machine.paragraphs().get(8);
    assertEquals(ParagraphRole.FOREIGN_LANGUAGE, p.role());
    assertTrue(p.languageProbability() >= 0.9, () -> "p=" + p.languageProbability());
  }

  @Test
  void frenchParagraphsOfTheSampleAreBody() {
    assertEquals(9, machine.paragraphs().size());
    assertEquals(8, machine.bodyParagraphs().size());
    for (Paragraph p : machine.bodyParagraphs()) {
      assertEquals("fr", p.language(), p::text);
    }
  }

  @Test
  void humanTextHasExactlyOneDuplicateOfTheFirstParagraph() {
    List<Anomaly> dups = of(human, AnomalyKind.DUPLICATE_PARAGRAPH);
    assertEquals(1, dups.size(), dups::toString);
    Anomaly d = dups.get(0);
    assertEquals("0", d.evidence().get("duplicateOf"));
    assertEquals("1", d.evidence().get("originalLine"));
    assertEquals(3, d.span().line()); // line 2 is blank
    assertEquals(2, human.paragraphs().size());
    assertEquals(ParagraphRole.DUPLICATE, human.paragraphs().get(1).role());
    assertEquals(0, human.paragraphs().get(1).duplicateOf());
    assertEquals(ParagraphRole.BODY, human.paragraphs().get(0).role());
    assertTrue(of(machine, AnomalyKind.DUPLICATE_PARAGRAPH).isEmpty());
  }

  @Test
  void gluedSentencesInTheMachineTextAreFoundAndSplitBeforeTheSecond() {
    List<Anomaly> glued = of(machine, AnomalyKind.GLUED_SENTENCES);
    assertEquals(1, glued.size(), glued::toString);
    Anomaly g = glued.get(0);
    assertEquals("sociétéD’autre", g.text());
    assertEquals("sociétéD’autre", covered(machine, g));
    assertEquals(1, machine.breaks().size());
    int at = machine.breaks().get(0);
    assertTrue(machine.text().startsWith("D’autre part, le géant", at));
    assertTrue(machine.text().substring(0, at).endsWith("vendre la société"));
    assertEquals(Integer.toString(at), g.evidence().get("splitAt"));
    assertTrue(of(human, AnomalyKind.GLUED_SENTENCES).isEmpty());
  }

  @Test
  void creditLinesAreInfo() {
    List<Anomaly> human = of(StructureAnalyzerTest.human, AnomalyKind.CREDIT_LINE);
    assertEquals(List.of("(Belga)", "(Belga)"), human.stream().map(Anomaly::text).toList());
    List<Anomaly> machine = of(StructureAnalyzerTest.machine, AnomalyKind.CREDIT_LINE);
    assertEquals(
        List.of("(system supported by DigitalSiber.id)"),
        machine.stream().map(Anomaly::text).toList());
    for (Anomaly a : human) {
      assertEquals(Severity.INFO, a.severity());
      assertEquals("(Belga)", covered(StructureAnalyzerTest.human, a));
    }
    assertEquals(Severity.INFO, machine.get(0).severity());
    assertTrue(StructureAnalyzerTest.machine.text().endsWith(machine.get(0).text()));
  }

  @Test
  void creditLinesAreExcludedFromTheBody() {
    for (Anomaly a : of(human, AnomalyKind.CREDIT_LINE)) {
      assertTrue(human.excluded().stream().anyMatch(x -> x.contains(a.span())), a::toString);
    }
  }

  @Test
  void camelCaseNamesAreNotGluedSentences() {
    IngestedText t =
        analyze(
            "TikTok appartient à ByteDance.\n"
                + "Un iPhone vendu sur eBay.\n"
                + "Un menu chez McDonald coûte cher.\n"
                + "L’iPhone de YouTube et PayPal.\n"
                + "Le laboratoire bioMérieux et la compagnie easyJet.");
    assertEquals(List.of(), of(t, AnomalyKind.GLUED_SENTENCES));
    assertEquals(List.of(), t.breaks());
  }

  @Test
  void longLowerCaseWordRunIntoACapitalisedWordIsAGluedSentence() {
    IngestedText t = analyze("Le vote a eu lieu le mois dernierLe président a parlé ensuite.");
    List<Anomaly> glued = of(t, AnomalyKind.GLUED_SENTENCES);
    assertEquals(1, glued.size(), glued::toString);
    assertEquals("dernierLe", glued.get(0).text());
  }

  @Test
  void missingSpaceAfterAFullStopIsAGluedSentence() {
    IngestedText t = analyze("C’est la fin.Début de la suite.");
    List<Anomaly> glued = of(t, AnomalyKind.GLUED_SENTENCES);
    assertEquals(1, glued.size(), glued::toString);
    assertEquals("fin.Début", glued.get(0).text());
    assertEquals(List.of("C’est la fin.".length()), t.breaks());
  }

  @Test
  void acronymsAndDomainNamesAreNotGluedSentences() {
    IngestedText t = analyze("Les U.S.A. ont réagi.\nLe site DigitalSiber.id est en ligne.");
    assertEquals(List.of(), of(t, AnomalyKind.GLUED_SENTENCES));
  }

  @Test
  void mostlyEnglishTextIsNotFrench() {
    String english =
        "The government in Washington has demanded that the Chinese owner sell the popular video application.\n"
            + "Officials in Beijing said they would rather see the service shut down than sold under pressure.\n"
            + "The company has filed a lawsuit against the executive order, arguing that it violates the law.\n"
            + "Le texte se termine par une phrase en français.";
    InputException e = assertThrows(InputException.class, () -> analyze(english));
    assertTrue(e.getMessage().startsWith("synthetic.fr.txt: "), e.getMessage());
    assertTrue(e.getMessage().contains("not French"), e.getMessage());
    assertTrue(e.getMessage().contains("English"), e.getMessage());
  }

  @Test
  void shortFrenchTextIsTooShortToJudgeAndAccepted() {
    IngestedText t = analyze("Bonjour à tous, bienvenue.");
    assertEquals(1, t.paragraphs().size());
    Paragraph p = t.paragraphs().get(0);
    assertEquals(ParagraphRole.BODY, p.role());
    assertEquals("und", p.language());
    assertEquals(List.of(), t.anomalies());
  }

  @Test
  void duplicateCheckIgnoresCaseApostropheStyleAndSpaces() {
    IngestedText t =
        analyze(
            "L’usine  ferme ses portes.\n"
                + "Une autre phrase sans rapport.\n"
                + "l'usine ferme\u00a0ses PORTES.\n"
                + "L’usine ferme ses volets.");
    List<Anomaly> dups = of(t, AnomalyKind.DUPLICATE_PARAGRAPH);
    assertEquals(1, dups.size(), dups::toString);
    assertEquals("0", dups.get(0).evidence().get("duplicateOf"));
    assertEquals(3, dups.get(0).span().line());
    assertEquals(ParagraphRole.BODY, t.paragraphs().get(3).role());
  }

  private static final String FRENCH_BODY =
      "Le conseil municipal a voté le budget de l’année prochaine après un long débat.\n"
          + "La maire a promis de nouvelles pistes cyclables et la rénovation de deux écoles.\n";

  @Test
  void shortFrenchHeadlineThatTheDetectorCallsEnglishStaysFrench() {
    String headline = "Yvonne Catterfeld attend avec impatience Noël en Thuringe";
    // the detector's mistake this rule corrects (WMT22 de-fr, line 751 of the reference)
    LanguageIdentifier.Guess g = new LanguageIdentifier().identify(headline);
    assertEquals("en", g.language());
    assertTrue(g.probability() >= StructureAnalyzer.FOREIGN_PROBABILITY, () -> "p=" + g);
    IngestedText t = analyze(headline + "\n" + FRENCH_BODY);
    Paragraph p = t.paragraphs().get(0);
    assertEquals(ParagraphRole.BODY, p.role());
    assertEquals("fr", p.language());
    assertEquals(List.of(), of(t, AnomalyKind.FOREIGN_LANGUAGE));
  }

  @Test
  void longEnglishParagraphInAFrenchTextIsForeign() {
    IngestedText t =
        analyze(
            FRENCH_BODY
                + "The council approved next year's budget after a long debate, and the mayor"
                + " promised new cycle lanes and the renovation of two schools.");
    List<Anomaly> foreign = of(t, AnomalyKind.FOREIGN_LANGUAGE);
    assertEquals(1, foreign.size(), foreign::toString);
    assertEquals("en", foreign.get(0).evidence().get("language"));
    assertEquals(3, foreign.get(0).span().line());
    assertEquals(ParagraphRole.FOREIGN_LANGUAGE, t.paragraphs().get(2).role());
  }

  @Test
  void germanParagraphInAFrenchTextIsForeign() {
    IngestedText t =
        analyze(
            "Die Mannschaft hat am Samstag nach einer schwachen Hinserie endlich wieder ein"
                + " Heimspiel gewonnen.\n"
                + FRENCH_BODY);
    List<Anomaly> foreign = of(t, AnomalyKind.FOREIGN_LANGUAGE);
    assertEquals(1, foreign.size(), foreign::toString);
    assertEquals("de", foreign.get(0).evidence().get("language"));
    assertEquals(1, foreign.get(0).span().line());
    assertEquals(ParagraphRole.BODY, t.paragraphs().get(1).role());
  }

  @Test
  void fourWordsAreTooFewForAForeignVerdictWhateverTheirLanguage() {
    String english = "Extraordinarily uncompromising administrative responsibilities";
    LanguageIdentifier.Guess g = new LanguageIdentifier().identify(english);
    assertEquals("en", g.language());
    assertTrue(g.probability() >= StructureAnalyzer.FOREIGN_PROBABILITY, () -> "p=" + g);
    IngestedText t = analyze(english + "\n" + FRENCH_BODY);
    assertEquals(ParagraphRole.BODY, t.paragraphs().get(0).role());
    assertEquals(List.of(), of(t, AnomalyKind.FOREIGN_LANGUAGE));
  }

  @Test
  void wordsJoinedByApostrophesOrHyphensCountOnceAndAreKnownByTheirParts() {
    StructureAnalyzer.WordCount wc =
        ANALYZER.countWords("Aujourd’hui, l’homme porte-parole du week-end chante a");
    // aujourd'hui, l'homme, porte-parole, du, week-end, chante; "a" is too short to count
    assertEquals(6, wc.words());
    assertEquals(0, wc.unknown());
  }
}
