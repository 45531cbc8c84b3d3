package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.TestTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report promises that line:column hold in the file as received. The sample pair saved with
 * every accent decomposed (NFD, as some editors save it) is normalised to NFC for checking; every
 * span of the report (sentences, LanguageTool matches, anomalies, flags) must still point, by line
 * and column, at its text in the file as saved.
 */
@Tag("languagetool")
class ColumnsAsReceivedTest {
  @TempDir Path tmp;

  @Test
  void everySpanOfADecomposedSamplePointsAtItsTextInTheFileAsReceived() throws IOException {
    Path pair = TestTexts.copySample(tmp.resolve("pair"));
    Map<String, String> received =
        Map.of(
            "machine", nfd(pair.resolve(TestTexts.MACHINE)),
            "human", nfd(pair.resolve(TestTexts.HUMAN)));
    Cli.Run r =
        Cli.run(null, "", "report", pair.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.toString());
    JsonNode report =
        new ObjectMapper()
            .readTree(tmp.resolve("out/tiktok-bytedance-2020-09/report.json").toFile());
    for (JsonNode input : report.get("inputs")) {
      assertTrue(input.get("nfcChanged").booleanValue(), input.toString());
    }
    int checked = 0;
    for (String list : List.of("sentences", "matches", "anomalies")) {
      for (JsonNode item : report.get(list)) {
        String text = item.has("matchedText") ? "matchedText" : "text";
        checked +=
            pointsAt(received.get(item.get("side").asText()), item.get("span"), item.get(text));
      }
    }
    for (JsonNode f : report.get("flags")) {
      JsonNode flag = f.get("flag");
      String id = flag.get("sentenceId").asText("");
      if (id.startsWith("m-")) {
        checked += pointsAt(received.get("machine"), flag.get("span"), flag.get("matchedText"));
      }
    }
    assertTrue(checked > 20, "only " + checked + " spans checked");
  }

  /** Rewrites {@code file} in NFD; returns its text as received. */
  private static String nfd(Path file) throws IOException {
    String text =
        Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFD);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return text;
  }

  /**
   * The text between line:column and endLine:endColumn of {@code span} in {@code received} is the
   * NFD of {@code expected}; 1 when checked, 0 when there is no text to compare.
   */
  private static int pointsAt(String received, JsonNode span, JsonNode expected) {
    if (expected == null || expected.asText().isEmpty()) {
      return 0;
    }
    int from = offset(received, span.get("line").intValue(), span.get("column").intValue());
    int to = offset(received, span.get("endLine").intValue(), span.get("endColumn").intValue());
    String want = Normalizer.normalize(expected.asText(), Normalizer.Form.NFD);
    String found = received.substring(from, to);
    if (want.endsWith("…")) {
      // a long text is shown abbreviated: its start must match
      want = want.substring(0, want.length() - 1);
      found = found.substring(0, Math.min(found.length(), want.length()));
    }
    assertEquals(want, found, span.toString());
    return 1;
  }

  private static int offset(String text, int line, int column) {
    int start = 0;
    for (int l = 1; l < line; l++) {
      start = text.indexOf('\n', start) + 1;
    }
    return start + column - 1;
  }
}
