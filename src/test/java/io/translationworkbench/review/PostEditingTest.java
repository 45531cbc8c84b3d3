package io.translationworkbench.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.translationworkbench.InputException;
import io.translationworkbench.LineIndex;
import io.translationworkbench.Side;
import io.translationworkbench.segment.Sentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrections and their HTER. The expected TER values are sacreBLEU 2.6.0's own, computed on the
 * same lines: {@code python3 -m sacrebleu ref.txt -i hyp.txt -m ter -w 6} gave 22.222222 for the
 * four sentences below against their corrections (two corrected, two kept) and 34.042553 for the
 * two corrected sentences alone.
 */
class PostEditingTest {
  static final List<String> MACHINE =
      List.of(
          "Où le président Donald Trump a donné à ByteDance une date limite du 15 septembre pour"
              + " finaliser l’accord.",
          "ByteDance lui-même a entamé des pourparlers pour vendre ses activités TikTok aux"
              + " États-Unis à Microsoft et Oracle.",
          "Mais les responsables chinois sont confiants que la vente forcée fera ByteDance et la"
              + " Chine semblent faibles face à la pression de Washington, selon une source Reuters,"
              + " cité dimanche, Septembre 13.",
          "TikTok n’est pas prêt à vendre la société");
  static final Correction FIRST =
      new Correction(
          MACHINE.get(0),
          "Le président Donald Trump a donné à ByteDance jusqu’au 15 septembre pour finaliser"
              + " l’accord.",
          "ed",
          "2026-11-30");
  static final Correction THIRD =
      new Correction(
          MACHINE.get(2),
          "Mais les responsables chinois sont convaincus que la vente forcée ferait paraître"
              + " ByteDance et la Chine faibles face à la pression de Washington, selon une source"
              + " de Reuters citée le dimanche 13 septembre.",
          "ed",
          "2026-11-30");

  @TempDir Path dir;

  /** The machine sentences as one text, one per line, with their spans. */
  static List<Sentence> sentences(String text) {
    LineIndex index = new LineIndex(text);
    List<Sentence> out = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < MACHINE.size(); i++) {
      int start = text.indexOf(MACHINE.get(i), at);
      int end = start + MACHINE.get(i).length();
      out.add(new Sentence("m" + i, Side.MACHINE, i, i, index.span(start, end), MACHINE.get(i)));
      at = end;
    }
    return out;
  }

  static final String TEXT = String.join("\n", MACHINE) + "\n";

  @Test
  void hterIsSacrebleuTerOfTheMachineTextAgainstItsCorrections() {
    PostEditing pe = PostEditing.of(sentences(TEXT), List.of(THIRD, FIRST));
    assertEquals(4, pe.sentences());
    assertEquals(2, pe.corrected());
    assertEquals(22.222222, pe.hter(), 5e-7);
    assertEquals(34.042553, pe.hterCorrected(), 5e-7);
    // applied in the text's order, whatever the file's
    assertEquals(List.of(FIRST, THIRD), pe.corrections());
    assertEquals(List.of(), pe.staleCorrections());
    assertEquals(
        "nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:"
            + io.translationworkbench.metrics.SacrebleuSignature.version(),
        pe.signature());
  }

  @Test
  void noCorrectionsNoPostEditingAndACorrectionOfAGoneSentenceIsStale() {
    assertNull(PostEditing.of(sentences(TEXT), List.of()));
    Correction gone =
        new Correction("Une phrase qui n’existe plus.", "Autre chose.", "ed", "2026-11-30");
    PostEditing pe = PostEditing.of(sentences(TEXT), List.of(gone));
    assertEquals(0, pe.corrected());
    assertEquals(0.0, pe.hter());
    assertNull(pe.hterCorrected());
    assertEquals(List.of(gone), pe.staleCorrections());
  }

  @Test
  void theCorrectedTextReplacesEachCorrectedSentenceInPlace() {
    String text = "Titre\n\n" + TEXT;
    String out = PostEditing.apply(text, sentences(text), List.of(FIRST, THIRD));
    assertEquals(
        "Titre\n\n"
            + String.join(
                "\n", FIRST.corrected(), MACHINE.get(1), THIRD.corrected(), MACHINE.get(3))
            + "\n",
        out);
  }

  @Test
  void correctionsRoundTripThroughReviewJsonVersion2AndVersion1StaysReadable() throws Exception {
    Path file = dir.resolve("review.json");
    ReviewFile.update(file, now -> now.with(THIRD).with(FIRST));
    String json = Files.readString(file);
    assertEquals(
        2, new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("version").asInt());
    ReviewFile back = ReviewFile.load(file);
    // sorted by the sentence they correct
    assertEquals(List.of(THIRD, FIRST), back.corrections());
    assertEquals(FIRST, back.correctionOf(MACHINE.get(0)).orElseThrow());
    // without corrections the file is version 1, as older tools write and read it
    ReviewFile.update(
        file, now -> now.withoutCorrectionOf(MACHINE.get(0)).withoutCorrectionOf(MACHINE.get(2)));
    assertEquals(
        1,
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(Files.readString(file))
            .get("version")
            .asInt());
  }

  @Test
  void aMalformedCorrectionIsAnInputErrorNamingIt() throws Exception {
    Path file = dir.resolve("review.json");
    Files.writeString(
        file,
        "{\"version\": 2, \"decisions\": {}, \"corrections\": [{\"sentence\": \"a\","
            + " \"corrected\": \"\", \"reviewer\": \"x\", \"date\": \"2026-11-30\"}]}");
    InputException e = assertThrows(InputException.class, () -> ReviewFile.load(file));
    assertEquals(true, e.getMessage().contains("correction 1"), e.getMessage());
    Files.writeString(file, "{\"version\": 1, \"decisions\": {}, \"corrections\": []}");
    e = assertThrows(InputException.class, () -> ReviewFile.load(file));
    assertEquals(true, e.getMessage().contains("version"), e.getMessage());
  }
}
