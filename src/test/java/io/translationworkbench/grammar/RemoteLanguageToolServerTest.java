package io.translationworkbench.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.PairReport;
import io.translationworkbench.TestTexts;
import io.translationworkbench.Workbench;
import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.cli.Main;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real LanguageTool servers (child processes, see {@link LanguageToolServerProcess}) check a
 * small corpus: one is killed in the middle, every pair is still checked, and the matches are the
 * embedded checker's, rule by rule, offset by offset, message by message.
 */
@Tag("ltserver")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteLanguageToolServerTest {
  private static final Path PROJECT_CONFIG = Path.of("workbench.json");

  @TempDir static Path tmp;
  static LanguageToolServerProcess a;
  static LanguageToolServerProcess b;
  static List<Path> pairs = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    // both launched first: they start side by side
    a = LanguageToolServerProcess.start(tmp.resolve("server-a"));
    b = LanguageToolServerProcess.start(tmp.resolve("server-b"));
    pairs.add(TestTexts.copySample(tmp.resolve("articles/tiktok-bytedance-2020-09")));
    pairs.add(
        pair(
            "accents",
            "Le ministre est venu a Paris mardi.\n\nIl a déclarer que les élections auront lieu en"
                + " mars.\nLes députés se sont réunis hier soir — sans le président.\n",
            "Le ministre est venu à Paris mardi.\n\nIl a déclaré que les élections auront lieu en"
                + " mars.\n"));
    pairs.add(
        pair(
            "calques",
            "Le gouvernement est confiant que la réforme passera. Il a allégué que les chiffres"
                + " étaient faux.\nLa société Zhao Lijian a été fondée en Septembre 2019.\n",
            "Le gouvernement est convaincu que la réforme passera. Zhao Lijian l'a dit.\n"));
    pairs.add(
        pair(
            "orthographe",
            "Les enfants sont partis a l'école. Ils ont mangé des pommmes.\n\nC'est un"
                + " probleme important pour la commune.\n",
            "Les enfants sont partis à l'école. Ils ont mangé des pommes.\n"));
    a.awaitReady(Duration.ofMinutes(4));
    b.awaitReady(Duration.ofMinutes(4));
  }

  @AfterAll
  static void stop() throws Exception {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
  }

  private static Path pair(String id, String machine, String human) throws Exception {
    Path dir = tmp.resolve("articles").resolve(id);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("pair.json"), "{\"language\": \"fr\"}", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("machine.fr.txt"), machine, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("human.fr.txt"), human, StandardCharsets.UTF_8);
    return dir;
  }

  /** What a report says of LanguageTool's findings: every field the user sees, in order. */
  private static List<String> findings(PairReport r) {
    List<String> out = new ArrayList<>();
    for (GrammarMatch m : r.matches()) {
      out.add(
          String.join(
              " | ",
              m.side().toString(),
              m.ruleId(),
              String.valueOf(m.subId()),
              m.category(),
              m.issueType(),
              m.kind().toString(),
              m.severity().toString(),
              m.span().start() + "-" + m.span().end(),
              m.matchedText(),
              typography(m.message()),
              String.valueOf(m.suggestions())));
    }
    for (SuppressedMatch s : r.suppressed()) {
      out.add("suppressed | " + s);
    }
    return out;
  }

  /**
   * A message without LanguageTool's "advanced typography", which its server applies to every
   * message it sends ({@code RuleMatchesAsJsonSerializer} calls {@code
   * Language.toAdvancedTypography}: an apostrophe becomes ’ and a {@code <suggestion>} becomes « »)
   * and the embedded checker does not: the one difference between the two, applied to both sides.
   */
  static String typography(String message) {
    return message
        .replace('’', '\'')
        .replaceAll("«[\\s\u00A0\u202F]*", "\"")
        .replaceAll("[\\s\u00A0\u202F]*»", "\"");
  }

  @Test
  @Order(1)
  void oneServerKilledInTheMiddleAndTheMatchesAreTheEmbeddedOnes() throws Exception {
    Map<Path, List<String>> embedded = new LinkedHashMap<>();
    try (Workbench wb = new Workbench(PROJECT_CONFIG, AlignerParams.defaults(), (Path) null)) {
      for (Path p : pairs) {
        embedded.put(p, findings(wb.analyze(p)));
      }
    }
    Map<Path, List<String>> remote = new LinkedHashMap<>();
    try (Workbench wb =
        new Workbench(
            PROJECT_CONFIG,
            AlignerParams.defaults(),
            null,
            List.of(a.uri().toString(), b.uri().toString()))) {
      for (Path p : pairs) {
        PairReport r = wb.analyze(p);
        assertEquals(List.of(), r.processingErrors());
        assertEquals("6.8", r.signature().languageToolVersion());
        @SuppressWarnings("unchecked")
        Map<String, Object> lt = (Map<String, Object>) r.signature().rules().get("languageTool");
        assertEquals("remote", lt.get("backend"));
        remote.put(p, findings(r));
        if (remote.size() == 1) {
          a.kill();
        }
      }
    }
    int total = 0;
    for (Path p : pairs) {
      assertEquals(embedded.get(p), remote.get(p), p.getFileName().toString());
      total += embedded.get(p).size();
    }
    // the corpus has something to compare: LanguageTool's rules and the newsroom rule files
    String all = String.join("\n", embedded.values().stream().flatMap(List::stream).toList());
    assertTrue(total > 20, all);
    assertTrue(all.contains("FR_SPELLING_RULE"), all);
    assertTrue(all.contains("NEWSROOM_"), all);
    assertTrue(all.contains("ETRE_CONFIANT_QUE"), all);
  }

  @Test
  @Order(2)
  void theCliWritesEveryReportWithTheServerLeftThenFailsInOneLineWhenNoneIsLeft() throws Exception {
    Path out = tmp.resolve("reports");
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    List<String> args = new ArrayList<>(List.of("report", "--out", out.toString()));
    pairs.forEach(p -> args.add(p.toString()));
    args.addAll(List.of("--languagetool", a.uri() + "," + b.uri()));
    int code =
        Main.run(
            args.toArray(String[]::new),
            new PrintWriter(o),
            new PrintWriter(e),
            InputStream.nullInputStream());
    assertEquals(0, code, o + "\n" + e);
    ObjectMapper json = new ObjectMapper();
    for (Path p : pairs) {
      Path dir = out.resolve(p.getFileName().toString());
      for (String f : List.of("report.json", "report.md", "report.html")) {
        assertTrue(Files.isRegularFile(dir.resolve(f)), dir.resolve(f).toString());
      }
      JsonNode sig = json.readTree(dir.resolve("report.json").toFile()).path("signature");
      assertEquals("remote", sig.path("rules").path("languageTool").path("backend").asText());
    }
    // no server left: one line per pair naming both servers, exit 2, nothing written
    b.kill();
    Path none = tmp.resolve("reports-none");
    o = new StringWriter();
    e = new StringWriter();
    args.set(2, none.toString());
    code =
        Main.run(
            args.toArray(String[]::new),
            new PrintWriter(o),
            new PrintWriter(e),
            InputStream.nullInputStream());
    assertEquals(2, code, o + "\n" + e);
    List<String> lines = e.toString().lines().toList();
    assertEquals(pairs.size(), lines.size(), e.toString());
    for (String line : lines) {
      assertEquals(
          "workbench: error: LanguageTool servers failed: "
              + a.uri()
              + " refused the connection (3 attempts); "
              + b.uri()
              + " refused the connection (3 attempts)",
          line);
    }
    if (Files.exists(none)) {
      try (Stream<Path> s = Files.walk(none)) {
        assertFalse(s.anyMatch(Files::isRegularFile), "a report was written");
      }
    }
  }
}
