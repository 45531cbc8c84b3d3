package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.PairReport;
import io.translationworkbench.Severity;
import io.translationworkbench.TestTexts;
import io.translationworkbench.Workbench;
import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.grammar.CheckResult;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.grammar.GrammarStage;
import io.translationworkbench.grammar.MatchKind;
import io.translationworkbench.report.HtmlReportWriter;
import io.translationworkbench.report.JsonReportWriter;
import io.translationworkbench.report.MarkdownReportWriter;
import io.translationworkbench.segment.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report grows with its input, not with its square: every flag quotes a bounded excerpt of its
 * sentence, never the whole sentence (a 63 KB one-sentence text used to give 131 MB of HTML).
 */
class ReportSizeTest {
  @TempDir Path root;

  /**
   * One sentence of about 63 KB: the sample's machine text (without its English disclaimer) as one
   * run-on sentence, its sentences joined by commas, repeated; it keeps the sample's glued
   * sentences ("sociétéD’autre part"), each of which used to quote everything before it.
   */
  static String oneSentence(int bytes) {
    List<String> paragraphs = new ArrayList<>();
    for (String p : TestTexts.sample(TestTexts.MACHINE).split("\n")) {
      if (!p.isBlank() && !p.startsWith("(")) {
        paragraphs.add(p.strip());
      }
    }
    String body =
        String.join(" ", paragraphs.subList(0, paragraphs.size() - 1))
            .replaceAll("[.!?]\\s+", ", ")
            .replaceAll("[.!?]$", "");
    StringBuilder sb = new StringBuilder(body);
    while (sb.toString().getBytes(StandardCharsets.UTF_8).length < bytes) {
      sb.append(", et ").append(Character.toLowerCase(body.charAt(0))).append(body.substring(1));
    }
    return sb.append(".\n").toString();
  }

  /**
   * A grammar check that finds something on every twentieth word (5 per 100 words, about twice the
   * sample's density): many flags on one sentence.
   */
  static CheckResult everyTwentiethWord(
      io.translationworkbench.ingest.IngestedText doc, List<Sentence> sentences) {
    List<GrammarMatch> matches = new ArrayList<>();
    Pattern word = Pattern.compile("\\p{L}+");
    for (Sentence s : sentences) {
      Matcher m = word.matcher(s.text());
      int n = 0;
      while (m.find()) {
        if (n++ % 20 == 0) {
          int from = s.span().start() + m.start();
          int to = s.span().start() + m.end();
          matches.add(
              new GrammarMatch(
                  doc.source().side(),
                  "STUB_RULE",
                  null,
                  "CAT_STUB",
                  "grammar",
                  MatchKind.GRAMMAR,
                  Severity.WARNING,
                  "A stub finding.",
                  doc.lineIndex().span(from, to),
                  m.group(),
                  List.of(m.group().toUpperCase()),
                  s.id()));
        }
      }
    }
    return new CheckResult(matches, List.of(), Sentence.words(sentences));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void aSentenceOf63KbGivesReportsLinearInItsSize() throws IOException {
    Path pair = TestTexts.copySample(root.resolve("articles/long-sentence"));
    Files.delete(pair.resolve(TestTexts.MANIFEST));
    String text = oneSentence(63_000);
    Files.writeString(pair.resolve(TestTexts.MACHINE), text, StandardCharsets.UTF_8);
    long input = Files.size(pair.resolve(TestTexts.MACHINE));
    GrammarStage.Check check =
        (doc, sentences, cfg, rules, lexicon) -> everyTwentiethWord(doc, sentences);
    try (Workbench wb = new Workbench(null, AlignerParams.defaults(), check)) {
      PairReport r = wb.analyze(pair);
      int flags = r.flags().size();
      assertTrue(flags > 450, "a flag on every twentieth word of ~9,000: " + flags);
      Map<String, String> reports =
          Map.of(
              "report.json", new JsonReportWriter().write(r),
              "report.md", new MarkdownReportWriter().write(r),
              "report.html", new HtmlReportWriter().write(r));
      reports.forEach(
          (name, content) -> {
            long size = content.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(
                size < 20 * input,
                name
                    + " is "
                    + size
                    + " bytes for "
                    + input
                    + " bytes of input ("
                    + flags
                    + " flags)");
          });
    }
  }
}
