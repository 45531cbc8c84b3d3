package io.translationworkbench.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.PairReport;
import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.cli.Main;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagKind;
import io.translationworkbench.gate.StubPairAnalyzer;
import io.translationworkbench.review.Decision;
import io.translationworkbench.review.FlagState;
import io.translationworkbench.review.ReviewDecision;
import io.translationworkbench.review.ReviewFile;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.review.TestFlags;
import io.translationworkbench.segment.Sentence;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** The numeric cells of the corpus page, in order (sort values; NaN for none). */
  static List<Double> numbers(String page) {
    List<Double> out = new ArrayList<>();
    Matcher m = Pattern.compile("<td class=\"num\" data-v=\"([^\"]*)\">").matcher(page);
    while (m.find()) {
      out.add(m.group(1).isEmpty() ? Double.NaN : Double.parseDouble(m.group(1)));
    }
    return out;
  }

  @Test
  void corpusPageListsThePairWithVerdictCountsAndCsp() throws Exception {
    HttpResponse<String> r = get("/");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(ReviewDesk.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(r.body().contains("href=\"/pair/tiktok\""), r.body());
    // two errors, one warning, one info, all open: the gate fails on the errors, and says why
    assertTrue(
        r.body()
            .contains("<td class=\"fail gate\" data-v=\"fail\">fail<ul class=\"why\"><li title="));
    assertTrue(r.body().contains("error flags not dismissed (2 open, 0 confirmed)"), r.body());
    assertTrue(r.body().contains("<code>error-flags</code> 2 &gt; 0</li>"), r.body());
    // columns: BLEU, chrF, TER, then errors, warnings, info, open, confirmed, dismissed
    assertEquals(List.of(2.0, 1.0, 1.0, 4.0, 0.0, 0.0), numbers(r.body()).subList(3, 9));
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
        assertTrue(page.contains("<span data-count=\"open\">0 open</span>"), page);
        assertTrue(page.contains("<span data-count=\"confirmed\">2 confirmed</span>"), page);
        assertTrue(page.contains("<span data-count=\"dismissed\">2 dismissed</span>"), page);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- the two articles side by side, filters, bulk dismissal, cache

  /** A machine text with markup in it (line 2), for the escaping of the side-by-side view. */
  static final String MARKUP =
      TestFlags.MACHINE.replace("Les responsables sont", "Les <b>responsables</b> & \"co\" sont");

  /**
   * The stub's result plus two flags of rule PASSE_RECENT on line 2: one over markup, one
   * overlapping the grammar error on "semblent".
   */
  static PairReport rich(Path dir) {
    PairReport base = new StubPairAnalyzer().analyze(dir);
    String text;
    try {
      text = Files.readString(dir.resolve("machine.fr.txt"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<Flag> extra =
        List.of(
            TestFlags.flag(
                text,
                1,
                "<b>responsables</b> & \"co\"",
                FlagKind.STYLE,
                Severity.WARNING,
                "PASSE_RECENT"),
            TestFlags.flag(
                text, 1, "ByteDance semblent", FlagKind.STYLE, Severity.WARNING, "PASSE_RECENT"));
    ReviewFile review = ReviewFile.load(ReviewFile.pathIn(dir));
    List<ReviewedFlag> all = new ArrayList<>(base.flags());
    for (Flag f : extra) {
      all.add(
          review
              .find(f.fingerprint())
              .map(
                  d ->
                      new ReviewedFlag(
                          f,
                          d.decision() == Decision.DISMISSED
                              ? FlagState.DISMISSED
                              : FlagState.CONFIRMED,
                          d))
              .orElse(new ReviewedFlag(f, FlagState.OPEN, null)));
    }
    return new PairReport(
        base.formatVersion(),
        base.pair(),
        base.inputs(),
        base.offsets(),
        base.anomalies(),
        base.sentences(),
        base.matches(),
        base.suppressed(),
        base.houseStyle(),
        base.densities(),
        base.documentMetrics(),
        base.alignment(),
        all,
        base.staleDecisions(),
        base.processingErrors(),
        base.signature(),
        base.processingNotes(),
        null);
  }

  /** Serves a pair "markup" with {@link #MARKUP} and {@link #rich} flags instead of the default. */
  Path useRich() throws Exception {
    Path dir = StubPairAnalyzer.writePair(root, "markup", MARKUP);
    desk.close();
    desk = new ReviewDesk(root.resolve("articles"), ReviewDeskTest::rich, 0, "tester");
    return dir;
  }

  static final Pattern SENTENCE =
      Pattern.compile(
          "<div class=\"sent( nocp)?\" id=\"s-([^\"]+)\" data-id=\"[^\"]+\""
              + " data-partner=\"([^\"]*)\">(.*?)</div>");

  @Test
  void sideBySideListsEverySentenceWithItsAlignedPartners() throws Exception {
    String page = get("/pair/" + ID).body();
    String sides = page.substring(page.indexOf("<section id=\"sides\">"));
    PairReport report = new StubPairAnalyzer().analyze(pair);
    List<String> ids = new ArrayList<>();
    Matcher m = SENTENCE.matcher(sides);
    while (m.find()) {
      String id = m.group(2);
      ids.add(id);
      Set<String> expected = new LinkedHashSet<>();
      for (AlignedPairResult p : report.alignment().pairs()) {
        if (p.machineIds().contains(id)) {
          expected.addAll(p.humanIds());
        }
        if (p.humanIds().contains(id)) {
          expected.addAll(p.machineIds());
        }
      }
      Set<String> shown =
          m.group(3).isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(m.group(3).split(" ")));
      assertEquals(expected, shown, id);
      boolean unmatched = expected.isEmpty();
      assertEquals(unmatched, m.group(1) != null, id);
      assertEquals(unmatched, m.group(4).contains("no counterpart"), id);
    }
    // every sentence of both sides, machine first, each in document order
    List<String> order = new ArrayList<>();
    for (Side side : List.of(Side.MACHINE, Side.HUMAN)) {
      report.sentences().stream()
          .filter(x -> x.side() == side)
          .sorted(java.util.Comparator.comparingInt(Sentence::index))
          .forEach(x -> order.add(x.id()));
    }
    assertEquals(order, ids);
    assertEquals(List.of("m1", "m2", "m3", "m4", "h1"), ids);
    // the untranslated sentence has no counterpart; the human one is linked to the other three
    assertTrue(sides.contains("id=\"s-h1\" data-id=\"h1\" data-partner=\"m1 m2 m3\""), sides);
    assertTrue(sides.contains("<div class=\"sent nocp\" id=\"s-m4\""), sides);
    // the marks of the machine sentences link to their flag in the queue
    for (Flag f : flags) {
      assertTrue(
          sides.contains(
              "href=\"#fp-"
                  + f.fingerprint()
                  + "\"><mark class=\""
                  + f.severity().label()
                  + "\" data-fp=\""
                  + f.fingerprint()
                  + "\""),
          f.ruleId());
      assertTrue(page.contains("id=\"fp-" + f.fingerprint() + "\""), f.ruleId());
    }
  }

  @Test
  void marksCarryTheFingerprintsAndEscapedTextAndOverlapsAreCut() throws Exception {
    Path dir = useRich();
    PairReport report = rich(dir);
    String page = get("/pair/markup").body();
    assertFalse(page.contains("<b>responsables"), page);
    String sides = page.substring(page.indexOf("<section id=\"sides\">"));
    ReviewedFlag markup = report.flags().get(4);
    ReviewedFlag overlap = report.flags().get(5);
    // the grammar error on "semblent", whose sentence (and so fingerprint) has the markup
    String error = TestFlags.sampleFlags(MARKUP).get(1).fingerprint();
    String m2 = sides.substring(sides.indexOf("id=\"s-m2\""));
    m2 = m2.substring(0, m2.indexOf("</div>"));
    assertTrue(
        m2.contains(
            "Les <a class=\"fl\" href=\"#fp-"
                + markup.flag().fingerprint()
                + "\"><mark class=\"warning\" data-fp=\""
                + markup.flag().fingerprint()
                + "\" data-fps=\""
                + markup.flag().fingerprint()
                + "\" title=\"PASSE_RECENT\">&lt;b&gt;responsables&lt;/b&gt; &amp; &quot;co&quot;</mark></a> sont"),
        m2);
    // "ByteDance " is the warning's alone, "semblent" both flags': the error's mark lists both
    assertTrue(
        m2.contains(
            "data-fp=\""
                + overlap.flag().fingerprint()
                + "\" data-fps=\""
                + overlap.flag().fingerprint()
                + "\" title=\"PASSE_RECENT\">ByteDance </mark></a>"),
        m2);
    assertTrue(
        m2.contains(
            "<mark class=\"error\" data-fp=\""
                + error
                + "\" data-fps=\""
                + error
                + " "
                + overlap.flag().fingerprint()
                + "\" title=\"ACCORD_SUJET_VERBE; PASSE_RECENT\">semblent</mark></a> faibles."),
        m2);
    // no mark is nested, every mark is closed
    assertEquals(count(m2, "<mark"), count(m2, "</mark>"));
    assertFalse(m2.matches("(?s).*<mark[^>]*>[^<]*<mark.*"), m2);
  }

  static int count(String s, String what) {
    return s.split(Pattern.quote(what), -1).length - 1;
  }

  /** The fingerprints of the queue's flags on a page. */
  static List<String> queue(String page) {
    List<String> fps = new ArrayList<>();
    Matcher m = Pattern.compile("<div class=\"flag [a-z]+\" id=\"fp-([0-9a-f]+)\"").matcher(page);
    while (m.find()) {
      fps.add(m.group(1));
    }
    return fps;
  }

  @Test
  void theQueueIsFilteredByStateKindAndRule() throws Exception {
    assertEquals(200, decide(flags.get(1).fingerprint(), "dismissed", "").statusCode());
    assertEquals(200, decide(flags.get(2).fingerprint(), "confirmed", "").statusCode());
    String p = "/pair/" + ID;
    assertEquals(4, queue(get(p).body()).size());
    assertEquals(
        Set.of(flags.get(3).fingerprint(), flags.get(0).fingerprint()),
        Set.copyOf(queue(get(p + "?state=open").body())));
    assertEquals(List.of(flags.get(1).fingerprint()), queue(get(p + "?state=dismissed").body()));
    assertEquals(List.of(flags.get(2).fingerprint()), queue(get(p + "?state=confirmed").body()));
    assertEquals(List.of(flags.get(3).fingerprint()), queue(get(p + "?kind=untranslated").body()));
    assertEquals(List.of(flags.get(0).fingerprint()), queue(get(p + "?rule=APOS_TYP").body()));
    assertEquals(4, queue(get(p + "?state=all&kind=&rule=all").body()).size());
    // the search box: rule, message, flagged text or sentence, any case
    assertEquals(List.of(flags.get(0).fingerprint()), queue(get(p + "?q=apos_typ").body()));
    assertEquals(
        List.of(flags.get(3).fingerprint()), queue(get(p + "?q=left%20in%20ENGLISH").body()));
    assertEquals(List.of(), queue(get(p + "?q=nowhere").body()));
    assertEquals(400, get(p + "?q=" + "x".repeat(201)).statusCode());
    // stale: a decision on a flag that is gone is listed, not a flag
    ReviewFile.update(
        reviewFile(),
        now ->
            now.with(
                new ReviewDecision(
                    "0123456789abcdef",
                    Decision.CONFIRMED,
                    "old",
                    "2026-01-01",
                    "",
                    FlagKind.GRAMMAR,
                    "GONE_RULE",
                    "ancien",
                    "Une phrase disparue.")));
    String stale = get(p + "?state=stale").body();
    assertEquals(List.of(), queue(stale));
    assertTrue(stale.contains("data-stale=\"0123456789abcdef\""), stale);
    assertTrue(stale.contains("GONE_RULE"), stale);
    // filters combine
    assertEquals(
        List.of(flags.get(3).fingerprint()), queue(get(p + "?severity=error&state=open").body()));
    assertEquals(List.of(), queue(get(p + "?kind=grammar&state=open").body()));
    // the filter links keep the other filters
    assertTrue(
        get(p + "?state=open")
            .body()
            .contains("href=\"/pair/tiktok?severity=error&amp;state=open\""));
    for (String bad :
        List.of(
            "state=maybe",
            "kind=nonsense",
            "rule=NO_SUCH_RULE",
            "severity=bogus",
            "rule=%3Cx%3E")) {
      HttpResponse<String> r = get(p + "?" + bad);
      assertEquals(400, r.statusCode(), bad);
      assertEquals(1, r.body().strip().lines().count(), r.body());
      // plain text, never sniffed as HTML
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
  }

  HttpResponse<String> dismissRule(String id, String json, String origin, boolean token)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri("/api/pair/" + DeskPages.path(id) + "/dismiss-rule"))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json");
    if (token) {
      b.header(ReviewDesk.TOKEN_HEADER, desk.token());
    }
    if (origin != null) {
      b.header("Origin", origin);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void bulkDismissalDismissesExactlyTheOpenFlagsOfTheRule() throws Exception {
    Path dir = useRich();
    Path file = ReviewFile.pathIn(dir);
    PairReport before = rich(dir);
    List<Flag> ofRule =
        before.flags().stream()
            .map(ReviewedFlag::flag)
            .filter(f -> f.ruleId().equals("PASSE_RECENT"))
            .toList();
    assertEquals(3, ofRule.size());
    String json = "{\"rule\":\"PASSE_RECENT\",\"note\":\"house style allows it\"}";
    // refused without the token, from a foreign origin: nothing written
    assertEquals(403, dismissRule("markup", json, null, false).statusCode());
    HttpResponse<String> foreign = dismissRule("markup", json, "http://evil.example", true);
    assertEquals(403, foreign.statusCode());
    assertEquals(1, foreign.body().strip().lines().count());
    assertFalse(Files.exists(file));
    // the page offers the button
    assertTrue(
        get("/pair/markup")
            .body()
            .contains("<button data-rule=\"PASSE_RECENT\">dismiss all 3 open…</button>"));
    // one of them confirmed first: it stays confirmed
    HttpResponse<String> c =
        authorized(post("markup", body(ofRule.get(0).fingerprint(), "confirmed", "")));
    assertEquals(200, c.statusCode(), c.body());
    HttpResponse<String> r = dismissRule("markup", json, "http://127.0.0.1:" + desk.port(), true);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode answer = new ObjectMapper().readTree(r.body());
    assertEquals(2, answer.get("dismissed").asInt());
    assertEquals(2, answer.get("summary").get("dismissed").asInt());
    assertEquals(1, answer.get("summary").get("confirmed").asInt());
    ReviewFile saved = ReviewFile.load(file);
    assertEquals(3, saved.decisions().size());
    assertEquals(
        Decision.CONFIRMED, saved.find(ofRule.get(0).fingerprint()).orElseThrow().decision());
    for (Flag f : ofRule.subList(1, 3)) {
      ReviewDecision d = saved.find(f.fingerprint()).orElseThrow();
      assertEquals(Decision.DISMISSED, d.decision());
      assertEquals("house style allows it", d.note());
    }
    for (Flag f : flags) {
      if (!f.ruleId().equals("PASSE_RECENT")) {
        assertTrue(
            saved
                .find(TestFlags.sampleFlags(MARKUP).get(flags.indexOf(f)).fingerprint())
                .isEmpty());
      }
    }
    // again: nothing open is left
    HttpResponse<String> again = dismissRule("markup", json, null, true);
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(0, new ObjectMapper().readTree(again.body()).get("dismissed").asInt());
    // an unknown rule, a missing rule
    assertEquals(404, dismissRule("markup", "{\"rule\":\"NOPE\"}", null, true).statusCode());
    assertEquals(400, dismissRule("markup", "{\"note\":\"x\"}", null, true).statusCode());
  }

  @Test
  void editingTheMachineTextGivesTheNewResultOnTheNextLoad() throws Exception {
    String first = get("/pair/" + ID).body();
    assertTrue(first.contains(flags.get(1).fingerprint()));
    String edited =
        TestFlags.MACHINE.replace("Les responsables sont", "Les hauts responsables sont");
    Files.writeString(pair.resolve("machine.fr.txt"), edited);
    String fresh = TestFlags.sampleFlags(edited).get(1).fingerprint();
    String second = get("/pair/" + ID).body();
    assertTrue(second.contains(fresh), second);
    assertFalse(second.contains(flags.get(1).fingerprint()), second);
    assertTrue(second.contains("Les hauts responsables sont"), second);
    // a pair.json appearing is a change too
    Files.writeString(pair.resolve("pair.json"), "{\"language\": \"fr\", \"topic\": \"t\"}");
    String third = get("/pair/" + ID).body();
    assertEquals(200, get("/pair/" + ID).statusCode(), third);
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
