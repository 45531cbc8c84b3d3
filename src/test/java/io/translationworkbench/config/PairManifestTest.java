package io.translationworkbench.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.InputErrors;
import io.translationworkbench.JsonFiles;
import io.translationworkbench.TestTexts;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PairManifestTest {
  private final ObjectMapper mapper = JsonFiles.strictMapper();

  private PairManifest read(String json) throws JsonProcessingException {
    return mapper.readValue(json, PairManifest.class);
  }

  /**
   * Binding fails, and the one-line problem the workbench would print contains {@code fragment}.
   */
  private void rejects(String json, String fragment) {
    JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> read(json));
    InputErrors.assertMentions(JsonFiles.oneLine(e), fragment);
  }

  @Test
  void systemIsOptional() throws JsonProcessingException {
    assertNull(read("{\"language\": \"fr\"}").system());
    assertEquals(
        "Online-A <b>", read("{\"language\": \"fr\", \"system\": \"Online-A <b>\"}").system());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a\\nb"})
  void blankOrMultiLineSystemIsRejected(String system) {
    rejects(
        "{\"language\": \"fr\", \"system\": \"" + system + "\"}",
        "must be a non-blank name on one line");
  }

  @Test
  void systemMustBeAString() {
    rejects("{\"language\": \"fr\", \"system\": 3}", "Cannot coerce Integer value (3)");
  }

  @Test
  void aSystemIsInTheReportJsonOnlyWhenNamed() throws JsonProcessingException {
    ObjectMapper w = io.translationworkbench.report.JsonReportWriter.mapper();
    String without = w.writeValueAsString(read("{\"language\": \"fr\"}"));
    assertEquals(-1, without.indexOf("system"), without);
    String with = w.writeValueAsString(read("{\"language\": \"fr\", \"system\": \"B\"}"));
    assertEquals(true, with.contains("\"system\":\"B\""), with);
  }

  @Test
  void languageOtherThanFrenchIsRejected() {
    rejects("{\"language\": \"en\"}", "language \"en\" is not supported");
  }

  @Test
  void missingLanguageIsRejected() {
    rejects("{\"id\": \"x\"}", "\"language\" is required");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"../machine.fr.txt", "sub/machine.fr.txt", "sub\\\\machine.fr.txt", "..", " "})
  void fileThatIsNotAPlainNameIsRejected(String file) {
    rejects(
        "{\"language\": \"fr\", \"machine\": {\"file\": \"" + file + "\"}}",
        "must be a plain file name");
  }

  @Test
  void humanFileWithASlashIsRejectedToo() {
    rejects(
        "{\"language\": \"fr\", \"human\": {\"file\": \"/etc/passwd\"}}",
        "\"/etc/passwd\" must be a plain file name");
  }

  @Test
  void missingFilesDefaultToTheConventionalNames() throws JsonProcessingException {
    PairManifest m = read("{\"language\": \"fr\"}");
    assertEquals("machine.fr.txt", m.machine().file());
    assertEquals("human.fr.txt", m.human().file());
    assertNull(m.id());
  }

  @Test
  void textInfoWithoutFileKeepsItsOtherFields() throws JsonProcessingException {
    PairManifest m = read("{\"language\": \"fr\", \"machine\": {\"origin\": \"MT\"}}");
    assertEquals("machine.fr.txt", m.machine().file());
    assertEquals("MT", m.machine().origin());
  }

  @Test
  void unknownKeyIsRejected() {
    rejects("{\"language\": \"fr\", \"colour\": \"red\"}", "unknown key \"colour\"");
  }

  @Test
  void sampleManifestReads() throws Exception {
    PairManifest m = read(Files.readString(TestTexts.SAMPLE.resolve(TestTexts.MANIFEST)));
    assertEquals("tiktok-bytedance-2020-09", m.id());
    assertEquals("id", m.machine().translatedFrom());
    assertEquals("human.fr.txt", m.human().file());
  }
}
