package io.translationworkbench.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatePolicyTest {
  @TempDir Path dir;

  private Path write(String json) throws IOException {
    Path file = dir.resolve("quality-gate.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void emptyPolicyMeansTheDefaults() throws IOException {
    assertEquals(GatePolicy.defaults(), GatePolicy.load(write("{}")));
  }

  @Test
  void givenKeysOverrideDefaultsAndNullMeansNoWarningLimit() throws IOException {
    GatePolicy p =
        GatePolicy.load(
            write("{\"maxOpenErrors\": 3, \"maxOpenWarnings\": null, \"minDocumentChrF\": 25}"));
    assertEquals(3, p.maxOpenErrors());
    assertNull(p.maxOpenWarnings());
    assertEquals(25.0, p.minDocumentChrF());
    assertEquals(2.0, p.maxGrammarDensityRatio());
  }

  @Test
  void unknownKeyIsAnInputErrorNamingFileAndKey() throws IOException {
    Path file = write("{\"maxOpenError\": 3}");
    InputException e = assertThrows(InputException.class, () -> GatePolicy.load(file));
    assertEquals(file, e.file());
    assertTrue(e.problem().contains("maxOpenError"), e.problem());
    assertTrue(e.problem().contains("known: "), e.problem());
  }

  @Test
  void invalidValuesAreInputErrors() throws IOException {
    Path negative = write("{\"maxOpenErrors\": -1}");
    assertTrue(
        assertThrows(InputException.class, () -> GatePolicy.load(negative))
            .problem()
            .contains(">= 0"));
    Path fraction = write("{\"maxOpenErrors\": 1.5}");
    assertTrue(
        assertThrows(InputException.class, () -> GatePolicy.load(fraction))
            .problem()
            .contains("whole"));
    Path text = write("{\"allowUntranslated\": \"yes\"}");
    assertThrows(InputException.class, () -> GatePolicy.load(text));
    Path chrF = write("{\"minDocumentChrF\": 150}");
    assertThrows(InputException.class, () -> GatePolicy.load(chrF));
    Path notObject = write("[]");
    assertThrows(InputException.class, () -> GatePolicy.load(notObject));
  }

  @Test
  void repositoryPolicyFileStatesTheDefaults() throws IOException {
    Path repoFile = Path.of(GatePolicy.DEFAULT_FILE_NAME);
    assertEquals(GatePolicy.defaults(), GatePolicy.load(repoFile));
    assertEquals(
        new String(GatePolicy.defaults().toJson(), StandardCharsets.UTF_8),
        Files.readString(repoFile, StandardCharsets.UTF_8));
  }
}
