package io.translationworkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.align.AlignerParams;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule files through the whole pipeline: their hashes in the signature, their matches in the
 * report, and a bad rule id blamed on the configuration file that names it.
 */
@Tag("languagetool")
class RuleFilesReportTest {
  private static final String RULES =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rules lang="fr">
        <category id="PAIR_RULES" name="Règles de la paire" type="style">
          <rule id="PAIR_LAPTOP" name="laptop">
            <pattern><token>laptop</token></pattern>
            <message>Préférez <suggestion>ordinateur portable</suggestion>.</message>
            <example correction="ordinateur portable">Il a un <marker>laptop</marker> neuf.</example>
            <example>Il a un ordinateur portable neuf.</example>
          </rule>
        </category>
      </rules>
      """;

  private static Path pair(Path dir) throws Exception {
    Path pair = Files.createDirectories(dir.resolve("articles/p"));
    Files.writeString(
        pair.resolve("machine.fr.txt"),
        "La ministre a présenté un laptop aux élèves de l’école.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        pair.resolve("human.fr.txt"),
        "La ministre a présenté un ordinateur portable aux élèves de l’école.\n",
        StandardCharsets.UTF_8);
    Files.createDirectories(pair.resolve("rules"));
    Files.writeString(pair.resolve("rules/pair.xml"), RULES, StandardCharsets.UTF_8);
    return pair;
  }

  @Test
  void aPairRuleFileReportsAndItsHashIsInTheSignature(@TempDir Path dir) throws Exception {
    Path pair = pair(dir);
    Files.writeString(
        pair.resolve("workbench.json"), "{\"grammar\": {\"ruleFiles\": [\"rules\"]}}");
    String sha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(RULES.getBytes(StandardCharsets.UTF_8)));
    try (Workbench wb = new Workbench(null, AlignerParams.defaults(), (Path) null)) {
      PairReport r = wb.analyze(pair);
      @SuppressWarnings("unchecked")
      List<Map<String, String>> files =
          (List<Map<String, String>>) r.signature().rules().get("ruleFiles");
      assertEquals(1, files.size());
      assertEquals(sha, files.get(0).get("sha256"));
      assertTrue(files.get(0).get("file").endsWith("articles/p/rules/pair.xml"), files.toString());
      assertTrue(
          r.matches().stream()
              .anyMatch(m -> m.ruleId().equals("PAIR_LAPTOP") && m.category().equals("PAIR_RULES")),
          r.matches().toString());
    }
  }

  @Test
  void anUnknownRuleIdIsAnInputErrorNamingTheConfigurationFile(@TempDir Path dir) throws Exception {
    Path pair = pair(dir);
    Path config =
        Files.writeString(
            pair.resolve("workbench.json"),
            "{\"grammar\": {\"disabledRules\": [\"PAIR_LAPTOPP\"], \"ruleFiles\": [\"rules\"]}}");
    try (Workbench wb = new Workbench(null, AlignerParams.defaults(), (Path) null)) {
      InputException e = assertThrows(InputException.class, () -> wb.analyze(pair));
      InputErrors.assertNamesFileAndProblem(
          e, config, "grammar.disabledRules", "unknown rule id \"PAIR_LAPTOPP\"");
    }
  }
}
