package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.PairReport;
import io.translationworkbench.TestTexts;
import io.translationworkbench.Workbench;
import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.grammar.GrammarChecker;
import io.translationworkbench.grammar.GrammarStage;
import io.translationworkbench.report.HtmlReportWriter;
import io.translationworkbench.report.JsonReportWriter;
import io.translationworkbench.report.MarkdownReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * LanguageTool throws on the machine text of one pair of two: the result says so, and the gate
 * cannot pass on it, in every output.
 */
@Tag("languagetool")
class ProcessingErrorTest {
  static final String BOOM = "java.lang.IllegalStateException: LanguageTool exploded";

  @TempDir static Path root;
  static Workbench workbench;

  @BeforeAll
  static void twoPairsOneBreaks() throws Exception {
    for (String id : new String[] {"a-fine", "b-broken"}) {
      // without its manifest, a pair's id is its directory's name
      Files.delete(TestTexts.copySample(root.resolve("articles/" + id)).resolve("pair.json"));
    }
    GrammarChecker real = new GrammarChecker();
    // the real check, but one that throws inside LanguageTool's place for one text
    GrammarStage.Check check =
        (doc, sentences, cfg, rules, lexicon) -> {
          if (doc.source().path().toString().contains("b-broken")
              && doc.source().path().getFileName().toString().startsWith("machine")) {
            throw new IllegalStateException("LanguageTool exploded");
          }
          return real.check(doc, sentences, cfg, rules, lexicon);
        };
    workbench = new Workbench(null, AlignerParams.defaults(), check);
  }

  @AfterAll
  static void close() {
    workbench.close();
  }

  @Test
  void theReportListsTheProcessingErrorInEveryFormat() {
    PairReport r = workbench.analyze(root.resolve("articles/b-broken"));
    assertEquals(1, r.processingErrors().size());
    assertEquals("grammar", r.processingErrors().get(0).stage());
    assertEquals(BOOM, r.processingErrors().get(0).message());
    assertTrue(r.processingErrors().get(0).file().endsWith("b-broken/machine.fr.txt"));
    assertEquals(0, r.densities().machine().findings(), "a crash counts no match");
    assertTrue(new JsonReportWriter().write(r).contains(BOOM));
    assertTrue(new MarkdownReportWriter().write(r).contains(BOOM));
    assertTrue(new HtmlReportWriter().write(r).contains(BOOM));
    // the human text was still checked
    assertTrue(r.densities().human().findings() > 0 || r.densities().human().words() > 0);
  }

  @Test
  void checkFailsNamingPairAndStageWithANotificationAndAJUnitError() throws Exception {
    Cli.Run run =
        Cli.run(
            cfg -> workbench,
            "",
            Cli.withOutputs(
                root,
                "check",
                "--root",
                root.toString(),
                "--policy",
                writeLenientPolicy().toString()));
    assertEquals(1, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("a-fine: passed"), run.out());
    assertTrue(run.out().contains("b-broken: FAILED"), run.out());
    assertTrue(
        run.out()
            .contains(
                "processing-errors: 1 stage could not finish, the result is incomplete: grammar on"),
        run.out());
    assertTrue(run.out().contains(BOOM), run.out());

    JsonNode sarif = new ObjectMapper().readTree(root.resolve("reports/check.sarif").toFile());
    JsonNode invocation = sarif.at("/runs/0/invocations/0");
    assertFalse(invocation.get("executionSuccessful").asBoolean());
    JsonNode n = invocation.get("toolExecutionNotifications").get(0);
    assertEquals("error", n.get("level").asText());
    assertTrue(n.at("/message/text").asText().startsWith("b-broken: stage grammar"), n.toString());
    assertTrue(n.at("/message/text").asText().endsWith(BOOM), n.toString());

    Document junit =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(root.resolve("reports/check-junit.xml").toFile());
    NodeList errors = junit.getElementsByTagName("error");
    assertEquals(1, errors.getLength());
    Element tc = (Element) errors.item(0).getParentNode();
    assertEquals("b-broken", tc.getAttribute("classname"));
    assertEquals("processing-errors", tc.getAttribute("name"));
    assertEquals("1", junit.getDocumentElement().getAttribute("errors"));
  }

  /** A policy the sample passes, so that only the processing error can fail the broken pair. */
  private static Path writeLenientPolicy() throws Exception {
    Path p = root.resolve("lenient-gate.json");
    Files.writeString(
        p,
        "{\"maxOpenErrors\": 1000, \"maxGrammarDensityRatio\": 1000, \"allowUntranslated\": true}");
    return p;
  }
}
