package io.translationworkbench.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.PairReport;
import io.translationworkbench.TestTexts;
import io.translationworkbench.Workbench;
import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.segment.Sentence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fingerprints on the real pipeline: an edit to one sentence changes that sentence's flags and no
 * other's.
 */
@Tag("languagetool")
class FingerprintStabilityTest {
  private static final String ORIGINAL = "Mais les responsables chinois sont confiants";
  private static final String EDITED = "Mais les responsables chinois sont très confiants";

  @Test
  void editingOneSentenceChangesOnlyThatSentencesFingerprints(@TempDir Path tmp) throws Exception {
    Path a = TestTexts.copySample(tmp.resolve("a"));
    Path b = TestTexts.copySample(tmp.resolve("b"));
    Path machineB = b.resolve(TestTexts.MACHINE);
    String text = Files.readString(machineB, StandardCharsets.UTF_8);
    assertTrue(text.contains(ORIGINAL));
    Files.writeString(machineB, text.replace(ORIGINAL, EDITED), StandardCharsets.UTF_8);

    PairReport before;
    PairReport after;
    try (Workbench wb = new Workbench(null, AlignerParams.defaults(), (Path) null)) {
      before = wb.analyze(a);
      after = wb.analyze(b);
    }
    String editedBefore = sentenceId(before, ORIGINAL);
    String editedAfter = sentenceId(after, EDITED);

    Map<String, String> beforeOthers = fingerprintsOutside(before, editedBefore);
    Map<String, String> afterOthers = fingerprintsOutside(after, editedAfter);
    assertFalse(beforeOthers.isEmpty());
    assertEquals(beforeOthers, afterOthers, "flags of the other sentences keep their fingerprints");

    Set<String> editedFlagsBefore = fingerprintsOf(before, editedBefore);
    Set<String> editedFlagsAfter = fingerprintsOf(after, editedAfter);
    // the sentence carries the MOIS flag ("Septembre") and a date fact before and after the edit
    assertEquals(editedFlagsBefore.size(), editedFlagsAfter.size());
    assertTrue(editedFlagsBefore.size() >= 2, editedFlagsBefore::toString);
    for (String fp : editedFlagsAfter) {
      assertFalse(
          editedFlagsBefore.contains(fp), "a flag of the edited sentence kept fingerprint " + fp);
    }
  }

  @Test
  void fingerprintsAreTheSameOnEveryRun() {
    try (Workbench wb = new Workbench(null, AlignerParams.defaults(), (Path) null)) {
      Map<String, String> first = fingerprintsOutside(wb.analyze(TestTexts.SAMPLE), "");
      Map<String, String> second = fingerprintsOutside(wb.analyze(TestTexts.SAMPLE), "");
      assertEquals(first, second);
    }
  }

  private static String sentenceId(PairReport r, String prefix) {
    return r.sentences().stream()
        .filter(s -> s.text().startsWith(prefix))
        .map(Sentence::id)
        .findFirst()
        .orElseThrow();
  }

  /** fingerprint → "kind rule matched" for every flag not on the given sentence. */
  private static Map<String, String> fingerprintsOutside(PairReport r, String sentenceId) {
    return r.flags().stream()
        .map(ReviewedFlag::flag)
        .filter(f -> !sentenceId.equals(f.sentenceId()))
        .collect(
            Collectors.toMap(
                Flag::fingerprint, f -> f.kind() + " " + f.ruleId() + " " + f.matchedText()));
  }

  private static Set<String> fingerprintsOf(PairReport r, String sentenceId) {
    return r.flags().stream()
        .map(ReviewedFlag::flag)
        .filter(f -> sentenceId.equals(f.sentenceId()))
        .map(Flag::fingerprint)
        .collect(Collectors.toSet());
  }
}
