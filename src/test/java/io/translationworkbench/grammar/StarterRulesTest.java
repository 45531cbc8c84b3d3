package io.translationworkbench.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.Side;
import io.translationworkbench.TestTexts;
import io.translationworkbench.config.GrammarConfig;
import io.translationworkbench.ingest.IngestedText;
import io.translationworkbench.ingest.LanguageIdentifier;
import io.translationworkbench.ingest.StructureAnalyzer;
import io.translationworkbench.segment.Segmenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The starter pack in rules/: each rule finds the machine-translation error it is written for, with
 * the right fix, and stays quiet on correct French (sentences written for this test, not taken from
 * the rule files).
 */
@Tag("languagetool")
class StarterRulesTest {
  private static final GrammarChecker CHECKER = new GrammarChecker();
  private static final GrammarChecker.Lexicon NONE = new GrammarChecker.Lexicon(Set.of(), Set.of());
  private static final RuleFiles STARTER = starter();

  private static RuleFiles starter() {
    try (Stream<Path> s = Files.list(Path.of("rules"))) {
      return RuleFiles.read(s.filter(p -> p.toString().endsWith(".xml")).sorted().toList());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<GrammarMatch> newsroom(String text) {
    IngestedText doc =
        new StructureAnalyzer(new LanguageIdentifier(), FrenchWords::isKnownFrench)
            .analyze(TestTexts.source(Side.MACHINE, "m.txt", text));
    return CHECKER
        .check(doc, new Segmenter().segment(doc), GrammarConfig.DEFAULT, STARTER, NONE)
        .matches()
        .stream()
        .filter(m -> m.ruleId().startsWith("NEWSROOM_"))
        .toList();
  }

  @Test
  void everyStarterFileLoadsAndPassesItsSelfTest() {
    assertTrue(STARTER.files().size() >= 5, STARTER.files().toString());
    assertTrue(STARTER.rules(org.languagetool.Languages.getLanguageForShortCode("fr")).size() >= 8);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Les élections auront lieu le Octobre 4 dans tout le pays.      | NEWSROOM_DATE_ORDER | Octobre 4 | 4 octobre
          La trêve commence le juillet 14 à minuit.                      | NEWSROOM_DATE_ORDER | juillet 14 | 14 juillet
          Le sommet s’ouvre le March 21 à Bruxelles.                      | NEWSROOM_DATE_ENGLISH_MONTH | March 21 | 21 mars
          La réforme fera les loyers baissent dans les grandes villes.   | NEWSROOM_FAIRE_FINITE_VERB | les loyers baissent | les loyers baisser
          Où les enquêteurs ont retrouvé le véhicule.                    | NEWSROOM_ORPHAN_SUBORDINATE | Où |
          Laquelle a été construite en 1920.                             | NEWSROOM_ORPHAN_SUBORDINATE | Laquelle |
          Où la mairie a fixé une date limite au 3 mai pour les dossiers. | NEWSROOM_ORPHAN_SUBORDINATE | Où |
          La grève fera Lyon et la France paraissent paralysées.        | NEWSROOM_FAIRE_PROPER_NOUN_FINITE_VERB | Lyon et la France paraissent |
          La commission L'a adopté après un long débat.                 | NEWSROOM_CAPITALISED_ELISION | L' | l'
          Selon un groupe D'experts, le pont doit être fermé.           | NEWSROOM_CAPITALISED_ELISION | D' | d'
          Le maire a trouvé quelque chose bizarre dans le rapport.      | NEWSROOM_DE_BEFORE_ADJECTIVE | bizarre | de bizarre
          Le rapport ne contient rien concret sur les salaires.         | NEWSROOM_DE_BEFORE_ADJECTIVE | concret | de concret
          La facture s’élève à 2.7 milliards d’euros.                    | NEWSROOM_DECIMAL_POINT | 2.7 | 2,7
          Plus de 40.000 spectateurs étaient présents.                   | NEWSROOM_THOUSANDS_DOT | 40.000 | 40 000
          Le fonds gère 2,500,000 dollars d’actifs.                      | NEWSROOM_THOUSANDS_COMMA | 2,500,000 | 2 500 000
          Le syndicat dénonce une "provocation" du patronat.             | NEWSROOM_STRAIGHT_QUOTES | "provocation" | «\u00a0provocation\u00a0»
          Les habitants du Village ont protesté contre la fermeture.     | NEWSROOM_CAPITALISED_COMMON_NOUN | Village | village
          """)
  void aMachineTranslationErrorIsFoundWithItsFix(
      String sentence, String rule, String covered, String fix) {
    List<GrammarMatch> found = newsroom(sentence);
    GrammarMatch m =
        found.stream()
            .filter(x -> x.ruleId().equals(rule))
            .findFirst()
            .orElseThrow(() -> new AssertionError(rule + " not found in " + found));
    assertEquals(covered, m.matchedText());
    if (fix != null) {
      assertTrue(m.suggestions().contains(fix), m.suggestions().toString());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Le scrutin est fixé au dimanche 4 octobre, a annoncé le gouvernement.",
        "Les ventes ont reculé en mars 2021, puis sont reparties en avril.",
        "En juin 15 000 personnes ont manifesté à Lyon.",
        "La hausse des taux fera baisser les prix de l’immobilier.",
        "Ce que fera la Banque centrale européenne reste incertain.",
        "Il fait les courses au marché chaque dimanche.",
        "Lorsque la nuit est tombée, les manifestants se sont dispersés.",
        "Qui a donné l’ordre de tirer ?",
        "Où ira l’argent des contribuables ?",
        "Qui veut voyager loin ménage sa monture.",
        "Où la mairie fixera-t-elle la date limite ?",
        "Il y a quelque chose de bizarre dans ce rapport.",
        "Vous vous trompez de porte, monsieur.",
        "Quelque chose comme trois cents personnes sont venues.",
        "Le maire n’a rien fait pour les habitants.",
        "Le journaliste de L'Équipe a interrogé l'entraîneur.",
        "Il a tranché : L'affaire est close.",
        "Le chômage atteint 7,5 % de la population active.",
        "La commune compte 12 500 habitants.",
        "La version 2.1 du logiciel corrige ce défaut.",
        "Le colis a été livré le 03.01.21 dans la matinée.",
        "Il a qualifié la réforme de « recul historique ».",
        "L’Assemblée nationale a adopté le projet de loi en première lecture.",
        "Le Conseil d’État a rejeté le recours de l’association.",
        "Les touristes visitent la Bretagne et la Normandie en été.",
        "Le ministre de l’Intérieur s’est rendu à Marseille.",
        "La Cour des comptes publie son rapport annuel.",
      })
  void correctFrenchIsNotFlagged(String sentence) {
    assertEquals(List.of(), newsroom(sentence));
  }
}
