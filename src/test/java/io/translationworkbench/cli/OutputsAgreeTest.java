package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.PairReport;
import io.translationworkbench.TestTexts;
import io.translationworkbench.Workbench;
import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.report.HtmlReportWriter;
import io.translationworkbench.report.JsonReportWriter;
import io.translationworkbench.report.MarkdownReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The sample pair, as received and reviewed (one flag confirmed, one dismissed): the JSON, Markdown
 * and HTML reports, the gate summary, SARIF and JUnit agree on every count and every flag's state.
 * Each output is parsed as its own reader would; the expected counts are recounted from the JSON
 * report's flag and match lists, not taken from the summary under test.
 */
@Tag("languagetool")
class OutputsAgreeTest {
  static final String ID = "tiktok-bytedance-2020-09";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path root;
  static Workbench workbench;
  static Path pair;

  @BeforeAll
  static void samplePair() throws Exception {
    pair = TestTexts.copySample(root.resolve("articles/" + ID));
    workbench = new Workbench(null, AlignerParams.defaults(), (Path) null);
  }

  @AfterAll
  static void close() {
    workbench.close();
  }

  @Test
  void asReceivedEveryOutputAgrees() throws Exception {
    Outputs o = outputs("as-received");
    assertEquals(0, o.summary.get("confirmed"));
    assertEquals(0, o.summary.get("dismissed"));
    o.assertAgree();
  }

  @Test
  void reviewedEveryOutputAgreesAndDecisionsShow() throws Exception {
    Outputs before = outputs("before-review");
    // confirm a warning, dismiss an error that stands for a LanguageTool finding
    String confirm = null;
    String dismiss = null;
    for (JsonNode f : before.json.get("flags")) {
      if (confirm == null && field(f, "severity").equals("warning")) {
        confirm = field(f, "fingerprint");
      }
      if (dismiss == null
          && field(f, "severity").equals("error")
          && field(f, "finding").equals("true")) {
        dismiss = field(f, "fingerprint");
      }
    }
    assertTrue(confirm != null && dismiss != null, "the sample has both");
    Cli.Run c = review("--confirm", confirm);
    assertEquals(0, c.code(), c.err());
    Cli.Run d = review("--dismiss", dismiss);
    assertEquals(0, d.code(), d.err());
    Outputs after = outputs("after-review");
    after.assertAgree();
    assertEquals("confirmed", after.states.get(confirm));
    assertEquals("dismissed", after.states.get(dismiss));
    assertEquals(1, after.summary.get("confirmed"));
    assertEquals(1, after.summary.get("dismissed"));
    assertEquals(1, after.summary.get("dismissedFindings"));
    assertEquals(
        ((Number) before.summary.get("errorsNotDismissed")).intValue() - 1,
        after.summary.get("errorsNotDismissed"));
    Files.delete(pair.resolve("review.json"));
  }

  /** A field of a reviewed flag in the JSON report: its state, or a field of the flag itself. */
  static String field(JsonNode reviewed, String name) {
    JsonNode v = reviewed.has(name) ? reviewed.get(name) : reviewed.get("flag").get(name);
    return v.asText();
  }

  private static Cli.Run review(String... action) {
    String[] args = new String[action.length + 4];
    args[0] = "review";
    args[1] = pair.toString();
    System.arraycopy(action, 0, args, 2, action.length);
    args[action.length + 2] = "--reviewer";
    args[action.length + 3] = "test";
    return Cli.run(cfg -> workbench, "", args);
  }

  /** Every output of one run, parsed. */
  private static Outputs outputs(String name) throws Exception {
    Path out = root.resolve(name);
    PairReport r = workbench.analyze(pair);
    Files.createDirectories(out);
    Files.writeString(out.resolve("report.json"), new JsonReportWriter().write(r));
    Files.writeString(out.resolve("report.md"), new MarkdownReportWriter().write(r));
    Files.writeString(out.resolve("report.html"), new HtmlReportWriter().write(r));
    Cli.Run check =
        Cli.run(
            cfg -> workbench,
            "",
            "check",
            "--root",
            root.toString(),
            "--sarif",
            out.resolve("check.sarif").toString(),
            "--junit",
            out.resolve("check-junit.xml").toString(),
            "--summary",
            out.resolve("check-summary.md").toString());
    assertTrue(check.code() == 0 || check.code() == 1, check.err());
    return new Outputs(out);
  }

  static final class Outputs {
    final JsonNode json;
    final Map<String, Object> summary = new LinkedHashMap<>();
    final Map<String, String> states = new TreeMap<>();
    final Path dir;

    Outputs(Path dir) throws Exception {
      this.dir = dir;
      json = JSON.readTree(dir.resolve("report.json").toFile());
      json.get("summary")
          .fields()
          .forEachRemaining(
              e -> summary.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class)));
      for (JsonNode f : json.get("flags")) {
        states.put(field(f, "fingerprint"), field(f, "state"));
      }
    }

    void assertAgree() throws Exception {
      // the JSON summary against the JSON's own lists
      JsonNode flags = json.get("flags");
      assertEquals(flags.size(), summary.get("flags"));
      assertEquals(count(flags, "severity", "error"), summary.get("errors"));
      assertEquals(count(flags, "severity", "warning"), summary.get("warnings"));
      assertEquals(count(flags, "severity", "info"), summary.get("info"));
      assertEquals(count(flags, "state", "open"), summary.get("open"));
      assertEquals(count(flags, "state", "confirmed"), summary.get("confirmed"));
      assertEquals(count(flags, "state", "dismissed"), summary.get("dismissed"));
      int machineFindings = 0;
      int humanFindings = 0;
      for (JsonNode m : json.get("matches")) {
        if (!m.get("kind").asText().equals("probable-name")) {
          if (m.get("side").asText().equals("machine")) {
            machineFindings++;
          } else {
            humanFindings++;
          }
        }
      }
      assertEquals(machineFindings, summary.get("machineFindings"));
      assertEquals(humanFindings, summary.get("humanFindings"));
      int dismissedFindings = 0;
      for (JsonNode f : flags) {
        if (field(f, "finding").equals("true") && field(f, "state").equals("dismissed")) {
          dismissedFindings++;
        }
      }
      assertEquals(dismissedFindings, summary.get("dismissedFindings"));
      assertEquals(
          machineFindings,
          count(flags, "finding", "true"),
          "each finding is one flag: dismissing it takes it off the density");

      Map<String, String> asText = new LinkedHashMap<>();
      summary.forEach((k, v) -> asText.put(k, PairReport.Summary.text(v)));
      assertEquals(PairReport.Summary.NAMES, List.copyOf(asText.keySet()));

      // Markdown and HTML reports: the counts table, and every flag's state
      String md = Files.readString(dir.resolve("report.md"));
      assertEquals(asText, table(md, "\\| `(\\w+)` \\| ([^|]+) \\|"));
      assertEquals(
          states, flagStates(md, "\\*\\*State:\\*\\* (\\w+)[^\\n]*? · fingerprint `(\\w+)`"));
      String html = Files.readString(dir.resolve("report.html"));
      assertEquals(
          asText,
          table(
              html,
              "<tr><th scope=\"row\"><code>(\\w+)</code></th><td class=\"num\">([^<]+)</td></tr>"));
      assertEquals(
          states,
          flagStates(
              html,
              "<span class=\"label\">State:</span> <strong>(\\w+)</strong>.*? · fingerprint <code>(\\w+)</code>"));

      // gate summary: its counts row, and the flags not dismissed with their state
      String gate = Files.readString(dir.resolve("check-summary.md"));
      Matcher row = Pattern.compile("\\| " + ID + " \\|((?: [^|]+ \\|){18})\\n").matcher(gate);
      assertTrue(row.find(), gate);
      String[] cells = row.group(1).split("\\|");
      Map<String, String> gateCounts = new LinkedHashMap<>();
      for (int i = 0; i < PairReport.Summary.NAMES.size(); i++) {
        gateCounts.put(PairReport.Summary.NAMES.get(i), cells[i].strip());
      }
      assertEquals(asText, gateCounts);
      Map<String, String> notDismissed = new TreeMap<>(states);
      notDismissed.values().removeIf("dismissed"::equals);
      assertEquals(notDismissed, flagStates(gate, "\\((open|confirmed)\\) `(\\w+)`\\n"));

      // SARIF: the counts, one result per flag not dismissed, with its state
      JsonNode run = JSON.readTree(dir.resolve("check.sarif").toFile()).at("/runs/0");
      Map<String, String> sarifCounts = new LinkedHashMap<>();
      run.at("/properties/pairs/" + ID)
          .fields()
          .forEachRemaining(
              e ->
                  sarifCounts.put(
                      e.getKey(),
                      PairReport.Summary.text(JSON.convertValue(e.getValue(), Object.class))));
      assertEquals(asText, sarifCounts);
      Map<String, String> sarifStates = new TreeMap<>();
      for (JsonNode res : run.get("results")) {
        sarifStates.put(
            res.at("/partialFingerprints/translationWorkbench~1v1").asText(),
            res.at("/properties/state").asText());
      }
      assertEquals(notDismissed, sarifStates);
      assertEquals(summary.get("dismissed"), run.at("/properties/dismissedFlags").asInt());

      // JUnit: the counts as properties, and the error-flags rule measures errors not dismissed
      Document junit =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(dir.resolve("check-junit.xml").toFile());
      NodeList props = junit.getElementsByTagName("property");
      Map<String, String> junitCounts = new LinkedHashMap<>();
      for (int i = 0; i < props.getLength(); i++) {
        Element p = (Element) props.item(i);
        String prefix = "pair." + ID + ".";
        if (p.getAttribute("name").startsWith(prefix)) {
          junitCounts.put(
              p.getAttribute("name").substring(prefix.length()), p.getAttribute("value"));
        }
      }
      assertEquals(asText, junitCounts);
      assertTrue(
          gate.contains(
              "| "
                  + ID
                  + " | error-flags | "
                  + (summary.get("errorsNotDismissed").equals(0) ? "✅ passed" : "❌ failed")
                  + " | "
                  + summary.get("errorsNotDismissed")
                  + " |"),
          gate);
      assertTrue(
          gate.contains("| " + ID + " | grammar-density | ")
              && gate.contains(" | " + asText.get("densityRatio") + " | ≤ 2 |"),
          gate);
    }

    private static int count(JsonNode list, String field, String value) {
      int n = 0;
      for (JsonNode x : list) {
        if (field(x, field).equals(value)) {
          n++;
        }
      }
      return n;
    }

    private static Map<String, String> table(String text, String rowPattern) {
      Map<String, String> m = new LinkedHashMap<>();
      Matcher x = Pattern.compile(rowPattern).matcher(text);
      while (x.find()) {
        if (PairReport.Summary.NAMES.contains(x.group(1))) {
          m.put(x.group(1), x.group(2).strip());
        }
      }
      return m;
    }

    private static Map<String, String> flagStates(String text, String pattern) {
      Map<String, String> m = new TreeMap<>();
      Matcher x = Pattern.compile(pattern).matcher(text);
      while (x.find()) {
        m.put(x.group(2), x.group(1));
      }
      return m;
    }
  }
}
