package io.translationworkbench.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.cli.Main;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.gate.StubPairAnalyzer;
import io.translationworkbench.review.Decision;
import io.translationworkbench.review.ReviewDecision;
import io.translationworkbench.review.ReviewFile;
import io.translationworkbench.review.TestFlags;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review desk over loopback HTTP, with the stub pipeline: pages, the decision API, and what it
 * refuses.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ReviewDeskTest {
  static final String ID = "tiktok";

  @TempDir Path root;
  Path pair;
  ReviewDesk desk;
  final HttpClient http = HttpClient.newHttpClient();
  final List<Flag> flags = TestFlags.sampleFlags();

  @BeforeEach
  void start() throws Exception {
    pair = StubPairAnalyzer.writePair(root, ID, TestFlags.MACHINE);
    desk = new ReviewDesk(root.resolve("articles"), new StubPairAnalyzer(), 0, "tester");
  }

  @AfterEach
  void stop() {
    desk.close();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + desk.port() + path);
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static String body(String fp, String decision, String note) {
    return "{\"fingerprint\":\""
        + fp
        + "\",\"decision\":\""
        + decision
        + "\",\"note\":\""
        + note
        + "\"}";
  }

  HttpRequest.Builder post(String id, String json) {
    return HttpRequest.newBuilder(uri("/api/pair/" + DeskPages.path(id) + "/decision"))
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  HttpResponse<String> decide(String fp, String decision, String note) throws Exception {
    return authorized(post(ID, body(fp, decision, note)));
  }

  /** Sends {@code request} as the page does: JSON, with this run's token. */
  HttpResponse<String> authorized(HttpRequest.Builder request) throws Exception {
    return http.send(
        request
            .header("Content-Type", "application/json")
            .header(ReviewDesk.TOKEN_HEADER, desk.token())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  Path reviewFile() {
    return ReviewFile.pathIn(pair);
  }

  @Test
  void corpusPageListsThePairWithVerdictCountsAndCsp() throws Exception {
    HttpResponse<String> r = get("/");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(ReviewDesk.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(r.body().contains("href=\"/pair/tiktok\""), r.body());
    // two errors, one warning, one info, all open: the gate fails on the errors
    assertTrue(
        r.body().contains("<td class=\"fail\">fail</td><td>2</td><td>1</td><td>1</td><td>4</td>"),
        r.body());
    assertFalse(r.body().contains("src=\"http"), r.body());
    assertFalse(r.body().contains("href=\"http"), r.body());
  }

  @Test
  void pairPageShowsTheQueueAndFiltersBySeverity() throws Exception {
    HttpResponse<String> r = get("/pair/" + ID);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(ReviewDesk.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
    String page = r.body();
    assertTrue(page.contains("4 flags: 2 errors, 1 warnings, 1 info"), page);
    for (Flag f : flags) {
      assertTrue(page.contains("data-fp=\"" + f.fingerprint() + "\""), f.fingerprint());
    }
    assertTrue(page.contains("<mark>semblent</mark>"), page);
    String onlyErrors = get("/pair/" + ID + "?severity=error").body();
    assertTrue(onlyErrors.contains(flags.get(1).fingerprint()));
    assertFalse(onlyErrors.contains("data-fp=\"" + flags.get(0).fingerprint()), onlyErrors);
    assertEquals(400, get("/pair/" + ID + "?severity=bogus").statusCode());
  }

  @Test
  void aDecisionIsWrittenToReviewJsonAndChangesTheSummary() throws Exception {
    String fp = flags.get(1).fingerprint();
    HttpResponse<String> r = decide(fp, "dismissed", "faux positif");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode answer = new ObjectMapper().readTree(r.body());
    assertEquals("dismissed", answer.get("state").asText());
    assertEquals(1, answer.get("summary").get("dismissed").asInt());
    assertEquals(3, answer.get("summary").get("open").asInt());
    ReviewDecision saved = ReviewFile.load(reviewFile()).find(fp).orElseThrow();
    assertEquals(Decision.DISMISSED, saved.decision());
    assertEquals("faux positif", saved.note());
    assertEquals("tester", saved.reviewer());
    // the cached result was invalidated: the page shows the new state
    assertTrue(get("/pair/" + ID).body().contains("1 dismissed"));
    // undo
    HttpResponse<String> cleared = decide(fp, "clear", "");
    assertEquals(200, cleared.statusCode(), cleared.body());
    assertTrue(ReviewFile.load(reviewFile()).find(fp).isEmpty());
    assertTrue(get("/pair/" + ID).body().contains("0 dismissed"));
  }

  @Test
  void aForeignHostIsRefusedAndNothingIsWritten() throws Exception {
    String json = body(flags.get(1).fingerprint(), "dismissed", "");
    for (String host : List.of("evil.example:" + desk.port(), "127.0.0.1", "127.0.0.1:1")) {
      String response =
          raw(
              "POST /api/pair/"
                  + ID
                  + "/decision HTTP/1.1\r\nHost: "
                  + host
                  + "\r\nContent-Type: application/json\r\n"
                  + ReviewDesk.TOKEN_HEADER
                  + ": "
                  + desk.token()
                  + "\r\nContent-Length: "
                  + json.getBytes(StandardCharsets.UTF_8).length
                  + "\r\nConnection: close\r\n\r\n"
                  + json);
      assertTrue(response.startsWith("HTTP/1.1 403"), response);
      assertFalse(response.contains("Exception"), response);
      String get = raw("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
      assertTrue(get.startsWith("HTTP/1.1 403"), get);
    }
    assertFalse(Files.exists(reviewFile()));
  }

  /** A raw request over loopback (the JDK client will not send another Host). */
  String raw(String request) throws Exception {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), desk.port())) {
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aForeignOriginIsRefused() throws Exception {
    HttpResponse<String> r =
        authorized(
            post(ID, body(flags.get(1).fingerprint(), "confirmed", ""))
                .header("Origin", "http://evil.example"));
    assertEquals(403, r.statusCode());
    assertEquals(1, r.body().strip().lines().count(), r.body());
    assertFalse(Files.exists(reviewFile()));
    // the same origin is fine
    HttpResponse<String> ok =
        authorized(
            post(ID, body(flags.get(1).fingerprint(), "confirmed", ""))
                .header("Origin", "http://localhost:" + desk.port()));
    assertEquals(200, ok.statusCode(), ok.body());
  }

  @Test
  void aMissingOrWrongTokenIsRefused() throws Exception {
    String json = body(flags.get(1).fingerprint(), "confirmed", "");
    HttpResponse<String> none =
        http.send(
            post(ID, json).header("Content-Type", "application/json").build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(403, none.statusCode());
    HttpResponse<String> wrong =
        http.send(
            post(ID, json)
                .header("Content-Type", "application/json")
                .header(ReviewDesk.TOKEN_HEADER, "0".repeat(48))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(403, wrong.statusCode());
    assertFalse(Files.exists(reviewFile()));
  }

  @Test
  void aFormPostIsUnsupportedMediaType() throws Exception {
    HttpResponse<String> r =
        http.send(
            post(ID, "fingerprint=x&decision=dismissed")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(ReviewDesk.TOKEN_HEADER, desk.token())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(415, r.statusCode());
    assertFalse(Files.exists(reviewFile()));
  }

  @Test
  void badRequestsAreAnsweredWithOneLine() throws Exception {
    assertEquals(404, get("/nowhere").statusCode());
    assertEquals(404, get("/pair/nope").statusCode());
    HttpResponse<String> bad = decide("x\", bad", "dismissed", "");
    assertEquals(400, bad.statusCode(), bad.body());
    assertFalse(bad.body().contains("\tat "), bad.body());
    assertEquals(404, decide("0000000000000000", "dismissed", "").statusCode());
    assertEquals(400, decide(flags.get(1).fingerprint(), "maybe", "").statusCode());
    HttpResponse<String> big =
        authorized(post(ID, "{\"note\":\"" + "x".repeat(ReviewDesk.MAX_BODY) + "\"}"));
    assertEquals(413, big.statusCode());
    assertFalse(Files.exists(reviewFile()));
  }

  @Test
  void anIdWithMarkupIsEscaped() throws Exception {
    String id = "a<b onmouseover=alert(1)>&\"x'";
    StubPairAnalyzer.writePair(root, id, TestFlags.MACHINE);
    String corpus = get("/").body();
    assertFalse(corpus.contains("<b onmouseover"), corpus);
    assertTrue(corpus.contains("a&lt;b onmouseover=alert(1)&gt;&amp;&quot;x&#39;"), corpus);
    HttpResponse<String> page = get("/pair/" + DeskPages.path(id));
    assertEquals(200, page.statusCode(), page.body());
    assertFalse(page.body().contains("<b onmouseover"), page.body());
    assertTrue(page.body().contains("<h1>a&lt;b onmouseover=alert(1)&gt;&amp;&quot;x&#39;</h1>"));
  }

  @Test
  void concurrentWritersLoseNoDecision() throws Exception {
    // the API decides on two flags while another thread writes directly and the CLI dismisses
    String a = flags.get(0).fingerprint();
    String b = flags.get(1).fingerprint();
    String c = flags.get(2).fingerprint();
    String d = flags.get(3).fingerprint();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 5; round++) {
        Files.deleteIfExists(reviewFile());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        done.add(pool.submit(() -> call(go, () -> decide(a, "confirmed", "api"))));
        done.add(pool.submit(() -> call(go, () -> decide(b, "dismissed", "api"))));
        done.add(
            pool.submit(
                () ->
                    call(
                        go,
                        () ->
                            ReviewFile.update(
                                reviewFile(),
                                now ->
                                    now.with(
                                        ReviewDecision.of(
                                            flags.get(2),
                                            null,
                                            Decision.CONFIRMED,
                                            "other",
                                            LocalDate.now(),
                                            "thread"))))));
        done.add(
            pool.submit(
                () ->
                    call(
                        go,
                        () -> {
                          StringWriter out = new StringWriter();
                          StringWriter err = new StringWriter();
                          int code =
                              Main.run(
                                  new String[] {"review", pair.toString(), "--dismiss", d},
                                  new PrintWriter(out),
                                  new PrintWriter(err),
                                  new ByteArrayInputStream(new byte[0]),
                                  cfg -> new StubPairAnalyzer());
                          assertEquals(0, code, err.toString());
                          return code;
                        })));
        go.countDown();
        for (Future<?> f : done) {
          f.get(60, TimeUnit.SECONDS);
        }
        ReviewFile now = ReviewFile.load(reviewFile());
        for (String fp : List.of(a, b, c, d)) {
          assertTrue(now.find(fp).isPresent(), "round " + round + ": lost " + fp);
        }
        // the desk sees what the others wrote (review.json changed on disk)
        String page = get("/pair/" + ID).body();
        assertTrue(page.contains("0 open, 2 confirmed, 2 dismissed"), page);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  interface Step {
    Object run() throws Exception;
  }

  static Object call(CountDownLatch go, Step step) throws Exception {
    go.await();
    Object r = step.run();
    if (r instanceof HttpResponse<?> h) {
      assertEquals(200, h.statusCode(), String.valueOf(h.body()));
    }
    return r;
  }
}
