package io.translationworkbench.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.translationworkbench.InputException;
import io.translationworkbench.JsonFiles;
import io.translationworkbench.PairAnalyzer;
import io.translationworkbench.PairReport;
import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.config.ConfigLoader;
import io.translationworkbench.config.PairManifest;
import io.translationworkbench.flag.FlagKind;
import io.translationworkbench.gate.Gate;
import io.translationworkbench.gate.GatePolicy;
import io.translationworkbench.gate.PairResult;
import io.translationworkbench.gate.RuleResult;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.review.Correction;
import io.translationworkbench.review.Decision;
import io.translationworkbench.review.FlagState;
import io.translationworkbench.review.ReviewDecision;
import io.translationworkbench.review.ReviewFile;
import io.translationworkbench.review.ReviewItem;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.review.StaleDecision;
import io.translationworkbench.segment.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code workbench serve}: the review desk, a small web server on the loopback interface where one
 * reviewer reads the corpus and decides on a pair's flags in a browser.
 *
 * <p>Why the JDK's own {@code com.sun.net.httpserver}: it adds no dependency, it is enough for one
 * reviewer on one machine, and it binds 127.0.0.1 only, never a public interface. What a browser
 * page on another site could do to a loopback server is refused here: a request whose {@code Host}
 * is not this server's (DNS rebinding), a POST from another origin, without this run's token, or
 * that is not JSON (a form post) — each a one-line 403 or 415, never a stack trace.
 *
 * <p>One resident {@link PairAnalyzer} (LanguageTool stays warm); each pair's result is computed on
 * demand and kept in memory until a decision is written here, its review.json changes on disk (the
 * CLI {@code review} writing meanwhile), or another of its inputs does (texts, pair.json,
 * workbench.json: size or modification time). Every write goes through {@link ReviewFile#update}:
 * the same file, lock and merge as {@code workbench review}.
 */
public final class ReviewDesk implements AutoCloseable {
  static {
    // the JDK server writes an answer's headers and body apart: without TCP_NODELAY the body
    // waits for the client's delayed ACK, 40 ms on Linux, on every request (read once, when the
    // first server of the process starts)
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** Largest request body taken. */
  static final int MAX_BODY = 64 * 1024;

  /** How much more of a too large body is read and discarded before answering 413. */
  private static final long DRAIN = 1024 * 1024;

  /** The header a POST carries this run's token in. */
  public static final String TOKEN_HEADER = "X-Workbench-Token";

  static final String CSP =
      "default-src 'none'; style-src 'self'; script-src 'self'; img-src data:;"
          + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final Path articles;
  private final Path root;
  private final Path projectConfig;
  private final PairAnalyzer analyzer;
  private final GatePolicy policy;
  private final String reviewer;
  private final String token;
  private final HttpServer server;
  private final ExecutorService executor;
  private final ObjectMapper json = JsonFiles.strictMapper();
  // the analyzer (LanguageTool) is used by one request at a time
  private final ReentrantLock analysis = new ReentrantLock();
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  /** A pair's analysis and the stamp of the inputs it was computed from ({@link #inputStamp}). */
  private record Cached(PairReport report, String inputs) {}

  /** A request refused: the status and a one-line reason. */
  static final class Refused extends RuntimeException {
    final int status;

    Refused(int status, String reason) {
      super(reason, null, false, false);
      this.status = status;
    }
  }

  /**
   * Binds 127.0.0.1:{@code port} (0: a free port) and starts serving the pairs under {@code
   * articles}; the gate's policy is {@code quality-gate.json} beside {@code articles} if present.
   */
  public ReviewDesk(Path articles, PairAnalyzer analyzer, int port, String reviewer)
      throws IOException {
    this(articles, null, analyzer, port, reviewer);
  }

  /**
   * As above, with the project's {@code workbench.json} (null: the one beside {@code articles}, if
   * any), where "add to the glossary" finds the glossary file.
   */
  public ReviewDesk(
      Path articles, Path projectConfig, PairAnalyzer analyzer, int port, String reviewer)
      throws IOException {
    if (!Files.isDirectory(articles)) {
      throw new InputException(articles, "articles directory not found");
    }
    this.articles = articles;
    Path parent = articles.toAbsolutePath().normalize().getParent();
    this.root = parent == null ? Path.of("") : parent;
    this.projectConfig =
        projectConfig != null ? projectConfig : root.resolve(ConfigLoader.FILE_NAME);
    Path policyFile = root.resolve(GatePolicy.DEFAULT_FILE_NAME);
    this.policy =
        Files.isRegularFile(policyFile) ? GatePolicy.load(policyFile) : GatePolicy.defaults();
    this.analyzer = analyzer;
    this.reviewer = reviewer;
    byte[] t = new byte[24];
    new SecureRandom().nextBytes(t);
    this.token = HexFormat.of().formatHex(t);
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    this.executor = Executors.newFixedThreadPool(4, r -> daemon(r));
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    // resident: LanguageTool loaded and the first pair analysed while the reviewer opens the page
    Thread warm =
        new Thread(
            () -> {
              try {
                // every pair, in order, so that the corpus fills in without waiting; then
                // LanguageTool loaded on both check threads (if the analyses, answered from the
                // result cache, did not need it), so that a first correction does not wait
                List<Path> dirs = pairDirs();
                for (Path dir : dirs) {
                  analysed(dir);
                }
                if (!dirs.isEmpty()) {
                  analyzer.warmUp(dirs.get(0));
                }
              } catch (RuntimeException e) {
                // the page that needs it says what is wrong
              }
            },
            "review-desk-warm-up");
    warm.setDaemon(true);
    warm.start();
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "review-desk");
    t.setDaemon(true);
    return t;
  }

  /** The port bound. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** This run's token, which every POST must carry. */
  public String token() {
    return token;
  }

  /** The address to open, with the token. */
  public String url() {
    return "http://127.0.0.1:" + port() + "/?token=" + token;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      try {
        route(ex);
      } catch (Refused r) {
        send(ex, r.status, "text/plain; charset=utf-8", (r.getMessage() + "\n").getBytes(UTF8));
      } catch (InputException e) {
        String line = e.getMessage().replaceAll("[\\r\\n]+", " ");
        send(ex, 422, "text/plain; charset=utf-8", (line + "\n").getBytes(UTF8));
      } catch (RuntimeException e) {
        String line = String.valueOf(e).replaceAll("[\\r\\n]+", " ");
        send(
            ex,
            500,
            "text/plain; charset=utf-8",
            ("internal error: " + line + "\n").getBytes(UTF8));
      }
    }
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private void route(HttpExchange ex) throws IOException {
    requireOwnHost(ex);
    String method = ex.getRequestMethod();
    String path = ex.getRequestURI().getRawPath();
    if (path.equals("/")) {
      requireMethod(method, "GET");
      sendHtml(ex, DeskPages.corpus(corpus(), token));
      return;
    }
    if (path.startsWith("/static/")) {
      requireMethod(method, "GET");
      DeskPages.Asset asset = DeskPages.asset(path.substring("/static/".length()));
      if (asset == null) {
        throw new Refused(404, "not found");
      }
      send(ex, 200, asset.type(), asset.bytes());
      return;
    }
    String corrected = "/corrected.txt";
    if (path.startsWith("/pair/") && path.endsWith(corrected)) {
      requireMethod(method, "GET");
      Path dir =
          pairDir(decode(path.substring("/pair/".length(), path.length() - corrected.length())));
      byte[] text = analyzer.correctedMachineText(dir).getBytes(UTF8);
      ex.getResponseHeaders()
          .set(
              "Content-Disposition",
              "attachment; filename=\"" + dir.getFileName() + ".corrected.txt\"");
      send(ex, 200, "text/plain; charset=utf-8", text);
      return;
    }
    if (path.startsWith("/pair/")) {
      requireMethod(method, "GET");
      String id = decode(path.substring("/pair/".length()));
      PairReport report = report(id);
      DeskPages.Filter filter = filter(ex.getRequestURI().getRawQuery(), report);
      sendHtml(ex, DeskPages.pair(id, report, ReviewItem.of(report), filter, token));
      return;
    }
    String api = "/api/pair/";
    String action = path.substring(path.lastIndexOf('/') + 1);
    if (path.startsWith(api)
        && path.length() > api.length() + action.length() + 1
        && ACTIONS.contains(action)) {
      requireMethod(method, "POST");
      requirePostSafety(ex);
      String id = decode(path.substring(api.length(), path.length() - action.length() - 1));
      byte[] body = body(ex);
      ObjectNode answer =
          switch (action) {
            case "decision" -> decide(id, body);
            case "dismiss-rule" -> dismissRule(id, body);
            case "recheck" -> recheck(id, body, false);
            case "correction" -> recheck(id, body, true);
            default -> addToGlossary(id, body);
          };
      send(ex, 200, "application/json; charset=utf-8", JsonFiles.pretty(answer));
      return;
    }
    throw new Refused(404, "not found");
  }

  private static final Set<String> ACTIONS =
      Set.of("decision", "dismiss-rule", "recheck", "correction", "glossary");

  // ---- security

  private void requireOwnHost(HttpExchange ex) {
    String host = ex.getRequestHeaders().getFirst("Host");
    int port = port();
    if (host == null || !(host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port))) {
      throw new Refused(
          403, "forbidden: the Host header is not this server (127.0.0.1:" + port + ")");
    }
  }

  private void requirePostSafety(HttpExchange ex) {
    String origin = ex.getRequestHeaders().getFirst("Origin");
    int port = port();
    if (origin != null
        && !(origin.equals("http://127.0.0.1:" + port)
            || origin.equals("http://localhost:" + port))) {
      throw new Refused(403, "forbidden: cross-origin request");
    }
    String given = ex.getRequestHeaders().getFirst(TOKEN_HEADER);
    if (given == null || !MessageDigest.isEqual(given.getBytes(UTF8), token.getBytes(UTF8))) {
      throw new Refused(403, "forbidden: missing or wrong " + TOKEN_HEADER);
    }
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    String mime = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mime.equals("application/json")) {
      throw new Refused(415, "unsupported media type: send application/json");
    }
  }

  private static void requireMethod(String method, String expected) {
    if (!method.equals(expected)) {
      throw new Refused(405, "method not allowed: use " + expected);
    }
  }

  /**
   * The request body, at most {@link #MAX_BODY} bytes; a larger one is refused (413) after reading
   * and discarding up to {@link #DRAIN} bytes more, so that the client reads the answer instead of
   * a reset connection.
   */
  private static byte[] body(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      byte[] b = in.readNBytes(MAX_BODY + 1);
      if (b.length > MAX_BODY) {
        byte[] sink = new byte[8192];
        long drained = 0;
        for (int n; drained < DRAIN && (n = in.read(sink)) >= 0; ) {
          drained += n;
        }
        throw new Refused(413, "request body larger than " + MAX_BODY + " bytes");
      }
      return b;
    }
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw.replace("+", "%2B"), UTF8);
    } catch (IllegalArgumentException e) {
      throw new Refused(400, "bad escape in the path");
    }
  }

  /**
   * The queue's filters from the query: {@code severity}, {@code state}, {@code kind} and {@code
   * rule} (a rule of this pair's flags); empty or {@code all} is no filter, an unknown value a 400.
   */
  static DeskPages.Filter filter(String rawQuery, PairReport report) {
    Map<String, String> q = new HashMap<>();
    if (rawQuery != null) {
      for (String part : rawQuery.split("&")) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          q.putIfAbsent(decode(part.substring(0, eq)), decode(part.substring(eq + 1)));
        }
      }
    }
    Severity severity = pick(q, "severity", Arrays.asList(Severity.values()), Severity::label);
    String state = pick(q, "state", DeskPages.STATES, s -> s);
    FlagKind kind = pick(q, "kind", Arrays.asList(FlagKind.values()), FlagKind::id);
    List<String> rules = report.flags().stream().map(f -> f.flag().ruleId()).distinct().toList();
    String rule = pick(q, "rule", rules, r -> r);
    String search = q.getOrDefault("q", "").strip();
    if (search.length() > 200) {
      throw new Refused(400, "search text longer than 200 characters");
    }
    return new DeskPages.Filter(severity, state, kind, rule, search.isEmpty() ? null : search);
  }

  /** The value of {@code key} among {@code values}; null for none, "" or "all"; else a 400. */
  private static <T> T pick(
      Map<String, String> query, String key, List<T> values, Function<T, String> name) {
    String value = query.get(key);
    if (value == null || value.isEmpty() || value.equals("all")) {
      return null;
    }
    for (T t : values) {
      if (name.apply(t).equals(value)) {
        return t;
      }
    }
    String known =
        values.size() > 12
            ? "not a " + key + " of this pair"
            : "one of " + values.stream().map(name).collect(Collectors.joining(", "));
    throw new Refused(
        400, "unknown " + key + " " + DeskPages.oneLine(value) + " (" + known + ", or all)");
  }

  // ---- pairs and results

  /** The pair directories under articles, by directory name. */
  private List<Path> pairDirs() {
    try (Stream<Path> s = Files.list(articles)) {
      return s.filter(PairManifest::isPairDirectory).sorted().toList();
    } catch (IOException e) {
      throw new InputException(articles, "cannot list: " + e.getMessage(), e);
    }
  }

  private Path pairDir(String id) {
    for (Path dir : pairDirs()) {
      if (dir.getFileName().toString().equals(id)) {
        return dir;
      }
    }
    throw new Refused(404, "no pair " + DeskPages.oneLine(id));
  }

  private PairReport report(String id) {
    return report(pairDir(id));
  }

  /**
   * The pair's result now: its analysis, computed again only when an input other than review.json
   * changed, with review.json as it is now applied (cheap, so a decision written by anyone, the CLI
   * too, shows at once).
   */
  private PairReport report(Path dir) {
    return report(dir, Long.MAX_VALUE);
  }

  /**
   * As {@link #report(Path)}, but gives up (null) when the analysis would first have to wait for
   * another one past {@code deadline} ({@link System#nanoTime()}); an analysis begun is finished.
   */
  private PairReport report(Path dir, long deadline) {
    return report(dir, deadline, inputStamp(dir));
  }

  /** As {@link #report(Path, long)}, given the inputs' stamp the caller has just taken. */
  private PairReport report(Path dir, long deadline, String stamp) {
    String id = dir.getFileName().toString();
    Cached c = cache.get(id);
    if (c == null || !c.inputs().equals(stamp)) {
      try {
        long wait = deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
        if (wait == Long.MAX_VALUE) {
          analysis.lock();
        } else if (!analysis.tryLock(Math.max(0, wait), TimeUnit.NANOSECONDS)) {
          return null;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Refused(503, "interrupted");
      }
      try {
        String inputs = inputStamp(dir);
        // another request may have analysed it while this one waited for the lock
        c = cache.get(id);
        if (c == null || !c.inputs().equals(inputs)) {
          c = new Cached(analyzer.analyze(dir), inputs);
          cache.put(id, c);
        }
      } finally {
        analysis.unlock();
      }
    }
    return c.report().withReview(ReviewFile.load(ReviewFile.pathIn(dir)));
  }

  /**
   * What the pair's other inputs look like now: name, size and modification time of every file in
   * the pair directory (texts, pair.json, the pair's workbench.json, glossaries beside them; not
   * review.json, compared by content, nor hidden files) and of the project's workbench.json. A
   * change of any of them makes a cached result stale.
   */
  private String inputStamp(Path dir) {
    StringBuilder b = new StringBuilder();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(
              f -> {
                String n = f.getFileName().toString();
                return !n.startsWith(".")
                    && !n.startsWith(ReviewFile.pathIn(dir).getFileName().toString());
              })
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      // unlistable now: a stamp no earlier one equals
      return "unlistable " + System.nanoTime();
    }
    files.add(root.resolve(ConfigLoader.FILE_NAME));
    for (Path f : files) {
      b.append(f.getFileName()).append('\0');
      try {
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
        b.append(a.size()).append('\0').append(a.lastModifiedTime().toMillis());
      } catch (IOException e) {
        b.append("absent");
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** One line of the corpus page: the pair, its result (or why there is none) and its verdict. */
  record CorpusRow(
      String id, PairReport report, Boolean passed, List<RuleResult> failures, String problem) {}

  /**
   * How long the corpus page analyses pairs itself before it shows the rest as pending (the
   * background analysis fills them in; the page reloads itself meanwhile).
   */
  static final long CORPUS_BUDGET_NANOS = 2_000_000_000L;

  // why a pair could not be analysed, with the stamp of the inputs that failed
  private final Map<String, String[]> problems = new ConcurrentHashMap<>();

  /** Analyses {@code dir} if needed; an input problem is kept for the corpus page, not thrown. */
  private void analysed(Path dir) {
    try {
      report(dir);
    } catch (InputException e) {
      problems.put(dir.getFileName().toString(), new String[] {inputStamp(dir), e.getMessage()});
    }
  }

  /** Whether {@code dir}'s analysis is in memory and current ({@code stamp}: its inputs now). */
  private boolean ready(Path dir, String stamp) {
    Cached c = cache.get(dir.getFileName().toString());
    return c != null && c.inputs().equals(stamp);
  }

  /**
   * The corpus page's rows: each pair analysed (by the page itself for up to {@link
   * #CORPUS_BUDGET_NANOS}, else by the background analysis), failed (why), or still pending (the
   * row says so and {@code pending} counts it).
   */
  private List<CorpusRow> corpus() {
    List<CorpusRow> rows = new ArrayList<>();
    long deadline = System.nanoTime() + CORPUS_BUDGET_NANOS;
    for (Path dir : pairDirs()) {
      String id = dir.getFileName().toString();
      // the inputs' stamp, taken once per pair and page
      String stamp = inputStamp(dir);
      String[] problem = problems.get(id);
      if (problem != null && problem[0].equals(stamp)) {
        rows.add(new CorpusRow(id, null, null, List.of(), problem[1]));
        continue;
      }
      boolean ready = ready(dir, stamp);
      if (!ready && System.nanoTime() > deadline) {
        rows.add(new CorpusRow(id, null, null, List.of(), null));
        continue;
      }
      try {
        PairReport r = report(dir, ready ? Long.MAX_VALUE : deadline, stamp);
        if (r == null) {
          rows.add(new CorpusRow(id, null, null, List.of(), null));
          continue;
        }
        problems.remove(id);
        PairResult verdict = Gate.evaluate(List.of(r), policy, null, root).pairs().get(0);
        rows.add(new CorpusRow(id, r, verdict.passed(), verdict.failures(), null));
      } catch (InputException e) {
        problems.put(id, new String[] {stamp, e.getMessage()});
        rows.add(new CorpusRow(id, null, null, List.of(), e.getMessage()));
      }
    }
    return rows;
  }

  // ---- decisions

  private ObjectNode decide(String id, byte[] body) throws IOException {
    Path dir = pairDir(id);
    JsonNode req = jsonObject(body);
    String fp = text(req, "fingerprint", true);
    String verdict = text(req, "decision", true);
    String note = Optional.ofNullable(text(req, "note", false)).orElse("");
    PairReport report = report(dir);
    Path file = ReviewFile.pathIn(dir);
    if (verdict.equals("clear")) {
      ReviewFile.update(file, now -> now.without(fp));
    } else {
      Decision d =
          switch (verdict) {
            case "confirmed" -> Decision.CONFIRMED;
            case "dismissed" -> Decision.DISMISSED;
            default -> throw new Refused(400, "decision must be confirmed, dismissed or clear");
          };
      ReviewItem item =
          ReviewItem.of(report).stream()
              .filter(i -> i.flag().fingerprint().equals(fp))
              .findFirst()
              .orElseThrow(() -> new Refused(404, "no flag " + DeskPages.oneLine(fp)));
      ReviewDecision mine =
          ReviewDecision.of(item.flag(), item.sentence(), d, reviewer, LocalDate.now(), note);
      ReviewFile.update(
          file,
          now -> {
            return settled(now.with(mine), fp, report);
          });
    }
    PairReport after = report(dir);
    ObjectNode answer = answer(id, after);
    answer.put("fingerprint", fp);
    answer.put(
        "state",
        after.flags().stream()
            .filter(f -> f.fingerprint().equals(fp))
            .map(f -> f.state().label())
            .findFirst()
            .orElse(null));
    return answer;
  }

  /**
   * Dismisses every open flag of one rule in one pair, in one {@link ReviewFile#update}; a flag
   * decided meanwhile (by the CLI, another tab) keeps that decision.
   */
  private ObjectNode dismissRule(String id, byte[] body) throws IOException {
    Path dir = pairDir(id);
    JsonNode req = jsonObject(body);
    String rule = text(req, "rule", true);
    String note = Optional.ofNullable(text(req, "note", false)).orElse("");
    PairReport report = report(dir);
    Map<String, ReviewItem> items = new HashMap<>();
    ReviewItem.of(report).forEach(i -> items.put(i.flag().fingerprint(), i));
    List<ReviewDecision> toWrite = new ArrayList<>();
    boolean known = false;
    for (ReviewedFlag rf : report.flags()) {
      if (!rf.flag().ruleId().equals(rule)) {
        continue;
      }
      known = true;
      if (rf.state() == FlagState.OPEN) {
        ReviewItem item = items.get(rf.flag().fingerprint());
        toWrite.add(
            ReviewDecision.of(
                rf.flag(),
                item == null ? null : item.sentence(),
                Decision.DISMISSED,
                reviewer,
                LocalDate.now(),
                note));
      }
    }
    if (!known) {
      throw new Refused(404, "no flag of rule " + DeskPages.oneLine(rule));
    }
    List<String> written = new ArrayList<>();
    ReviewFile.update(
        ReviewFile.pathIn(dir),
        now -> {
          written.clear();
          ReviewFile next = now;
          for (ReviewDecision d : toWrite) {
            if (now.find(d.fingerprint()).isPresent()) {
              continue;
            }
            next = settled(next.with(d), d.fingerprint(), report);
            written.add(d.fingerprint());
          }
          return next;
        });
    ObjectNode answer = answer(id, report(dir));
    answer.put("rule", rule);
    answer.put("dismissed", written.size());
    answer.put("alreadyDecided", toWrite.size() - written.size());
    written.forEach(answer.putArray("fingerprints")::add);
    return answer;
  }

  // ---- corrections

  /** Longest corrected sentence taken, in characters. */
  static final int MAX_CORRECTION = 2000;

  // LanguageTool's findings on sentences re-checked: by pair, inputs and text (least recently used
  // dropped beyond 512)
  private final Map<String, List<GrammarMatch>> rechecked =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<GrammarMatch>> e) {
              return size() > 512;
            }
          });

  /**
   * A corrected version of a machine sentence re-checked at once ({@code {sentence, text}}): its
   * findings; with {@code store}, also saved as the sentence's correction in review.json (an empty
   * text, or the sentence itself, removes it).
   */
  private ObjectNode recheck(String id, byte[] body, boolean store) throws IOException {
    Path dir = pairDir(id);
    JsonNode req = jsonObject(body);
    String sid = text(req, "sentence", true);
    JsonNode t = req.get("text");
    if (t == null || !t.isTextual()) {
      throw new Refused(400, "bad request: \"text\" must be a string");
    }
    // one line: a correction replaces one sentence
    String text = t.asText().replaceAll("\\s+", " ").strip();
    if (text.length() > MAX_CORRECTION) {
      throw new Refused(413, "correction longer than " + MAX_CORRECTION + " characters");
    }
    PairReport report = report(dir);
    Sentence sentence =
        report.sentences().stream()
            .filter(x -> x.side() == Side.MACHINE && x.id().equals(sid))
            .findFirst()
            .orElseThrow(() -> new Refused(404, "no machine sentence " + DeskPages.oneLine(sid)));
    List<GrammarMatch> findings = text.isEmpty() ? List.of() : findings(dir, report, text);
    if (store) {
      boolean drop = text.isEmpty() || text.equals(sentence.text());
      Correction c =
          drop ? null : new Correction(sentence.text(), text, reviewer, LocalDate.now().toString());
      ReviewFile.update(
          ReviewFile.pathIn(dir),
          now -> drop ? now.withoutCorrectionOf(sentence.text()) : now.with(c));
    }
    ObjectNode answer = answer(id, store ? report(dir) : report);
    answer.put("sentence", sid);
    answer.put("text", text);
    var list = answer.putArray("findings");
    for (GrammarMatch m : findings) {
      ObjectNode f = list.addObject();
      f.put("ruleId", m.ruleId());
      f.put("kind", m.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      f.put("severity", m.severity().label());
      f.put("message", m.message());
      f.put("start", m.span().start());
      f.put("end", m.span().end());
      f.put("covered", m.matchedText());
      m.suggestions().stream().limit(5).forEach(f.putArray("suggestions")::add);
    }
    return answer;
  }

  private List<GrammarMatch> findings(Path dir, PairReport report, String text) {
    Cached c = cache.get(dir.getFileName().toString());
    String key = dir.getFileName() + "\0" + (c == null ? "" : c.inputs()) + "\0" + text;
    List<GrammarMatch> hit = rechecked.get(key);
    if (hit != null) {
      return hit;
    }
    List<GrammarMatch> found;
    try {
      found = analyzer.recheck(dir, report, text);
    } catch (UnsupportedOperationException e) {
      throw new Refused(501, e.getMessage());
    }
    rechecked.put(key, found);
    return found;
  }

  // ---- glossary

  private static final ReentrantLock GLOSSARY = new ReentrantLock();

  /**
   * Adds {@code {word}} to the glossary: the first glossary file the pair's workbench.json names,
   * else the project's. Every cached result is dropped, since the glossary changes what
   * LanguageTool reports everywhere.
   */
  private ObjectNode addToGlossary(String id, byte[] body) throws IOException {
    Path dir = pairDir(id);
    String word = text(jsonObject(body), "word", true).strip();
    if (word.length() > 100
        || word.startsWith("#")
        || word.codePoints().anyMatch(Character::isISOControl)) {
      throw new Refused(400, "not a glossary word: " + DeskPages.oneLine(word));
    }
    ConfigLoader loader = new ConfigLoader();
    List<Path> files = loader.glossaryFiles(dir.resolve(ConfigLoader.FILE_NAME));
    if (files.isEmpty()) {
      files = loader.glossaryFiles(projectConfig);
    }
    if (files.isEmpty()) {
      throw new Refused(
          409,
          "no glossary file to add to: name one in "
              + projectConfig
              + " (\"grammar\": {\"glossary\": [\"glossary.txt\"]})");
    }
    Path file = files.get(0);
    boolean added;
    GLOSSARY.lock();
    try {
      String now = Files.exists(file) ? new String(Files.readAllBytes(file), UTF8) : "";
      added = now.lines().map(String::strip).noneMatch(word::equals);
      if (added) {
        String sep = now.isEmpty() || now.endsWith("\n") ? "" : "\n";
        io.translationworkbench.AtomicFiles.writeString(file, now + sep + word + "\n");
      }
    } finally {
      GLOSSARY.unlock();
    }
    cache.clear();
    rechecked.clear();
    ObjectNode answer = JsonFiles.object();
    answer.put("pair", id);
    answer.put("word", word);
    answer.put("added", added);
    Path shown = file;
    try {
      shown = root.relativize(file.toAbsolutePath().normalize());
    } catch (IllegalArgumentException e) {
      // another root: the absolute path
    }
    answer.put("file", shown.toString().replace('\\', '/'));
    return answer;
  }

  /** Deciding the flag that succeeded a stale decision settles that stale decision. */
  private static ReviewFile settled(ReviewFile next, String fp, PairReport report) {
    for (StaleDecision s : report.staleDecisions()) {
      if (fp.equals(s.successorFingerprint())) {
        next = next.without(s.decision().fingerprint());
      }
    }
    return next;
  }

  /** An API answer: the pair and its counts now (the named summary). */
  private ObjectNode answer(String id, PairReport after) {
    ObjectNode answer = JsonFiles.object();
    answer.put("pair", id);
    ObjectNode summary = answer.putObject("summary");
    after.summary().named().forEach((k, v) -> summary.set(k, json.valueToTree(v)));
    return answer;
  }

  private JsonNode jsonObject(byte[] body) {
    JsonNode req;
    try {
      req = json.readTree(body);
    } catch (IOException e) {
      throw new Refused(400, "bad JSON: " + JsonFiles.oneLine(e));
    }
    if (req == null || !req.isObject()) {
      throw new Refused(400, "bad JSON: expected an object");
    }
    return req;
  }

  private static String text(JsonNode req, String key, boolean required) {
    JsonNode v = req.get(key);
    if (v == null || v.isNull()) {
      if (required) {
        throw new Refused(400, "bad request: \"" + key + "\" is required");
      }
      return null;
    }
    if (!v.isTextual() || (required && v.asText().isBlank())) {
      throw new Refused(400, "bad request: \"" + key + "\" must be a non-empty string");
    }
    return v.asText();
  }

  // ---- responses

  private static void sendHtml(HttpExchange ex, String html) throws IOException {
    send(ex, 200, "text/html; charset=utf-8", html.getBytes(UTF8));
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    var h = ex.getResponseHeaders();
    h.set("Content-Type", type);
    h.set("Content-Security-Policy", CSP);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Cache-Control", "no-store");
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
