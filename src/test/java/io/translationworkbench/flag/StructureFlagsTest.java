package io.translationworkbench.flag;

import static io.translationworkbench.flag.FlagFixtures.anomaly;
import static io.translationworkbench.flag.FlagFixtures.machine;
import static io.translationworkbench.flag.FlagFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.Span;
import io.translationworkbench.ingest.Anomaly;
import io.translationworkbench.ingest.AnomalyKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Glued sentences and duplicated paragraphs of the machine text: warnings for an editor. */
class StructureFlagsTest {
  // line 1: 0-50, "dimanche.Les" at 18-30; line 2: 51-71; line 3 (the duplicate): 72-92
  private static final String MACHINE =
      "Le vote a eu lieu dimanche.Les résultats arrivent.\n"
          + "Le scrutin est clos.\n"
          + "Le scrutin est clos.";

  private static final Anomaly GLUED =
      anomaly(AnomalyKind.GLUED_SENTENCES, Side.MACHINE, MACHINE, 18, 30, Map.of());
  private static final Anomaly DUPLICATE =
      anomaly(
          AnomalyKind.DUPLICATE_PARAGRAPH,
          Side.MACHINE,
          MACHINE,
          72,
          92,
          Map.of("duplicateOf", "1"));

  @Test
  void gluedSentencesAndDuplicateParagraphsAreDocumentLevelWarnings() {
    List<Flag> f = run(new StructureFlags(), machine(MACHINE).anomalies(GLUED, DUPLICATE).build());
    assertEquals(2, f.size());

    Flag glued = f.get(0);
    assertEquals(FlagKind.STRUCTURE, glued.kind());
    assertEquals(Severity.WARNING, glued.severity());
    assertEquals("glued-sentences", glued.ruleId());
    assertNull(glued.sentenceId());
    assertEquals(new Span(18, 30, 1, 19, 1, 31), glued.span());
    assertEquals("dimanche.Les", glued.matchedText());
    assertEquals("Anomaly glued-sentences.", glued.message());
    assertEquals("glued-sentences", glued.evidence().get("anomaly"));

    Flag duplicate = f.get(1);
    assertEquals(FlagKind.STRUCTURE, duplicate.kind());
    assertEquals(Severity.WARNING, duplicate.severity());
    assertEquals("duplicate-paragraph", duplicate.ruleId());
    assertNull(duplicate.sentenceId());
    assertEquals(new Span(72, 92, 3, 1, 3, 21), duplicate.span());
    assertEquals("Le scrutin est clos.", duplicate.matchedText());
    assertEquals(
        Map.of("anomaly", "duplicate-paragraph", "duplicateOf", "1"), duplicate.evidence());
  }

  @Test
  void theSeverityIsAWarningWhateverTheAnomalySays() {
    Anomaly asInfo =
        new Anomaly(
            AnomalyKind.GLUED_SENTENCES,
            Side.MACHINE,
            Severity.INFO,
            GLUED.span(),
            GLUED.text(),
            GLUED.message(),
            Map.of());
    List<Flag> f = run(new StructureFlags(), machine(MACHINE).anomalies(asInfo).build());
    assertEquals(Severity.WARNING, f.get(0).severity());
  }

  @Test
  void anomaliesOfTheHumanTextGiveNoFlag() {
    String human =
        "Le vote a eu lieu dimanche.Les résultats arrivent.\nIls arrivent.\nIls arrivent.";
    List<Flag> f =
        run(
            new StructureFlags(),
            machine(MACHINE)
                .human(human)
                .anomalies(
                    anomaly(AnomalyKind.GLUED_SENTENCES, Side.HUMAN, human, 18, 30, Map.of()),
                    anomaly(AnomalyKind.DUPLICATE_PARAGRAPH, Side.HUMAN, human, 65, 78, Map.of()))
                .build());
    assertTrue(f.isEmpty(), f::toString);
  }

  @Test
  void foreignParagraphsAndCreditLinesAreNotStructureFlags() {
    List<Flag> f =
        run(
            new StructureFlags(),
            machine(MACHINE)
                .anomalies(
                    anomaly(AnomalyKind.FOREIGN_LANGUAGE, Side.MACHINE, MACHINE, 51, 71, Map.of()),
                    anomaly(AnomalyKind.CREDIT_LINE, Side.MACHINE, MACHINE, 72, 92, Map.of()))
                .build());
    assertTrue(f.isEmpty(), f::toString);
  }
}
