package io.translationworkbench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.translationworkbench.JsonFiles;
import io.translationworkbench.ProcessingError;
import io.translationworkbench.Span;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.gate.GateResult;
import io.translationworkbench.gate.PairResult;
import io.translationworkbench.review.FlagState;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.review.StaleDecision;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * SARIF 2.1.0 for code-scanning tools (GitHub code scanning, IDE viewers): one result per open or
 * confirmed flag, located by line and column in the machine file. Dismissed flags are left out
 * rather than marked with {@code suppressions}: GitHub code scanning does not dismiss alerts from
 * SARIF suppressions (it would raise them as open alerts again on every upload), and a decision
 * already taken must not come back to the reviewer. Their number is kept in the run's properties.
 */
public final class SarifWriter implements GateReportWriter {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /**
   * The key of our fingerprint in {@code partialFingerprints}, versioned in case the fingerprint
   * recipe changes.
   */
  static final String FINGERPRINT_KEY = "translationWorkbench/v1";

  private final String toolVersion;

  /**
   * A writer stamping {@code toolVersion} (e.g. {@code Versions.tool()}) as the driver's version.
   */
  public SarifWriter(String toolVersion) {
    this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
  }

  @Override
  public byte[] render(GateResult result) {
    ObjectNode root = JsonFiles.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "translation-workbench");
    driver.put("version", toolVersion);

    // rules first: results refer to them by index
    Map<String, Flag> firstFlagByRule = new TreeMap<>();
    List<Reported> reported = new ArrayList<>();
    int dismissed = 0;
    int stale = 0;
    for (PairResult pair : result.pairs()) {
      stale += pair.stale().size();
      for (ReviewedFlag f : pair.flags()) {
        if (f.state() == FlagState.DISMISSED) {
          dismissed++;
          continue;
        }
        reported.add(new Reported(pair, f));
        firstFlagByRule.putIfAbsent(f.flag().ruleId(), f.flag());
      }
    }
    List<String> ruleIds = new ArrayList<>(firstFlagByRule.keySet());
    ArrayNode rules = driver.putArray("rules");
    for (String id : ruleIds) {
      Flag sample = firstFlagByRule.get(id);
      ObjectNode rule = rules.addObject();
      rule.put("id", id);
      rule.putObject("shortDescription").put("text", KindText.describeRule(sample));
      rule.putObject("fullDescription")
          .put("text", KindText.describeRule(sample) + ". " + KindText.explain(sample.kind()));
      rule.putObject("help")
          .put("text", KindText.help(sample.kind()))
          .put("markdown", KindText.helpMarkdown(sample.kind()));
      rule.putObject("properties").putArray("tags").add("translation").add(sample.kind().id());
    }

    run.put("columnKind", "utf16CodeUnits");
    boolean finished =
        result.pairs().stream().allMatch(p -> p.report().processingErrors().isEmpty());
    ArrayNode notifications =
        run.putArray("invocations")
            .addObject()
            .put("executionSuccessful", finished)
            .putArray("toolExecutionNotifications");
    for (PairResult pair : result.pairs()) {
      // a stage that could not finish: the tool's own failure, not a result about the text
      for (ProcessingError e : pair.report().processingErrors()) {
        ObjectNode n = notifications.addObject();
        n.put("level", "error");
        n.putObject("message")
            .put(
                "text",
                pair.pairId()
                    + ": stage "
                    + e.stage()
                    + " could not finish"
                    + (e.file() == null ? "" : " on " + e.file())
                    + ": "
                    + e.message());
        n.putObject("descriptor").put("id", "processing-error/" + e.stage());
      }
      for (StaleDecision s : pair.stale()) {
        ObjectNode n = notifications.addObject();
        n.put("level", "warning");
        n.putObject("message").put("text", pair.pairId() + ": " + s.message());
      }
    }

    ArrayNode results = run.putArray("results");
    for (Reported r : reported) {
      results.add(result(r, ruleIds.indexOf(r.flag.flag().ruleId()), result.baselineUsed()));
    }
    ObjectNode props = run.putObject("properties");
    props.put("gatePassed", result.passed());
    props.put("dismissedFlags", dismissed);
    props.put("staleDecisions", stale);
    // the counts of each pair, by the names the reports use
    ObjectNode counts = props.putObject("pairs");
    for (PairResult pair : result.pairs()) {
      ObjectNode c = counts.putObject(pair.pairId());
      pair.report().summary().named().forEach((k, v) -> c.putPOJO(k, v));
    }
    return JsonFiles.pretty(root);
  }

  private record Reported(PairResult pair, ReviewedFlag flag) {}

  private static ObjectNode result(Reported r, int ruleIndex, boolean baselineUsed) {
    Flag f = r.flag.flag();
    ObjectNode res = JsonFiles.object();
    res.put("ruleId", f.ruleId());
    res.put("ruleIndex", ruleIndex);
    res.put("level", KindText.sarifLevel(f.severity()));
    String text = f.message();
    if (!f.suggestions().isEmpty()) {
      text += " Suggestions: «" + String.join("», «", f.suggestions()) + "»";
    }
    res.putObject("message").put("text", text);
    ObjectNode location = res.putArray("locations").addObject().putObject("physicalLocation");
    location.putObject("artifactLocation").put("uri", uri(r.pair.machineFile()));
    Span s = f.span();
    ObjectNode region = location.putObject("region");
    // SARIF's endColumn is the column after the region, like our Span's, and columns count UTF-16
    // units (columnKind)
    region.put("startLine", s.line());
    region.put("startColumn", s.column());
    region.put("endLine", s.endLine());
    region.put("endColumn", s.endColumn());
    region.putObject("snippet").put("text", f.matchedText());
    res.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
    if (baselineUsed) {
      res.put("baselineState", r.pair.isBaselined(f.fingerprint()) ? "unchanged" : "new");
    }
    ObjectNode props = res.putObject("properties");
    props.put("pair", r.pair.pairId());
    props.put("kind", f.kind().id());
    props.put("severity", f.severity().label());
    props.put("state", r.flag.state().label());
    if (f.sentenceId() != null) {
      props.put("sentenceId", f.sentenceId());
    }
    if (!r.flag.note().isEmpty()) {
      props.put("note", r.flag.note());
    }
    return res;
  }

  // a relative URI reference: spaces and non-ASCII percent-encoded, '/' kept
  static String uri(String relativePath) {
    try {
      return new URI(null, null, relativePath, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + relativePath, e);
    }
  }
}
