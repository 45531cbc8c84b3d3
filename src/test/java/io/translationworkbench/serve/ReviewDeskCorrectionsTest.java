package io.translationworkbench.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.LineIndex;
import io.translationworkbench.PairAnalyzer;
import io.translationworkbench.PairReport;
import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.gate.StubPairAnalyzer;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.grammar.MatchKind;
import io.translationworkbench.review.ReviewFile;
import io.translationworkbench.review.TestFlags;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrections and the glossary through the desk's API, with the stub pipeline and a stand-in
 * re-check (one finding per "fera" in the text), so that what is tested is the desk: validation,
 * the per-sentence cache, review.json, the page, and what it refuses. The real re-check runs in
 * {@link ReviewDeskEndToEndTest} and the browser test.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ReviewDeskCorrectionsTest {
  static final String ID = "tiktok";
  // the stub's sentence m2 (line 2 of TestFlags.MACHINE)
  static final String M2 =
      "Les responsables sont confiants que la vente fera ByteDance semblent faibles.";
  static final String FIXED =
      "Les responsables sont convaincus que la vente fera paraître ByteDance faible.";
  static final String CLEAN = "Les responsables craignent que ByteDance paraisse faible.";

  @TempDir Path root;
  Path pair;
  ReviewDesk desk;
  final AtomicInteger rechecks = new AtomicInteger();
  final HttpClient http = HttpClient.newHttpClient();

  /** The stub pipeline, with a re-check that finds every "fera". */
  final class Analyzer implements PairAnalyzer {
    final StubPairAnalyzer stub = new StubPairAnalyzer();

    @Override
    public PairReport analyze(Path pairDir) {
      return stub.analyze(pairDir);
    }

    @Override
    public List<GrammarMatch> recheck(Path pairDir, PairReport report, String sentence) {
      rechecks.incrementAndGet();
      List<GrammarMatch> out = new ArrayList<>();
      LineIndex index = new LineIndex(sentence);
      for (int at = sentence.indexOf("fera"); at >= 0; at = sentence.indexOf("fera", at + 1)) {
        out.add(
            new GrammarMatch(
                Side.MACHINE,
                "FERA_RULE",
                null,
                "GRAMMAR",
                "grammar",
                MatchKind.GRAMMAR,
                Severity.ERROR,
                "un \"fera\" <b>",
                index.span(at, at + 4),
                "fera",
                List.of("ferait"),
                "m1"));
      }
      return out;
    }
  }

  @BeforeEach
  void start() throws Exception {
    pair = StubPairAnalyzer.writePair(root, ID, TestFlags.MACHINE);
    Files.writeString(
        root.resolve("workbench.json"), "{\"grammar\": {\"glossary\": [\"glossary.txt\"]}}");
    Files.writeString(root.resolve("glossary.txt"), "# names\nZhao");
    desk = new ReviewDesk(root.resolve("articles"), new Analyzer(), 0, "tester");
  }

  @AfterEach
  void stop() {
    desk.close();
  }

  HttpResponse<String> call(String action, String json, boolean token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + desk.port() + "/api/pair/" + ID + "/" + action))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token) {
      b.header(ReviewDesk.TOKEN_HEADER, desk.token());
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + desk.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String req(String sentence, String text) throws Exception {
    ObjectMapper m = new ObjectMapper();
    return m.writeValueAsString(m.createObjectNode().put("sentence", sentence).put("text", text));
  }

  JsonNode json(HttpResponse<String> r) throws Exception {
    assertEquals(200, r.statusCode(), r.body());
    return new ObjectMapper().readTree(r.body());
  }

  @Test
  void aRecheckGivesTheTypedSentencesFindingsOnceAndWritesNothing() throws Exception {
    JsonNode a = json(call("recheck", req("m2", FIXED), true));
    assertEquals(FIXED, a.get("text").asText());
    assertEquals(1, a.get("findings").size());
    JsonNode f = a.get("findings").get(0);
    assertEquals("FERA_RULE", f.get("ruleId").asText());
    assertEquals(FIXED.indexOf("fera"), f.get("start").asInt());
    assertEquals("error", f.get("severity").asText());
    assertEquals(0, json(call("recheck", req("m2", CLEAN), true)).get("findings").size());
    // the same text again: from the per-sentence cache, the analyzer is not asked
    int before = rechecks.get();
    assertEquals(
        1, json(call("recheck", req("m2", "  " + FIXED + "\n"), true)).get("findings").size());
    assertEquals(before, rechecks.get());
    assertFalse(Files.exists(ReviewFile.pathIn(pair)));
  }

  @Test
  void aCorrectionIsStoredShownWithItsHterAndRemoved() throws Exception {
    JsonNode a = json(call("correction", req("m2", FIXED), true));
    assertEquals(1, a.get("findings").size());
    ReviewFile file = ReviewFile.load(ReviewFile.pathIn(pair));
    assertEquals(1, file.corrections().size());
    assertEquals(M2, file.corrections().get(0).sentence());
    assertEquals(FIXED, file.corrections().get(0).corrected());
    assertEquals("tester", file.corrections().get(0).reviewer());
    String page = get("/pair/" + ID).body();
    assertTrue(page.contains("corrected: " + FIXED.replace("'", "&#39;")), page);
    assertTrue(page.contains("id=\"post-editing\">Post-editing: 1 of 4 machine sentences"), page);
    // removing: an empty text
    json(call("correction", req("m2", ""), true));
    assertTrue(ReviewFile.load(ReviewFile.pathIn(pair)).corrections().isEmpty());
    assertFalse(get("/pair/" + ID).body().contains("post-editing"));
  }

  @Test
  void badCorrectionsAreRefusedWithOneLineAndChangeNothing() throws Exception {
    HttpResponse<String> r = call("correction", req("m99", FIXED), true);
    assertEquals(404, r.statusCode());
    assertEquals("no machine sentence m99\n", r.body());
    r = call("correction", req("h1", FIXED), true);
    assertEquals(404, r.statusCode(), "a human sentence is not corrected");
    r = call("correction", req("m2", "x".repeat(ReviewDesk.MAX_CORRECTION + 1)), true);
    assertEquals(413, r.statusCode());
    r = call("correction", "{\"sentence\": \"m2\", \"text\": 3}", true);
    assertEquals(400, r.statusCode());
    r = call("correction", req("m2", FIXED), false);
    assertEquals(403, r.statusCode());
    r = call("glossary", "{\"word\": \"ByteDance\"}", false);
    assertEquals(403, r.statusCode());
    assertFalse(Files.exists(ReviewFile.pathIn(pair)));
    assertEquals("# names\nZhao", Files.readString(root.resolve("glossary.txt")));
  }

  @Test
  void aWordIsAddedToTheProjectGlossaryOnce() throws Exception {
    JsonNode a = json(call("glossary", "{\"word\": \" ByteDance \"}", true));
    assertTrue(a.get("added").asBoolean());
    assertEquals("glossary.txt", a.get("file").asText());
    assertEquals("# names\nZhao\nByteDance\n", Files.readString(root.resolve("glossary.txt")));
    a = json(call("glossary", "{\"word\": \"ByteDance\"}", true));
    assertFalse(a.get("added").asBoolean());
    assertEquals("# names\nZhao\nByteDance\n", Files.readString(root.resolve("glossary.txt")));
    assertEquals(400, call("glossary", "{\"word\": \"# not a word\"}", true).statusCode());
    assertEquals(400, call("glossary", "{\"word\": \"a\\u0007b\"}", true).statusCode());
  }

  @Test
  void aSlowCorpusShowsWhatIsReadyAtOnceAndFillsInWhileThePageRefreshes() throws Exception {
    desk.close();
    StubPairAnalyzer.writePair(root, "zz-slow", TestFlags.MACHINE);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    PairAnalyzer slow =
        dir -> {
          if (dir.getFileName().toString().equals("zz-slow")) {
            try {
              release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return new StubPairAnalyzer().analyze(dir);
        };
    desk = new ReviewDesk(root.resolve("articles"), slow, 0, "tester");
    long t0 = System.nanoTime();
    String page = get("/").body();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    // within the page's budget (2 s) and some slack: never blocked by the slow pair
    assertTrue(ms < 10_000, ms + " ms");
    assertTrue(page.contains("<tr data-pair=\"zz-slow\">"), page);
    assertTrue(page.contains("data-v=\"pending\""), page);
    assertTrue(page.contains("<meta http-equiv=\"refresh\" content=\"3\">"), page);
    assertTrue(page.contains("Analysing: 1 of 2 pairs done"), page);
    assertEquals(1, ReviewDeskTest.numbers(page).size() / 10, "the ready pair has its numbers");
    release.countDown();
    String done = page;
    for (int i = 0; i < 100 && done.contains("pending"); i++) {
      Thread.sleep(100);
      done = get("/").body();
    }
    assertFalse(done.contains("data-v=\"pending\""), done);
    assertFalse(done.contains("http-equiv=\"refresh\""), done);
  }

  @Test
  void withoutAGlossaryFileTheDeskSaysWhereToNameOne() throws Exception {
    Files.writeString(root.resolve("workbench.json"), "{}");
    HttpResponse<String> r = call("glossary", "{\"word\": \"ByteDance\"}", true);
    assertEquals(409, r.statusCode());
    assertTrue(r.body().startsWith("no glossary file to add to: name one in "), r.body());
    assertTrue(r.body().contains("workbench.json"), r.body());
    assertEquals(1, r.body().lines().count());
  }
}
