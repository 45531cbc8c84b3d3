package io.translationworkbench.report;

import io.translationworkbench.LineIndex;
import io.translationworkbench.PairReport;
import io.translationworkbench.ProcessingError;
import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.Signature;
import io.translationworkbench.Span;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.align.AlignmentSection;
import io.translationworkbench.config.PairManifest;
import io.translationworkbench.config.TypographyProfile;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagKind;
import io.translationworkbench.grammar.Densities;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.grammar.MatchKind;
import io.translationworkbench.grammar.SideDensity;
import io.translationworkbench.grammar.SuppressedMatch;
import io.translationworkbench.ingest.Anomaly;
import io.translationworkbench.ingest.AnomalyKind;
import io.translationworkbench.ingest.InputFile;
import io.translationworkbench.metrics.DocumentMetrics;
import io.translationworkbench.metrics.Similarity;
import io.translationworkbench.review.Decision;
import io.translationworkbench.review.FlagState;
import io.translationworkbench.review.ReviewDecision;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.review.StaleDecision;
import io.translationworkbench.segment.Sentence;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, hand-made report model whose every value is known, for the golden-file tests of the
 * writers.
 */
final class ReportFixtures {
  /**
   * The house style of a short human text with one spaced colon and straight apostrophes: the colon
   * space is checked, apostrophes are house style.
   */
  static final io.translationworkbench.style.HouseStyle HOUSE_STYLE =
      io.translationworkbench.style.HouseStyleInference.infer(
          "Le maire a dit : l'affaire est close. Il l'a confirmé : c'est fini.");

  static final String MACHINE =
      "Le 13 Septembre, il a dit | « oui ».\nThe end is near, says the publisher.";
  static final String HUMAN = "Le 13 septembre, il a dit oui. (Belga)";

  private ReportFixtures() {}

  static PairReport minimal() {
    LineIndex m = new LineIndex(MACHINE);
    LineIndex h = new LineIndex(HUMAN);
    PairManifest manifest =
        new PairManifest(
            "demo-pair",
            "fr",
            "A tiny pair with | a pipe",
            "2020-09",
            new PairManifest.TextInfo("machine.fr.txt", "AI", "Outlet", "id", "Machine text."),
            new PairManifest.TextInfo("human.fr.txt", "Belga", "Belga", null, null),
            null,
            null);
    Sentence ms =
        new Sentence("m-0123456789", Side.MACHINE, 0, 0, m.span(0, 36), MACHINE.substring(0, 36));
    Sentence hs =
        new Sentence("h-abcdefabcd", Side.HUMAN, 0, 0, h.span(0, 30), HUMAN.substring(0, 30));
    GrammarMatch month =
        new GrammarMatch(
            Side.MACHINE,
            "MOIS",
            "1",
            "CAT_MAJUSCULES",
            "uncategorized",
            MatchKind.GRAMMAR,
            Severity.ERROR,
            "Les mois s'écrivent sans majuscule.",
            m.span(6, 15),
            "Septembre",
            List.of("septembre"),
            ms.id());
    Flag monthFlag =
        new Flag(
            "1111aaaa2222bbbb",
            FlagKind.GRAMMAR,
            Severity.ERROR,
            "MOIS[1]",
            ms.id(),
            month.span(),
            "Septembre",
            "Les mois s'écrivent sans majuscule.",
            List.of("septembre"),
            Map.of("category", "CAT_MAJUSCULES"),
            false);
    Flag dismissedFlag =
        new Flag(
            "3333cccc4444dddd",
            FlagKind.TYPOGRAPHY,
            Severity.WARNING,
            "TIRET[1]",
            ms.id(),
            m.span(26, 27),
            "|",
            "Hyphen | used as a dash.",
            List.of(),
            Map.of(),
            false);
    Anomaly english =
        new Anomaly(
            AnomalyKind.FOREIGN_LANGUAGE,
            Side.MACHINE,
            Severity.WARNING,
            m.span(37, MACHINE.length()),
            "The end is near, says the publisher.",
            "paragraph in English (en), not French",
            Map.of("language", "en", "probability", "0.99999"));
    Anomaly credit =
        new Anomaly(
            AnomalyKind.CREDIT_LINE,
            Side.HUMAN,
            Severity.INFO,
            h.span(31, 38),
            "(Belga)",
            "credit line, not body text",
            Map.of("paragraph", "0"));
    SuppressedMatch pipe =
        new SuppressedMatch(
            Side.MACHINE, "FRENCH_WHITESPACE", m.span(26, 27), "|", "typography profile");
    SideDensity md =
        new SideDensity(
            7,
            1,
            0,
            14.29,
            Map.of("grammar", 1),
            Map.of("grammar", 14.29),
            Map.of("CAT_MAJUSCULES", 1));
    SideDensity hd = new SideDensity(7, 0, 0, 0.0, Map.of(), Map.of(), Map.of());
    Map<String, String> norm = new LinkedHashMap<>();
    norm.put("unicode", "NFC");
    Map<String, Object> rules = new LinkedHashMap<>();
    rules.put("level", "default");
    rules.put("disabledRules", List.of());
    rules.put("typography", TypographyProfile.DEFAULT);
    Signature sig =
        new Signature(
            "translation-workbench",
            "9.9.9",
            "6.8",
            norm,
            rules,
            Map.of("ignoreWords", 0),
            List.of(),
            Map.of("segmenter", "LanguageTool SRX (fr)"));
    return new PairReport(
        PairReport.FORMAT_VERSION,
        manifest,
        List.of(
            new InputFile(
                Side.MACHINE,
                "pairs/demo/machine.fr.txt",
                "ab".repeat(32),
                75,
                "lf",
                false,
                false,
                2,
                1,
                7),
            new InputFile(
                Side.HUMAN,
                "pairs/demo/human.fr.txt",
                "cd".repeat(32),
                38,
                "crlf",
                true,
                true,
                1,
                1,
                7)),
        PairReport.OFFSETS,
        List.of(english, credit),
        List.of(ms, hs),
        List.of(month),
        List.of(pipe),
        HOUSE_STYLE,
        new Densities(md, hd, 0.5, 28.57),
        new DocumentMetrics(
            "Comparable articles.",
            "body sentences only",
            List.of(
                new DocumentMetrics.MetricValue("BLEU", 100.00000000000004, "nrefs:1|tok:13a"),
                new DocumentMetrics.MetricValue("TER", 12.5, "nrefs:1|tok:tercom")),
            List.of(new Similarity("jaro_winkler", 0.75, "characters", "lower-cased"))),
        new AlignmentSection(
            "align:comparable",
            List.of(
                new AlignedPairResult(
                    List.of(ms.id()),
                    List.of(hs.id()),
                    0.5,
                    Map.of("chrf", 0.6),
                    Map.of("BLEU", 20.0, "chrF2", 45.5, "TER", 50.0),
                    Map.of(),
                    "Le 13 [-Septembre-]{+septembre+} , il a dit",
                    List.of())),
            List.of(),
            List.of()),
        List.of(
            ReviewedFlag.open(monthFlag),
            new ReviewedFlag(
                dismissedFlag,
                FlagState.DISMISSED,
                ReviewDecision.of(
                    dismissedFlag,
                    ms.text(),
                    Decision.DISMISSED,
                    "ana",
                    LocalDate.of(2026, 11, 2),
                    "house style"))),
        List.of(
            new StaleDecision(
                new ReviewDecision(
                    "00000000deadbeef",
                    Decision.CONFIRMED,
                    "bob",
                    "2026-11-01",
                    "",
                    FlagKind.SPELLING,
                    "FR_SPELLING_RULE",
                    "Lijian",
                    "Old sentence."),
                StaleDecision.Reason.FLAG_GONE,
                null)),
        List.of(new ProcessingError("grammar", "pairs/demo/human.fr.txt", "boom")),
        sig,
        List.of(),
        null);
  }

  /** The machine text of {@link #cards()}: two sentences, then an English paragraph. */
  static final String CARDS_MACHINE =
      "Il a plu hier. Le 13 Septembre, il a dit oui.\nThe end is near, says the publisher.";

  /**
   * The minimal report with five flags for the card layout: two on each of two sentences (the later
   * sentence holds the error; in each, the most severe flag comes later in the text than a milder
   * one, and one covers its whole sentence) and one document-level flag, given in an order that is
   * neither the cards' nor the text's.
   */
  static PairReport cards() {
    return cards(false);
  }

  /**
   * {@link #cards()} without the sentence that holds the error and the fact flag: those two flags
   * make one card whose sentence is unknown (never so in a pipeline report).
   */
  static PairReport cardsOnUnknownSentence() {
    return cards(true);
  }

  private static PairReport cards(boolean unknownSentence) {
    PairReport r = minimal();
    LineIndex m = new LineIndex(CARDS_MACHINE);
    Sentence s1 = new Sentence("m-1111111111", Side.MACHINE, 0, 0, m.span(0, 14), "Il a plu hier.");
    Sentence s2 =
        new Sentence(
            "m-2222222222", Side.MACHINE, 1, 0, m.span(15, 45), "Le 13 Septembre, il a dit oui.");
    Sentence hs = r.sentences().get(1);
    Flag unmatched =
        new Flag(
            "c1c1c1c1c1c1c1c1",
            FlagKind.UNMATCHED,
            Severity.INFO,
            "unmatched",
            s1.id(),
            s1.span(),
            s1.text(),
            "No counterpart in the human article.",
            List.of(),
            Map.of(),
            false);
    Flag style =
        new Flag(
            "c2c2c2c2c2c2c2c2",
            FlagKind.STYLE,
            Severity.WARNING,
            "PLUIE[1]",
            s1.id(),
            m.span(5, 8),
            "plu",
            "Style <plu>.",
            List.of("plut"),
            Map.of("category", "CAT_STYLE"),
            false);
    Flag fact =
        new Flag(
            "c3c3c3c3c3c3c3c3",
            FlagKind.FACT_MISMATCH,
            Severity.INFO,
            "fact-number",
            s2.id(),
            m.span(18, 20),
            "13",
            "The number \"13\" differs.",
            List.of(),
            Map.of("human", "Le 14 septembre", "humanIds", hs.id(), "factKind", "number"),
            false);
    Flag month =
        new Flag(
            "c4c4c4c4c4c4c4c4",
            FlagKind.GRAMMAR,
            Severity.ERROR,
            "MOIS[1]",
            s2.id(),
            m.span(21, 30),
            "Septembre",
            "Les mois s'écrivent sans majuscule.",
            List.of("septembre"),
            Map.of("category", "CAT_MAJUSCULES"),
            false);
    Flag untranslated =
        new Flag(
            "c5c5c5c5c5c5c5c5",
            FlagKind.UNTRANSLATED,
            Severity.WARNING,
            "untranslated",
            null,
            m.span(46, CARDS_MACHINE.length()),
            "The end is near, says the publisher.",
            "Paragraph in English (en) inside the French text.",
            List.of(),
            Map.of("language", "en"),
            false);
    AlignedPairResult pair = r.alignment().pairs().get(0);
    return new PairReport(
        r.formatVersion(),
        r.pair(),
        r.inputs(),
        r.offsets(),
        r.anomalies(),
        unknownSentence ? List.of(s1, hs) : List.of(s1, s2, hs),
        List.of(),
        List.of(),
        HOUSE_STYLE,
        r.densities(),
        r.documentMetrics(),
        new AlignmentSection(
            r.alignment().aligner(),
            List.of(
                new AlignedPairResult(
                    List.of(s2.id()),
                    pair.humanIds(),
                    pair.alignScore(),
                    pair.features(),
                    pair.metrics(),
                    pair.similarity(),
                    "Le 13 [-Septembre-]{+septembre+} , il a dit oui .",
                    pair.facts())),
            List.of(),
            List.of(s1.id())),
        List.of(
            ReviewedFlag.open(unmatched),
            ReviewedFlag.open(fact),
            ReviewedFlag.open(untranslated),
            ReviewedFlag.open(style),
            ReviewedFlag.open(month)),
        List.of(),
        List.of(),
        r.signature(),
        List.of(),
        null);
  }

  /**
   * A file name with markup, quotes and an ampersand (a file name cannot hold the payload's '/').
   */
  static final String FILE_NAME = "<i>\"file\" & 'name'.txt";

  /**
   * The minimal report with {@code payload} put into every text field that comes from the inputs,
   * the configuration or a reviewer: file names, topic, notes, sentences, matched text, messages,
   * suggestions, word diff, anomalies, reviewer note, suppressed text, processing error,
   * configuration file; for the escaping tests.
   */
  static PairReport hostile(String payload) {
    PairReport r = minimal();
    String machineText = "Le 13 Septembre " + payload + ".";
    String humanText = "Le 13 septembre " + payload + ".";
    Sentence m0 = r.sentences().get(0);
    Sentence h0 = r.sentences().get(1);
    Sentence ms = new Sentence(m0.id(), Side.MACHINE, 0, 0, m0.span(), machineText);
    Sentence hs = new Sentence(h0.id(), Side.HUMAN, 0, 0, h0.span(), humanText);
    Span payloadSpan = new Span(16, 16 + payload.length(), 1, 17, 1, 17 + payload.length());
    PairManifest p = r.pair();
    PairManifest manifest =
        new PairManifest(
            p.id(),
            p.language(),
            payload,
            p.date(),
            new PairManifest.TextInfo(FILE_NAME, "AI", "Outlet", "id", payload),
            p.human(),
            payload,
            null);
    GrammarMatch m0Match = r.matches().get(0);
    GrammarMatch match =
        new GrammarMatch(
            Side.MACHINE,
            "MOIS",
            "1",
            "CAT_MAJUSCULES",
            "uncategorized",
            MatchKind.GRAMMAR,
            Severity.ERROR,
            payload,
            payloadSpan,
            payload,
            List.of(payload),
            ms.id());
    Flag payloadFlag =
        new Flag(
            "5555eeee6666ffff",
            FlagKind.GRAMMAR,
            Severity.ERROR,
            "MOIS[1]",
            ms.id(),
            payloadSpan,
            payload,
            payload,
            List.of(payload),
            Map.of("diff", "[-" + payload + "-]{+" + payload + "+}"),
            false);
    ReviewedFlag dismissed = r.flags().get(1);
    ReviewedFlag noted =
        new ReviewedFlag(
            dismissed.flag(),
            FlagState.DISMISSED,
            ReviewDecision.of(
                dismissed.flag(),
                ms.text(),
                Decision.DISMISSED,
                payload,
                LocalDate.of(2026, 11, 2),
                payload));
    Anomaly anomaly =
        new Anomaly(
            AnomalyKind.CREDIT_LINE,
            Side.HUMAN,
            Severity.INFO,
            h0.span(),
            payload,
            payload,
            Map.of("paragraph", "0"));
    AlignedPairResult pair = r.alignment().pairs().get(0);
    return new PairReport(
        r.formatVersion(),
        manifest,
        List.of(
            new InputFile(Side.MACHINE, payload, "ab".repeat(32), 75, "lf", false, false, 2, 1, 7),
            r.inputs().get(1)),
        r.offsets(),
        List.of(anomaly),
        List.of(ms, hs),
        List.of(m0Match, match),
        List.of(
            new SuppressedMatch(
                Side.MACHINE, "FRENCH_WHITESPACE", payloadSpan, payload, "typography profile")),
        HOUSE_STYLE,
        r.densities(),
        new DocumentMetrics(
            payload, payload, r.documentMetrics().scores(), r.documentMetrics().similarity()),
        new AlignmentSection(
            r.alignment().aligner(),
            List.of(
                new AlignedPairResult(
                    pair.machineIds(),
                    pair.humanIds(),
                    pair.alignScore(),
                    pair.features(),
                    pair.metrics(),
                    pair.similarity(),
                    pair.diff(),
                    pair.facts())),
            List.of(),
            List.of()),
        List.of(ReviewedFlag.open(payloadFlag), r.flags().get(0), noted),
        r.staleDecisions(),
        List.of(new ProcessingError("grammar", payload, payload)),
        new Signature(
            "translation-workbench",
            "9.9.9",
            "6.8",
            Map.of("unicode", payload),
            Map.of("level", payload),
            Map.of(),
            List.of(payload),
            Map.of()),
        List.of(),
        null);
  }
}
