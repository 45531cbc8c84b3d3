package io.translationworkbench.report;

import static io.translationworkbench.report.ReportViews.abbreviate;
import static io.translationworkbench.report.ReportViews.findings;
import static io.translationworkbench.report.ReportViews.fmt;
import static io.translationworkbench.report.ReportViews.fmt4;

import io.translationworkbench.PairReport;
import io.translationworkbench.ProcessingError;
import io.translationworkbench.Side;
import io.translationworkbench.Signature;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.grammar.Densities;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.ingest.Anomaly;
import io.translationworkbench.ingest.InputFile;
import io.translationworkbench.metrics.DocumentMetrics;
import io.translationworkbench.metrics.Similarity;
import io.translationworkbench.review.Excerpt;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.review.SentenceCard;
import io.translationworkbench.review.StaleDecision;
import io.translationworkbench.segment.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The report for people, as Markdown: a pure function of {@link PairReport}, deterministic. */
public final class MarkdownReportWriter {

  /** The report as Markdown text. */
  public String write(PairReport r) {
    StringBuilder sb = new StringBuilder(16_384);
    var p = r.pair();
    sb.append("# Translation quality report: ").append(Md.cell(p.id())).append("\n\n");
    if (p.topic() != null) {
      sb.append("**Topic:** ").append(Md.cell(p.topic()));
      if (p.date() != null) {
        sb.append(" (").append(Md.cell(p.date())).append(')');
      }
      sb.append("  \n");
    }
    sb.append("**Machine text:** ").append(describe(p.machine())).append("  \n");
    sb.append("**Human baseline:** ").append(describe(p.human())).append("\n\n");

    summary(sb, r);
    flags(sb, r);
    inputs(sb, r);
    anomalies(sb, r);
    documentMetrics(sb, r);
    sentenceTable(sb, r);
    coverage(sb, r);
    matches(sb, r, Side.MACHINE, "Grammar, spelling and typography: machine text");
    matches(sb, r, Side.HUMAN, "Grammar, spelling and typography: human baseline");
    densities(sb, r);
    houseStyle(sb, r);
    suppressed(sb, r);
    if (!r.processingErrors().isEmpty()) {
      sb.append("## Processing errors\n\n");
      for (ProcessingError e : r.processingErrors()) {
        sb.append("- ")
            .append(Md.cell(e.stage()))
            .append(" on ")
            .append(Md.cell(e.file()))
            .append(": ");
        sb.append(Md.cell(e.message())).append('\n');
      }
      sb.append('\n');
    }
    signature(sb, r);
    return sb.toString();
  }

  private static void flags(StringBuilder sb, PairReport r) {
    sb.append("## Flagged sentences\n\n");
    if (r.flags().isEmpty()) {
      sb.append("Nothing flagged.\n\n");
    } else {
      Map<String, Sentence> byId = ReportViews.sentencesById(r);
      Map<String, AlignedPairResult> pairOf = ReportViews.pairsByMachineId(r);
      List<SentenceCard<ReviewedFlag>> cards = ReportViews.cards(r);
      sb.append(SentenceCard.tally(cards))
          .append(". One card per machine sentence, with its flags under it; cards and flags most")
          .append(" severe first. Each flag has a fingerprint that stays the same across runs;")
          .append(" record a decision with `./workbench review`.\n\n");
      int n = 0;
      for (SentenceCard<ReviewedFlag> card : cards) {
        n++;
        Sentence s = card.documentLevel() ? null : byId.get(card.sentenceId());
        if (s == null) {
          // a document-level flag (or one whose sentence is unknown) is a card of its own
          for (ReviewedFlag rf : card.items()) {
            flagHeading(sb, "### " + n + ". ", rf.flag());
            sb.append("- **Why:** ").append(Md.cell(rf.flag().message())).append('\n');
            if (!rf.flag().matchedText().isEmpty()) {
              sb.append("- **Text:** ").append(Md.cell(rf.flag().matchedText())).append('\n');
            }
            flagDetails(sb, rf, null);
          }
          continue;
        }
        sentenceCard(sb, n, s, card.items(), byId, pairOf);
      }
    }
    if (!r.staleDecisions().isEmpty()) {
      sb.append("**Stale review decisions** (not applied):\n\n");
      for (StaleDecision d : r.staleDecisions()) {
        sb.append("- ").append(Md.cell(d.message())).append('\n');
      }
      sb.append('\n');
    }
  }

  private static void sentenceCard(
      StringBuilder sb,
      int n,
      Sentence s,
      List<ReviewedFlag> flags,
      Map<String, Sentence> byId,
      Map<String, AlignedPairResult> pairOf) {
    sb.append("### ")
        .append(n)
        .append(". ")
        .append(flags.get(0).flag().severity().label())
        .append(" · sentence at line ")
        .append(s.span().line())
        .append(':')
        .append(s.span().column())
        .append(" · ")
        .append(ReportViews.cardCount(flags))
        .append("\n\n");
    sb.append("- **Machine:** ")
        .append(highlight(s, ReportViews.highlights(s, flags)))
        .append('\n');
    String human = ReportViews.humanCounterpart(s.id(), byId, pairOf);
    sb.append("- **Human:** ")
        .append(human == null ? "no counterpart in the human article" : Md.cell(human))
        .append('\n');
    String diff = ReportViews.cardDiff(flags, pairOf.get(s.id()));
    if (diff != null) {
      sb.append("- **Word diff** (machine `[-…-]`, human `{+…+}`): ")
          .append(Md.cell(diff))
          .append('\n');
    }
    sb.append('\n');
    int k = 0;
    for (ReviewedFlag rf : flags) {
      k++;
      Flag f = rf.flag();
      flagHeading(sb, "#### " + n + "." + k + ". ", f);
      sb.append("- **Why:** ").append(Md.cell(f.message())).append('\n');
      Excerpt e = ReportViews.excerpt(s, f);
      sb.append("- **Span:** ");
      if (e != null) {
        sb.append(excerpt(s.text(), e));
      } else if (ReportViews.spanInSentence(s, f) != null) {
        sb.append("the whole sentence");
      } else {
        sb.append(Md.cell(f.matchedText()));
      }
      sb.append('\n');
      String own = f.evidence().get("diff");
      flagDetails(sb, rf, own != null && !own.isEmpty() && !own.equals(diff) ? own : null);
    }
  }

  private static void flagHeading(StringBuilder sb, String prefix, Flag f) {
    sb.append(prefix)
        .append(f.severity().label())
        .append(" · ")
        .append(f.kind().id())
        .append(" · ")
        .append(Md.code(f.ruleId()))
        .append(" · line ")
        .append(f.span().line())
        .append(':')
        .append(f.span().column())
        .append("\n\n");
  }

  /** Suggestions, evidence, a diff of the flag's own (when given), state and fingerprint. */
  private static void flagDetails(StringBuilder sb, ReviewedFlag rf, String diff) {
    Flag f = rf.flag();
    if (!f.suggestions().isEmpty()) {
      sb.append("- **Suggestions:** ")
          .append(Md.cell(String.join(", ", f.suggestions())))
          .append('\n');
    }
    List<String> evidence = ReportViews.evidence(f);
    if (!evidence.isEmpty()) {
      sb.append("- **Evidence:** ").append(Md.cell(String.join("; ", evidence))).append('\n');
    }
    if (diff != null) {
      sb.append("- **Word diff** (machine `[-…-]`, human `{+…+}`): ")
          .append(Md.cell(diff))
          .append('\n');
    }
    sb.append("- **State:** ").append(rf.state().name().toLowerCase(Locale.ROOT));
    if (rf.decision() != null) {
      sb.append(" by ")
          .append(Md.cell(rf.decision().reviewer()))
          .append(" on ")
          .append(rf.decision().date());
      if (!rf.note().isEmpty()) {
        sb.append(": ").append(Md.cell(rf.note()));
      }
    }
    sb.append(" · fingerprint ").append(Md.code(f.fingerprint())).append("\n\n");
  }

  /** The sentence with the given disjoint, sorted spans in bold. */
  private static String highlight(Sentence s, List<int[]> spans) {
    String t = s.text();
    StringBuilder out = new StringBuilder(t.length() + 8 * spans.size());
    int at = 0;
    for (int[] span : spans) {
      out.append(Md.cell(t.substring(at, span[0])))
          .append("**")
          .append(Md.cell(t.substring(span[0], span[1])))
          .append("**");
      at = span[1];
    }
    return out.append(Md.cell(t.substring(at))).toString();
  }

  /** The excerpt, its span in bold, "…" where the sentence goes on. */
  private static String excerpt(String t, Excerpt e) {
    return (e.cutBefore() ? "…" : "")
        + Md.cell(t.substring(e.start(), e.from()))
        + "**"
        + Md.cell(t.substring(e.from(), e.to()))
        + "**"
        + Md.cell(t.substring(e.to(), e.end()))
        + (e.cutAfter(t.length()) ? "…" : "");
  }

  private static void documentMetrics(StringBuilder sb, PairReport r) {
    DocumentMetrics d = r.documentMetrics();
    sb.append("## Similarity to the human article (document level)\n\n");
    sb.append(Md.cell(d.note())).append("\n\n");
    sb.append("| metric | score | signature |\n|---|---:|---|\n");
    for (DocumentMetrics.MetricValue v : d.scores()) {
      sb.append("| ").append(v.name()).append(" | ").append(fmt(v.score())).append(" | ");
      sb.append(Md.code(v.signature())).append(" |\n");
    }
    for (Similarity v : d.similarity()) {
      sb.append("| ").append(Md.cell(v.name())).append(" | ").append(fmt4(v.value()));
      sb.append(" | ").append(Md.cell(v.tokenisation() + "; " + v.normalisation())).append(" |\n");
    }
    sb.append("\nText scored: ").append(Md.cell(d.normalisation())).append(".\n\n");
  }

  private static void sentenceTable(StringBuilder sb, PairReport r) {
    sb.append("## Sentences of the machine text\n\n");
    sb.append("Aligner: ").append(Md.code(r.alignment().aligner())).append("\n\n");
    Map<String, AlignedPairResult> pairOf = ReportViews.pairsByMachineId(r);
    Map<String, int[]> flagCounts = ReportViews.openFlagsBySentence(r);
    sb.append(
        "| line | sentence | human counterpart | align | BLEU | chrF2 | TER | open flags (E/W/I) |\n");
    sb.append("|---:|---|---|---:|---:|---:|---:|---|\n");
    for (Sentence s : r.sentences()) {
      if (s.side() != Side.MACHINE) {
        continue;
      }
      AlignedPairResult p = pairOf.get(s.id());
      int[] c = flagCounts.getOrDefault(s.id(), new int[3]);
      sb.append("| ")
          .append(s.span().line())
          .append(" | ")
          .append(Md.cell(abbreviate(s.text(), 80)));
      if (p == null) {
        sb.append(" | — | | | | |");
      } else {
        sb.append(" | ").append(Md.cell(String.join(", ", p.humanIds())));
        sb.append(" | ").append(fmt(p.alignScore()));
        sb.append(" | ").append(fmt(p.metrics().getOrDefault("BLEU", Double.NaN)));
        sb.append(" | ").append(fmt(p.metrics().getOrDefault("chrF2", Double.NaN)));
        sb.append(" | ").append(fmt(p.metrics().getOrDefault("TER", Double.NaN))).append(" |");
      }
      sb.append(' ').append(c[0]).append('/').append(c[1]).append('/').append(c[2]).append(" |\n");
    }
    sb.append('\n');
  }

  private static void coverage(StringBuilder sb, PairReport r) {
    Map<String, Sentence> byId = ReportViews.sentencesById(r);
    sb.append("## Coverage\n\n");
    sb.append(
        "Human sentences with no machine counterpart (information the translation lacks):\n\n");
    listSentences(sb, r.alignment().humanWithoutCounterpart(), byId);
    sb.append(
        "Machine sentences with no human counterpart (added, or from a different source):\n\n");
    listSentences(sb, r.alignment().machineWithoutCounterpart(), byId);
  }

  private static void listSentences(
      StringBuilder sb, List<String> ids, Map<String, Sentence> byId) {
    if (ids.isEmpty()) {
      sb.append("- none\n\n");
      return;
    }
    for (String id : ids) {
      Sentence s = byId.get(id);
      sb.append("- ").append(Md.code(id)).append(" (line ").append(s.span().line()).append("): ");
      sb.append(Md.cell(s.text())).append('\n');
    }
    sb.append('\n');
  }

  private static String describe(io.translationworkbench.config.PairManifest.TextInfo t) {
    StringBuilder sb = new StringBuilder(Md.code(t.file()));
    if (t.description() != null) {
      sb.append(": ").append(Md.cell(t.description()));
    }
    return sb.toString();
  }

  private static void summary(StringBuilder sb, PairReport r) {
    Densities d = r.densities();
    sb.append("## Summary\n\n");
    sb.append(
        String.format(
            Locale.ROOT,
            "- Machine text: **%d** %s in %d words (**%.2f** per 100 words)%n",
            d.machine().findings(),
            findings(d.machine().findings()),
            d.machine().words(),
            d.machine().per100Words()));
    sb.append(
        String.format(
            Locale.ROOT,
            "- Human baseline: %d %s in %d words (%.2f per 100 words)%n",
            d.human().findings(),
            findings(d.human().findings()),
            d.human().words(),
            d.human().per100Words()));
    if (d.ratio() != null) {
      sb.append(
          String.format(Locale.ROOT, "- Density ratio machine ÷ human: **%.2f**%n", d.ratio()));
    }
    long names = ReportViews.probableNames(r);
    if (names > 0) {
      sb.append("- Probable names (not counted): ").append(names).append('\n');
    }
    Map<io.translationworkbench.Severity, Integer> bySeverity = ReportViews.openFlagsBySeverity(r);
    int open = bySeverity.values().stream().mapToInt(Integer::intValue).sum();
    sb.append("- Flags to look at: **").append(open).append("**");
    if (open > 0) {
      List<String> parts = new java.util.ArrayList<>();
      bySeverity.forEach((sev, n) -> parts.add(ReportViews.countOf(sev, n)));
      sb.append(" (").append(String.join(", ", parts)).append(')');
      sb.append(Md.cell(ReportViews.openPlacement(r)));
    }
    sb.append(ReportViews.dismissedNote(r));
    sb.append('\n');
    ReportViews.documentChrF(r)
        .ifPresent(
            v ->
                sb.append("- Document chrF2 against the human article: ")
                    .append(fmt(v.score()))
                    .append(" (comparable articles: low by nature)\n"));
    sb.append("- ").append(ReportViews.alignmentCounts(r)).append('\n');
    sb.append("- Structural anomalies: ").append(r.anomalies().size());
    if (!r.anomalies().isEmpty()) {
      sb.append(" (").append(ReportViews.anomalyTally(r)).append(')');
    }
    sb.append("\n\n");
  }

  private static void inputs(StringBuilder sb, PairReport r) {
    sb.append("## Inputs\n\n");
    sb.append("| side | file | SHA-256 | bytes | paragraphs | body sentences | body words |\n");
    sb.append("|---|---|---|---:|---:|---:|---:|\n");
    for (InputFile f : r.inputs()) {
      sb.append("| ").append(f.side().label());
      sb.append(" | ").append(Md.code(f.path()));
      sb.append(" | ").append(Md.code(f.sha256().substring(0, 16))).append("…");
      sb.append(" | ").append(f.bytes());
      sb.append(" | ").append(f.paragraphs());
      sb.append(" | ").append(f.bodySentences());
      sb.append(" | ").append(f.bodyWords()).append(" |\n");
    }
    sb.append('\n');
  }

  private static void anomalies(StringBuilder sb, PairReport r) {
    sb.append("## Structural anomalies\n\n");
    if (r.anomalies().isEmpty()) {
      sb.append("None found.\n\n");
      return;
    }
    sb.append("| side | line:col | kind | severity | text | what it means |\n");
    sb.append("|---|---|---|---|---|---|\n");
    for (Anomaly a : r.anomalies()) {
      sb.append("| ").append(a.side().label());
      sb.append(" | ").append(a.span().line()).append(':').append(a.span().column());
      sb.append(" | ").append(a.kind().id());
      sb.append(" | ").append(a.severity().label());
      sb.append(" | ").append(Md.cell(a.text()));
      sb.append(" | ").append(Md.cell(a.message())).append(" |\n");
    }
    sb.append('\n');
  }

  private static void matches(StringBuilder sb, PairReport r, Side side, String title) {
    List<GrammarMatch> ms = r.matches().stream().filter(m -> m.side() == side).toList();
    sb.append("## ").append(title).append("\n\n");
    if (ms.isEmpty()) {
      sb.append("No findings.\n\n");
      return;
    }
    sb.append("| line:col | kind | severity | rule | text | message | suggestions |\n");
    sb.append("|---|---|---|---|---|---|---|\n");
    for (GrammarMatch m : ms) {
      sb.append("| ").append(m.span().line()).append(':').append(m.span().column());
      sb.append(" | ").append(m.kind().id());
      sb.append(" | ").append(m.severity().label());
      sb.append(" | ").append(Md.code(m.fullRuleId()));
      sb.append(" | ").append(Md.code(m.matchedText()));
      sb.append(" | ").append(Md.cell(m.message()));
      sb.append(" | ").append(Md.cell(String.join(", ", m.suggestions()))).append(" |\n");
    }
    sb.append('\n');
  }

  private static void densities(StringBuilder sb, PairReport r) {
    Densities d = r.densities();
    sb.append("## Error density (findings per 100 words)\n\n");
    TreeSet<String> kinds = ReportViews.densityKinds(d);
    sb.append("| kind | machine | human baseline |\n|---|---:|---:|\n");
    for (String k : kinds) {
      sb.append("| ").append(k);
      sb.append(" | ").append(fmt(d.machine().per100WordsByKind().getOrDefault(k, 0.0)));
      sb.append(" (").append(d.machine().byKind().getOrDefault(k, 0)).append(')');
      sb.append(" | ").append(fmt(d.human().per100WordsByKind().getOrDefault(k, 0.0)));
      sb.append(" (").append(d.human().byKind().getOrDefault(k, 0)).append(") |\n");
    }
    sb.append("| **all** | **")
        .append(fmt(d.machine().per100Words()))
        .append("** (")
        .append(d.machine().findings());
    sb.append(") | ")
        .append(fmt(d.human().per100Words()))
        .append(" (")
        .append(d.human().findings())
        .append(") |\n\n");
  }

  private static void houseStyle(StringBuilder sb, PairReport r) {
    sb.append("## Typography: house style of the human text\n\n");
    sb.append(
        "Each convention is checked in the machine text where the human text follows it (or French"
            + " typography requires it and the human text never breaks it); `grammar.houseStyle` in"
            + " workbench.json overrides this.\n\n");
    sb.append("| convention | machine text | why |\n|---|---|---|\n");
    for (String[] row : ReportViews.houseStyleRows(r.houseStyle())) {
      sb.append("| ")
          .append(Md.cell(row[0]))
          .append(" | ")
          .append(row[1])
          .append(" | ")
          .append(Md.cell(row[2]))
          .append(" |\n");
    }
    sb.append('\n');
  }

  private static void suppressed(StringBuilder sb, PairReport r) {
    if (r.suppressed().isEmpty()) {
      return;
    }
    sb.append("## Left out on purpose\n\n");
    sb.append("LanguageTool findings not reported, and why:\n\n");
    ReportViews.suppressedByReason(r)
        .forEach(
            (k, v) ->
                sb.append("- ")
                    .append(Md.cell(k))
                    .append(": ")
                    .append(Md.cell(String.join(", ", v)))
                    .append('\n'));
    sb.append('\n');
  }

  private static void signature(StringBuilder sb, PairReport r) {
    Signature s = r.signature();
    sb.append("## Reproducibility\n\n");
    sb.append("- ").append(s.tool()).append(' ').append(s.toolVersion());
    sb.append(", LanguageTool ").append(s.languageToolVersion()).append(" (embedded)\n");
    for (InputFile f : r.inputs()) {
      sb.append("- ")
          .append(f.side().label())
          .append(" SHA-256: ")
          .append(Md.code(f.sha256()))
          .append('\n');
    }
    sb.append("- LanguageTool rules:\n");
    s.rules()
        .forEach(
            (k, v) ->
                sb.append("  - ")
                    .append(k)
                    .append(": ")
                    .append(Md.cell(ReportViews.setting(v)))
                    .append('\n'));
    sb.append("- Normalisation:\n");
    s.normalisation()
        .forEach(
            (k, v) -> sb.append("  - ").append(k).append(": ").append(Md.cell(v)).append('\n'));
    sb.append("- Offsets: ").append(Md.cell(r.offsets())).append('\n');
    sb.append("- Configuration files: ");
    sb.append(
        s.configFiles().isEmpty()
            ? "none (defaults)"
            : Md.cell(String.join(", ", s.configFiles())));
    sb.append('\n');
  }
}
