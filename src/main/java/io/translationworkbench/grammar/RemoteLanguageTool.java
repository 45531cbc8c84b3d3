package io.translationworkbench.grammar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;

/**
 * LanguageTool on one or more official LanguageTool HTTP servers ({@code
 * org.languagetool:languagetool-server}, {@code POST /v2/check}), giving the matches {@link
 * EmbeddedLanguageTool} gives.
 *
 * <ul>
 *   <li>The text goes as {@code data} (LanguageTool's JSON annotation: excluded spans are markup,
 *       line breaks are read as blank lines), with {@code language=fr}, {@code level=picky} when
 *       the set-up checks at picky level, and the set-up's rules and categories ({@code
 *       enabledOnly=false}).
 *   <li>What a server's answer does not say (whether a rule is picky-only, whether it is a
 *       dictionary-based speller) comes from the same LanguageTool version's French rules here,
 *       which also validate the configuration's rule ids; a server running another version is
 *       refused.
 *   <li>Rule files cannot be sent to a server: their rules run here, on an embedded LanguageTool
 *       with only those rules; a server match overlapping one of theirs is dropped.
 *   <li>Requests go round robin over the servers, at most {@code maxConcurrency} at a time per
 *       server; a server that refuses the connection, times out, closes it, answers 5xx or
 *       malformed JSON is left for the next one; up to {@code attemptsPerServer} rounds over all
 *       servers with exponential back-off, within a total deadline. When every server failed, one
 *       {@link LanguageToolServerException} names each server and its problem.
 *   <li>A text longer than {@code maxTextLength} characters is sent in pieces cut at blank lines,
 *       else at line breaks (else at a space), and the offsets shifted back; a server whose own
 *       limit is lower (HTTP 413) gets pieces under its limit.
 * </ul>
 */
public final class RemoteLanguageTool implements LanguageToolBackend {
  /** LanguageTool's own default limit on the public server's anonymous texts. */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 10_000;

  private static final Pattern LIMIT = Pattern.compile("limit of (\\d+) characters");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * How the servers are used.
   *
   * @param servers base URLs (e.g. {@code http://127.0.0.1:8081}); {@code /v2/check} is appended
   * @param maxConcurrency requests in flight per server
   * @param timeout per request (and to connect)
   * @param maxTextLength longest text sent in one request, in characters
   * @param attemptsPerServer rounds over all servers before giving up
   * @param backoff wait after the first failed round, doubled after each further one
   * @param deadline for one request over all attempts
   */
  public record Options(
      List<URI> servers,
      int maxConcurrency,
      Duration timeout,
      int maxTextLength,
      int attemptsPerServer,
      Duration backoff,
      Duration deadline) {
    public Options {
      servers = List.copyOf(servers);
      if (servers.isEmpty()) {
        throw new IllegalArgumentException("no LanguageTool server");
      }
      if (maxConcurrency < 1 || maxTextLength < 100 || attemptsPerServer < 1) {
        throw new IllegalArgumentException("bad LanguageTool server options");
      }
    }

    /** Defaults: 2 requests per server, 60 s per request, 10,000 characters, 3 rounds. */
    public static Options of(List<URI> servers) {
      return new Options(
          servers,
          2,
          Duration.ofSeconds(60),
          DEFAULT_MAX_TEXT_LENGTH,
          3,
          Duration.ofMillis(250),
          Duration.ofMinutes(5));
    }

    /** With {@code n} requests in flight per server. */
    public Options withMaxConcurrency(int n) {
      return new Options(servers, n, timeout, maxTextLength, attemptsPerServer, backoff, deadline);
    }

    /**
     * With {@code t} per request; the total deadline grows to let every server time out in every
     * round.
     */
    public Options withTimeout(Duration t) {
      Duration all = t.multipliedBy((long) servers.size() * attemptsPerServer).plusSeconds(5);
      return new Options(
          servers,
          maxConcurrency,
          t,
          maxTextLength,
          attemptsPerServer,
          backoff,
          all.compareTo(deadline) > 0 ? all : deadline);
    }

    /** With texts of at most {@code n} characters per request. */
    public Options withMaxTextLength(int n) {
      return new Options(servers, maxConcurrency, timeout, n, attemptsPerServer, backoff, deadline);
    }

    /** With {@code attempts} rounds, {@code firstBackoff} after the first, {@code total} in all. */
    public Options withRetries(int attempts, Duration firstBackoff, Duration total) {
      return new Options(
          servers, maxConcurrency, timeout, maxTextLength, attempts, firstBackoff, total);
    }
  }

  private record Server(URI base, URI check, Semaphore slots) {}

  private final Options options;
  private final List<Server> servers = new ArrayList<>();
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger maxTextLength;
  private final HttpClient http;
  private final EmbeddedLanguageTool rules = new EmbeddedLanguageTool();
  private final EmbeddedLanguageTool ruleFilesOnly = new EmbeddedLanguageTool(true);
  private final Map<GrammarChecker.RuleSetup, EmbeddedLanguageTool.ServerPlan> plans =
      new ConcurrentHashMap<>();
  private final Set<String> versions = new ConcurrentSkipListSet<>();

  public RemoteLanguageTool(Options options) {
    this.options = options;
    for (URI u : options.servers()) {
      String base = u.toString().replaceAll("/+$", "");
      servers.add(
          new Server(
              URI.create(base),
              URI.create(base + "/v2/check"),
              new Semaphore(options.maxConcurrency())));
    }
    this.maxTextLength = new AtomicInteger(options.maxTextLength());
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(options.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The options in force. */
  public Options options() {
    return options;
  }

  @Override
  public List<RawMatch> check(LtText text, GrammarChecker.RuleSetup setup) {
    EmbeddedLanguageTool.ServerPlan plan = plans.computeIfAbsent(setup, rules::plan);
    List<RawMatch> fromServers = null;
    // a server whose limit is lower than ours says so (413): cut again under its limit, once
    for (int tries = 0; fromServers == null; tries++) {
      int limit = maxTextLength.get();
      try {
        fromServers = new ArrayList<>();
        for (Piece piece : pieces(text, limit)) {
          fromServers.addAll(checkPiece(piece, setup, plan));
        }
      } catch (TooLong e) {
        if (tries > 0 || e.limit >= limit || e.limit < 100) {
          throw new LanguageToolServerException(
              "LanguageTool server "
                  + e.server
                  + " refused a text of "
                  + e.length
                  + " characters: its maxTextLength is "
                  + (e.limit > 0 ? e.limit : "lower")
                  + "; set languagetool.maxTextLength in workbench.json under it");
        }
        maxTextLength.accumulateAndGet(e.limit, Math::min);
        fromServers = null;
      }
    }
    if (plan.ruleFileIds().isEmpty()) {
      return fromServers;
    }
    List<RawMatch> local = ruleFilesOnly.check(text, setup);
    List<RawMatch> all = new ArrayList<>(local);
    for (RawMatch m : fromServers) {
      if (local.stream().noneMatch(l -> l.from() < m.to() && m.from() < l.to())) {
        all.add(m);
      }
    }
    all.sort(Comparator.comparingInt(RawMatch::from).thenComparingInt(RawMatch::to));
    return all;
  }

  @Override
  public void warm(GrammarChecker.RuleSetup setup) {
    plans.computeIfAbsent(setup, rules::plan);
    if (!setup.ruleFiles().files().isEmpty()) {
      ruleFilesOnly.warm(setup);
    }
  }

  /** The remote servers' results are cached apart from the embedded checker's. */
  @Override
  public String cacheTag() {
    return "remote/" + JLanguageTool.VERSION;
  }

  @Override
  public Map<String, Object> signature() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("backend", "remote");
    s.put(
        "languageToolVersion",
        versions.isEmpty() ? JLanguageTool.VERSION : String.join(", ", versions));
    s.put("servers", servers.stream().map(x -> x.base().toString()).toList());
    s.put("maxTextLength", maxTextLength.get());
    s.put(
        "ruleFiles",
        "checked here by an embedded LanguageTool "
            + JLanguageTool.VERSION
            + " with only their rules");
    return s;
  }

  /** A part of the text sent in one request, and where it starts in the text. */
  record Piece(int offset, LtText text) {}

  /**
   * The text in pieces of at most {@code limit} characters as LanguageTool sees them, cut after a
   * blank line, else after a line break, else at a space (else anywhere).
   */
  static List<Piece> pieces(LtText text, int limit) {
    List<LtText.Part> parts = new ArrayList<>(text.parts());
    List<Piece> out = new ArrayList<>();
    int offset = 0;
    int start = 0;
    while (start < parts.size()) {
      int len = 0;
      int lastBlank = -1;
      int lastLine = -1;
      int i = start;
      while (i < parts.size() && len + parts.get(i).plainLength() <= limit) {
        len += parts.get(i).plainLength();
        if (isBreak(parts.get(i))) {
          if (i > start && isBreak(parts.get(i - 1))) {
            lastBlank = i + 1;
          } else {
            lastLine = i + 1;
          }
        }
        i++;
      }
      int end;
      if (i == parts.size()) {
        end = i;
      } else if (lastBlank > start) {
        end = lastBlank;
      } else if (lastLine > start) {
        end = lastLine;
      } else {
        // one line longer than the limit: cut the part that does not fit at a space
        LtText.Part p = parts.get(i);
        int room = limit - len;
        if (p.markup() || room <= 0) {
          if (i == start) {
            // markup alone over the limit (an excluded span read as more text than allowed)
            end = i + 1;
          } else {
            end = i;
          }
        } else {
          int cut = p.text().lastIndexOf(' ', room - 1);
          cut = cut <= 0 ? room : cut + 1;
          parts.set(i, LtText.Part.text(p.text().substring(0, cut)));
          parts.add(i + 1, LtText.Part.text(p.text().substring(cut)));
          end = i + 1;
        }
      }
      List<LtText.Part> piece = parts.subList(start, end);
      LtText t = new LtText(piece);
      out.add(new Piece(offset, t));
      offset += t.original().length();
      start = end;
    }
    return out;
  }

  private static boolean isBreak(LtText.Part p) {
    return p.markup() && p.text().equals("\n");
  }

  private List<RawMatch> checkPiece(
      Piece piece, GrammarChecker.RuleSetup setup, EmbeddedLanguageTool.ServerPlan plan) {
    if (piece.text().original().isEmpty()) {
      return List.of();
    }
    String form = form(piece.text(), setup, plan);
    JsonNode answer = post(form, piece.text().plainLength());
    List<RawMatch> out = new ArrayList<>();
    for (JsonNode m : answer.get("matches")) {
      JsonNode rule = m.path("rule");
      String id = rule.path("id").asText();
      String subId = rule.hasNonNull("subId") ? rule.get("subId").asText() : null;
      String fullId = subId == null ? id : id + "[" + subId + "]";
      if (plan.droppedFullIds().contains(fullId)) {
        continue;
      }
      List<String> replacements = new ArrayList<>();
      for (JsonNode r : m.path("replacements")) {
        if (replacements.size() == 5) {
          break;
        }
        replacements.add(r.path("value").asText());
      }
      int from = m.path("offset").asInt() + piece.offset();
      out.add(
          new RawMatch(
              id,
              subId,
              rule.path("category").path("id").asText(),
              rule.path("issueType").asText(),
              plan.dictionarySpellingIds().contains(id),
              m.path("message").asText(),
              from,
              from + m.path("length").asInt(),
              replacements));
    }
    return out;
  }

  /** The form of {@code POST /v2/check} for one piece of text. */
  static String form(
      LtText text, GrammarChecker.RuleSetup setup, EmbeddedLanguageTool.ServerPlan plan) {
    ObjectNode data = JSON.createObjectNode();
    ArrayNode annotation = data.putArray("annotation");
    for (LtText.Part p : text.parts()) {
      ObjectNode o = annotation.addObject();
      if (p.markup()) {
        o.put("markup", p.text());
        o.put("interpretAs", p.interpretAs());
      } else {
        o.put("text", p.text());
      }
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("language", "fr");
    params.put("data", data.toString());
    if (setup.level() == JLanguageTool.Level.PICKY) {
      params.put("level", "picky");
    }
    TreeSet<String> disabled = new TreeSet<>(setup.disabledRules());
    disabled.addAll(plan.extraDisabledRules());
    putList(params, "enabledRules", setup.enabledRules());
    putList(params, "disabledRules", List.copyOf(disabled));
    putList(params, "enabledCategories", setup.enabledCategories());
    putList(params, "disabledCategories", setup.disabledCategories());
    params.put("enabledOnly", "false");
    StringBuilder sb = new StringBuilder();
    params.forEach(
        (k, v) -> {
          if (sb.length() > 0) {
            sb.append('&');
          }
          sb.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    return sb.toString();
  }

  private static void putList(Map<String, String> params, String key, List<String> values) {
    if (!values.isEmpty()) {
      params.put(key, String.join(",", values));
    }
  }

  /** A server refused the text as too long (HTTP 413), saying its limit when it could be read. */
  private static final class TooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient URI server;
    final int limit;
    final int length;

    TooLong(URI server, int limit, int length) {
      super(null, null, false, false);
      this.server = server;
      this.limit = limit;
      this.length = length;
    }
  }

  /** A server's problem with one request, as said in the error line, and whether to retry. */
  private record Failure(String problem, boolean retry) {}

  /**
   * Sends {@code form} to the servers in turn until one answers with LanguageTool's JSON.
   *
   * @throws LanguageToolServerException when every server failed every attempt
   */
  private JsonNode post(String form, int length) {
    long deadline = System.nanoTime() + options.deadline().toNanos();
    int n = servers.size();
    int first = Math.floorMod(next.getAndIncrement(), n);
    Map<URI, String> problems = new LinkedHashMap<>();
    Map<URI, Integer> attempts = new LinkedHashMap<>();
    Set<URI> givenUp = new java.util.HashSet<>();
    long backoff = options.backoff().toMillis();
    for (int round = 0; round < options.attemptsPerServer(); round++) {
      for (int k = 0; k < n; k++) {
        Server s = servers.get((first + k) % n);
        if (givenUp.contains(s.base())) {
          continue;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        attempts.merge(s.base(), 1, Integer::sum);
        Object r = attempt(s, form, length, left);
        if (r instanceof JsonNode answer) {
          return answer;
        }
        Failure f = (Failure) r;
        problems.put(s.base(), f.problem());
        if (!f.retry()) {
          givenUp.add(s.base());
        }
      }
      if (givenUp.size() == n || deadline - System.nanoTime() <= 0) {
        break;
      }
      if (round + 1 < options.attemptsPerServer()) {
        long wait = Math.min(backoff, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        sleep(wait);
        backoff *= 2;
      }
    }
    Map<URI, String> lines = new LinkedHashMap<>();
    for (Server s : servers) {
      String p = problems.get(s.base());
      int a = attempts.getOrDefault(s.base(), 0);
      lines.put(
          s.base(),
          p == null
              ? "was not tried before the deadline of " + options.deadline().toSeconds() + " s"
              : p + (a > 1 ? " (" + a + " attempts)" : ""));
    }
    throw new LanguageToolServerException(lines);
  }

  /** One request to one server: its JSON answer, or a {@link Failure}. */
  private Object attempt(Server s, String form, int length, long leftNanos) {
    try {
      if (!s.slots().tryAcquire(leftNanos, TimeUnit.NANOSECONDS)) {
        return new Failure(
            "was busy (" + options.maxConcurrency() + " requests in flight) until the deadline",
            true);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LanguageToolServerException("interrupted while waiting for a LanguageTool server");
    }
    try {
      Duration timeout = options.timeout();
      if (timeout.toNanos() > leftNanos) {
        timeout = Duration.ofNanos(Math.max(leftNanos, 1_000_000));
      }
      HttpRequest req =
          HttpRequest.newBuilder(s.check())
              .timeout(timeout)
              .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
              .build();
      HttpResponse<String> resp =
          http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      int code = resp.statusCode();
      if (code == 413) {
        Matcher m = LIMIT.matcher(resp.body());
        throw new TooLong(s.base(), m.find() ? Integer.parseInt(m.group(1)) : -1, length);
      }
      if (code >= 500 || code == 429) {
        return new Failure("answered " + code + gist(resp.body()), true);
      }
      if (code == 404) {
        return new Failure(
            "answered 404: not a LanguageTool server (no POST /v2/check there)", false);
      }
      if (code != 200) {
        return new Failure("answered " + code + gist(resp.body()), false);
      }
      JsonNode answer;
      try {
        answer = JSON.readTree(resp.body());
      } catch (IOException e) {
        return new Failure("answered malformed JSON" + gist(resp.body()), true);
      }
      if (answer == null || !answer.path("matches").isArray()) {
        return new Failure(
            "answered JSON without a \"matches\" list: not a LanguageTool server?", true);
      }
      String version = answer.path("software").path("version").asText("");
      if (!version.isEmpty() && !version.equals(JLanguageTool.VERSION)) {
        return new Failure(
            "runs LanguageTool " + version + ", not " + JLanguageTool.VERSION + " as this tool",
            false);
      }
      if (!version.isEmpty()) {
        versions.add(version);
      }
      return answer;
    } catch (HttpConnectTimeoutException e) {
      return new Failure(
          "did not accept the connection within " + options.timeout().toSeconds() + " s", true);
    } catch (HttpTimeoutException e) {
      return new Failure(
          "did not answer within " + Math.max(1, options.timeout().toSeconds()) + " s", true);
    } catch (ConnectException e) {
      String why = e.getMessage() == null ? "" : e.getMessage();
      return new Failure(
          why.toLowerCase(Locale.ROOT).contains("refused") || why.isEmpty()
              ? "refused the connection"
              : "could not be reached (" + oneLine(why) + ")",
          true);
    } catch (IOException e) {
      return new Failure(
          "closed the connection without an answer ("
              + oneLine(String.valueOf(e.getMessage()))
              + ")",
          true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LanguageToolServerException("interrupted while waiting for a LanguageTool server");
    } finally {
      s.slots().release();
    }
  }

  /** The first line of an error answer, shortened, in parentheses; empty when there is none. */
  private static String gist(String body) {
    String b = oneLine(body == null ? "" : body).strip();
    if (b.isEmpty()) {
      return "";
    }
    return " (" + (b.length() > 120 ? b.substring(0, 120) + "…" : b) + ")";
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n\\t]+", " ");
  }

  private static void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LanguageToolServerException("interrupted while waiting for a LanguageTool server");
    }
  }
}
