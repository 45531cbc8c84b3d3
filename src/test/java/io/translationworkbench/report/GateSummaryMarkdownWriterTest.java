package io.translationworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GateSummaryMarkdownWriterTest {
  private static final GateSummaryMarkdownWriter WRITER = new GateSummaryMarkdownWriter();

  @Test
  void outputMatchesTheGoldenFile() throws IOException {
    Golden.assertMatches("check-summary.md", WRITER.render(GateFixtures.result()));
  }

  @Test
  void verdictComesFirstAndNewFlagsAreListed() {
    String md = new String(WRITER.render(GateFixtures.result()), StandardCharsets.UTF_8);
    assertTrue(md.startsWith("## Translation quality gate: ❌ failed\n"), md);
    assertTrue(md.contains("### New flags not dismissed (3)"), md);
    assertTrue(md.contains(GateFixtures.tiktokFlags().get(1).fingerprint()), md);
    assertTrue(
        !md.contains(GateFixtures.tiktokFlags().get(3).fingerprint()),
        "baselined flag not listed as new");
  }

  @Test
  void tableCellsCannotBreakTheTable() {
    assertEquals("a \\| b \\<i\\> \\*c\\*", GateSummaryMarkdownWriter.cell("a | b\n<i> *c*"));
  }
}
