package io.translationworkbench.report;

import io.translationworkbench.PairReport;
import io.translationworkbench.gate.GatePolicy;
import io.translationworkbench.gate.GateResult;
import io.translationworkbench.gate.GateRule;
import io.translationworkbench.gate.PairResult;
import io.translationworkbench.gate.RuleResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * JUnit XML for CI test-report views: one {@code <testsuite>} per run, one {@code <testcase>} per
 * pair and gate rule ({@code classname} = pair, {@code name} = rule), a {@code <failure>} for each
 * failed rule and {@code <skipped>} for rules not measured. Built with the JDK's DOM so that
 * escaping is the XML library's job.
 */
public final class JUnitXmlWriter implements GateReportWriter {
  static final String SUITE_NAME = "translation-workbench quality gate";

  @Override
  public byte[] render(GateResult result) {
    Document doc = newDocument();
    Element suite = doc.createElement("testsuite");
    doc.appendChild(suite);
    int tests = 0;
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    for (PairResult pair : result.pairs()) {
      tests += pair.rules().size();
      for (RuleResult r : pair.failures()) {
        if (isError(r)) {
          errors++;
        } else {
          failures++;
        }
      }
      skipped +=
          (int) pair.rules().stream().filter(r -> r.status() == RuleResult.Status.SKIPPED).count();
    }
    attr(suite, "name", SUITE_NAME);
    attr(suite, "tests", Integer.toString(tests));
    attr(suite, "failures", Integer.toString(failures));
    attr(suite, "errors", Integer.toString(errors));
    attr(suite, "skipped", Integer.toString(skipped));
    // no timestamp or durations: the same result gives the same bytes
    attr(suite, "time", "0");
    suite.appendChild(properties(doc, result));
    for (PairResult pair : result.pairs()) {
      for (RuleResult rule : pair.rules()) {
        suite.appendChild(testCase(doc, pair, rule));
      }
    }
    return serialize(doc);
  }

  private static Element properties(Document doc, GateResult result) {
    GatePolicy p = result.policy();
    Element props = doc.createElement("properties");
    property(doc, props, "policy.maxOpenErrors", Integer.toString(p.maxOpenErrors()));
    property(
        doc,
        props,
        "policy.maxOpenWarnings",
        p.maxOpenWarnings() == null ? "none" : p.maxOpenWarnings() + "");
    if (p.maxOpenInfos() != null) {
      property(doc, props, "policy.maxOpenInfos", p.maxOpenInfos() + "");
    }
    property(
        doc,
        props,
        "policy.maxGrammarDensityRatio",
        RuleResultText.number(p.maxGrammarDensityRatio()));
    property(
        doc, props, "policy.grammarDensityFloor", RuleResultText.number(p.grammarDensityFloor()));
    property(doc, props, "policy.minDocumentChrF", RuleResultText.number(p.minDocumentChrF()));
    property(doc, props, "policy.allowUntranslated", Boolean.toString(p.allowUntranslated()));
    property(doc, props, "baseline", Boolean.toString(result.baselineUsed()));
    // the counts of each pair, by the names the reports use
    for (PairResult pair : result.pairs()) {
      pair.report()
          .summary()
          .named()
          .forEach(
              (k, v) ->
                  property(
                      doc, props, "pair." + pair.pairId() + "." + k, PairReport.Summary.text(v)));
    }
    return props;
  }

  private static void property(Document doc, Element props, String name, String value) {
    Element e = doc.createElement("property");
    attr(e, "name", name);
    attr(e, "value", value);
    props.appendChild(e);
  }

  private static Element testCase(Document doc, PairResult pair, RuleResult rule) {
    Element tc = doc.createElement("testcase");
    attr(tc, "classname", pair.pairId());
    attr(tc, "name", rule.rule().id());
    attr(tc, "time", "0");
    switch (rule.status()) {
      case FAILED -> {
        // a stage that could not finish is an error of the run (JUnit's error), not a failed check
        Element failure = doc.createElement(isError(rule) ? "error" : "failure");
        attr(failure, "message", rule.message());
        attr(failure, "type", rule.rule().id());
        failure.setTextContent(
            xmlSafe(
                pair.pairId()
                    + " "
                    + rule.rule().id()
                    + ": "
                    + rule.rule().description()
                    + "\nmeasured "
                    + rule.measuredText()
                    + ", threshold "
                    + RuleResultText.threshold(rule)
                    + "\n"
                    + rule.message()));
        tc.appendChild(failure);
      }
      case SKIPPED -> {
        Element s = doc.createElement("skipped");
        attr(s, "message", rule.message());
        tc.appendChild(s);
      }
      case PASSED -> {
        Element out = doc.createElement("system-out");
        out.setTextContent(xmlSafe(rule.message()));
        tc.appendChild(out);
      }
    }
    return tc;
  }

  private static boolean isError(RuleResult r) {
    return r.failed() && r.rule() == GateRule.PROCESSING_ERRORS;
  }

  /**
   * Sets an attribute: its name and value through {@link #xmlSafe}, as every attribute of the file
   * is (a pair id, a rule message, a property name made of a pair id).
   */
  private static void attr(Element e, String name, String value) {
    e.setAttribute(xmlSafe(name), xmlSafe(value));
  }

  /**
   * The one XML escaping of the file's text, for attribute values and names and element text: XML
   * 1.0 cannot carry most control characters even escaped (a pair id or a flag's text could hold
   * one), so they become U+FFFD; markup characters are the DOM serializer's to escape.
   */
  static String xmlSafe(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              boolean ok =
                  c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || (c >= 0x10000 && c <= 0x10FFFF);
              sb.appendCodePoint(ok ? c : 0xFFFD);
            });
    return sb.toString();
  }

  private static Document newDocument() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      Document doc = f.newDocumentBuilder().newDocument();
      doc.setXmlStandalone(true);
      return doc;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] serialize(Document doc) {
    try {
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      // the JDK writes its own declaration without a line break after it; ours is on its own line
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.transform(new DOMSource(doc), new StreamResult(out));
      // the JDK serializer ends lines with the platform separator; reports are LF everywhere
      String xml =
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              + out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
      return (xml.endsWith("\n") ? xml : xml + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }
}
