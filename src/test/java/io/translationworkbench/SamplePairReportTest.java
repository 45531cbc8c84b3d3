package io.translationworkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.grammar.MatchKind;
import io.translationworkbench.ingest.Anomaly;
import io.translationworkbench.ingest.AnomalyKind;
import io.translationworkbench.report.HtmlReportWriter;
import io.translationworkbench.report.JsonReportWriter;
import io.translationworkbench.report.MarkdownReportWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline on the sample pair, with embedded LanguageTool: the findings an editor must
 * see.
 */
@Tag("languagetool")
class SamplePairReportTest {
  static final Path PAIR = Path.of("articles/tiktok-bytedance-2020-09");
  static Workbench workbench;
  static PairReport report;

  @BeforeAll
  static void analyzeOnce() {
    workbench = new Workbench(Path.of("workbench.json"), AlignerParams.defaults(), (Path) null);
    report = workbench.analyze(PAIR);
  }

  @AfterAll
  static void close() {
    workbench.close();
  }

  private static List<GrammarMatch> machine() {
    return report.matches().stream().filter(m -> m.side() == Side.MACHINE).toList();
  }

  private static List<Anomaly> anomalies(AnomalyKind kind, Side side) {
    return report.anomalies().stream().filter(a -> a.kind() == kind && a.side() == side).toList();
  }

  @Test
  void capitalisedMonthSeptembreIsReported() {
    // LanguageTool's MOIS, or the starter pack's date-order rule when the month comes before the
    // day: the two overlap and LanguageTool keeps one (the newsroom rule's fix lowercases too)
    assertTrue(
        machine().stream()
            .anyMatch(
                m ->
                    (m.ruleId().equals("MOIS") && m.matchedText().equals("Septembre"))
                        || (m.ruleId().equals("NEWSROOM_DATE_ORDER")
                            && m.matchedText().startsWith("Septembre ")
                            && m.suggestions().stream().anyMatch(x -> x.endsWith(" septembre")))),
        "MOIS on Septembre: " + machine());
  }

  @Test
  void faireDesAffairesAvecIsReported() {
    assertTrue(
        machine().stream()
            .anyMatch(
                m ->
                    m.ruleId().equals("FAIRE_AFFAIRES_AVEC")
                        && m.matchedText().contains("affaires avec")));
  }

  @Test
  void hyphenUsedAsDashInByteDanceQuiIsATypographyFinding() {
    String text =
        report.sentences().stream()
            .filter(s -> s.text().contains("ByteDance - qui"))
            .findFirst()
            .orElseThrow()
            .text();
    GrammarMatch dash =
        machine().stream().filter(m -> m.ruleId().equals("TIRET")).findFirst().orElseThrow();
    assertEquals("-", dash.matchedText());
    assertEquals(MatchKind.TYPOGRAPHY, dash.kind());
    int at = dash.span().start();
    String file = readMachine();
    assertEquals(
        "ByteDance - qui",
        file.substring(at - 10, at + 5),
        "the flagged hyphen is the one in " + text);
  }

  @Test
  void gluedHeadingIsAStructuralAnomalyNotASpellingMistake() {
    List<Anomaly> glued = anomalies(AnomalyKind.GLUED_SENTENCES, Side.MACHINE);
    assertEquals(1, glued.size());
    assertEquals("sociétéD’autre", glued.get(0).text());
    assertFalse(
        report.matches().stream().anyMatch(m -> m.matchedText().contains("sociétéD")),
        "no LanguageTool match on the glued word");
    assertTrue(
        report.sentences().stream()
            .anyMatch(s -> s.text().equals("TikTok n’est pas prêt à vendre la société")));
    assertTrue(
        report.sentences().stream()
            .anyMatch(s -> s.text().startsWith("D’autre part, le géant chinois")));
  }

  @Test
  void englishDisclaimerIsOneForeignParagraphNotTwentySpellingMistakes() {
    List<Anomaly> foreign = anomalies(AnomalyKind.FOREIGN_LANGUAGE, Side.MACHINE);
    assertEquals(1, foreign.size());
    assertEquals("en", foreign.get(0).evidence().get("language"));
    assertTrue(foreign.get(0).text().startsWith("The English, Chinese, Japanese"));
    Span english = foreign.get(0).span();
    assertFalse(
        report.matches().stream()
            .anyMatch(m -> m.side() == Side.MACHINE && english.contains(m.span())),
        "no finding inside the English paragraph");
    assertFalse(
        report.sentences().stream().anyMatch(s -> s.text().contains("automatically generated")));
  }

  @Test
  void duplicatedBelgaParagraphIsReportedAndKeptOutOfCounts() {
    List<Anomaly> dup = anomalies(AnomalyKind.DUPLICATE_PARAGRAPH, Side.HUMAN);
    assertEquals(1, dup.size());
    assertEquals(3, dup.get(0).span().line(), "the copy starts on line 3 of human.fr.txt");
    long humanSentences = report.sentences().stream().filter(s -> s.side() == Side.HUMAN).count();
    // the Belga paragraph has 10 sentences (counted by hand); the copy adds none
    assertEquals(10, humanSentences);
    // A_A_ACCENT fires on "A sa connaissance" once per copy of the paragraph; only the first copy
    // counts
    assertEquals(
        1,
        report.matches().stream()
            .filter(m -> m.side() == Side.HUMAN && m.ruleId().equals("A_A_ACCENT"))
            .count());
  }

  @Test
  void namesAreAtMostProbableNamesAtInfoSeverity() {
    for (String name : List.of("Zhao", "Lijian", "Belga")) {
      for (GrammarMatch m : report.matches()) {
        if (m.matchedText().contains(name)) {
          assertEquals(MatchKind.PROBABLE_NAME, m.kind(), name);
          assertEquals(Severity.INFO, m.severity(), name);
        }
      }
    }
    assertEquals(2, anomalies(AnomalyKind.CREDIT_LINE, Side.HUMAN).size(), "(Belga) twice");
    assertTrue(
        anomalies(AnomalyKind.CREDIT_LINE, Side.MACHINE).stream()
            .anyMatch(a -> a.text().equals("(system supported by DigitalSiber.id)")));
    anomalies(AnomalyKind.CREDIT_LINE, Side.HUMAN)
        .forEach(a -> assertEquals(Severity.INFO, a.severity()));
  }

  @Test
  void matchesCarryRuleCategorySpanSuggestionsAndSentence() {
    for (GrammarMatch m : report.matches()) {
      String text = m.side() == Side.MACHINE ? readMachine() : readHuman();
      assertEquals(text.substring(m.span().start(), m.span().end()), m.matchedText());
      assertTrue(m.suggestions().size() <= 5);
      assertTrue(
          report.sentences().stream().anyMatch(s -> s.id().equals(m.sentenceId())), m.toString());
    }
  }

  @Test
  void alignerPairsTheSentencesACarefulReaderPairs() {
    assertAligned("JAKARTA - Pékin s’oppose", "Pékin est fortement opposé");
    assertAligned(
        "ByteDance lui-même a entamé des pourparlers",
        "Celle-ci fait actuellement l'objet de négociations");
    assertAligned(
        "Mais les responsables chinois sont confiants", "Pour les fonctionnaires chinois");
  }

  private static void assertAligned(String machinePrefix, String humanPrefix) {
    String m = idOf(machinePrefix);
    String h = idOf(humanPrefix);
    assertTrue(
        report.alignment().pairs().stream()
            .anyMatch(p -> p.machineIds().contains(m) && p.humanIds().contains(h)),
        machinePrefix + " <-> " + humanPrefix + " in " + report.alignment().pairs());
  }

  private static String idOf(String prefix) {
    return report.sentences().stream()
        .filter(s -> s.text().startsWith(prefix))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void disclaimerAndCreditLinesAreNeverAligned() {
    List<Anomaly> excluded =
        report.anomalies().stream()
            .filter(
                a ->
                    a.kind() == AnomalyKind.FOREIGN_LANGUAGE || a.kind() == AnomalyKind.CREDIT_LINE)
            .toList();
    java.util.Map<String, io.translationworkbench.segment.Sentence> byId =
        new java.util.HashMap<>();
    report.sentences().forEach(s -> byId.put(s.id(), s));
    for (var p : report.alignment().pairs()) {
      for (String id : concat(p.machineIds(), p.humanIds())) {
        var s = byId.get(id);
        for (Anomaly a : excluded) {
          boolean overlaps =
              a.side() == s.side()
                  && s.span().start() < a.span().end()
                  && a.span().start() < s.span().end();
          assertFalse(overlaps, s.text() + " overlaps " + a.text());
        }
        assertFalse(
            s.text().contains("automatically generated") || s.text().contains("(Belga)"), s.text());
      }
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> l = new java.util.ArrayList<>(a);
    l.addAll(b);
    return l;
  }

  @Test
  void documentMetricsCarrySacrebleuSignaturesNamingOurVersion() {
    var names = report.documentMetrics().scores().stream().map(v -> v.name()).toList();
    assertEquals(List.of("BLEU", "chrF2", "chrF2++", "TER"), names);
    report
        .documentMetrics()
        .scores()
        .forEach(v -> assertTrue(v.signature().contains("version:"), v.signature()));
    assertTrue(report.documentMetrics().note().contains("comparable"));
  }

  @Test
  void flagsCoverGrammarStructureAndUntranslatedTextMostSevereFirst() {
    var flags = report.flags().stream().map(f -> f.flag()).toList();
    // what an editor marks in the machine text (issue 8): the date in English order, with the
    // French order as fix
    assertTrue(
        flags.stream()
            .anyMatch(
                f ->
                    f.matchedText().startsWith("Septembre 13")
                        && f.severity() != Severity.INFO
                        && f.suggestions().contains("13 septembre")),
        flags.toString());
    // the two calques LanguageTool's picky rules know ("sont confiants que", "allègue que")
    for (String calque : new String[] {"ETRE_CONFIANT_QUE", "ALLEQUER_QUE"}) {
      assertTrue(
          flags.stream()
              .anyMatch(
                  f ->
                      f.ruleId().startsWith(calque)
                          && f.kind() == io.translationworkbench.flag.FlagKind.CALQUE
                          && f.severity() == Severity.WARNING),
          calque);
    }
    // "fera ByteDance et la Chine semblent faibles": faire + a finite verb
    assertTrue(
        flags.stream()
            .anyMatch(
                f ->
                    f.matchedText().startsWith("ByteDance et la Chine semblent")
                        && f.severity() == Severity.ERROR));
    // "Où le président Donald Trump a donné …": a relative clause standing as a sentence
    assertTrue(
        flags.stream()
            .anyMatch(f -> f.matchedText().equals("Où") && f.severity() == Severity.ERROR));
    // "cesser de faire des affaires avec" is correct French: LanguageTool's advice stays info
    assertTrue(
        flags.stream()
            .filter(f -> f.ruleId().startsWith("FAIRE_AFFAIRES_AVEC"))
            .allMatch(f -> f.severity() == Severity.INFO));
    assertTrue(
        flags.stream()
            .anyMatch(
                f ->
                    f.kind() == io.translationworkbench.flag.FlagKind.STRUCTURE
                        && f.matchedText().equals("sociétéD’autre")));
    assertTrue(
        flags.stream()
            .anyMatch(f -> f.kind() == io.translationworkbench.flag.FlagKind.UNTRANSLATED));
    for (int i = 1; i < flags.size(); i++) {
      assertTrue(
          flags.get(i - 1).severity().compareTo(flags.get(i).severity()) <= 0,
          "sorted by severity");
    }
    // the A_A_ACCENT rule fires on the human text only: nothing to flag in the translation
    assertFalse(flags.stream().anyMatch(f -> f.ruleId().startsWith("A_A_ACCENT")));
  }

  @Test
  void twoRunsGiveByteIdenticalReports() {
    PairReport again = workbench.analyze(PAIR);
    assertEquals(new JsonReportWriter().write(report), new JsonReportWriter().write(again));
    assertEquals(new MarkdownReportWriter().write(report), new MarkdownReportWriter().write(again));
    assertEquals(new HtmlReportWriter().write(report), new HtmlReportWriter().write(again));
  }

  @Test
  void committedReportsAreCurrent() throws Exception {
    Path dir = Path.of("reports/tiktok-bytedance-2020-09");
    String hint = " is stale: run ./workbench report and commit reports/";
    assertEquals(
        Files.readString(dir.resolve("report.json"), StandardCharsets.UTF_8),
        new JsonReportWriter().write(report),
        dir.resolve("report.json") + hint);
    assertEquals(
        Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8),
        new MarkdownReportWriter().write(report),
        dir.resolve("report.md") + hint);
    assertEquals(
        Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8),
        new HtmlReportWriter().write(report),
        dir.resolve("report.html") + hint);
  }

  private static String readMachine() {
    return read(PAIR.resolve("machine.fr.txt"));
  }

  private static String readHuman() {
    return read(PAIR.resolve("human.fr.txt"));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
