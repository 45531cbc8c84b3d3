package io.translationworkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.segment.Sentence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --parallel} on a generated line-aligned test set: line i is paired with line i, and
 * a line left out on one side shifts nothing. (The aligner alone is tested on 1,200 lines in {@code
 * ParallelAlignerTest}; here LanguageTool checks every line, so the set is smaller.)
 */
@Tag("languagetool")
class ParallelReportTest {
  private static final String[] WHO = {
    "Le ministre",
    "La porte-parole",
    "Le gouvernement",
    "L’entreprise",
    "La commission",
    "Le tribunal"
  };
  private static final String[] DID = {
    "a annoncé", "a confirmé", "a démenti", "a présenté", "a repoussé", "a examiné"
  };
  private static final String[] WHAT = {
    "un nouveau plan",
    "la vente des activités",
    "un accord commercial",
    "le rapport annuel",
    "une enquête",
    "la réforme du secteur"
  };
  private static final String[] MONTHS = {
    "janvier", "mars", "mai", "juillet", "septembre", "novembre"
  };

  @Test
  void lineIIsPairedWithLineIAndALineLeftOutShiftsNothing(@TempDir Path dir) throws Exception {
    int lines = 300;
    int english = 50; // this human line is left in English: not French, so left out
    Random random = new Random(20260922L);
    StringBuilder machine = new StringBuilder();
    StringBuilder human = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      String who = WHO[random.nextInt(WHO.length)];
      String did = DID[random.nextInt(DID.length)];
      String what = WHAT[random.nextInt(WHAT.length)];
      // the line number makes every line unique; the human side words it differently
      String when = "le " + (1 + i % 28) + " " + MONTHS[i % MONTHS.length] + " " + (1900 + i);
      machine.append(who).append(' ').append(did).append(' ').append(what).append(' ');
      machine.append(when).append(".\n");
      if (i == english - 1) {
        human.append(
            "The minister announced a new plan for the sector, according to our sources.\n");
        continue;
      }
      human.append("Selon nos informations, ").append(who.toLowerCase(java.util.Locale.ROOT));
      human.append(' ').append(did).append(' ').append(what).append(' ').append(when).append(".\n");
    }
    Files.writeString(dir.resolve("machine.fr.txt"), machine, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("human.fr.txt"), human, StandardCharsets.UTF_8);

    PairReport r;
    try (Workbench wb =
        new Workbench(
            null, AlignerParams.defaults().withMode(AlignerParams.Mode.PARALLEL), (Path) null)) {
      r = wb.analyze(dir);
    }
    Map<String, Sentence> byId = new HashMap<>();
    r.sentences().forEach(s -> byId.put(s.id(), s));
    List<AlignedPairResult> pairs = r.alignment().pairs();
    assertEquals(lines - 1, pairs.size());
    for (AlignedPairResult p : pairs) {
      int machineLine = byId.get(p.machineIds().get(0)).span().line();
      int humanLine = byId.get(p.humanIds().get(0)).span().line();
      assertEquals(machineLine, humanLine, p.toString());
    }
    assertTrue(r.alignment().humanWithoutCounterpart().isEmpty());
    List<String> lone = r.alignment().machineWithoutCounterpart();
    assertEquals(1, lone.size());
    assertEquals(english, byId.get(lone.get(0)).span().line());
  }
}
