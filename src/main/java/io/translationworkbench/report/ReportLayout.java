package io.translationworkbench.report;

import static io.translationworkbench.report.ReportViews.findings;
import static io.translationworkbench.report.ReportViews.fmt;
import static io.translationworkbench.report.ReportViews.fmt4;

import io.translationworkbench.PairReport;
import io.translationworkbench.ProcessingError;
import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.Signature;
import io.translationworkbench.Span;
import io.translationworkbench.Texts;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.config.PairManifest;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.grammar.Densities;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.grammar.MatchKind;
import io.translationworkbench.grammar.SideDensity;
import io.translationworkbench.ingest.Anomaly;
import io.translationworkbench.ingest.AnomalyKind;
import io.translationworkbench.ingest.InputFile;
import io.translationworkbench.metrics.DocumentMetrics;
import io.translationworkbench.metrics.MetricNames;
import io.translationworkbench.metrics.Similarity;
import io.translationworkbench.report.Blocks.Abbreviated;
import io.translationworkbench.report.Blocks.Badge;
import io.translationworkbench.report.Blocks.BadgeList;
import io.translationworkbench.report.Blocks.Block;
import io.translationworkbench.report.Blocks.BulletList;
import io.translationworkbench.report.Blocks.Caption;
import io.translationworkbench.report.Blocks.Card;
import io.translationworkbench.report.Blocks.CardHeading;
import io.translationworkbench.report.Blocks.Cell;
import io.translationworkbench.report.Blocks.Chips;
import io.translationworkbench.report.Blocks.Code;
import io.translationworkbench.report.Blocks.Column;
import io.translationworkbench.report.Blocks.Field;
import io.translationworkbench.report.Blocks.Fields;
import io.translationworkbench.report.Blocks.Inline;
import io.translationworkbench.report.Blocks.Item;
import io.translationworkbench.report.Blocks.Keyword;
import io.translationworkbench.report.Blocks.Lang;
import io.translationworkbench.report.Blocks.Marked;
import io.translationworkbench.report.Blocks.Muted;
import io.translationworkbench.report.Blocks.Page;
import io.translationworkbench.report.Blocks.Paragraph;
import io.translationworkbench.report.Blocks.Row;
import io.translationworkbench.report.Blocks.Section;
import io.translationworkbench.report.Blocks.SentencePair;
import io.translationworkbench.report.Blocks.Strong;
import io.translationworkbench.report.Blocks.Table;
import io.translationworkbench.report.Blocks.Text;
import io.translationworkbench.report.Blocks.WordDiff;
import io.translationworkbench.review.Correction;
import io.translationworkbench.review.Excerpt;
import io.translationworkbench.review.PostEditing;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.review.SentenceCard;
import io.translationworkbench.review.StaleDecision;
import io.translationworkbench.segment.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What the report for people says, once for Markdown and HTML: the sections of a {@link
 * PairReport}, in order, with their counts and wording, as {@link Blocks}. A pure function,
 * deterministic; the renderers add nothing but markup.
 */
final class ReportLayout {
  /** Characters of a sentence shown in the sentence table (the cards show more). */
  private static final int TABLE_SENTENCE = 80;

  /**
   * Characters of a card's sentence, human counterpart and word diff shown, at most: more than any
   * newsroom sentence holds, and a bound on what one card repeats of a pathological one (each flag
   * quotes its own excerpt, exact whatever the cut).
   */
  static final int CARD_TEXT = 2_000;

  private final PairReport r;
  private final String lang;
  private final Map<String, Sentence> byId;
  private final Map<String, AlignedPairResult> pairOf;

  private ReportLayout(PairReport r) {
    this.r = r;
    this.lang = r.pair().language() == null ? "fr" : r.pair().language();
    this.byId = ReportViews.sentencesById(r);
    this.pairOf = ReportViews.pairsByMachineId(r);
  }

  /** The report as a page of sections. */
  static Page of(PairReport r) {
    return new ReportLayout(r).page();
  }

  private Page page() {
    List<Section> s = new ArrayList<>();
    s.add(new Section("summary", "Summary", "Summary", summary()));
    s.add(new Section("flags", "Flagged sentences", "Flagged sentences", flags()));
    if (r.postEditing() != null) {
      s.add(
          new Section(
              "post-editing", "Post-editing (reviewers' corrections)", null, postEditing()));
    }
    s.add(new Section("inputs", "Inputs", "Inputs", List.of(inputs())));
    s.add(new Section("anomalies", "Structural anomalies", "Anomalies", anomalies()));
    s.add(
        new Section(
            "metrics",
            "Similarity to the human article (document level)",
            "Similarity",
            documentMetrics()));
    s.add(new Section("sentences", "Sentences of the machine text", "Sentences", sentences()));
    s.add(new Section("coverage", "Coverage", "Coverage", coverage()));
    s.add(
        new Section(
            "matches-machine",
            "Grammar, spelling and typography: machine text",
            "Findings: machine",
            matches(Side.MACHINE)));
    s.add(
        new Section(
            "matches-human",
            "Grammar, spelling and typography: human baseline",
            "Findings: human",
            matches(Side.HUMAN)));
    s.add(
        new Section(
            "density",
            "Grammar density (findings per 100 words)",
            "Density",
            List.of(densities())));
    s.add(
        new Section(
            "house-style", "Typography: house style of the human text", null, houseStyle()));
    if (!r.suppressed().isEmpty()) {
      s.add(new Section("left-out", "Left out on purpose", null, suppressed()));
    }
    if (!r.processingErrors().isEmpty()) {
      s.add(new Section("errors", "Processing errors", null, processingErrors()));
    }
    if (!r.processingNotes().isEmpty()) {
      List<Item> notes = new ArrayList<>();
      r.processingNotes().forEach(n -> notes.add(item(text(n))));
      s.add(new Section("notes", "Processing notes", null, List.of(new BulletList(notes))));
    }
    s.add(new Section("reproducibility", "Reproducibility", "Reproducibility", signature()));
    return new Page("Translation quality report: " + r.pair().id(), meta(), s);
  }

  private List<Field> meta() {
    PairManifest p = r.pair();
    List<Field> m = new ArrayList<>();
    if (p.topic() != null) {
      m.add(field("Topic", text(p.topic() + (p.date() == null ? "" : " (" + p.date() + ")"))));
    }
    m.add(new Field("Machine text", describe(p.machine())));
    m.add(new Field("Human baseline", describe(p.human())));
    if (p.notes() != null && !p.notes().isBlank()) {
      m.add(field("Notes", text(p.notes())));
    }
    return m;
  }

  private static List<Inline> describe(PairManifest.TextInfo t) {
    return t.description() == null
        ? List.of(new Code(t.file()))
        : List.of(new Code(t.file()), text(": " + t.description()));
  }

  private List<Block> summary() {
    Densities d = r.densities();
    PairReport.Summary sum = r.summary();
    List<Item> items = new ArrayList<>();
    items.add(
        item(
            text("Machine text: "),
            new Strong(String.valueOf(d.machine().findings())),
            text(
                " "
                    + findings(d.machine().findings())
                    + (d.machine().dismissed() == 0
                        ? ""
                        : " (" + d.machine().dismissed() + " dismissed, not counted)")
                    + " in "
                    + d.machine().words()
                    + " words ("),
            new Strong(fmt(d.machine().per100Words())),
            text(" per 100 words)")));
    items.add(
        item(
            text(
                "Human baseline: "
                    + d.human().findings()
                    + " "
                    + findings(d.human().findings())
                    + " in "
                    + d.human().words()
                    + " words ("
                    + fmt(d.human().per100Words())
                    + " per 100 words)")));
    if (d.ratio() != null) {
      items.add(
          item(
              text("Density ratio machine ÷ human (human at least " + fmt(d.floor()) + "): "),
              new Strong(fmt(d.ratio()))));
    }
    long names = ReportViews.probableNames(r);
    if (names > 0) {
      items.add(item(text("Probable names (not counted): " + names)));
    }
    Map<Severity, Integer> bySeverity = ReportViews.openFlagsBySeverity(r);
    int open = bySeverity.values().stream().mapToInt(Integer::intValue).sum();
    List<Inline> flags =
        new ArrayList<>(List.of(text("Flags not dismissed: "), new Strong("" + open)));
    if (open > 0) {
      List<Badge> badges = new ArrayList<>();
      bySeverity.forEach((sev, n) -> badges.add(new Badge(sev, ReportViews.countOf(sev, n))));
      flags.add(text(" ("));
      flags.add(new BadgeList(badges));
      flags.add(text(")" + ReportViews.openPlacement(r)));
    }
    flags.add(
        text(
            "; "
                + sum.open()
                + " open, "
                + sum.confirmed()
                + " confirmed, "
                + sum.dismissed()
                + " dismissed by reviewers"));
    items.add(new Item(flags));
    Double chrF = r.documentChrF();
    if (chrF != null) {
      items.add(
          item(
              text(
                  "Document "
                      + MetricNames.CHRF
                      + " against the human article: "
                      + fmt(chrF)
                      + " "),
              new Muted("(comparable articles: low by nature)")));
    }
    items.add(item(text(ReportViews.alignmentCounts(r))));
    items.add(
        item(
            text(
                "Structural anomalies: "
                    + r.anomalies().size()
                    + (r.anomalies().isEmpty() ? "" : " (" + ReportViews.anomalyTally(r) + ")"))));
    if (sum.processingErrors() > 0) {
      items.add(
          item(
              new Strong("Processing errors: " + sum.processingErrors()),
              text(" (a stage could not finish: this result is incomplete, see below)")));
    }
    // the counts every output shows under one name (README: "What the numbers mean")
    List<Row> rows = new ArrayList<>();
    sum.named()
        .forEach((k, v) -> rows.add(row(cell(new Code(k)), number(PairReport.Summary.text(v)))));
    return List.of(
        new BulletList(items),
        new Caption(
            List.of(
                text(
                    "The same counts, by the names the JSON report, the gate summary, SARIF and"
                        + " JUnit use"))),
        new Table(columns("count", "#value"), rows, true));
  }

  private List<Block> flags() {
    List<Block> b = new ArrayList<>();
    if (r.flags().isEmpty()) {
      b.add(paragraph(text("Nothing flagged.")));
    } else {
      List<SentenceCard<ReviewedFlag>> cards = ReportViews.cards(r);
      b.add(
          paragraph(
              text(
                  SentenceCard.tally(cards)
                      + ". One card per machine sentence, with its flags under it; cards and flags"
                      + " most severe first. Each flag has a fingerprint that stays the same across"
                      + " runs; record a decision with "),
              new Code("./workbench review"),
              text(".")));
      int n = 0;
      for (SentenceCard<ReviewedFlag> card : cards) {
        n++;
        Sentence s = card.documentLevel() ? null : byId.get(card.sentenceId());
        if (s != null) {
          b.add(sentenceCard(n, s, card.items()));
          continue;
        }
        // a document-level flag is a card of its own; flags whose sentence is unknown (never in a
        // pipeline report) are shown alike rather than dropped, numbered n, n-2, n-3…
        for (int k = 0; k < card.items().size(); k++) {
          b.add(documentCard(k == 0 ? "" + n : n + "-" + (k + 1), card.items().get(k)));
        }
      }
    }
    if (!r.staleDecisions().isEmpty()) {
      b.add(new Caption(List.of(new Strong("Stale review decisions"), text(" (not applied)"))));
      List<Item> items = new ArrayList<>();
      for (StaleDecision d : r.staleDecisions()) {
        items.add(item(text(d.message())));
      }
      b.add(new BulletList(items));
    }
    return b;
  }

  /** The corrections' effort (HTER) and each corrected sentence next to its correction. */
  private List<Block> postEditing() {
    PostEditing pe = r.postEditing();
    List<Item> items = new ArrayList<>();
    items.add(
        item(
            text("Corrected by reviewers: "),
            new Strong(pe.corrected() + " of " + pe.sentences()),
            text(" machine sentences")));
    items.add(
        item(
            text(
                "HTER, the whole machine text against its corrections (a sentence nobody corrected"
                    + " counts as accepted): "),
            new Strong(fmt(pe.hter()))));
    if (pe.hterCorrected() != null) {
      items.add(
          item(
              text("HTER of the corrected sentences alone: "),
              new Strong(fmt(pe.hterCorrected()))));
    }
    items.add(item(text("TER signature: "), new Code(pe.signature(), null)));
    List<Block> b = new ArrayList<>();
    b.add(new BulletList(items));
    List<Item> pairs = new ArrayList<>();
    for (Correction c : pe.corrections()) {
      pairs.add(item(new Lang(lang, c.sentence()), text(" → "), new Lang(lang, c.corrected())));
    }
    if (!pairs.isEmpty()) {
      b.add(new Caption(List.of(new Strong("Corrections"))));
      b.add(new BulletList(pairs));
    }
    if (!pe.staleCorrections().isEmpty()) {
      b.add(
          new Caption(
              List.of(
                  new Strong("Stale corrections"),
                  text(" (their sentence is no longer in the machine text; not applied)"))));
      List<Item> stale = new ArrayList<>();
      pe.staleCorrections().forEach(c -> stale.add(item(new Lang(lang, c.sentence()))));
      b.add(new BulletList(stale));
    }
    return b;
  }

  private Card documentCard(String number, ReviewedFlag rf) {
    Flag f = rf.flag();
    List<Field> fields = new ArrayList<>();
    fields.add(why(f));
    if (!f.matchedText().isEmpty()) {
      String textLang = f.evidence().getOrDefault("language", lang);
      fields.add(field("Text", new Lang(textLang, f.matchedText())));
    }
    flagDetails(fields, rf, null);
    return new Card(
        "card-" + number,
        f.severity(),
        rf.state().label(),
        false,
        List.of(flagHeading(3, number, f), new Fields(fields)));
  }

  private Card sentenceCard(int n, Sentence s, List<ReviewedFlag> flags) {
    Severity top = flags.get(0).flag().severity();
    List<Block> b = new ArrayList<>();
    b.add(
        new CardHeading(
            3,
            "" + n,
            top,
            List.of(
                text(
                    "sentence at line "
                        + position(s.span())
                        + " · "
                        + ReportViews.cardCount(flags)))));
    String human = ReportViews.humanCounterpart(s.id(), byId, pairOf);
    String diff = ReportViews.cardDiff(flags, pairOf.get(s.id()));
    b.add(
        new SentencePair(
            new Field("Machine", machineText(s, flags)),
            human == null
                ? field("Human", new Muted("no counterpart in the human article"))
                : field("Human", new Lang(lang, Texts.abbreviate(human, CARD_TEXT))),
            diff == null ? null : wordDiff(ReportViews.abbreviateDiff(diff, CARD_TEXT))));
    int k = 0;
    for (ReviewedFlag rf : flags) {
      k++;
      Flag f = rf.flag();
      List<Field> fields = new ArrayList<>();
      fields.add(why(f));
      fields.add(field("Span", span(s, f)));
      String own = f.evidence().get("diff");
      flagDetails(fields, rf, own != null && !own.isEmpty() && !own.equals(diff) ? own : null);
      b.add(
          new Card(
              "flag-" + n + "-" + k,
              f.severity(),
              rf.state().label(),
              true,
              List.of(flagHeading(4, n + "." + k, f), new Fields(fields))));
    }
    return new Card("card-" + n, top, null, false, b);
  }

  /**
   * A card's sentence with its flags' spans highlighted; a sentence longer than {@link #CARD_TEXT}
   * is cut there (cut at a space), with its length said.
   */
  private List<Inline> machineText(Sentence s, List<ReviewedFlag> flags) {
    String t = s.text();
    List<int[]> marks = ReportViews.highlights(s, flags);
    if (t.length() <= CARD_TEXT) {
      return List.of(new Marked(lang, t, marks));
    }
    int cut = t.lastIndexOf(' ', CARD_TEXT);
    cut = cut <= CARD_TEXT / 2 ? CARD_TEXT : cut;
    if (Character.isLowSurrogate(t.charAt(cut))) {
      cut--;
    }
    List<int[]> shown = new ArrayList<>();
    for (int[] m : marks) {
      if (m[0] < cut) {
        shown.add(new int[] {m[0], Math.min(m[1], cut)});
      }
    }
    return List.of(
        new Marked(lang, t.substring(0, cut) + "…", shown),
        new Muted(
            " (" + t.length() + " characters, cut at " + cut + ": each flag quotes its own part)"));
  }

  /** Where the flag lies in its sentence: an excerpt with its span marked, or words for it. */
  private Inline span(Sentence s, Flag f) {
    Excerpt e = ReportViews.excerpt(s, f);
    if (e != null) {
      Excerpt.Shown shown = e.show(s.text());
      return new Marked(lang, shown.text(), List.of(new int[] {shown.markFrom(), shown.markTo()}));
    }
    if (ReportViews.spanInSentence(s, f) != null) {
      return text("the whole sentence");
    }
    return new Lang(lang, f.matchedText());
  }

  private static CardHeading flagHeading(int level, String number, Flag f) {
    return new CardHeading(
        level,
        number,
        f.severity(),
        List.of(
            text(f.kind().id() + " · "),
            new Code(f.ruleId()),
            text(" · line " + position(f.span()))));
  }

  /** LanguageTool writes its messages in the text's language; ours are English. */
  private Field why(Flag f) {
    String messageLang = f.kind().fromLanguageTool() ? lang : null;
    return field("Why", new Lang(messageLang, f.message()));
  }

  private Field wordDiff(String diff) {
    return field("Word diff", new WordDiff(lang, diff));
  }

  /** Suggestions, evidence, a diff of the flag's own (when given), state and fingerprint. */
  private void flagDetails(List<Field> fields, ReviewedFlag rf, String diff) {
    Flag f = rf.flag();
    if (!f.suggestions().isEmpty()) {
      fields.add(field("Suggestions", new Chips(lang, f.suggestions())));
    }
    List<String> evidence = ReportViews.evidence(f);
    if (!evidence.isEmpty()) {
      fields.add(field("Evidence", new Muted(String.join("; ", evidence))));
    }
    if (diff != null) {
      fields.add(wordDiff(diff));
    }
    List<Inline> state = new ArrayList<>(List.of(new Keyword(rf.state().label())));
    if (rf.decision() != null) {
      state.add(
          text(
              " by "
                  + rf.decision().reviewer()
                  + " on "
                  + rf.decision().date()
                  + (rf.note().isEmpty() ? "" : ": " + rf.note())));
    }
    state.add(text(" · fingerprint "));
    state.add(new Code(f.fingerprint()));
    fields.add(new Field("State", state));
  }

  private Table inputs() {
    List<Row> rows = new ArrayList<>();
    for (InputFile f : r.inputs()) {
      rows.add(
          row(
              cell(text(f.side().label())),
              cell(new Code(f.path())),
              cell(new Abbreviated(f.sha256(), 17, true, null)),
              number("" + f.bytes()),
              number("" + f.paragraphs()),
              number("" + f.bodySentences()),
              number("" + f.bodyWords())));
    }
    return new Table(
        columns(
            "side", "file", "SHA-256", "#bytes", "#paragraphs", "#body sentences", "#body words"),
        rows,
        true);
  }

  private List<Block> anomalies() {
    if (r.anomalies().isEmpty()) {
      return List.of(paragraph(text("None found.")));
    }
    List<Row> rows = new ArrayList<>();
    for (Anomaly a : r.anomalies()) {
      String textLang =
          a.kind() == AnomalyKind.FOREIGN_LANGUAGE
              ? a.evidence().getOrDefault("language", lang)
              : lang;
      rows.add(
          row(
              cell(text(a.side().label())),
              number(position(a.span())),
              cell(text(a.kind().id())),
              cell(badge(a.severity())),
              cell(new Lang(textLang, a.text())),
              cell(text(a.message()))));
    }
    return List.of(
        new Table(
            columns("side", "line:col", "kind", "severity", "text", "what it means"), rows, false));
  }

  private List<Block> documentMetrics() {
    DocumentMetrics d = r.documentMetrics();
    List<Row> rows = new ArrayList<>();
    for (DocumentMetrics.MetricValue v : d.scores()) {
      rows.add(row(cell(text(v.name())), number(fmt(v.score())), cell(new Code(v.signature()))));
    }
    for (Similarity v : d.similarity()) {
      rows.add(
          row(
              cell(text(v.name())),
              number(fmt4(v.value())),
              cell(text(v.tokenisation() + "; " + v.normalisation()))));
    }
    return List.of(
        paragraph(text(d.note())),
        new Table(columns("metric", "#score", "signature"), rows, true),
        paragraph(text("Text scored: " + d.normalisation() + ".")));
  }

  private List<Block> sentences() {
    Map<String, int[]> flagCounts = ReportViews.openFlagsBySentence(r);
    List<Row> rows = new ArrayList<>();
    for (Sentence s : r.sentences()) {
      if (s.side() != Side.MACHINE) {
        continue;
      }
      AlignedPairResult p = pairOf.get(s.id());
      int[] c = flagCounts.getOrDefault(s.id(), new int[3]);
      List<Cell> cells = new ArrayList<>();
      cells.add(number("" + s.span().line()));
      cells.add(cell(new Abbreviated(s.text(), TABLE_SENTENCE, false, lang)));
      if (p == null) {
        cells.add(cell(new Muted("none")));
        cells.addAll(Collections.nCopies(4, null));
      } else {
        cells.add(cell(new Code(String.join(", ", p.humanIds()))));
        cells.add(number(fmt(p.alignScore())));
        cells.add(number(fmt(p.metrics().getOrDefault("BLEU", Double.NaN))));
        cells.add(number(fmt(p.metrics().getOrDefault(MetricNames.CHRF, Double.NaN))));
        cells.add(number(fmt(p.metrics().getOrDefault("TER", Double.NaN))));
      }
      cells.add(number(c[0] + "/" + c[1] + "/" + c[2]));
      rows.add(new Row(cells, false));
    }
    return List.of(
        paragraph(text("Aligner: "), new Code(r.alignment().aligner())),
        new Table(
            columns(
                "#line",
                "sentence",
                "human counterpart",
                "#align",
                "#BLEU",
                "#" + MetricNames.CHRF,
                "#TER",
                "#flags not dismissed (E/W/I)"),
            rows,
            false));
  }

  private List<Block> coverage() {
    return List.of(
        new Caption(
            List.of(
                text(
                    "Human sentences with no machine counterpart (information the translation"
                        + " lacks)"))),
        sentenceList(r.alignment().humanWithoutCounterpart()),
        new Caption(
            List.of(
                text(
                    "Machine sentences with no human counterpart (added, or from a different"
                        + " source)"))),
        sentenceList(r.alignment().machineWithoutCounterpart()));
  }

  private BulletList sentenceList(List<String> ids) {
    if (ids.isEmpty()) {
      return new BulletList(List.of(item(text("none"))));
    }
    List<Item> items = new ArrayList<>();
    for (String id : ids) {
      Sentence s = byId.get(id);
      items.add(
          item(new Code(id), text(" (line " + s.span().line() + "): "), new Lang(lang, s.text())));
    }
    return new BulletList(items);
  }

  private List<Block> matches(Side side) {
    List<GrammarMatch> ms = r.matches().stream().filter(m -> m.side() == side).toList();
    if (ms.isEmpty()) {
      return List.of(paragraph(text("No findings.")));
    }
    List<Row> rows = new ArrayList<>();
    for (GrammarMatch m : ms) {
      String messageLang = m.kind() == MatchKind.PROBABLE_NAME ? null : lang;
      rows.add(
          row(
              number(position(m.span())),
              cell(text(m.kind().id())),
              cell(badge(m.severity())),
              cell(new Code(m.fullRuleId())),
              cell(new Code(m.matchedText(), lang)),
              cell(new Lang(messageLang, m.message())),
              m.suggestions().isEmpty()
                  ? new Cell(List.of(), false)
                  : cell(new Lang(lang, String.join(", ", m.suggestions())))));
    }
    return List.of(
        new Table(
            columns("line:col", "kind", "severity", "rule", "text", "message", "suggestions"),
            rows,
            false));
  }

  private Table densities() {
    Densities d = r.densities();
    List<Row> rows = new ArrayList<>();
    for (String k : ReportViews.densityKinds(d)) {
      rows.add(row(cell(text(k)), number(density(d.machine(), k)), number(density(d.human(), k))));
    }
    rows.add(
        new Row(
            List.of(
                cell(text("all")),
                new Cell(
                    List.of(
                        new Strong(fmt(d.machine().per100Words())),
                        text(" (" + d.machine().findings() + ")")),
                    true),
                number(fmt(d.human().per100Words()) + " (" + d.human().findings() + ")")),
            true));
    return new Table(columns("kind", "#machine", "#human baseline"), rows, true);
  }

  private static String density(SideDensity d, String kind) {
    return fmt(d.per100WordsByKind().getOrDefault(kind, 0.0))
        + " ("
        + d.byKind().getOrDefault(kind, 0)
        + ")";
  }

  private List<Block> houseStyle() {
    List<Row> rows = new ArrayList<>();
    for (String[] row : ReportViews.houseStyleRows(r.houseStyle())) {
      rows.add(row(cell(text(row[0])), cell(text(row[1])), cell(text(row[2]))));
    }
    return List.of(
        paragraph(
            text(
                "Each convention is checked in the machine text where the human text follows it"
                    + " (or French typography requires it and the human text never breaks it); "),
            new Code("grammar.houseStyle"),
            text(" in workbench.json overrides this.")),
        new Table(columns("convention", "machine text", "why"), rows, false));
  }

  private List<Block> suppressed() {
    List<Item> items = new ArrayList<>();
    ReportViews.suppressedByReason(r)
        .forEach((k, v) -> items.add(item(text(k + ": "), new Lang(lang, String.join(", ", v)))));
    return List.of(
        paragraph(text("LanguageTool findings not reported, and why:")), new BulletList(items));
  }

  private List<Block> processingErrors() {
    List<Item> items = new ArrayList<>();
    for (ProcessingError e : r.processingErrors()) {
      items.add(
          e.file() == null
              ? item(text(e.stage() + ": " + e.message()))
              : item(text(e.stage() + " on "), new Code(e.file()), text(": " + e.message())));
    }
    return List.of(new BulletList(items));
  }

  private List<Block> signature() {
    Signature s = r.signature();
    List<Item> items = new ArrayList<>();
    items.add(
        item(
            text(
                s.tool()
                    + " "
                    + s.toolVersion()
                    + ", LanguageTool "
                    + s.languageToolVersion()
                    + " (embedded)")));
    for (InputFile f : r.inputs()) {
      items.add(item(text(f.side().label() + " SHA-256: "), new Code(f.sha256())));
    }
    List<Item> rules = new ArrayList<>();
    s.rules().forEach((k, v) -> rules.add(item(text(k + ": " + ReportViews.setting(v)))));
    items.add(new Item(List.of(text("LanguageTool rules:")), rules));
    List<Item> normalisation = new ArrayList<>();
    s.normalisation().forEach((k, v) -> normalisation.add(item(text(k + ": " + v))));
    items.add(new Item(List.of(text("Normalisation:")), normalisation));
    items.add(item(text("Offsets: " + r.offsets())));
    items.add(
        item(
            text(
                "Configuration files: "
                    + (s.configFiles().isEmpty()
                        ? "none (defaults)"
                        : String.join(", ", s.configFiles())))));
    return List.of(new BulletList(items));
  }

  /** Where a span starts, as "line:column". */
  private static String position(Span span) {
    return span.line() + ":" + span.column();
  }

  private static Text text(String s) {
    return new Text(s);
  }

  private static Badge badge(Severity s) {
    return new Badge(s, s.label());
  }

  private static Paragraph paragraph(Inline... parts) {
    return new Paragraph(List.of(parts));
  }

  private static Item item(Inline... parts) {
    return new Item(List.of(parts));
  }

  private static Field field(String label, Inline value) {
    return new Field(label, List.of(value));
  }

  private static Cell cell(Inline value) {
    return new Cell(List.of(value), false);
  }

  private static Cell number(String value) {
    return new Cell(List.of(text(value)), true);
  }

  private static Row row(Cell... cells) {
    return new Row(List.of(cells), false);
  }

  /** Columns by name; a name starting with '#' is a numeric column (the '#' is not shown). */
  private static List<Column> columns(String... names) {
    List<Column> c = new ArrayList<>();
    for (String n : names) {
      c.add(n.startsWith("#") ? new Column(n.substring(1), true) : new Column(n, false));
    }
    return c;
  }
}
