package io.translationworkbench.flag;

import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.ingest.Anomaly;
import io.translationworkbench.ingest.AnomalyKind;

/** Glued sentences and duplicated paragraphs in the machine text: an editor must fix them. */
final class StructureFlags implements FlagRule {
  @Override
  public void apply(Flagger.Input in, FlagContext out) {
    for (Anomaly a : in.anomalies()) {
      if (a.side() == Side.MACHINE
          && (a.kind() == AnomalyKind.GLUED_SENTENCES
              || a.kind() == AnomalyKind.DUPLICATE_PARAGRAPH)) {
        out.addDocumentLevel(FlagKind.STRUCTURE, Severity.WARNING, a.kind().id(), a, a.message());
      }
    }
  }
}
