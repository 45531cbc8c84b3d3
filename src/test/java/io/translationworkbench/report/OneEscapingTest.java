package io.translationworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.PairReport;
import io.translationworkbench.TestReports;
import io.translationworkbench.config.PairManifest;
import io.translationworkbench.gate.Gate;
import io.translationworkbench.gate.GatePolicy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One escaping per output language, used everywhere: Markdown code spans hold any backtick run,
 * HTML and JUnit XML stay well-formed whatever control characters an id holds.
 */
class OneEscapingTest {
  /** A file name that closes a two-backtick code span and then opens live HTML. */
  static final String BACKTICK_FILE = "x``<img src=x onerror=alert(1)>``y `z`.txt";

  /** A pair id with C0 controls, ESC, DEL, a C1 control and a line break. */
  static final String CONTROL_ID = "pair\u0001\u001B[31m\u007F\u0085\nid";

  @Test
  void aCodeSpanHoldsAnyBacktickRunLiterally() {
    for (String s :
        List.of(
            "plain",
            "a`b",
            "a``b",
            "```",
            "`start",
            "end`",
            " both ",
            BACKTICK_FILE,
            "x````<b>``y")) {
      String md = Md.code(s);
      List<String> spans = new ArrayList<>();
      String outside = codeSpans(md, spans);
      assertEquals("", outside, md);
      assertEquals(List.of(s), spans, md);
    }
  }

  @Test
  void aFileNameWithBackticksStaysInsideItsCodeSpanInReportMd() {
    PairReport r = withManifest(ReportFixtures.minimal(), "minimal", BACKTICK_FILE);
    String md = new MarkdownReportWriter().write(r);
    boolean seen = false;
    for (String line : md.split("\n")) {
      List<String> spans = new ArrayList<>();
      codeSpans(line, spans);
      seen |= spans.contains(BACKTICK_FILE);
      assertNoLiveHtml(line);
    }
    assertTrue(seen, "the file name is shown whole in a code span");
  }

  @Test
  void theGateSummaryUsesTheSameCodeSpans() {
    PairReport r =
        TestReports.report(
            "p",
            "articles/p/" + BACKTICK_FILE,
            GateFixtures.tiktokFlags(),
            List.of(),
            0,
            0,
            0,
            0,
            null);
    String md =
        new String(
            new GateSummaryMarkdownWriter()
                .render(Gate.evaluate(List.of(r), GatePolicy.defaults(), null)),
            StandardCharsets.UTF_8);
    for (String line : md.split("\n")) {
      assertNoLiveHtml(line);
    }
    assertTrue(md.contains("x\\`\\`\\<img src=x onerror=alert(1)\\>\\`\\`y"), md);
  }

  @Test
  void controlCharactersInAPairIdLeaveTheJUnitXmlParsable() throws Exception {
    PairReport r =
        TestReports.report(
            CONTROL_ID,
            "articles/x/machine.fr.txt",
            GateFixtures.tiktokFlags(),
            List.of(),
            0,
            0,
            0,
            0,
            null);
    byte[] xml =
        new JUnitXmlWriter().render(Gate.evaluate(List.of(r), GatePolicy.defaults(), null));
    Document doc = parse(xml);
    NodeList cases = doc.getElementsByTagName("testcase");
    assertTrue(cases.getLength() > 0);
    String classname = ((Element) cases.item(0)).getAttribute("classname");
    assertTrue(classname.startsWith("pair\uFFFD\uFFFD[31m"), classname);
    NodeList props = doc.getElementsByTagName("property");
    boolean pairProperty = false;
    for (int i = 0; i < props.getLength(); i++) {
      pairProperty |= ((Element) props.item(i)).getAttribute("name").startsWith("pair.pair\uFFFD");
    }
    assertTrue(pairProperty, "property names built from the pair id are escaped too");
  }

  @Test
  void controlCharactersInAPairIdLeaveTheHtmlWellFormed() throws Exception {
    // a control character in a file name is refused when the manifest is read (PairManifest); one
    // in
    // the id reaches the writers, which must keep the page well formed
    PairReport r = withManifest(ReportFixtures.minimal(), CONTROL_ID, "machine.fr.txt");
    String html = new HtmlReportWriter().write(r);
    String doctype = "<!DOCTYPE html>\n";
    Document doc = parse(html.substring(doctype.length()).getBytes(StandardCharsets.UTF_8));
    assertTrue(doc.getDocumentElement().getTextContent().contains("pair\uFFFD\uFFFD[31m"));
  }

  /** Outside code spans, a '<' is always backslash-escaped: no live HTML. */
  private static void assertNoLiveHtml(String line) {
    String outside = codeSpans(line, new ArrayList<>());
    for (int i = outside.indexOf('<'); i >= 0; i = outside.indexOf('<', i + 1)) {
      assertTrue(i > 0 && outside.charAt(i - 1) == '\\', line);
    }
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static PairReport withManifest(PairReport r, String id, String machineFile) {
    PairManifest p = r.pair();
    PairManifest.TextInfo m = p.machine();
    PairManifest manifest =
        new PairManifest(
            id,
            p.language(),
            p.topic(),
            p.date(),
            new PairManifest.TextInfo(
                machineFile, m.origin(), m.publisher(), m.translatedFrom(), m.description()),
            p.human(),
            p.notes(),
            null);
    return new PairReport(
        r.formatVersion(),
        manifest,
        r.inputs(),
        r.offsets(),
        r.anomalies(),
        r.sentences(),
        r.matches(),
        r.suppressed(),
        r.houseStyle(),
        r.densities(),
        r.documentMetrics(),
        r.alignment(),
        r.flags(),
        r.staleDecisions(),
        r.processingErrors(),
        r.signature(),
        r.processingNotes(),
        null);
  }

  /**
   * CommonMark's code spans of one line: a backtick run opens a span closed by the next run of the
   * same length; the content has line ends as spaces and one space stripped from each side when it
   * both starts and ends with one (and is not all spaces). Collects the contents (with a table
   * cell's {@code \|} read as {@code |}) and returns the text outside them.
   */
  static String codeSpans(String line, List<String> spans) {
    StringBuilder outside = new StringBuilder();
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        outside.append(c).append(line.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c != '`') {
        outside.append(c);
        i++;
        continue;
      }
      int n = run(line, i);
      int close = -1;
      for (int j = i + n; j < line.length(); ) {
        if (line.charAt(j) == '`') {
          int m = run(line, j);
          if (m == n) {
            close = j;
            break;
          }
          j += m;
        } else {
          j++;
        }
      }
      if (close < 0) {
        outside.append(line, i, i + n); // a lone backtick run is literal text
        i += n;
        continue;
      }
      String content = line.substring(i + n, close);
      if (content.length() >= 2
          && content.startsWith(" ")
          && content.endsWith(" ")
          && !content.isBlank()) {
        content = content.substring(1, content.length() - 1);
      }
      spans.add(content.replace("\\|", "|"));
      i = close + n;
    }
    return outside.toString();
  }

  private static int run(String s, int at) {
    int j = at;
    while (j < s.length() && s.charAt(j) == '`') {
      j++;
    }
    return j - at;
  }
}
