package io.translationworkbench.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.Side;
import io.translationworkbench.TestTexts;
import io.translationworkbench.config.GrammarConfig;
import io.translationworkbench.ingest.IngestedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-sentence cache gives what LanguageTool gives without it, on real texts: the sample pair
 * and six WMT22 documents (machine and reference), checked cold, then by a new checker reading the
 * entries back from disk, then with one sentence edited. The expected matches are always
 * LanguageTool's own answer from a checker without any cache.
 */
@Tag("languagetool")
class SentenceCacheTest {
  private static final GrammarChecker.RuleSetup SETUP =
      GrammarChecker.setupFor(GrammarConfig.DEFAULT);
  private static final List<String> DOCS =
      List.of(
          "bz-berlin.de.13125",
          "dzonline.de.23305",
          "ecommerce_de_38",
          "faz.41703",
          "nzz.ch.18035",
          "t3_lmjtmi");

  @TempDir Path cache;

  private static final EmbeddedLanguageTool PLAIN = new EmbeddedLanguageTool();

  @Test
  void cachedSentencesGiveLanguageToolsOwnMatches() throws IOException {
    List<String> texts = texts();
    List<List<RawMatch>> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(PLAIN.check(lt(t), SETUP));
    }
    assertTrue(expected.stream().mapToInt(List::size).sum() > 50, "the texts have matches");

    EmbeddedLanguageTool cold = new EmbeddedLanguageTool(cache);
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(expected.get(i), cold.check(lt(texts.get(i)), SETUP), "cold, text " + i);
    }
    SentenceCache.Stats first = cold.sentenceStats();
    assertTrue(first.misses() > 100, first.toString());
    try (Stream<Path> s = Files.walk(cache)) {
      assertTrue(s.filter(f -> f.toString().endsWith(".bin")).count() > 100);
    }

    // a new checker (as a new run would have) answers every sentence from the entries on disk
    EmbeddedLanguageTool warm = new EmbeddedLanguageTool(cache);
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(expected.get(i), warm.check(lt(texts.get(i)), SETUP), "warm, text " + i);
    }
    SentenceCache.Stats second = warm.sentenceStats();
    assertEquals(0, second.misses(), second.toString());
    assertEquals(first.hits() + first.misses(), second.hits());
  }

  @Test
  void anEditedSentenceIsTheOnlyOneCheckedAgain() throws IOException {
    String text = Files.readString(Path.of("bench/devset/docs", DOCS.get(0), "hyp.fr"));
    EmbeddedLanguageTool first = new EmbeddedLanguageTool(cache);
    first.check(lt(text), SETUP);
    // an agreement error in the middle of the text
    int at = text.indexOf(" la ", text.length() / 2);
    String edited = text.substring(0, at) + " le " + text.substring(at + 4);
    List<RawMatch> expected = PLAIN.check(lt(edited), SETUP);
    assertNotEquals(PLAIN.check(lt(text), SETUP), expected, "the edit changes the matches");

    EmbeddedLanguageTool again = new EmbeddedLanguageTool(cache);
    assertEquals(expected, again.check(lt(edited), SETUP));
    assertEquals(1, again.sentenceStats().misses(), again.sentenceStats().toString());
    assertTrue(again.sentenceStats().hits() > 10, again.sentenceStats().toString());
  }

  @Test
  void aDamagedEntryIsCheckedAgainNotBelieved() throws IOException {
    String text = TestTexts.sample(TestTexts.MACHINE);
    List<RawMatch> expected = PLAIN.check(lt(text), SETUP);
    new EmbeddedLanguageTool(cache).check(lt(text), SETUP);
    List<Path> entries;
    try (Stream<Path> s = Files.walk(cache)) {
      entries = s.filter(f -> f.toString().endsWith(".bin")).sorted().toList();
    }
    // every entry damaged: one cut short, the others with a byte changed or emptied
    for (int i = 0; i < entries.size(); i++) {
      byte[] b = Files.readAllBytes(entries.get(i));
      if (i % 3 == 0) {
        Files.write(entries.get(i), java.util.Arrays.copyOf(b, b.length / 2));
      } else if (i % 3 == 1) {
        b[b.length - 1] ^= 1;
        Files.write(entries.get(i), b);
      } else {
        Files.write(entries.get(i), new byte[0]);
      }
    }
    EmbeddedLanguageTool again = new EmbeddedLanguageTool(cache);
    assertEquals(expected, again.check(lt(text), SETUP));
    assertEquals(0, again.sentenceStats().hits(), again.sentenceStats().toString());
  }

  @Test
  void anotherRuleSetupDoesNotShareEntries() {
    String text = TestTexts.sample(TestTexts.MACHINE);
    new EmbeddedLanguageTool(cache).check(lt(text), SETUP);
    GrammarChecker.RuleSetup picky =
        GrammarChecker.setupFor(
            new GrammarConfig(
                List.of(), List.of(), List.of(), List.of(), true, null, List.of(), List.of(),
                true));
    EmbeddedLanguageTool other = new EmbeddedLanguageTool(cache);
    assertEquals(PLAIN.check(lt(text), picky), other.check(lt(text), picky));
    assertEquals(0, other.sentenceStats().hits(), other.sentenceStats().toString());
  }

  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    texts.add(TestTexts.sample(TestTexts.MACHINE));
    texts.add(TestTexts.sample(TestTexts.HUMAN));
    for (String d : DOCS) {
      texts.add(Files.readString(Path.of("bench/devset/docs", d, "hyp.fr")));
      texts.add(Files.readString(Path.of("bench/devset/docs", d, "ref.fr")));
    }
    return texts;
  }

  /** The text as the grammar stage gives it to LanguageTool (line breaks read as blank lines). */
  static LtText lt(String text) {
    return LtText.of(
        new IngestedText(
            TestTexts.source(Side.MACHINE, "machine.fr.txt", text),
            List.of(),
            List.of(),
            List.of(),
            List.of()));
  }
}
