package io.translationworkbench.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.PairReport;
import io.translationworkbench.TestTexts;
import io.translationworkbench.Workbench;
import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.review.Decision;
import io.translationworkbench.review.ReviewFile;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.segment.Sentence;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The review desk with the real pipeline (LanguageTool) on a copy of the sample pair. */
@Tag("languagetool")
class ReviewDeskEndToEndTest {
  @TempDir Path root;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void theSamplePairIsServedAndADecisionChangesItsCounts() throws Exception {
    Path pair = TestTexts.copySample(root.resolve("articles").resolve("sample"));
    HttpClient http = HttpClient.newHttpClient();
    try (Workbench wb =
            new Workbench(Path.of("workbench.json"), AlignerParams.defaults(), (Path) null);
        ReviewDesk desk = new ReviewDesk(root.resolve("articles"), wb, 0, "e2e")) {
      PairReport expected = wb.analyze(pair);
      PairReport.Summary s = expected.summary();
      String base = "http://localhost:" + desk.port();
      HttpResponse<String> corpus =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, corpus.statusCode(), corpus.body());
      assertEquals(
          ReviewDesk.CSP, corpus.headers().firstValue("Content-Security-Policy").orElseThrow());
      List<Double> cells = ReviewDeskTest.numbers(corpus.body());
      // columns: BLEU, chrF, TER, errors, warnings, info, open
      assertEquals(
          List.of(
              (double) s.errors(), (double) s.warnings(), (double) s.infos(), (double) s.open()),
          cells.subList(3, 7));
      assertEquals((Double) s.named().get("documentChrF"), cells.get(1), 0.005);

      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/pair/sample")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(
          page.body().contains(s.flags() + " flags: " + s.errors() + " errors, "), page.body());
      // the queue in the report's order, most severe first
      int last = -1;
      for (ReviewedFlag f : expected.flags()) {
        int at = page.body().indexOf("data-fp=\"" + f.fingerprint() + "\"");
        assertTrue(at > last, f.fingerprint());
        last = at;
      }

      ReviewedFlag first = expected.flags().get(0);
      HttpResponse<String> post =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/pair/sample/decision"))
                  .header("Content-Type", "application/json")
                  .header(ReviewDesk.TOKEN_HEADER, desk.token())
                  .header("Origin", base)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"fingerprint\":\""
                              + first.fingerprint()
                              + "\",\"decision\":\"dismissed\",\"note\":\"ok\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, post.statusCode(), post.body());
      JsonNode summary = new ObjectMapper().readTree(post.body()).get("summary");
      assertEquals(s.dismissed() + 1, summary.get("dismissed").asInt());
      assertEquals(s.open() - 1, summary.get("open").asInt());
      assertEquals(
          Decision.DISMISSED,
          ReviewFile.load(ReviewFile.pathIn(pair))
              .find(first.fingerprint())
              .orElseThrow()
              .decision());

      // re-check: the sentence the pipeline flagged with a newsroom rule, as LanguageTool sees it
      // alone, then corrected; stored, and exported in the corrected text
      GrammarMatch orphan =
          expected.matches().stream()
              .filter(m -> m.ruleId().equals("NEWSROOM_ORPHAN_SUBORDINATE"))
              .findFirst()
              .orElseThrow();
      Sentence sentence =
          expected.sentences().stream()
              .filter(x -> x.id().equals(orphan.sentenceId()))
              .findFirst()
              .orElseThrow();
      String corrected =
          sentence.text().replaceFirst("^Où le", "Le").replace("une date limite du", "jusqu’au");
      JsonNode before = recheck(http, base, desk, "recheck", sentence.id(), sentence.text());
      assertTrue(rules(before).contains("NEWSROOM_ORPHAN_SUBORDINATE"), before.toString());
      JsonNode after = recheck(http, base, desk, "correction", sentence.id(), corrected);
      assertFalse(rules(after).contains("NEWSROOM_ORPHAN_SUBORDINATE"), after.toString());
      HttpResponse<String> export =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/pair/sample/corrected.txt")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, export.statusCode());
      assertTrue(export.body().contains(corrected), export.body());
      assertFalse(export.body().contains(sentence.text()), export.body());
      assertEquals(wb.correctedMachineText(pair), export.body());
    }
  }

  private static JsonNode recheck(
      HttpClient http, String base, ReviewDesk desk, String action, String id, String text)
      throws Exception {
    ObjectMapper m = new ObjectMapper();
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/pair/sample/" + action))
                .header("Content-Type", "application/json")
                .header(ReviewDesk.TOKEN_HEADER, desk.token())
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        m.writeValueAsString(
                            m.createObjectNode().put("sentence", id).put("text", text))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return m.readTree(r.body());
  }

  private static List<String> rules(JsonNode answer) {
    List<String> out = new java.util.ArrayList<>();
    answer.get("findings").forEach(f -> out.add(f.get("ruleId").asText()));
    return out;
  }
}
