package io.translationworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ReportWritersGoldenTest {
  @Test
  void jsonWriterMatchesGoldenFile() throws Exception {
    Golden.assertMatches("minimal.report.json", new JsonReportWriter().write(ReportFixtures.minimal()));
  }

  @Test
  void markdownWriterMatchesGoldenFile() throws Exception {
    Golden.assertMatches("minimal.report.md", new MarkdownReportWriter().write(ReportFixtures.minimal()));
  }

  @Test
  void jsonIsParseableAndStatesItsFormatVersionAndOffsetUnit() throws Exception {
    JsonNode n = new ObjectMapper().readTree(new JsonReportWriter().write(ReportFixtures.minimal()));
    assertEquals(PairReport.FORMAT_VERSION, n.get("formatVersion").asText());
    assertTrue(n.get("offsets").asText().contains("UTF-16 code units"));
    // enums are written as kebab-case ids, not Java constant names
    assertEquals("foreign-language", n.get("anomalies").get(0).get("kind").asText());
    assertEquals("machine", n.get("matches").get(0).get("side").asText());
  }

  @Test
  void writersAreDeterministicAndUseLfLineEnds() {
    String a = new MarkdownReportWriter().write(ReportFixtures.minimal());
    String b = new MarkdownReportWriter().write(ReportFixtures.minimal());
    assertEquals(a, b);
    assertFalse(new JsonReportWriter().write(ReportFixtures.minimal()).contains("\r"));
    assertFalse(a.contains("\r"));
  }

  @Test
  void markdownEscapesPipesInsideTableCells() {
    String md = new MarkdownReportWriter().write(ReportFixtures.minimal());
    assertTrue(md.contains("A tiny pair with \\| a pipe"), md);
  }
}
