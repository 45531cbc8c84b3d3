package io.translationworkbench.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.Side;
import io.translationworkbench.TestTexts;
import io.translationworkbench.config.GrammarConfig;
import io.translationworkbench.ingest.IngestedText;
import io.translationworkbench.ingest.LanguageIdentifier;
import io.translationworkbench.ingest.StructureAnalyzer;
import io.translationworkbench.segment.Segmenter;
import io.translationworkbench.segment.Sentence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persistent cache of LanguageTool's results: used when the check is the same, ignored when
 * damaged.
 */
@Tag("languagetool")
class ResultCacheTest {
  private static final String TEXT =
      "Le président a donné un délai jusqu’au 15 Septembre pour finaliser l’accord.";
  private static final GrammarChecker.Lexicon NONE = new GrammarChecker.Lexicon(Set.of(), Set.of());

  private static IngestedText doc(String text) {
    return new StructureAnalyzer(new LanguageIdentifier(), FrenchWords::isKnownFrench)
        .analyze(TestTexts.source(Side.MACHINE, "m.txt", text));
  }

  private static List<Path> entries(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".json")).toList();
    }
  }

  @Test
  void aRepeatedCheckIsAnsweredFromTheCacheAndADamagedEntryIsRecomputed(@TempDir Path dir)
      throws Exception {
    IngestedText doc = doc(TEXT);
    List<Sentence> sentences = new Segmenter().segment(doc);
    GrammarChecker checker = new GrammarChecker(new ResultCache(dir));
    CheckResult first = checker.check(doc, sentences, GrammarConfig.DEFAULT, NONE);
    assertTrue(
        first.matches().stream().anyMatch(m -> m.ruleId().equals("MOIS")),
        first.matches().toString());
    List<Path> files = entries(dir);
    assertEquals(1, files.size());

    // a marked entry proves the second answer comes from the cache, not from LanguageTool
    String json = Files.readString(files.get(0), StandardCharsets.UTF_8);
    Files.writeString(
        files.get(0), json.replace("Les mois", "CACHED Les mois"), StandardCharsets.UTF_8);
    CheckResult second =
        new GrammarChecker(new ResultCache(dir)).check(doc, sentences, GrammarConfig.DEFAULT, NONE);
    assertTrue(second.matches().get(0).message().startsWith("CACHED"), second.matches().toString());

    Files.writeString(files.get(0), "{ not json", StandardCharsets.UTF_8);
    CheckResult third =
        new GrammarChecker(new ResultCache(dir)).check(doc, sentences, GrammarConfig.DEFAULT, NONE);
    assertEquals(first.matches(), third.matches());
    assertEquals(1, third.notes().size(), third.notes().toString());
    assertTrue(third.notes().get(0).contains("discarded and recomputed: unreadable"));
  }

  /**
   * An entry that parses but does not describe the text (offsets past its end, another text's hash,
   * another key) is discarded: the result is LanguageTool's own, with a note, and the entry is
   * rewritten.
   */
  @Test
  void anEntryThatParsesButIsWrongIsDiscardedRecomputedAndRewritten(@TempDir Path dir)
      throws Exception {
    IngestedText doc = doc(TEXT);
    List<Sentence> sentences = new Segmenter().segment(doc);
    CheckResult uncached = new GrammarChecker().check(doc, sentences, GrammarConfig.DEFAULT, NONE);
    assertTrue(uncached.matches().size() > 0);
    new GrammarChecker(new ResultCache(dir)).check(doc, sentences, GrammarConfig.DEFAULT, NONE);
    Path entry = entries(dir).get(0);
    String good = Files.readString(entry, StandardCharsets.UTF_8);

    // offsets outside the text: every match used to fall "outside body text", 0 findings
    String outside = good.replaceAll("\"from\":\\d+,\"to\":\\d+", "\"from\":5000,\"to\":5010");
    assertNotEquals(good, outside);
    assertRecomputed(dir, doc, sentences, uncached, entry, outside, "past the end of the text");

    // the entry of another text
    String otherText =
        good.replaceAll(
            "\"textSha256\":\"[0-9a-f]+\"", "\"textSha256\":\"" + "0".repeat(64) + "\"");
    assertNotEquals(good, otherText);
    assertRecomputed(dir, doc, sentences, uncached, entry, otherText, "written for another text");

    // an entry copied under another key
    String otherKey = good.replaceAll("\"key\":\"[0-9a-f]+\"", "\"key\":\"0123\"");
    assertNotEquals(good, otherKey);
    assertRecomputed(dir, doc, sentences, uncached, entry, otherKey, "written for another key");
  }

  private static void assertRecomputed(
      Path dir,
      IngestedText doc,
      List<Sentence> sentences,
      CheckResult uncached,
      Path entry,
      String corrupted,
      String why)
      throws Exception {
    Files.writeString(entry, corrupted, StandardCharsets.UTF_8);
    CheckResult r =
        new GrammarChecker(new ResultCache(dir)).check(doc, sentences, GrammarConfig.DEFAULT, NONE);
    assertEquals(uncached.matches(), r.matches(), "the same findings as without the cache");
    assertEquals(1, r.notes().size(), r.notes().toString());
    assertTrue(r.notes().get(0).contains("m.txt was discarded and recomputed: "), r.notes().get(0));
    assertTrue(r.notes().get(0).contains(why), r.notes().get(0));
    // rewritten: the next check is answered from a valid entry, without a note
    CheckResult again =
        new GrammarChecker(new ResultCache(dir)).check(doc, sentences, GrammarConfig.DEFAULT, NONE);
    assertEquals(uncached.matches(), again.matches());
    assertEquals(List.of(), again.notes());
  }

  @Test
  void theKeyChangesWithTheTextAndTheRuleSetUp() {
    IngestedText a = doc(TEXT);
    IngestedText b = doc(TEXT.replace("Septembre", "septembre"));
    var defaults = GrammarChecker.setupFor(GrammarConfig.DEFAULT);
    var picky =
        GrammarChecker.setupFor(
            new GrammarConfig(
                null, null, null, null, true, null, null, null, null, null, null, null));
    assertEquals(
        GrammarChecker.cacheKey(a, defaults), GrammarChecker.cacheKey(doc(TEXT), defaults));
    assertNotEquals(GrammarChecker.cacheKey(a, defaults), GrammarChecker.cacheKey(b, defaults));
    assertNotEquals(GrammarChecker.cacheKey(a, defaults), GrammarChecker.cacheKey(a, picky));
  }
}
