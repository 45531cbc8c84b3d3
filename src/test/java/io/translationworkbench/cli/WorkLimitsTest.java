package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.TestTexts;
import io.translationworkbench.Workbench;
import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.config.LimitsConfig;
import io.translationworkbench.grammar.CheckResult;
import io.translationworkbench.grammar.GrammarStage;
import io.translationworkbench.segment.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Work is bounded, not only bytes: beyond the sentences per text, words per sentence or flags per
 * report of workbench.json's {@code limits}, a pair is refused with one error line naming the file,
 * exit 2 (100,000 short lines, 3.1 MB, used to run for over nine minutes with no output).
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class WorkLimitsTest {
  @TempDir Path root;

  /** A grammar check that finds nothing, so that no test here waits for LanguageTool. */
  static final GrammarStage.Check NOTHING =
      (doc, sentences, cfg, rules, lexicon) ->
          new CheckResult(List.of(), List.of(), Sentence.words(sentences));

  private Path pair(String id, String machine) throws IOException {
    Path pair = TestTexts.copySample(root.resolve("articles").resolve(id));
    Files.delete(pair.resolve(TestTexts.MANIFEST));
    if (machine != null) {
      Files.writeString(pair.resolve(TestTexts.MACHINE), machine, StandardCharsets.UTF_8);
    }
    return pair;
  }

  /** {@code check} of one pair with the given grammar check: the real pipeline otherwise. */
  private Cli.Run check(Path pair, GrammarStage.Check grammar) {
    try (Workbench wb = new Workbench(null, AlignerParams.defaults(), grammar)) {
      return Cli.run(
          cfg -> wb,
          "",
          "check",
          pair.toString(),
          "--root",
          root.toString(),
          "--sarif",
          root.resolve("out.sarif").toString(),
          "--junit",
          root.resolve("out.xml").toString(),
          "--summary",
          root.resolve("out.md").toString());
    }
  }

  private static void assertRefused(Cli.Run r, Path file, String... fragments) {
    assertEquals(2, r.code(), r.out() + r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("workbench: error: " + file + ": "), r.err());
    for (String f : fragments) {
      assertTrue(r.err().contains(f), f + " in " + r.err());
    }
  }

  /** Short French-like lines, one sentence each. */
  private static String lines(int n) {
    StringBuilder sb = new StringBuilder();
    String[] w = {"Le", "chat", "dort", "ici", "ce", "soir", "sans", "bruit"};
    for (int i = 0; i < n; i++) {
      sb.append(w[i % 8]).append(' ').append(w[(i + 3) % 8]).append(' ').append(i).append(".\n");
    }
    return sb.toString();
  }

  @Test
  void aHundredThousandShortLinesAreRefusedAtTheDefaultSentenceLimit() throws IOException {
    String text = lines(100_000);
    assertTrue(text.length() < 5_000_000, "under the file size limit");
    Path pair = pair("many-lines", text);
    Cli.Run r = Cli.run(null, "", "report", pair.toString(), "--out", root.resolve("r").toString());
    assertRefused(
        r,
        pair.resolve(TestTexts.MACHINE),
        "100,000 sentences, more than the limit of 2,000 (limits.maxSentences in workbench.json)");
    assertTrue(!Files.exists(root.resolve("r/many-lines")), "no report written");
  }

  @Test
  void theSentenceLimitIsReadFromWorkbenchJsonAndCountsTheHumanTextToo() throws IOException {
    Path pair = pair("fifty", lines(51));
    Files.writeString(pair.resolve("workbench.json"), "{\"limits\": {\"maxSentences\": 50}}");
    assertRefused(
        check(pair, NOTHING), pair.resolve(TestTexts.MACHINE), "51 sentences", "limit of 50");
    // the human text (the sample's Belga story) is held to it as well
    Files.writeString(pair.resolve(TestTexts.MACHINE), lines(3), StandardCharsets.UTF_8);
    Files.writeString(pair.resolve("workbench.json"), "{\"limits\": {\"maxSentences\": 4}}");
    assertRefused(
        check(pair, NOTHING), pair.resolve(TestTexts.HUMAN), "sentences, more than the limit of 4");
  }

  @Test
  void aSentenceOverTheWordLimitIsRefusedNamingItsLine() throws IOException {
    String longOne =
        "Un titre.\n" + "mot ".repeat(LimitsConfig.DEFAULT_MAX_SENTENCE_WORDS) + "final.\n";
    Path pair = pair("long-sentence", longOne);
    assertRefused(
        check(pair, NOTHING),
        pair.resolve(TestTexts.MACHINE),
        "the sentence at line 2 has 2,001 words, more than the limit of 2,000"
            + " (limits.maxSentenceWords in workbench.json)");
  }

  @Test
  void aTextOverTheWordLimitIsRefused() throws IOException {
    Path pair = pair("words", lines(20));
    Files.writeString(pair.resolve("workbench.json"), "{\"limits\": {\"maxWords\": 50}}");
    assertRefused(
        check(pair, NOTHING),
        pair.resolve(TestTexts.MACHINE),
        "60 words, more than the limit of 50 (limits.maxWords in workbench.json)");
  }

  @Test
  void moreFlagsThanTheLimitAreRefused() throws IOException {
    Path pair = pair("flags", null);
    Files.writeString(pair.resolve("workbench.json"), "{\"limits\": {\"maxFlags\": 3}}");
    assertRefused(
        check(pair, NOTHING),
        pair.resolve(TestTexts.MACHINE),
        "flags, more than the limit of 3 (limits.maxFlags in workbench.json)");
    // within the limits, the same pair passes through
    Files.writeString(pair.resolve("workbench.json"), "{\"limits\": {\"maxFlags\": 5000}}");
    Cli.Run ok = check(pair, NOTHING);
    assertTrue(ok.code() == 0 || ok.code() == 1, ok.out() + ok.err());
  }

  @Test
  void aLimitMustBePositive() throws IOException {
    Path pair = pair("zero", null);
    Files.writeString(pair.resolve("workbench.json"), "{\"limits\": {\"maxFlags\": 0}}");
    Cli.Run r = check(pair, NOTHING);
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("limits.maxFlags must be positive"), r.err());
    Files.writeString(pair.resolve("workbench.json"), "{\"limits\": {\"maxLines\": 10}}");
    Cli.Run unknown = check(pair, NOTHING);
    assertEquals(2, unknown.code(), unknown.err());
    assertTrue(unknown.err().contains("unknown key \"maxLines\""), unknown.err());
  }
}
