package io.translationworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.PairReport;
import io.translationworkbench.review.ReviewedFlag;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportWritersGoldenTest {
  @Test
  void jsonWriterMatchesGoldenFile() throws Exception {
    Golden.assertMatches(
        "minimal.report.json", new JsonReportWriter().write(ReportFixtures.minimal()));
  }

  @Test
  void markdownWriterMatchesGoldenFile() throws Exception {
    Golden.assertMatches(
        "minimal.report.md", new MarkdownReportWriter().write(ReportFixtures.minimal()));
  }

  @Test
  void htmlWriterMatchesGoldenFile() throws Exception {
    Golden.assertMatches(
        "minimal.report.html", new HtmlReportWriter().write(ReportFixtures.minimal()));
  }

  /**
   * The minimal report after a reviewer corrected its first machine sentence (the correction holds
   * markup, which every format must show as text) and left a stale correction: the post-editing
   * section in every format.
   */
  static PairReport postEdited() {
    PairReport r = ReportFixtures.minimal();
    String first =
        r.sentences().stream()
            .filter(x -> x.side() == io.translationworkbench.Side.MACHINE)
            .findFirst()
            .orElseThrow()
            .text();
    return r.withReview(
        io.translationworkbench.review.ReviewFile.empty(java.nio.file.Path.of("review.json"))
            .with(
                new io.translationworkbench.review.Correction(
                    first, "Une <b>phrase</b> & \"corrigée\" | ok", "ed", "2026-11-30"))
            .with(
                new io.translationworkbench.review.Correction(
                    "Une phrase disparue.", "Autre.", "ed", "2026-11-29")));
  }

  @Test
  void postEditingMatchesGoldenFilesInEveryFormat() throws Exception {
    PairReport r = postEdited();
    Golden.assertMatches("postedit.report.json", new JsonReportWriter().write(r));
    Golden.assertMatches("postedit.report.md", new MarkdownReportWriter().write(r));
    Golden.assertMatches("postedit.report.html", new HtmlReportWriter().write(r));
  }

  @Test
  void cardLayoutMatchesGoldenFiles() throws Exception {
    Golden.assertMatches(
        "cards.report.md", new MarkdownReportWriter().write(ReportFixtures.cards()));
    Golden.assertMatches("cards.report.html", new HtmlReportWriter().write(ReportFixtures.cards()));
  }

  /** The fingerprints of {@link ReportFixtures#cards()}, as its cards must hold them. */
  private static final List<List<String>> CARDS =
      List.of(
          List.of("c4c4c4c4c4c4c4c4", "c3c3c3c3c3c3c3c3"),
          List.of("c2c2c2c2c2c2c2c2", "c1c1c1c1c1c1c1c1"),
          List.of("c5c5c5c5c5c5c5c5"));

  @Test
  void flagsOfOneSentenceShareOneCardInEveryFormat() throws Exception {
    PairReport r = ReportFixtures.cards();
    // cards by their most severe flag, then text position: the error's sentence comes first though
    // it is second in the text; the earlier warning sentence before the document-level warning;
    // in a card, most severe first (the error before the earlier info)
    JsonNode json = new ObjectMapper().readTree(new JsonReportWriter().write(r));
    assertEquals(PairReport.FORMAT_VERSION, json.get("formatVersion").asText());
    List<String> flat = new ArrayList<>();
    json.get("flags").forEach(f -> flat.add(f.get("flag").get("fingerprint").asText()));
    assertEquals(
        r.flags().stream().map(ReviewedFlag::fingerprint).toList(), flat, "flat list unchanged");
    List<List<String>> grouped = new ArrayList<>();
    List<String> sentenceIds = new ArrayList<>();
    for (JsonNode card : json.get("sentenceCards")) {
      List<String> fps = new ArrayList<>();
      card.get("flags").forEach(f -> fps.add(f.asText()));
      grouped.add(fps);
      sentenceIds.add(card.get("sentenceId").isNull() ? null : card.get("sentenceId").asText());
    }
    assertEquals(CARDS, grouped);
    assertEquals(Arrays.asList("m-2222222222", "m-1111111111", null), sentenceIds);

    String md = new MarkdownReportWriter().write(r);
    String flags = md.substring(md.indexOf("## Flagged sentences"), md.indexOf("## Inputs"));
    assertTrue(
        flags.contains("5 flags: 4 on 2 sentences, 1 document-level. One card per machine"), flags);
    assertTrue(
        md.contains(
            "Flags not dismissed: **5** (1 error, 2 warnings, 2 info): 4 on 2 sentences, 1"
                + " document-level; 5 open, 0 confirmed, 0 dismissed by reviewers\n"),
        md);
    assertInOrder(
        flags,
        "### 1. error · sentence at line 1:16 · 2 flags (1 error, 1 info)",
        "- **Machine:** Le **13** **Septembre**, il a dit oui.",
        "- **Human:** Le 13 septembre, il a dit oui.",
        "#### 1.1. error · grammar · `MOIS[1]`",
        "fingerprint `c4c4c4c4c4c4c4c4`",
        "#### 1.2. info · fact-mismatch · `fact-number`",
        "- **Evidence:** factKind: number\n",
        "fingerprint `c3c3c3c3c3c3c3c3`",
        "### 2. warning · sentence at line 1:1 · 2 flags (1 warning, 1 info)",
        "- **Machine:** Il a **plu** hier.",
        "- **Human:** no counterpart in the human article",
        "#### 2.1. warning · style",
        "fingerprint `c2c2c2c2c2c2c2c2`",
        "#### 2.2. info · unmatched",
        "- **Span:** the whole sentence",
        "fingerprint `c1c1c1c1c1c1c1c1`",
        "### 3. warning · untranslated · `untranslated` · line 2:1",
        "- **Text:** The end is near, says the publisher.",
        "fingerprint `c5c5c5c5c5c5c5c5`");
    // each sentence and counterpart once, however many flags it has
    assertEquals(2, count(flags, "- **Machine:**"));
    assertEquals(2, count(flags, "- **Human:**"));

    Document doc = parseXhtml(new HtmlReportWriter().write(r));
    NodeList articles = doc.getElementsByTagName("article");
    assertEquals(3, articles.getLength());
    for (int i = 0; i < 3; i++) {
      Element card = (Element) articles.item(i);
      assertEquals("card-" + (i + 1), card.getAttribute("id"));
      List<String> fps = new ArrayList<>();
      NodeList codes = card.getElementsByTagName("code");
      for (int k = 0; k < codes.getLength(); k++) {
        if (codes.item(k).getTextContent().matches("c[1-5]{1}(c[1-5]){7}")) {
          fps.add(codes.item(k).getTextContent());
        }
      }
      assertEquals(CARDS.get(i), fps, "card " + (i + 1));
      assertEquals(
          i < 2 ? CARDS.get(i).size() : 0,
          card.getElementsByTagName("section").getLength(),
          "a sentence card holds one section per flag; a document-level card is the flag");
      assertEquals(
          i < 2,
          card.getElementsByTagName("div").getLength() > 0,
          "a sentence card shows its sentence and counterpart");
    }
    assertEquals(
        "flag-1-2", ((Element) doc.getElementsByTagName("section").item(3)).getAttribute("id"));
  }

  /**
   * Both formats print one layout: the same facts under the title, the same sections, cards and
   * flags in the same order and numbering.
   */
  @Test
  void markdownAndHtmlSayTheSameThingsInTheSameOrder() throws Exception {
    List<PairReport> reports =
        List.of(
            ReportFixtures.minimal(),
            ReportFixtures.cards(),
            ReportFixtures.hostile("<b>\"x\" & 'y'</b>"),
            ReportFixtures.cardsOnUnknownSentence());
    for (PairReport r : reports) {
      String md = new MarkdownReportWriter().write(r);
      Document html = parseXhtml(new HtmlReportWriter().write(r));
      String header = md.substring(0, md.indexOf("\n## "));
      List<String> meta = new ArrayList<>();
      for (String line : header.split("\n")) {
        if (line.startsWith("**")) {
          meta.add(line.substring(2, line.indexOf(":**")));
        }
      }
      assertEquals(texts(html, "dt"), meta, "facts under the title");
      assertEquals(texts(html, "h2"), headingNumbers(md, "## ", false), "sections");
      assertEquals(ids(html, "article", "card-"), headingNumbers(md, "### ", true), "cards");
      List<String> flags = new ArrayList<>();
      headingNumbers(md, "#### ", true).forEach(n -> flags.add(n.replace('.', '-')));
      assertEquals(ids(html, "section", "flag-"), flags, "flags of sentence cards");
    }
  }

  @Test
  void flagsWhoseSentenceIsUnknownAreNumberedAlikeInBothFormats() throws Exception {
    PairReport r = ReportFixtures.cardsOnUnknownSentence();
    String md = new MarkdownReportWriter().write(r);
    assertInOrder(
        md,
        "### 1. error · grammar · `MOIS[1]` · line 1:22",
        "### 1-2. info · fact-mismatch · `fact-number` · line 1:19",
        "### 2. warning · sentence at line 1:1");
    Document html = parseXhtml(new HtmlReportWriter().write(r));
    assertEquals(List.of("1", "1-2", "2", "3"), ids(html, "article", "card-"));
  }

  /**
   * Of the Markdown lines starting with {@code prefix}: the heading, or its number (before ". ").
   */
  private static List<String> headingNumbers(String md, String prefix, boolean number) {
    List<String> out = new ArrayList<>();
    for (String line : md.split("\n")) {
      if (line.startsWith(prefix)) {
        String rest = line.substring(prefix.length());
        out.add(number ? rest.substring(0, rest.indexOf(". ")) : rest);
      }
    }
    return out;
  }

  private static List<String> texts(Document doc, String tag) {
    List<String> out = new ArrayList<>();
    NodeList nodes = doc.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  /** The ids after {@code prefix} of the {@code tag} elements whose id starts with it. */
  private static List<String> ids(Document doc, String tag, String prefix) {
    List<String> out = new ArrayList<>();
    NodeList nodes = doc.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      String id = ((Element) nodes.item(i)).getAttribute("id");
      if (id.startsWith(prefix)) {
        out.add(id.substring(prefix.length()));
      }
    }
    return out;
  }

  private static void assertInOrder(String text, String... parts) {
    int at = 0;
    for (String p : parts) {
      int i = text.indexOf(p, at);
      assertTrue(i >= 0, "\"" + p + "\" after offset " + at + " in:\n" + text);
      at = i + p.length();
    }
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void jsonIsParseableAndStatesItsFormatVersionAndOffsetUnit() throws Exception {
    JsonNode n =
        new ObjectMapper().readTree(new JsonReportWriter().write(ReportFixtures.minimal()));
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
    String h = new HtmlReportWriter().write(ReportFixtures.minimal());
    assertEquals(h, new HtmlReportWriter().write(ReportFixtures.minimal()));
    assertFalse(h.contains("\r"));
  }

  @Test
  void markdownEscapesPipesInsideTableCells() {
    String md = new MarkdownReportWriter().write(ReportFixtures.minimal());
    assertTrue(md.contains("A tiny pair with \\| a pipe"), md);
  }

  /**
   * The page parsed as XML (it is written XHTML-compatible); the HTML5 doctype is the one thing XML
   * does not take.
   */
  private static Document parseXhtml(String html) throws Exception {
    String doctype = "<!DOCTYPE html>\n";
    assertTrue(html.startsWith(doctype), "starts with the HTML5 doctype");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return f.newDocumentBuilder()
        .parse(
            new ByteArrayInputStream(
                html.substring(doctype.length()).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void htmlIsWellFormedSelfContainedAndAccessible() throws Exception {
    String html = new HtmlReportWriter().write(ReportFixtures.minimal());
    Document doc = parseXhtml(html);
    Element root = doc.getDocumentElement();
    assertEquals("html", root.getTagName());
    assertEquals("en", root.getAttribute("lang"));
    // self-contained: nothing to fetch, nothing to run
    for (String tag : new String[] {"script", "link", "img", "iframe", "object"}) {
      assertEquals(0, doc.getElementsByTagName(tag).getLength(), tag);
    }
    assertFalse(
        html.contains("http://") || html.contains("https://") || html.contains("url("),
        "no external links");
    NodeList th = doc.getElementsByTagName("th");
    assertTrue(th.getLength() > 20);
    for (int i = 0; i < th.getLength(); i++) {
      String scope = ((Element) th.item(i)).getAttribute("scope");
      assertTrue(
          scope.equals("col") || scope.equals("row"),
          "th with scope: " + th.item(i).getTextContent());
    }
    // badges say the severity in words; colour is only a second signal
    NodeList spans = doc.getElementsByTagName("span");
    int badges = 0;
    for (int i = 0; i < spans.getLength(); i++) {
      Element e = (Element) spans.item(i);
      if (e.getAttribute("class").startsWith("badge ")) {
        badges++;
        assertTrue(
            e.getAttribute("class").endsWith(e.getTextContent().replaceAll("^\\d+ ", "")),
            e.getTextContent());
      }
    }
    assertTrue(badges >= 5, "badges: " + badges);
    // one card: the sentence marks both flags' spans, then each flag marks its own in an excerpt
    NodeList marks = doc.getElementsByTagName("mark");
    assertEquals(4, marks.getLength());
    assertEquals("Septembre", marks.item(0).getTextContent());
    assertEquals("|", marks.item(1).getTextContent());
    assertEquals("Septembre", marks.item(2).getTextContent());
    assertEquals("|", marks.item(3).getTextContent());
    assertEquals("fr", ((Element) marks.item(0).getParentNode()).getAttribute("lang"));
    assertEquals("fr", ((Element) marks.item(2).getParentNode()).getAttribute("lang"));
    // both flags sit on the aligned sentence: its card shows the pair's word diff once, after the
    // legend's own example
    NodeList del = doc.getElementsByTagName("del");
    assertEquals(2, del.getLength());
    assertEquals("Septembre", del.item(1).getTextContent());
    assertEquals("septembre", del.item(1).getNextSibling().getTextContent());
  }

  @Test
  void htmlEscapesInputTextEverywhere() throws Exception {
    String payload = "<script>alert(1)</script> \"quotes\" & ampersands";
    String escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;quotes&quot; &amp; ampersands";
    String html = new HtmlReportWriter().write(ReportFixtures.hostile(payload));
    assertFalse(html.contains("<script"), "no live script tag");
    assertFalse(html.contains("</script"), "no closing script tag");
    assertFalse(html.contains("\"quotes\""), "no raw double quotes from the input");
    assertFalse(html.contains("& ampersands"), "no raw ampersand from the input");
    // every place the payload was put, it comes out escaped: the flagged span, the sentence, the
    // human text, the
    // suggestion, the message, the reviewer, the note, the diff, the file name, the tables and
    // lists
    for (String context :
        new String[] {
          "<mark>" + escaped + "</mark>",
          "Le 13 septembre " + escaped + ".</p>",
          "<span class=\"sugg\" lang=\"fr\">" + escaped + "</span>",
          "<span class=\"label\">Why:</span> <span lang=\"fr\">" + escaped + "</span>",
          "by " + escaped + " on 2026-11-02: " + escaped + " ·",
          "<del>" + escaped + "</del><ins>" + escaped + "</ins>",
          "<code>&lt;i&gt;&quot;file&quot; &amp; &#39;name&#39;.txt</code>: " + escaped + "</dd>",
          "<dt>Topic</dt><dd>" + escaped + " (2020-09)</dd>",
          "<dt>Notes</dt><dd>" + escaped + "</dd>",
          "<td><code lang=\"fr\">" + escaped + "</code></td>",
          "<td><code>" + escaped + "</code></td>",
          "<li>grammar on <code>" + escaped + "</code>: " + escaped + "</li>",
          "<li>Configuration files: " + escaped + "</li>",
          "<li>unicode: " + escaped + "</li>",
        }) {
      assertTrue(html.contains(context), "escaped in context: " + context);
    }
    // the page still parses, and the payload reads back as the same text: escaped, not dropped or
    // mangled
    Document doc = parseXhtml(html);
    assertEquals(0, doc.getElementsByTagName("script").getLength());
    String text = doc.getDocumentElement().getTextContent();
    int raw = text.split(java.util.regex.Pattern.quote(payload), -1).length - 1;
    int inPage = html.split(java.util.regex.Pattern.quote(escaped), -1).length - 1;
    // one more in the text than escaped in one piece: the dismissed flag's highlight cuts the
    // payload (its span is
    // one character inside it), and each side of the cut is escaped on its own
    assertTrue(
        html.contains("&lt;script&gt;al<mark>e</mark>rt(1)&lt;/script&gt; &quot;quotes&quot;"),
        "cut, escaped");
    assertEquals(inPage + 1, raw, "every escaped occurrence reads back as the payload");
    assertTrue(inPage >= 25, "payload occurrences: " + inPage);
  }
}
