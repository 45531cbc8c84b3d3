package io.translationworkbench.grammar;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * An official LanguageTool server ({@code org.languagetool.server.HTTPServer} of {@code
 * languagetool-server}, the project's LanguageTool version) started as a child {@code java} process
 * on a free loopback port, with the class path Maven wrote to {@code target/lt-server.classpath}.
 *
 * <p>A child process, not a server in the test JVM: the server needs every language module on its
 * class path, and English or German rules next to French ones change French results.
 */
final class LanguageToolServerProcess implements AutoCloseable {
  static final Path CLASSPATH = Path.of("target", "lt-server.classpath");

  private final Process process;
  private final Path log;
  private final URI uri;

  private LanguageToolServerProcess(Process process, Path log, URI uri) {
    this.process = process;
    this.log = log;
    this.uri = uri;
  }

  /**
   * Launches a server (without waiting for it): pipeline caching on (LanguageTool's default builds
   * a new pipeline per request), two check threads, no result cache.
   */
  static LanguageToolServerProcess start(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path config = dir.resolve("server.properties");
    Files.writeString(
        config,
        String.join(
            "\n",
            "pipelineCaching=true",
            "maxPipelinePoolSize=4",
            "maxCheckThreads=2",
            "maxTextLength=50000",
            "cacheSize=0",
            ""),
        StandardCharsets.UTF_8);
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = Files.readString(CLASSPATH, StandardCharsets.UTF_8).strip();
    Path log = dir.resolve("server.log");
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx1g",
                    "-XX:+UseSerialGC",
                    "-cp",
                    cp,
                    "org.languagetool.server.HTTPServer",
                    "--config",
                    config.toString(),
                    "--port",
                    Integer.toString(port)))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    return new LanguageToolServerProcess(p, log, URI.create("http://127.0.0.1:" + port));
  }

  /** Waits until the server answers a French check (its first check loads the French rules). */
  void awaitReady(Duration max) throws IOException, InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    long end = System.nanoTime() + max.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException("LanguageTool server died while starting: " + tail());
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(uri + "/v2/check"))
                    .timeout(Duration.ofSeconds(120))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("language=fr&text=Bonjour+Paris."))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("LanguageTool server not ready after " + max + ": " + tail());
  }

  URI uri() {
    return uri;
  }

  /** Kills the server at once, as a crash would. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }
}
