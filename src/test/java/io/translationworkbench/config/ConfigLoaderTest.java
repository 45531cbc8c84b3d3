package io.translationworkbench.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.InputErrors;
import io.translationworkbench.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigLoaderTest {
  @TempDir Path dir;

  private final ConfigLoader loader = new ConfigLoader();

  private Path write(String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content);
  }

  private void rejects(List<Path> layers, Path blamed, String... fragments) {
    InputException e = assertThrows(InputException.class, () -> loader.load(layers));
    InputErrors.assertNamesFileAndProblem(e, blamed, fragments);
  }

  /** A single workbench.json holding {@code json} is rejected with an error naming it. */
  private void rejectsLayer(String json, String... fragments) throws IOException {
    Path layer = write("workbench.json", json);
    rejects(List.of(layer), layer, fragments);
  }

  @Test
  void noFilesGiveDefaults() {
    WorkbenchConfig c =
        loader.load(List.of(dir.resolve("workbench.json"), dir.resolve("pair/workbench.json")));
    assertEquals(5L * 1024 * 1024, c.maxFileBytes());
    TypographyProfile t = c.grammar().typography();
    assertEquals(
        List.of("any", "any", "any", "report"),
        List.of(t.highPunctuationSpace(), t.guillemetSpace(), t.apostrophe(), t.dash()));
    assertFalse(c.grammar().picky());
    assertTrue(c.grammar().namesFromOtherText());
    assertEquals(List.of(), c.grammar().ignoreWords());
    assertEquals(List.of(), c.glossaryWords());
    assertEquals(List.of(), c.sources());
  }

  @Test
  void emptyLayerListGivesDefaults() {
    assertEquals(5L * 1024 * 1024, loader.load(List.of()).maxFileBytes());
  }

  @Test
  void pairLayerOverridesProjectLayerKeyByKey() throws IOException {
    Path project =
        write(
            "workbench.json",
            "{\"maxFileBytes\": 1000, \"grammar\": {\"picky\": true,"
                + " \"typography\": {\"apostrophe\": \"typographic\", \"dash\": \"any\"}}}");
    Path pair =
        write(
            "articles/p/workbench.json",
            "{\"maxFileBytes\": 2000, \"grammar\": {\"typography\": {\"dash\": \"report\"}}}");
    WorkbenchConfig c = loader.load(List.of(project, pair));
    assertEquals(2000L, c.maxFileBytes());
    assertEquals("report", c.grammar().typography().dash());
    assertEquals(
        "typographic", c.grammar().typography().apostrophe()); // kept from the project layer
    assertEquals("any", c.grammar().typography().highPunctuationSpace()); // default
    assertTrue(c.grammar().picky()); // kept from the project layer
    assertEquals(List.of(project.toString(), pair.toString()), c.sources());
  }

  @Test
  void projectLayerAloneApplies() throws IOException {
    Path project = write("workbench.json", "{\"maxFileBytes\": 1234}");
    WorkbenchConfig c = loader.load(List.of(project, dir.resolve("articles/p/workbench.json")));
    assertEquals(1234L, c.maxFileBytes());
    assertEquals(List.of(project.toString()), c.sources());
  }

  @Test
  void ignoreWordsAccumulateAcrossLayers() throws IOException {
    Path project =
        write("workbench.json", "{\"grammar\": {\"ignoreWords\": [\"TikTok\", \"ByteDance\"]}}");
    Path pair =
        write(
            "articles/p/workbench.json",
            "{\"grammar\": {\"ignoreWords\": [\"Lijian\", \"TikTok\"]}}");
    WorkbenchConfig c = loader.load(List.of(project, pair));
    assertEquals(List.of("ByteDance", "Lijian", "TikTok"), c.grammar().ignoreWords());
  }

  @Test
  void glossaryFilesAreReadRelativeToTheLayerDeclaringThem() throws IOException {
    write("conf/names.txt", "# people and firms\n\nByteDance\n  Zhao Lijian  \n#Ignored\n");
    Path project = write("conf/workbench.json", "{\"grammar\": {\"glossary\": [\"names.txt\"]}}");
    write("articles/p/local.txt", "Belga\n");
    Path pair =
        write("articles/p/workbench.json", "{\"grammar\": {\"glossary\": [\"local.txt\"]}}");
    WorkbenchConfig c = loader.load(List.of(project, pair));
    assertEquals(List.of("Belga", "ByteDance", "Zhao Lijian"), c.glossaryWords());
    assertEquals(List.of("names.txt", "local.txt"), c.grammar().glossary());
    assertEquals(List.of("Belga", "ByteDance", "Zhao Lijian"), c.allIgnoredWords());
  }

  @Test
  void missingGlossaryFileIsAnInputErrorNamingIt() throws IOException {
    Path layer = write("workbench.json", "{\"grammar\": {\"glossary\": [\"absent.txt\"]}}");
    rejects(List.of(layer), dir.resolve("absent.txt"), "glossary", layer.toString());
  }

  @Test
  void unknownKeyIsAnInputErrorNamingFileAndKey() throws IOException {
    rejectsLayer("{\"maxFileBytes\": 1000, \"colour\": \"red\"}", "unknown key", "\"colour\"");
  }

  @Test
  void unknownNestedKeyIsAnInputError() throws IOException {
    rejectsLayer("{\"grammar\": {\"pickyy\": true}}", "unknown key", "\"pickyy\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"colour\": \"red\"}",
        "{\"grammar\": {\"typography\": {\"dash\": \"em\"}}}",
        "{\"maxFileBytes\": -1}"
      })
  void errorInTheProjectLayerIsBlamedOnTheProjectLayer(String projectJson) throws IOException {
    Path project = write("workbench.json", projectJson);
    Path pair = write("articles/p/workbench.json", "{\"maxFileBytes\": 1000}");
    rejects(List.of(project, pair), project, "bad configuration");
  }

  @Test
  void badTypographyValueNamesTheAllowedValues() throws IOException {
    rejectsLayer(
        "{\"grammar\": {\"typography\": {\"highPunctuationSpace\": \"thin\"}}}",
        "highPunctuationSpace",
        "[any, narrow-nbsp, nbsp]",
        "\"thin\"");
  }

  @Test
  void nonPositiveSizeLimitIsAnInputError() throws IOException {
    rejectsLayer("{\"maxFileBytes\": 0}", "maxFileBytes");
  }

  @Test
  void malformedJsonIsOneLineWithLineAndColumn() throws IOException {
    rejectsLayer(
        "{\"maxFileBytes\": 10,\n  \"grammar\": }\n", "malformed JSON", "line 2", "column");
  }

  @Test
  void jsonArrayInsteadOfObjectIsAnInputError() throws IOException {
    rejectsLayer("[{\"maxFileBytes\": 10}]", "JSON object");
  }

  @Test
  void emptyConfigFileIsAnInputError() throws IOException {
    rejectsLayer("", "empty");
  }

  @Test
  void ruleFilesAccumulateAcrossLayersRelativeToTheirLayerAndADirectoryMeansItsXmlFiles()
      throws IOException {
    write("rules/b.xml", "<rules/>");
    write("rules/a.xml", "<rules/>");
    write("rules/notes.txt", "not a rule file");
    write("pair/rules/own.xml", "<rules/>");
    Path project = write("workbench.json", "{\"grammar\": {\"ruleFiles\": [\"rules\"]}}");
    Path pair = write("pair/workbench.json", "{\"grammar\": {\"ruleFiles\": [\"rules/own.xml\"]}}");
    WorkbenchConfig c = loader.load(List.of(project, pair));
    assertEquals(
        List.of(
            dir.resolve("rules/a.xml"),
            dir.resolve("rules/b.xml"),
            dir.resolve("pair/rules/own.xml")),
        c.ruleFiles());
    assertEquals(List.of("rules", "rules/own.xml"), c.grammar().ruleFiles());
  }

  @Test
  void aMissingRuleFileIsAnInputError() throws IOException {
    Path layer = write("workbench.json", "{\"grammar\": {\"ruleFiles\": [\"rules/none.xml\"]}}");
    InputException e = assertThrows(InputException.class, () -> loader.load(List.of(layer)));
    InputErrors.assertNamesFileAndProblem(
        e, dir.resolve("rules/none.xml"), "rule file not found", layer.toString());
  }

  @Test
  void pickyCategoriesDefaultToCalquesAndAnglicisms() {
    assertEquals(
        List.of("CAT_ANGLICISMES_FOREIGN_TERMS", "CAT_CALQUES"),
        loader.load(List.of()).grammar().pickyCategories());
  }
}
