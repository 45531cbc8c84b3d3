package io.translationworkbench.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.InputErrors;
import io.translationworkbench.InputException;
import io.translationworkbench.Side;
import io.translationworkbench.TestTexts;
import io.translationworkbench.config.GrammarConfig;
import io.translationworkbench.ingest.IngestedText;
import io.translationworkbench.ingest.LanguageIdentifier;
import io.translationworkbench.ingest.StructureAnalyzer;
import io.translationworkbench.segment.Segmenter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.languagetool.Languages;

/** Newsroom rule files: loaded through LanguageTool's own loader and self-tested on examples. */
@Tag("languagetool")
class RuleFilesTest {
  private static final GrammarChecker CHECKER = new GrammarChecker();
  private static final GrammarChecker.Lexicon NONE = new GrammarChecker.Lexicon(Set.of(), Set.of());

  @TempDir Path dir;

  /** A rule file with one rule: "ordinateur portable" written as the English "laptop". */
  private static String file(String correctExample, String incorrectExample) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rules lang="fr">
          <category id="TEST_NEWSROOM" name="Essai" type="style">
            <rule id="TEST_LAPTOP" name="laptop">
              <pattern><token>laptop</token></pattern>
              <message>Préférez <suggestion>ordinateur portable</suggestion>.</message>
              %s
              %s
            </rule>
          </category>
        </rules>
        """
        .formatted(incorrectExample, correctExample);
  }

  private static final String GOOD_BAD =
      "<example correction=\"ordinateur portable\">Il a oublié son <marker>laptop</marker>"
          + " dans le train.</example>";
  private static final String GOOD_OK =
      "<example>Il a oublié son ordinateur portable dans le train.</example>";

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private InputException loadFails(Path file) {
    return assertThrows(
        InputException.class,
        () -> RuleFiles.read(List.of(file)).rules(Languages.getLanguageForShortCode("fr")));
  }

  @Test
  void aGoodFileLoadsAndItsRuleReportsWithItsOwnIdCategoryAndType() throws Exception {
    Path f = write("good.xml", file(GOOD_OK, GOOD_BAD));
    RuleFiles rules = RuleFiles.read(List.of(f));
    String text = "Elle a acheté un laptop pour ses études.";
    IngestedText doc =
        new StructureAnalyzer(new LanguageIdentifier(), FrenchWords::isKnownFrench)
            .analyze(TestTexts.source(Side.MACHINE, "m.txt", text));
    CheckResult r =
        CHECKER.check(doc, new Segmenter().segment(doc), GrammarConfig.DEFAULT, rules, NONE);
    GrammarMatch m =
        r.matches().stream().filter(x -> x.ruleId().equals("TEST_LAPTOP")).findFirst().get();
    assertEquals("TEST_NEWSROOM", m.category());
    assertEquals("style", m.issueType());
    assertEquals(MatchKind.STYLE, m.kind());
    assertEquals("laptop", m.matchedText());
    assertEquals(List.of("ordinateur portable"), m.suggestions());
  }

  @Test
  void theHashIsTheSha256OfTheFileBytes() throws Exception {
    String content = file(GOOD_OK, GOOD_BAD);
    Path f = write("good.xml", content);
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
    assertEquals(expected, RuleFiles.read(List.of(f)).files().get(0).sha256());
  }

  @Test
  void malformedXmlIsAnInputErrorNamingTheFile() throws Exception {
    Path f = write("broken.xml", file(GOOD_OK, GOOD_BAD).replace("</category>", ""));
    InputErrors.assertNamesFileAndProblem(loadFails(f), f, "not a valid rule file");
  }

  @Test
  void aMissingFileIsAnInputError() {
    Path f = dir.resolve("absent.xml");
    InputException e = assertThrows(InputException.class, () -> RuleFiles.read(List.of(f)));
    InputErrors.assertNamesFileAndProblem(e, f, "not found");
  }

  @Test
  void aPositiveExampleThatDoesNotMatchFailsTheSelfTest() throws Exception {
    String bad = "<example><marker>Laptop</marker> est un mot anglais.</example>";
    Path f =
        write(
            "nomatch.xml",
            file(
                GOOD_OK,
                GOOD_BAD
                    .replace("</example>", "</example>\n" + bad)
                    .replace(
                        "<example><marker>Laptop",
                        "<example correction=\"x\"><marker>Ordinateur")));
    InputErrors.assertNamesFileAndProblem(
        loadFails(f), f, "TEST_LAPTOP", "should match", "Ordinateur est un mot anglais.");
  }

  @Test
  void aWrongCorrectionFailsTheSelfTest() throws Exception {
    Path f =
        write(
            "wrongfix.xml",
            file(
                GOOD_OK,
                GOOD_BAD.replace("correction=\"ordinateur portable\"", "correction=\"PC\"")));
    InputErrors.assertNamesFileAndProblem(loadFails(f), f, "TEST_LAPTOP", "suggest \"PC\"");
  }

  @Test
  void aNegativeExampleThatMatchesFailsTheSelfTest() throws Exception {
    Path f =
        write(
            "falsealarm.xml", file("<example>Son laptop est resté au bureau.</example>", GOOD_BAD));
    InputErrors.assertNamesFileAndProblem(
        loadFails(f), f, "TEST_LAPTOP", "correct example is matched", "Son laptop est resté");
  }

  @Test
  void aRuleIdTakenByLanguageToolIsRejected() throws Exception {
    Path f = write("clash.xml", file(GOOD_OK, GOOD_BAD).replace("TEST_LAPTOP", "MOIS"));
    InputErrors.assertNamesFileAndProblem(loadFails(f), f, "MOIS", "LanguageTool rule");
  }

  @Test
  void anUnknownRuleIdInTheConfigurationIsReported() {
    IngestedText doc =
        new StructureAnalyzer(new LanguageIdentifier(), FrenchWords::isKnownFrench)
            .analyze(TestTexts.source(Side.MACHINE, "m.txt", "Le chat dort."));
    GrammarConfig cfg =
        new GrammarConfig(
            List.of("NO_SUCH_RULE_XYZ"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    var e =
        assertThrows(
            GrammarChecker.UnknownIdException.class,
            () -> CHECKER.check(doc, new Segmenter().segment(doc), cfg, RuleFiles.NONE, NONE));
    assertEquals("enabledRules", e.key());
    assertTrue(e.getMessage().contains("NO_SUCH_RULE_XYZ"), e.getMessage());
  }
}
