package io.translationworkbench.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.LineIndex;
import io.translationworkbench.Side;
import io.translationworkbench.TestTexts;
import io.translationworkbench.grammar.FrenchWords;
import io.translationworkbench.ingest.IngestedText;
import io.translationworkbench.ingest.LanguageIdentifier;
import io.translationworkbench.ingest.StructureAnalyzer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  private static final Segmenter SEGMENTER = new Segmenter();
  private static final StructureAnalyzer ANALYZER =
      new StructureAnalyzer(new LanguageIdentifier(), FrenchWords::isKnownFrench);

  private static final String BASE =
      "Le chat dort sur le canapé. Il fait beau aujourd’hui.\n"
          + "La ville prépare le marché de Noël.";

  private static IngestedText ingest(Side side, String text) {
    return ANALYZER.analyze(TestTexts.source(side, "t.fr.txt", text));
  }

  private static List<Sentence> segment(Side side, String text) {
    return SEGMENTER.segment(ingest(side, text));
  }

  private static List<Sentence> sampleSentences(String file, Side side) {
    return segment(side, TestTexts.sample(file));
  }

  private static Optional<String> idOf(List<Sentence> sentences, String text) {
    return sentences.stream().filter(s -> s.text().equals(text)).map(Sentence::id).findFirst();
  }

  private static String sha10(String s) throws Exception {
    byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d).substring(0, 10);
  }

  @Test
  void gluedSampleSentencesAreSeparate() {
    List<Sentence> s = sampleSentences(TestTexts.MACHINE, Side.MACHINE);
    List<String> texts = s.stream().map(Sentence::text).toList();
    int i = texts.indexOf("TikTok n’est pas prêt à vendre la société");
    assertTrue(i >= 0, texts::toString);
    assertTrue(
        texts.get(i + 1).startsWith("D’autre part, le géant chinois de l’internet"),
        texts.get(i + 1));
    assertTrue(texts.get(i + 1).endsWith("activités américaines de TikTok."), texts.get(i + 1));
    assertEquals(s.get(i).paragraph(), s.get(i + 1).paragraph());
  }

  @Test
  void noSentenceHoldsTheEnglishDisclaimerOrACreditLine() {
    for (String file : List.of(TestTexts.MACHINE, TestTexts.HUMAN)) {
      for (Sentence s :
          sampleSentences(file, file.equals(TestTexts.MACHINE) ? Side.MACHINE : Side.HUMAN)) {
        for (String banned :
            List.of("English", "automatically", "DigitalSiber", "supported by", "Belga")) {
          assertFalse(s.text().contains(banned), () -> banned + " in " + s);
        }
      }
    }
  }

  @Test
  void machineSampleEndsWithItsLastFrenchSentence() {
    List<Sentence> s = sampleSentences(TestTexts.MACHINE, Side.MACHINE);
    assertEquals(
        "TikTok, qui est utilisé par plus d’un milliard de personnes à travers le monde pour créer des vidéos "
            + "uniques de courte durée sur leurs téléphones, a nié à plusieurs reprises les accusations de partage "
            + "de données avec Pékin.",
        s.get(s.size() - 1).text());
  }

  @Test
  void humanDuplicateParagraphContributesNoSentences() {
    List<Sentence> s = sampleSentences(TestTexts.HUMAN, Side.HUMAN);
    // counted by hand: the paragraph has ten sentences, the last "L'agence de presse … chinoises."
    assertEquals(10, s.size(), () -> s.stream().map(Sentence::text).toList().toString());
    assertTrue(s.stream().allMatch(x -> x.paragraph() == 0));
    assertEquals(
        "L'agence de presse n'a pas directement obtenu de réponse des autorités chinoises.",
        s.get(9).text());
    assertEquals(10, new HashSet<>(s.stream().map(Sentence::id).toList()).size());
    assertTrue(s.stream().noneMatch(x -> x.id().endsWith("-2")));
  }

  @Test
  void everySentenceSpanCoversItsText() {
    for (String file : List.of(TestTexts.MACHINE, TestTexts.HUMAN)) {
      Side side = file.equals(TestTexts.MACHINE) ? Side.MACHINE : Side.HUMAN;
      IngestedText doc = ingest(side, TestTexts.sample(file));
      LineIndex lines = new LineIndex(doc.text());
      List<Sentence> sentences = SEGMENTER.segment(doc);
      assertFalse(sentences.isEmpty());
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        assertEquals(s.text(), doc.text().substring(s.span().start(), s.span().end()));
        assertEquals(lines.span(s.span().start(), s.span().end()), s.span());
        assertEquals(s.text().strip(), s.text());
        assertEquals(i, s.index());
        assertEquals(side, s.side());
      }
    }
  }

  @Test
  void idIsSideLetterAndHashOfTheSentence() throws Exception {
    List<Sentence> m = segment(Side.MACHINE, BASE);
    assertEquals("m-" + sha10("Le chat dort sur le canapé."), m.get(0).id());
    List<Sentence> h = segment(Side.HUMAN, BASE);
    assertEquals("h-" + sha10("Le chat dort sur le canapé."), h.get(0).id());
  }

  @Test
  void idsAreTheSameOnEveryRun() {
    List<String> first =
        sampleSentences(TestTexts.MACHINE, Side.MACHINE).stream().map(Sentence::id).toList();
    List<String> second =
        new Segmenter()
            .segment(ingest(Side.MACHINE, TestTexts.sample(TestTexts.MACHINE))).stream()
                .map(Sentence::id)
                .toList();
    assertEquals(first, second);
    assertEquals(first.size(), new HashSet<>(first).size());
  }

  @Test
  void idSurvivesAnEditToAnotherSentence() {
    List<Sentence> before = segment(Side.MACHINE, BASE);
    List<Sentence> after =
        segment(
            Side.MACHINE,
            BASE.replace("Il fait beau aujourd’hui.", "Il pleut depuis ce matin sur la ville."));
    assertEquals(3, before.size());
    assertEquals(3, after.size());
    assertEquals(before.get(0).id(), after.get(0).id());
    assertEquals(before.get(2).id(), after.get(2).id());
    assertNotEquals(before.get(1).id(), after.get(1).id());
  }

  @Test
  void idSurvivesAParagraphInsertedBeforeIt() {
    List<Sentence> before = segment(Side.MACHINE, BASE);
    List<Sentence> after = segment(Side.MACHINE, "Un nouveau paragraphe arrive en tête.\n" + BASE);
    assertEquals(4, after.size());
    for (int i = 0; i < before.size(); i++) {
      Sentence b = before.get(i);
      Sentence a = after.get(i + 1);
      assertEquals(b.text(), a.text());
      assertNotEquals(b.span().start(), a.span().start()); // it moved…
      assertEquals(b.id(), a.id()); // …and kept its id
    }
  }

  @Test
  void idChangesWhenTheSentenceItselfChanges() {
    List<Sentence> before = segment(Side.MACHINE, BASE);
    List<Sentence> after = segment(Side.MACHINE, BASE.replace("sur le canapé.", "sur le lit."));
    assertEquals("Le chat dort sur le lit.", after.get(0).text());
    assertNotEquals(before.get(0).id(), after.get(0).id());
    assertEquals(before.get(1).id(), after.get(1).id());
  }

  @Test
  void identicalSentencesGetDistinctIds() throws Exception {
    List<Sentence> s =
        segment(
            Side.MACHINE,
            "Le marché ouvre à huit heures. Il pleut.\n"
                + "Les commerçants arrivent tôt. Il pleut.\n"
                + "La foule se disperse vite. Il pleut.");
    List<String> rain =
        s.stream().filter(x -> x.text().equals("Il pleut.")).map(Sentence::id).toList();
    String base = "m-" + sha10("Il pleut.");
    assertEquals(List.of(base, base + "-2", base + "-3"), rain);
    assertEquals(s.size(), new HashSet<>(s.stream().map(Sentence::id).toList()).size());
    assertTrue(idOf(s, "Le marché ouvre à huit heures.").isPresent());
  }
}
