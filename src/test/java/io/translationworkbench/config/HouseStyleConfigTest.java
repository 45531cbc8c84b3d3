package io.translationworkbench.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.translationworkbench.InputErrors;
import io.translationworkbench.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HouseStyleConfigTest {
  @TempDir Path dir;

  private final ConfigLoader loader = new ConfigLoader();

  private Path write(String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content);
  }

  private static List<String> all(HouseStyleConfig h) {
    return List.of(
        h.highPunctuationSpace(),
        h.guillemets(),
        h.guillemetSpace(),
        h.decimalComma(),
        h.unitSpace(),
        h.apostrophe(),
        h.thousandsSpace(),
        h.space());
  }

  @Test
  void everyConventionIsInferredByDefault() {
    assertEquals(
        List.of("infer", "infer", "infer", "infer", "infer", "infer", "infer", "nbsp"),
        all(loader.load(List.of()).grammar().houseStyle()));
  }

  @Test
  void theProjectsOwnWorkbenchJsonStillLoadsAndInfersEverything() throws IOException {
    // the typography block as the project's workbench.json has it, written before house styles
    Path p =
        write(
            "workbench.json",
            "{\"grammar\": {\"typography\": {\"highPunctuationSpace\": \"any\", \"guillemetSpace\":"
                + " \"any\", \"apostrophe\": \"any\", \"dash\": \"report\"}}}");
    assertEquals(
        List.of("infer", "infer", "infer", "infer", "infer", "infer", "infer", "nbsp"),
        all(loader.load(List.of(p)).grammar().houseStyle()));
  }

  @Test
  void oldTypographyRulesMakeTheirConventionsRequired() throws IOException {
    Path p =
        write(
            "workbench.json",
            "{\"grammar\": {\"typography\": {\"highPunctuationSpace\": \"narrow-nbsp\","
                + " \"guillemetSpace\": \"nbsp\", \"apostrophe\": \"typographic\"}}}");
    assertEquals(
        List.of(
            "required", "infer", "required", "infer", "infer", "required", "infer", "narrow-nbsp"),
        all(loader.load(List.of(p)).grammar().houseStyle()));
  }

  @Test
  void anExplicitHouseStyleKeyWinsOverTheOldTypographyKey() throws IOException {
    Path project =
        write(
            "workbench.json",
            "{\"grammar\": {\"typography\": {\"highPunctuationSpace\": \"nbsp\"},"
                + " \"houseStyle\": {\"decimalComma\": \"required\"}}}");
    Path pair =
        write(
            "articles/p/workbench.json",
            "{\"grammar\": {\"houseStyle\": {\"highPunctuationSpace\": \"off\", \"space\":"
                + " \"space\"}}}");
    HouseStyleConfig h = loader.load(List.of(project, pair)).grammar().houseStyle();
    assertEquals(
        List.of("off", "infer", "infer", "required", "infer", "infer", "infer", "space"), all(h));
  }

  @Test
  void aBadModeIsAnInputErrorNamingTheKeyAndTheValues() throws IOException {
    Path p =
        write("workbench.json", "{\"grammar\": {\"houseStyle\": {\"decimalComma\": \"yes\"}}}");
    InputException e = assertThrows(InputException.class, () -> loader.load(List.of(p)));
    InputErrors.assertNamesFileAndProblem(
        e, p, "houseStyle.decimalComma must be one of [infer, off, required]", "\"yes\"");
  }

  @Test
  void aBadSpaceIsAnInputError() throws IOException {
    Path p = write("workbench.json", "{\"grammar\": {\"houseStyle\": {\"space\": \"tab\"}}}");
    InputException e = assertThrows(InputException.class, () -> loader.load(List.of(p)));
    InputErrors.assertNamesFileAndProblem(
        e, p, "houseStyle.space must be one of [narrow-nbsp, nbsp, space]");
  }

  @Test
  void anUnknownConventionIsAnInputError() throws IOException {
    Path p = write("workbench.json", "{\"grammar\": {\"houseStyle\": {\"ellipsis\": \"off\"}}}");
    InputException e = assertThrows(InputException.class, () -> loader.load(List.of(p)));
    InputErrors.assertNamesFileAndProblem(e, p, "ellipsis");
  }
}
