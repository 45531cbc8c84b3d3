package io.translationworkbench.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.translationworkbench.Side;
import io.translationworkbench.TestTexts;
import io.translationworkbench.config.GrammarConfig;
import io.translationworkbench.config.LanguageToolConfig;
import io.translationworkbench.ingest.IngestedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RemoteLanguageTool} against fake LanguageTool servers (the JDK's HTTP server on loopback)
 * that answer, fail with 500, answer malformed JSON, hang, close the connection or refuse it.
 */
class RemoteLanguageToolTest {
  private static final GrammarChecker.RuleSetup DEFAULTS =
      GrammarChecker.setupFor(GrammarConfig.DEFAULT);
  private static final LtText TEXT = new LtText(List.of(LtText.Part.text("Il est venu a Paris.")));

  private final List<HttpServer> servers = new ArrayList<>();
  private final List<ServerSocket> sockets = new ArrayList<>();
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stop() throws IOException {
    for (HttpServer s : servers) {
      s.stop(0);
    }
    for (ServerSocket s : sockets) {
      s.close();
    }
    pool.shutdownNow();
  }

  /** A LanguageTool 6.8 answer with one A_ACCENT match at {@code offset}. */
  static String answer(int offset) {
    return """
        {"software":{"name":"LanguageTool","version":"6.8"},"language":{"code":"fr"},
         "matches":[{"message":"Cette préposition comporte un accent.","shortMessage":"",
           "replacements":[{"value":"à"}],"offset":%d,"length":1,
           "rule":{"id":"A_ACCENT","subId":"27","sourceFile":"grammar.xml",
             "description":"Usage de a/à","issueType":"uncategorized",
             "category":{"id":"CAT_GRAMMAIRE","name":"Grammaire"}}}]}"""
        .formatted(offset);
  }

  /** A fake server: {@code handler} answers each request (its decoded form) as status and body. */
  private URI server(AtomicInteger hits, Function<Map<String, String>, Object[]> handler)
      throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    s.setExecutor(pool);
    s.createContext(
        "/v2/check",
        (HttpExchange ex) -> {
          hits.incrementAndGet();
          Map<String, String> form = decode(ex.getRequestBody());
          Object[] r = handler.apply(form);
          byte[] body = ((String) r[1]).getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders((Integer) r[0], body.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
          }
        });
    s.start();
    servers.add(s);
    return URI.create("http://127.0.0.1:" + s.getAddress().getPort());
  }

  private URI ok(AtomicInteger hits) throws IOException {
    return server(hits, f -> new Object[] {200, answer(13)});
  }

  /** A server that accepts connections and closes them without a word. */
  private URI closing(AtomicInteger hits) throws IOException {
    ServerSocket ss = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    sockets.add(ss);
    pool.submit(
        () -> {
          while (!ss.isClosed()) {
            try (Socket c = ss.accept()) {
              hits.incrementAndGet();
              c.getInputStream().read(new byte[1024]);
            } catch (IOException e) {
              return;
            }
          }
        });
    return URI.create("http://127.0.0.1:" + ss.getLocalPort());
  }

  /** A loopback port nothing listens on. */
  private static URI refused() throws IOException {
    try (ServerSocket ss = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + ss.getLocalPort());
    }
  }

  private static Map<String, String> decode(InputStream in) throws IOException {
    String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> form = new HashMap<>();
    for (String kv : body.split("&")) {
      int eq = kv.indexOf('=');
      form.put(
          kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }

  private static IngestedText doc(String text) {
    return new IngestedText(
        TestTexts.source(Side.MACHINE, "machine.fr.txt", text),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /** The length of the text a {@code data} annotation gives LanguageTool to check. */
  private static int plainLength(String data) {
    try {
      int n = 0;
      for (JsonNode p : new ObjectMapper().readTree(data).get("annotation")) {
        n +=
            p.has("text")
                ? p.get("text").asText().length()
                : p.get("interpretAs").asText().length();
      }
      return n;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static RemoteLanguageTool client(URI... servers) {
    return new RemoteLanguageTool(
        RemoteLanguageTool.Options.of(List.of(servers))
            .withTimeout(Duration.ofSeconds(1))
            .withRetries(2, Duration.ofMillis(20), Duration.ofSeconds(20)));
  }

  private static void assertTheMatch(List<RawMatch> got) {
    assertEquals(
        List.of(
            new RawMatch(
                "A_ACCENT",
                "27",
                "CAT_GRAMMAIRE",
                "uncategorized",
                false,
                "Cette préposition comporte un accent.",
                13,
                14,
                List.of("à"))),
        got);
  }

  @Test
  void mapsTheAnswerAndSendsTheSetUp() throws IOException {
    AtomicInteger hits = new AtomicInteger();
    List<Map<String, String>> forms = new ArrayList<>();
    URI s =
        server(
            hits,
            f -> {
              forms.add(f);
              return new Object[] {200, answer(13)};
            });
    assertTheMatch(client(s).check(TEXT, DEFAULTS));
    Map<String, String> f = forms.get(0);
    assertEquals("fr", f.get("language"));
    assertEquals("false", f.get("enabledOnly"));
    assertEquals("{\"annotation\":[{\"text\":\"Il est venu a Paris.\"}]}", f.get("data"));
    // the default set-up keeps two picky categories: picky level, the other picky-only rules off
    assertEquals("picky", f.get("level"));
    assertFalse(f.containsKey("text"));
  }

  @Test
  void excludedSpansAndLineBreaksAreMarkup() {
    LtText t =
        new LtText(
            List.of(
                LtText.Part.text("Titre"),
                LtText.Part.markup("\n", "\n\n"),
                LtText.Part.markup("[1]", ""),
                LtText.Part.text("Texte.")));
    EmbeddedLanguageTool.ServerPlan plan =
        new EmbeddedLanguageTool.ServerPlan(List.of("X_PICKY"), Set.of(), Set.of(), Set.of());
    String form =
        URLDecoder.decode(RemoteLanguageTool.form(t, DEFAULTS, plan), StandardCharsets.UTF_8);
    assertTrue(
        form.contains(
            "data={\"annotation\":[{\"text\":\"Titre\"},{\"markup\":\"\\n\",\"interpretAs\":"
                + "\"\\n\\n\"},{\"markup\":\"[1]\",\"interpretAs\":\"\"},{\"text\":\"Texte.\"}]}"),
        form);
    assertTrue(form.matches("(?s).*&disabledRules=([A-Z_]+,)*X_PICKY(,[A-Z_]+)*&.*"), form);
  }

  @Test
  void failsOverFrom500MalformedJsonClosedAndRefused() throws IOException {
    AtomicInteger bad = new AtomicInteger();
    AtomicInteger good = new AtomicInteger();
    URI ok = ok(good);
    URI e500 = server(bad, f -> new Object[] {500, "Error: boom"});
    URI malformed = server(bad, f -> new Object[] {200, "{\"matches\": [ {"});
    URI closing = closing(bad);
    URI refused = refused();
    for (URI broken : List.of(e500, malformed, closing, refused)) {
      RemoteLanguageTool lt = client(broken, ok);
      // round robin: the broken server is tried first on every other request
      assertTheMatch(lt.check(TEXT, DEFAULTS));
      assertTheMatch(lt.check(TEXT, DEFAULTS));
    }
    assertEquals(8, good.get());
    assertEquals(3, bad.get());
  }

  @Test
  void aServerThatHangsIsLeftAfterTheTimeout() throws IOException {
    AtomicInteger hits = new AtomicInteger();
    URI hanging =
        server(
            hits,
            f -> {
              try {
                Thread.sleep(5_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return new Object[] {200, answer(13)};
            });
    URI ok = ok(new AtomicInteger());
    long t0 = System.nanoTime();
    assertTheMatch(client(hanging, ok).check(TEXT, DEFAULTS));
    assertTrue(System.nanoTime() - t0 < 4_000_000_000L, "waited past the 1 s timeout");
    assertEquals(1, hits.get());
  }

  @Test
  void whenEveryServerFailsOneLineNamesEachAndItsProblem() throws IOException {
    AtomicInteger hits = new AtomicInteger();
    URI e503 = server(hits, f -> new Object[] {503, "Error: busy\nmore"});
    URI malformed = server(hits, f -> new Object[] {200, "<html>not json</html>"});
    URI refused = refused();
    URI hanging =
        server(
            hits,
            f -> {
              try {
                Thread.sleep(3_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return new Object[] {200, answer(0)};
            });
    LanguageToolServerException e =
        assertThrows(
            LanguageToolServerException.class,
            () -> client(e503, malformed, refused, hanging).check(TEXT, DEFAULTS));
    String m = e.getMessage();
    assertFalse(m.contains("\n"), m);
    assertEquals(
        "LanguageTool servers failed: "
            + e503
            + " answered 503 (Error: busy more) (2 attempts); "
            + malformed
            + " answered malformed JSON (<html>not json</html>) (2 attempts); "
            + refused
            + " refused the connection (2 attempts); "
            + hanging
            + " did not answer within 1 s (2 attempts)",
        m);
  }

  @Test
  void aWrongUrlIsOneClearLine() throws IOException {
    AtomicInteger hits = new AtomicInteger();
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    s.start();
    servers.add(s);
    URI notLt = URI.create("http://127.0.0.1:" + s.getAddress().getPort());
    LanguageToolServerException e =
        assertThrows(LanguageToolServerException.class, () -> client(notLt).check(TEXT, DEFAULTS));
    assertEquals(
        "LanguageTool server failed: "
            + notLt
            + " answered 404: not a LanguageTool server (no POST /v2/check there)",
        e.getMessage());
    assertEquals(0, hits.get());
    // another LanguageTool version: its rules may differ from the ones that say what is picky
    URI old = server(hits, f -> new Object[] {200, answer(13).replace("\"6.8\"", "\"6.3\"")});
    e = assertThrows(LanguageToolServerException.class, () -> client(old).check(TEXT, DEFAULTS));
    assertTrue(e.getMessage().endsWith(old + " runs LanguageTool 6.3, not 6.8 as this tool"));
  }

  @Test
  void malformedServerUrlsNameTheOption() {
    for (String bad : List.of("127.0.0.1:8081", "ftp://h:1", "http://", "http://h:1/?x=1", "%%")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> new LanguageToolConfig(List.of(bad), null, null, null));
      assertTrue(
          e.getMessage().startsWith("languagetool.servers: bad LanguageTool server URL \"" + bad),
          e.getMessage());
    }
    assertEquals(
        List.of(URI.create("http://127.0.0.1:8081"), URI.create("https://lt.example:443/lt")),
        new LanguageToolConfig(
                List.of("http://127.0.0.1:8081", "https://lt.example:443/lt"), null, null, null)
            .serverUris());
  }

  @Test
  void requestsAreSpreadRoundRobinWithBoundedConcurrency() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<AtomicInteger> hits = List.of(new AtomicInteger(), new AtomicInteger());
    List<URI> uris = new ArrayList<>();
    for (AtomicInteger h : hits) {
      uris.add(
          server(
              h,
              f -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                  Thread.sleep(150);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                inFlight.decrementAndGet();
                return new Object[] {200, answer(13)};
              }));
    }
    RemoteLanguageTool lt =
        new RemoteLanguageTool(
            RemoteLanguageTool.Options.of(uris)
                .withMaxConcurrency(1)
                .withTimeout(Duration.ofSeconds(10)));
    List<Future<List<RawMatch>>> all = new ArrayList<>();
    ExecutorService callers = Executors.newFixedThreadPool(6);
    try {
      for (int i = 0; i < 6; i++) {
        all.add(callers.submit(() -> lt.check(TEXT, DEFAULTS)));
      }
      for (Future<List<RawMatch>> f : all) {
        assertTheMatch(f.get());
      }
    } finally {
      callers.shutdownNow();
    }
    assertEquals(3, hits.get(0).get());
    assertEquals(3, hits.get(1).get());
    // one request at a time per server, two servers
    assertTrue(most.get() <= 2, "in flight at once: " + most.get());
  }

  @Test
  void longTextsArePiecesCutAtParagraphsWithOffsetsShiftedBack() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < 12; p++) {
      sb.append("Il est venu a Paris pour la ").append(p).append("e fois.\n");
      if (p % 3 == 2) {
        sb.append('\n');
      }
    }
    String text = sb.toString();
    LtText lt = LtText.of(doc(text));
    List<RemoteLanguageTool.Piece> pieces = RemoteLanguageTool.pieces(lt, 150);
    StringBuilder again = new StringBuilder();
    for (RemoteLanguageTool.Piece piece : pieces) {
      assertEquals(again.length(), piece.offset());
      assertTrue(piece.text().plainLength() <= 150, piece.toString());
      again.append(piece.text().original());
    }
    assertEquals(text, again.toString());
    // cut after blank lines: every piece but the last ends with a paragraph
    for (RemoteLanguageTool.Piece piece : pieces.subList(0, pieces.size() - 1)) {
      assertTrue(piece.text().original().endsWith("fois.\n\n"), piece.text().original());
    }
    // a fake server that finds the "a" of its first sentence: one match per piece, shifted back
    AtomicInteger hits = new AtomicInteger();
    URI s =
        server(
            hits,
            f -> {
              String data = f.get("data");
              return new Object[] {200, answer(data.indexOf(" a ") < 0 ? 0 : 12)};
            });
    RemoteLanguageTool client =
        new RemoteLanguageTool(RemoteLanguageTool.Options.of(List.of(s)).withMaxTextLength(150));
    List<RawMatch> got = client.check(lt, DEFAULTS);
    assertEquals(pieces.size(), hits.get());
    assertEquals(pieces.size(), got.size());
    for (int i = 0; i < got.size(); i++) {
      int at = got.get(i).from();
      assertEquals(pieces.get(i).offset() + 12, at);
      assertEquals("a", text.substring(at, at + 1));
    }
  }

  @Test
  void aServerWithALowerLimitGetsShorterPieces() throws IOException {
    String text = "Il est venu a Paris.\n\n".repeat(20);
    AtomicInteger hits = new AtomicInteger();
    URI s =
        server(
            hits,
            f -> {
              int plain = plainLength(f.get("data"));
              return plain > 200
                  ? new Object[] {
                    413,
                    "Error: Your text exceeds the limit of 200 characters (it's "
                        + plain
                        + " characters). Please submit a shorter text."
                  }
                  : new Object[] {200, answer(11)};
            });
    RemoteLanguageTool client = new RemoteLanguageTool(RemoteLanguageTool.Options.of(List.of(s)));
    List<RawMatch> got = client.check(LtText.of(doc(text)), DEFAULTS);
    assertTrue(got.size() >= 2, got.toString());
    assertEquals(200, client.signature().get("maxTextLength"));
  }

  private static String[] run(String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        io.translationworkbench.cli.Main.run(
            args,
            new java.io.PrintWriter(out),
            new java.io.PrintWriter(err),
            InputStream.nullInputStream());
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void theCommandLineNamesABadUrlAndServersThatFail(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws IOException {
    Path pair = TestTexts.copySample(tmp.resolve("articles/sample"));
    Path out = tmp.resolve("reports");
    String[] r =
        run("report", pair.toString(), "--out", out.toString(), "--languagetool", "ftp://x");
    assertEquals("2", r[0], r[2]);
    assertEquals(
        "workbench: error: --languagetool: bad LanguageTool server URL \"ftp://x\": expected"
            + " http://HOST:PORT or https://HOST:PORT\n",
        r[2]);
    // check: servers that refuse, one line, exit 2, no output written
    URI one = refused();
    URI two = refused();
    Path sarif = tmp.resolve("check.sarif");
    r =
        run(
            "check",
            pair.toString(),
            "--sarif",
            sarif.toString(),
            "--languagetool",
            one + "," + two);
    assertEquals("2", r[0], r[1] + r[2]);
    assertEquals(
        "workbench: error: LanguageTool servers failed: "
            + one
            + " refused the connection (3 attempts); "
            + two
            + " refused the connection (3 attempts)\n",
        r[2]);
    assertFalse(Files.exists(sarif));
    assertFalse(Files.exists(out));
  }

  @Test
  void aLineLongerThanTheLimitIsCutAtASpaceUnderTheLimit() {
    String line = "Le président a annoncé mardi que les élections auront lieu en mars. ".repeat(10);
    LtText t = new LtText(List.of(LtText.Part.text(line)));
    List<RemoteLanguageTool.Piece> pieces = RemoteLanguageTool.pieces(t, 100);
    StringBuilder again = new StringBuilder();
    for (RemoteLanguageTool.Piece p : pieces) {
      assertTrue(p.text().plainLength() <= 100, p.toString());
      assertEquals(again.length(), p.offset());
      again.append(p.text().original());
    }
    assertEquals(line, again.toString());
    assertTrue(pieces.get(0).text().original().endsWith(" "), pieces.get(0).toString());
  }

  @Test
  void theTestsClassPathHasFrenchOnly() {
    // languagetool-server, a test dependency, brings every language module: surefire must leave
    // them off, or English and German rules would join the French ones in every other test
    assertEquals(
        List.of("fr"),
        org.languagetool.Languages.get().stream()
            .map(org.languagetool.Language::getShortCode)
            .distinct()
            .toList());
    assertTrue(Files.isRegularFile(LanguageToolServerProcess.CLASSPATH));
  }

  @Test
  void theConfigurationKeyIsStrictAndProjectWide(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws IOException {
    Path cfg = tmp.resolve("workbench.json");
    Files.writeString(cfg, "{\"languagetool\": {\"servers\": [\"ftp://x\"]}}");
    io.translationworkbench.InputException e =
        assertThrows(
            io.translationworkbench.InputException.class,
            () ->
                new io.translationworkbench.Workbench(
                    cfg, io.translationworkbench.align.AlignerParams.defaults(), null, List.of()));
    assertEquals(cfg, e.file());
    assertTrue(
        e.problem().contains("languagetool.servers: bad LanguageTool server URL \"ftp://x\""),
        e.problem());
    Files.writeString(cfg, "{\"languagetool\": {\"servers\": [], \"maxConcurency\": 3}}");
    e =
        assertThrows(
            io.translationworkbench.InputException.class,
            () -> new io.translationworkbench.config.ConfigLoader().load(List.of(cfg)));
    assertTrue(e.problem().contains("maxConcurency"), e.problem());
    Files.writeString(
        cfg,
        "{\"languagetool\": {\"servers\": [\"http://127.0.0.1:1\"], \"maxConcurrency\": 3,"
            + " \"timeoutSeconds\": 5, \"maxTextLength\": 2000}}");
    LanguageToolConfig lc =
        new io.translationworkbench.config.ConfigLoader().load(List.of(cfg)).languagetool();
    assertEquals(new LanguageToolConfig(List.of("http://127.0.0.1:1"), 3, 5, 2000), lc);
    // a pair's workbench.json cannot switch LanguageTool
    Path pair = TestTexts.copySample(tmp.resolve("articles/sample"));
    Files.writeString(
        pair.resolve("workbench.json"), "{\"languagetool\": {\"servers\": [\"http://h:1\"]}}");
    e =
        assertThrows(
            io.translationworkbench.InputException.class,
            () -> new io.translationworkbench.config.ConfigLoader().loadFor(cfg, pair));
    assertEquals(pair.resolve("workbench.json"), e.file());
    assertTrue(e.problem().contains("project's workbench.json only"), e.problem());
  }
}
