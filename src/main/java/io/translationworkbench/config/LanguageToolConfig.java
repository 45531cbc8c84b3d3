package io.translationworkbench.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code "languagetool"} in the project's {@code workbench.json}: LanguageTool HTTP servers to
 * check with instead of the embedded LanguageTool (none: embedded).
 *
 * @param servers base URLs of official LanguageTool servers, e.g. {@code http://127.0.0.1:8081}
 *     ({@code /v2/check} is appended)
 * @param maxConcurrency requests in flight per server (default 2)
 * @param timeoutSeconds per request (default 60)
 * @param maxTextLength longest text sent in one request, in characters (default 10,000); longer
 *     texts go in pieces cut at paragraph boundaries
 */
public record LanguageToolConfig(
    List<String> servers, Integer maxConcurrency, Integer timeoutSeconds, Integer maxTextLength) {
  /** Embedded LanguageTool. */
  public static final LanguageToolConfig DEFAULT = new LanguageToolConfig(null, null, null, null);

  public LanguageToolConfig {
    servers = servers == null ? List.of() : List.copyOf(servers);
    parseServers("languagetool.servers", servers);
    maxConcurrency = positive("maxConcurrency", maxConcurrency, 2);
    timeoutSeconds = positive("timeoutSeconds", timeoutSeconds, 60);
    maxTextLength = positive("maxTextLength", maxTextLength, 10_000);
    if (maxTextLength < 100) {
      throw new IllegalArgumentException(
          "languagetool.maxTextLength must be at least 100, got " + maxTextLength);
    }
  }

  /** The servers as URLs. */
  public List<URI> serverUris() {
    return parseServers("languagetool.servers", servers);
  }

  /** The same settings with other servers (a command-line option over the file's). */
  public LanguageToolConfig withServers(List<String> urls) {
    return new LanguageToolConfig(urls, maxConcurrency, timeoutSeconds, maxTextLength);
  }

  /**
   * Base URLs of LanguageTool servers: absolute {@code http} or {@code https} URLs with a host, no
   * query or fragment.
   *
   * @param option what names them, for the error ("--languagetool", "languagetool.servers")
   * @throws IllegalArgumentException one line naming {@code option} and the bad URL
   */
  public static List<URI> parseServers(String option, List<String> urls) {
    List<URI> out = new ArrayList<>();
    for (String raw : urls) {
      String u = raw == null ? "" : raw.strip();
      URI uri;
      try {
        uri = new URI(u);
      } catch (URISyntaxException e) {
        throw bad(option, raw, "not a URL (" + e.getReason() + ")");
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw bad(option, raw, "expected http://HOST:PORT or https://HOST:PORT");
      }
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        throw bad(option, raw, "no host");
      }
      if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getUserInfo() != null) {
        throw bad(option, raw, "a server's base URL has no query, fragment or user");
      }
      if (out.contains(uri)) {
        throw bad(option, raw, "named twice");
      }
      out.add(uri);
    }
    return out;
  }

  private static IllegalArgumentException bad(String option, String url, String why) {
    return new IllegalArgumentException(
        option + ": bad LanguageTool server URL \"" + url + "\": " + why);
  }

  private static Integer positive(String key, Integer value, int fallback) {
    if (value == null) {
      return fallback;
    }
    if (value <= 0) {
      throw new IllegalArgumentException("languagetool." + key + " must be positive, got " + value);
    }
    return value;
  }
}
