package io.translationworkbench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.ValidationMessage;
import io.translationworkbench.gate.Gate;
import io.translationworkbench.gate.GatePolicy;
import io.translationworkbench.gate.GateResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifWriterTest {

  private static final SarifWriter WRITER = new SarifWriter("0.0.0-test");

  @Test
  void outputMatchesTheGoldenFile() throws IOException {
    Golden.assertMatches("check.sarif", WRITER.render(GateFixtures.result()));
  }

  @Test
  void outputIsValidSarif210() {
    Set<ValidationMessage> errors =
        SarifSchema.get()
            .validate(
                new String(WRITER.render(GateFixtures.result()), StandardCharsets.UTF_8),
                InputFormat.JSON);
    assertEquals(Set.of(), errors);
  }

  @Test
  void everyRuleCarriesDescriptionsAndHelpInTextAndMarkdown() throws IOException {
    JsonNode rules =
        new ObjectMapper()
            .readTree(WRITER.render(GateFixtures.result()))
            .at("/runs/0/tool/driver/rules");
    assertTrue(rules.size() > 0, rules.toString());
    for (JsonNode rule : rules) {
      String shortText = rule.at("/shortDescription/text").asText();
      String fullText = rule.at("/fullDescription/text").asText();
      assertFalse(shortText.isBlank(), rule.toString());
      assertTrue(fullText.startsWith(shortText + ". ") && fullText.endsWith("."), fullText);
      assertTrue(rule.at("/help/text").asText().contains("dismiss"), rule.toString());
      String markdown = rule.at("/help/markdown").asText();
      assertTrue(markdown.startsWith("**") && markdown.contains("`workbench review"), markdown);
    }
  }

  @Test
  void emptyRunIsValidSarifToo() {
    GateResult empty = Gate.evaluate(List.of(), GatePolicy.defaults());
    assertEquals(
        Set.of(),
        SarifSchema.get()
            .validate(new String(WRITER.render(empty), StandardCharsets.UTF_8), InputFormat.JSON));
  }

  @Test
  void schemaCheckCatchesABrokenLog() {
    // guards against a validator that accepts anything (e.g. a schema that failed to load)
    Set<ValidationMessage> errors =
        SarifSchema.get()
            .validate("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}", InputFormat.JSON);
    assertTrue(!errors.isEmpty());
  }

  @Test
  void oneResultPerOpenOrConfirmedFlagWithOurFingerprintAndRegion() throws IOException {
    JsonNode run =
        new ObjectMapper().readTree(WRITER.render(GateFixtures.result())).get("runs").get(0);
    List<String> fingerprints = new ArrayList<>();
    run.get("results")
        .forEach(
            r ->
                fingerprints.add(
                    r.get("partialFingerprints").get("translationWorkbench/v1").asText()));
    String dismissed = GateFixtures.tiktokFlags().get(0).fingerprint();
    assertEquals(4, fingerprints.size(), fingerprints::toString);
    assertTrue(!fingerprints.contains(dismissed), "dismissed flag left out");
    assertEquals(1, run.get("properties").get("dismissedFlags").asInt());
    JsonNode grammar = run.get("results").get(0);
    assertEquals("ACCORD_SUJET_VERBE", grammar.get("ruleId").asText());
    assertEquals("error", grammar.get("level").asText());
    assertEquals("new", grammar.get("baselineState").asText());
    JsonNode region = grammar.get("locations").get(0).get("physicalLocation").get("region");
    assertEquals(2, region.get("startLine").asInt());
    assertEquals(
        GateFixtures.tiktokFlags().get(1).span().column(), region.get("startColumn").asInt());
    assertEquals(
        region.get("startColumn").asInt() + "semblent".length(), region.get("endColumn").asInt());
  }

  @Test
  void aProcessingErrorIsAToolExecutionNotificationAndTheRunDidNotSucceed() throws IOException {
    JsonNode invocation =
        new ObjectMapper()
            .readTree(WRITER.render(GateFixtures.result()))
            .at("/runs/0/invocations/0");
    assertEquals(false, invocation.get("executionSuccessful").asBoolean());
    JsonNode first = invocation.get("toolExecutionNotifications").get(0);
    assertEquals("error", first.get("level").asText());
    assertEquals("processing-error/grammar", first.at("/descriptor/id").asText());
    assertEquals(
        "broken-grammar: stage grammar could not finish on"
            + " articles/broken-grammar/machine.fr.txt: java.lang.IllegalStateException: rule"
            + " exploded",
        first.at("/message/text").asText());
  }

  @Test
  void sameResultGivesSameBytes() {
    assertArrayEquals(WRITER.render(GateFixtures.result()), WRITER.render(GateFixtures.result()));
  }
}
