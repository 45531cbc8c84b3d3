package io.translationworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.gate.Gate;
import io.translationworkbench.gate.GatePolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlWriterTest {
  private static final JUnitXmlWriter WRITER = new JUnitXmlWriter();

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  @Test
  void outputMatchesTheGoldenFile() throws IOException {
    Golden.assertMatches("check-junit.xml", WRITER.render(GateFixtures.result()));
  }

  @Test
  void parsesBackWithOneTestCasePerPairAndRuleAndTheFailures() throws Exception {
    Document doc = parse(WRITER.render(GateFixtures.result()));
    Element suite = doc.getDocumentElement();
    assertEquals("testsuite", suite.getTagName());
    NodeList cases = suite.getElementsByTagName("testcase");
    assertEquals(18, cases.getLength(), "3 pairs × 6 rules");
    assertEquals("18", suite.getAttribute("tests"));
    List<String> failed = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element tc = (Element) cases.item(i);
      NodeList failures = tc.getElementsByTagName("failure");
      if (failures.getLength() > 0) {
        failed.add(tc.getAttribute("classname") + "/" + tc.getAttribute("name"));
        String message = ((Element) failures.item(0)).getAttribute("message");
        assertTrue(
            message.startsWith(
                "1 new error flag not dismissed (1 open, 0 confirmed), at most 0 allowed: grammar ACCORD_SUJET_VERBE"),
            message);
      }
    }
    assertEquals(List.of(GateFixtures.TIKTOK + "/error-flags"), failed);
    assertEquals("1", suite.getAttribute("failures"));
    // a stage that could not finish is a JUnit error, on its own test case
    NodeList errors = suite.getElementsByTagName("error");
    assertEquals(1, errors.getLength());
    assertEquals("1", suite.getAttribute("errors"));
    Element broken = (Element) errors.item(0).getParentNode();
    assertEquals(
        GateFixtures.BROKEN + "/processing-errors",
        broken.getAttribute("classname") + "/" + broken.getAttribute("name"));
    assertTrue(
        ((Element) errors.item(0))
            .getAttribute("message")
            .contains(
                "grammar on articles/broken-grammar/machine.fr.txt: java.lang.IllegalStateException: rule exploded"));
    assertEquals(
        Integer.toString(suite.getElementsByTagName("skipped").getLength()),
        suite.getAttribute("skipped"));
  }

  @Test
  void awkwardCharactersInAFailureMessageSurviveTheRoundTrip() throws Exception {
    GatePolicy noWarnings = new GatePolicy(0, 0, 2.0, 0.5, 20.0, false);
    Document doc =
        parse(
            WRITER.render(
                Gate.evaluate(GateFixtures.inputs(), noWarnings, GateFixtures.baseline())));
    NodeList failures = doc.getElementsByTagName("failure");
    String escaping = null;
    for (int i = 0; i < failures.getLength(); i++) {
      Element failure = (Element) failures.item(i);
      if (((Element) failure.getParentNode())
          .getAttribute("classname")
          .equals(GateFixtures.ESCAPING)) {
        escaping = failure.getAttribute("message");
      }
    }
    assertTrue(escaping != null && escaping.contains("\"<b>\"x\" & 'y' | *z*</b>\""), escaping);
    assertEquals("a\uFFFDb", JUnitXmlWriter.xmlSafe("a\u0001b"));
  }
}
