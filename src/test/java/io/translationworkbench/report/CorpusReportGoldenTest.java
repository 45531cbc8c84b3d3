package io.translationworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.PairReport;
import io.translationworkbench.gate.Gate;
import io.translationworkbench.gate.GatePolicy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class CorpusReportGoldenTest {
  private static CorpusReport corpus(List<PairReport> reports) {
    return CorpusReport.of(
        reports, Gate.evaluate(reports, GatePolicy.defaults(), null, Path.of("")));
  }

  @Test
  void corpusReportMatchesGoldenFilesInEveryFormat() throws Exception {
    CorpusReport c = corpus(CorpusFixtures.corpus());
    Golden.assertMatches("corpus.index.json", new CorpusJsonWriter().write(c));
    Golden.assertMatches("corpus.index.md", new CorpusMarkdownWriter().write(c));
    Golden.assertMatches("corpus.index.html", new CorpusHtmlWriter().write(c));
  }

  @Test
  void sameBytesWhateverTheOrderOfThePairs() {
    List<PairReport> reports = new ArrayList<>(CorpusFixtures.corpus());
    String json = new CorpusJsonWriter().write(corpus(reports));
    String html = new CorpusHtmlWriter().write(corpus(reports));
    Collections.reverse(reports);
    assertEquals(json, new CorpusJsonWriter().write(corpus(reports)));
    assertEquals(html, new CorpusHtmlWriter().write(corpus(reports)));
    Collections.swap(reports, 0, 1);
    assertEquals(json, new CorpusJsonWriter().write(corpus(reports)));
  }

  @Test
  void systemNamesAndPairIdsWithMarkupAreTextInTheHtmlPage() throws Exception {
    String html = new CorpusHtmlWriter().write(corpus(CorpusFixtures.corpus()));
    assertFalse(html.contains("<script>alert"), "system name reached the page as markup");
    assertFalse(html.contains("doc2\"&<>"), "pair id reached the page unescaped");
    assertTrue(
        html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;"));
    assertTrue(html.contains("doc2&quot;&amp;&lt;&gt;"));
    // the link to the pair's report is percent-encoded
    assertTrue(html.contains("href=\"doc2%22%26%3C%3E/report.html\""), html);
    // one script element, ours, allowed by its hash and nothing else
    assertEquals(1, count(html, "<script"));
    Matcher csp = Pattern.compile("script-src '(sha256-[A-Za-z0-9+/=]+)'").matcher(html);
    assertTrue(csp.find());
    String script = html.substring(html.indexOf("<script>") + 8, html.indexOf("</script>"));
    assertEquals(csp.group(1), HtmlRenderer.sha256(script));
    assertFalse(
        html.contains("http://")
            && html.replace("http://www.w3.org/2000/svg", "").contains("http://"));
    assertFalse(html.contains("https://"));
    // well-formed: an XML parser reads the page (the script holds no '<' or '&')
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    assertNotNull(
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void markdownEscapesSystemNamesAndPairIds() {
    String md = new CorpusMarkdownWriter().write(corpus(CorpusFixtures.corpus()));
    assertFalse(md.contains("<script>"));
    assertTrue(md.contains("\\<script\\>alert(\"x\")\\</script\\> & 'co'"), md);
    assertTrue(md.contains("[doc2\"&\\<\\>](doc2%22%26%3C%3E/report.html)"), md);
  }

  @Test
  void jsonHoldsTheAggregatesAndTheComparison() throws Exception {
    JsonNode root =
        new ObjectMapper().readTree(new CorpusJsonWriter().write(corpus(CorpusFixtures.corpus())));
    assertEquals(4, root.get("summary").get("pairs").asInt());
    assertEquals(2, root.get("systems").size());
    JsonNode cmp = root.get("comparisons");
    assertEquals(1, cmp.size());
    assertEquals(2, cmp.get(0).get("sharedDocuments").asInt());
    assertEquals(CorpusFixtures.HOSTILE_SYSTEM, cmp.get(0).get("baseline").asText());
    assertEquals("alpha", root.get("systems").get(1).get("system").asText());
    assertEquals(2, root.get("systems").get(1).get("documents").asInt());
    // the per-pair statistics stay out of the index as they stay out of report.json
    assertFalse(root.toString().contains("\"statistics\""));
  }

  @Test
  void systemsSharingOneDocumentAreNotCompared() {
    CorpusReport c = corpus(CorpusFixtures.corpus().subList(0, 3));
    assertEquals(2, c.systems().size());
    assertTrue(c.comparisons().isEmpty());
    assertTrue(new CorpusMarkdownWriter().write(c).contains("no paired test"));
  }

  @Test
  void pairsWithoutASystemHaveNoAggregates() {
    PairReport r = ReportFixtures.minimal();
    CorpusReport c = corpus(List.of(r));
    assertTrue(c.systems().isEmpty());
    assertTrue(c.comparisons().isEmpty());
    assertNull(c.pairs().get(0).system());
    String md = new CorpusMarkdownWriter().write(c);
    assertTrue(md.contains("No pair names its MT system"), md);
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
