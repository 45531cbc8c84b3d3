package io.translationworkbench.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.Severity;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentenceCardTest {
  private static final String TEXT = TestFlags.MACHINE;

  private final Flag typography = TestFlags.sampleFlags().get(0); // info, sentence 1
  private final Flag grammar = TestFlags.sampleFlags().get(1); // error, sentence 2
  private final Flag style = TestFlags.sampleFlags().get(2); // warning, sentence 3
  private final Flag second =
      TestFlags.flag(TEXT, 1, "responsables", FlagKind.STYLE, Severity.WARNING, "X"); // sentence 2

  private static Flag documentLevel(String fingerprint, Flag at) {
    return new Flag(
        fingerprint,
        FlagKind.STRUCTURE,
        Severity.WARNING,
        "glued-sentences",
        null,
        at.span(),
        "x",
        "glued",
        List.of(),
        Map.of(),
        false);
  }

  @Test
  void flagsOfOneSentenceShareACardWhateverTheInputOrder() {
    Flag doc = documentLevel("dddddddddddddddd", typography);
    List<Flag> flags = new ArrayList<>(List.of(typography, grammar, style, second, doc));
    for (int rotation = 0; rotation < flags.size(); rotation++) {
      Collections.rotate(flags, 1);
      List<SentenceCard<Flag>> cards = SentenceCard.group(flags, f -> f);
      // error card; then the warnings by position (document-level flag at sentence 1, then
      // sentence 3); then the info
      assertEquals(4, cards.size());
      assertEquals(List.of(grammar, second), cards.get(0).items());
      assertEquals("m2", cards.get(0).sentenceId());
      assertEquals(List.of(doc), cards.get(1).items());
      assertNull(cards.get(1).sentenceId());
      assertEquals(List.of(style), cards.get(2).items());
      assertEquals(List.of(typography), cards.get(3).items());
    }
  }

  @Test
  void tallyCountsFlagsAndSaysWhereTheyAre() {
    Flag doc = documentLevel("dddddddddddddddd", typography);
    assertEquals("no flags", SentenceCard.tally(List.of()));
    assertEquals(
        "1 flag on 1 sentence", SentenceCard.tally(SentenceCard.group(List.of(grammar), f -> f)));
    assertEquals(
        "3 flags on 2 sentences",
        SentenceCard.tally(SentenceCard.group(List.of(grammar, second, style), f -> f)));
    assertEquals(
        "4 flags: 3 on 2 sentences, 1 document-level",
        SentenceCard.tally(SentenceCard.group(List.of(grammar, second, style, doc), f -> f)));
    assertEquals(
        "1 flag, document-level", SentenceCard.tally(SentenceCard.group(List.of(doc), f -> f)));
  }

  @Test
  void aDocumentLevelCardHoldsOneFlag() {
    Flag a = documentLevel("aaaaaaaaaaaaaaaa", typography);
    Flag b = documentLevel("bbbbbbbbbbbbbbbb", typography);
    assertEquals(2, SentenceCard.group(List.of(a, b), f -> f).size());
    assertThrows(IllegalArgumentException.class, () -> new SentenceCard<>(null, List.of(a, b)));
  }

  @Test
  void excerptCutsAtSpacesAndNeverInsideASurrogatePair() {
    String t =
        "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze"
            + " seize dix-sept dix-huit dix-neuf vingt";
    int from = t.indexOf("treize");
    Excerpt e = Excerpt.around(t, from, from + 6);
    assertTrue(e.cutBefore() && e.cutAfter(t.length()));
    assertEquals(' ', t.charAt(e.start() - 1), "starts at a word");
    assertEquals(' ', t.charAt(e.end()), "ends at a word");
    assertTrue(from - e.start() <= Excerpt.CONTEXT && e.end() - from - 6 <= Excerpt.CONTEXT);
    assertTrue(t.substring(e.start()).startsWith("cinq six sept"), t.substring(e.start()));
    // no space to cut at: the cut still never splits a character outside the BMP
    String emoji = "😀".repeat(30) + "x" + "😀".repeat(30);
    int x = emoji.indexOf('x');
    Excerpt s = Excerpt.around(emoji, x, x + 1);
    assertFalse(Character.isLowSurrogate(emoji.charAt(s.start())));
    assertFalse(Character.isLowSurrogate(emoji.charAt(s.end())));
    Excerpt whole = Excerpt.around("court", 0, 5);
    assertFalse(whole.cutBefore() || whole.cutAfter(5));
  }

  @Test
  void anExcerptIsBoundedHoweverLongItsSentenceAndSpan() {
    String sentence = "mot ".repeat(20_000) + "fin";
    int from = 40_000;
    int to = 60_000;
    Excerpt.Shown shown = Excerpt.around(sentence, from, to).show(sentence);
    assertTrue(
        shown.text().length() <= 2 * Excerpt.CONTEXT + 2 * Excerpt.SPAN_END + 3,
        shown.text().length() + ": " + shown.text());
    String mark = shown.text().substring(shown.markFrom(), shown.markTo());
    assertEquals(sentence.substring(from, from + Excerpt.SPAN_END), mark.substring(0, 60));
    assertTrue(mark.endsWith(sentence.substring(to - Excerpt.SPAN_END, to)), mark);
    assertTrue(shown.text().startsWith("…") && shown.text().endsWith("…"), shown.text());
    // a short span is shown whole, exactly
    Excerpt.Shown small = Excerpt.around(sentence, 100, 103).show(sentence);
    assertEquals("mot", small.text().substring(small.markFrom(), small.markTo()));
  }
}
