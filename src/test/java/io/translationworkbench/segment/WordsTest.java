package io.translationworkbench.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void hyphenatedWordIsOneWord() {
    assertEquals(List.of("lui-même"), Words.of("lui-même"));
  }

  @Test
  void typographicApostropheJoinsElisionAndWord() {
    assertEquals(List.of("l’application"), Words.of("l’application"));
  }

  @Test
  void straightApostropheJoinsElisionAndWord() {
    assertEquals(List.of("d'exportation"), Words.of("d'exportation"));
  }

  @Test
  void numberAndNounAreTwoWords() {
    assertEquals(List.of("175", "millions"), Words.of("175 millions"));
    assertEquals(2, Words.count("175 millions"));
  }

  @Test
  void decimalWithCommaIsOneWord() {
    assertEquals(List.of("1,5"), Words.of("1,5"));
  }

  @Test
  void punctuationIsNotAWord() {
    assertEquals(
        List.of("TikTok", "n’est", "pas", "prêt", "à", "vendre", "la", "société"),
        Words.of("« TikTok n’est pas prêt… à vendre » la société !"));
    assertEquals(0, Words.count(" - … , ; : ! ? « » "));
  }

  @Test
  void countAgreesWithTheListOnASampleSentence() {
    String s = "ByteDance lui-même a entamé des pourparlers pour vendre ses activités TikTok.";
    // ByteDance, lui-même, a, entamé, des, pourparlers, pour, vendre, ses, activités, TikTok
    assertEquals(11, Words.count(s));
    assertEquals(11, Words.of(s).size());
  }
}
