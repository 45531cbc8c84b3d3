package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import io.translationworkbench.TestTexts;
import io.translationworkbench.report.SarifSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code check} and {@code review} on the sample pair with the real pipeline (LanguageTool and
 * all).
 */
@Tag("languagetool")
class QualityGateEndToEndTest {
  @TempDir Path root;
  Path pair;

  @BeforeEach
  void samplePairUnderArticles() throws Exception {
    pair = TestTexts.copySample(root.resolve("articles/tiktok-bytedance-2020-09"));
  }

  private static Cli.Run run(String... args) {
    return Cli.run(null, "", args);
  }

  private Cli.Run check(String... more) {
    String[] args = new String[more.length + 3];
    args[0] = "check";
    args[1] = "--root";
    args[2] = root.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return run(Cli.withOutputs(root, args));
  }

  @Test
  void samplePairFailsTheDefaultGateThenPassesWithItsBaselineThenFailsOnANewErrorOnly()
      throws Exception {
    Cli.Run first = check();
    assertEquals(1, first.code(), first.out() + first.err());
    assertTrue(first.out().contains("error-flags"), first.out());
    assertTrue(
        first.out().contains("NEWSROOM_ORPHAN_SUBORDINATE"),
        "names the open error: " + first.out());
    assertTrue(first.out().contains("untranslated"), first.out());

    Path baseline = root.resolve("baseline.json");
    Cli.Run written = check("--write-baseline", baseline.toString());
    assertEquals(0, written.code(), written.out() + written.err());
    Cli.Run withBaseline = check("--baseline", baseline.toString());
    assertEquals(0, withBaseline.code(), withBaseline.out() + withBaseline.err());

    // a new paragraph with a new error: a capitalised month again, in a sentence of its own
    Files.writeString(
        pair.resolve("machine.fr.txt"),
        "\nLe président a prolongé le délai jusqu’au 3 Octobre, selon la Maison Blanche.",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Cli.Run again = check("--baseline", baseline.toString());
    assertEquals(1, again.code(), again.out() + again.err());
    assertTrue(again.out().contains("Octobre"), "names the new flag: " + again.out());
    assertFalse(
        again.out().contains("NEWSROOM_ORPHAN_SUBORDINATE"),
        "names only the new flag: " + again.out());
  }

  @Test
  void dismissingTheOpenErrorClearsTheOpenErrorsRuleAndTheOutputsAgree() throws Exception {
    Cli.Run before = check();
    java.util.regex.Matcher n =
        java.util.regex.Pattern.compile("error-flags: (\\d+) error flag").matcher(before.out());
    assertTrue(n.find(), before.out());
    int openErrors = Integer.parseInt(n.group(1));
    String fp = fingerprintOfOrphanClauseFlag(root.resolve("reports/check.sarif"));

    Cli.Run dismissed =
        run("review", pair.toString(), "--dismiss", fp, "--note", "accepted", "--reviewer", "test");
    assertEquals(0, dismissed.code(), dismissed.out() + dismissed.err());
    assertTrue(Files.exists(pair.resolve("review.json")));

    Cli.Run after = check();
    // one open error fewer, and the dismissed one no longer named
    assertTrue(
        openErrors == 1
            ? !after.out().contains("error-flags:")
            : after.out().contains("error-flags: " + (openErrors - 1) + " error flag"),
        after.out());
    assertFalse(after.out().contains(fp), after.out());
    // the dismissed flag is gone from SARIF; the JUnit XML still has one test case per pair and
    // rule
    Path sarif = root.resolve("reports/check.sarif");
    assertFalse(Files.readString(sarif).contains(fp), "dismissed flag not reported in SARIF");
    assertEquals(Set.of(), SarifSchema.get().validate(Files.readString(sarif), InputFormat.JSON));
    Document junit =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(root.resolve("reports/check-junit.xml").toFile());
    assertTrue(junit.getElementsByTagName("testcase").getLength() >= 4);

    // the report shows the same state
    Cli.Run report = run("report", pair.toString(), "--out", root.resolve("out").toString());
    assertEquals(0, report.code(), report.err());
    JsonNode json =
        new ObjectMapper()
            .readTree(root.resolve("out/tiktok-bytedance-2020-09/report.json").toFile());
    boolean found = false;
    for (JsonNode f : json.get("flags")) {
      if (f.get("flag").get("fingerprint").asText().equals(fp)) {
        assertEquals("dismissed", f.get("state").asText());
        found = true;
      }
    }
    assertTrue(found);
  }

  @Test
  void sarifOfTheSamplePairIsValidAndPointsIntoTheMachineFile() throws Exception {
    check();
    String sarif = Files.readString(root.resolve("reports/check.sarif"));
    assertEquals(Set.of(), SarifSchema.get().validate(sarif, InputFormat.JSON));
    JsonNode results = new ObjectMapper().readTree(sarif).get("runs").get(0).get("results");
    assertTrue(results.size() > 5);
    for (JsonNode r : results) {
      JsonNode loc = r.get("locations").get(0).get("physicalLocation");
      assertEquals(
          "articles/tiktok-bytedance-2020-09/machine.fr.txt",
          loc.get("artifactLocation").get("uri").asText());
      assertTrue(loc.get("region").get("startLine").asInt() >= 1);
    }
  }

  private static String fingerprintOfOrphanClauseFlag(Path sarif) throws Exception {
    for (JsonNode r :
        new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0).get("results")) {
      // "Où le président Donald Trump a donné …": an error of the sample's machine text
      if (r.get("ruleId").asText().startsWith("NEWSROOM_ORPHAN_SUBORDINATE")) {
        return r.get("partialFingerprints").elements().next().asText();
      }
    }
    throw new AssertionError("no NEWSROOM_ORPHAN_SUBORDINATE result in " + sarif);
  }
}
