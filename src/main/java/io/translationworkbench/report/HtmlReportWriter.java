package io.translationworkbench.report;

import static io.translationworkbench.report.Html.esc;
import static io.translationworkbench.report.ReportViews.findings;
import static io.translationworkbench.report.ReportViews.fmt;
import static io.translationworkbench.report.ReportViews.fmt4;

import io.translationworkbench.PairReport;
import io.translationworkbench.ProcessingError;
import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.Signature;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.config.PairManifest;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagKind;
import io.translationworkbench.grammar.Densities;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.grammar.MatchKind;
import io.translationworkbench.grammar.SideDensity;
import io.translationworkbench.ingest.Anomaly;
import io.translationworkbench.ingest.AnomalyKind;
import io.translationworkbench.ingest.InputFile;
import io.translationworkbench.metrics.DocumentMetrics;
import io.translationworkbench.metrics.Similarity;
import io.translationworkbench.review.Excerpt;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.review.SentenceCard;
import io.translationworkbench.review.StaleDecision;
import io.translationworkbench.segment.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report for people, as one self-contained HTML page (inline CSS, no script, nothing fetched):
 * a pure function of {@link PairReport}, deterministic, with the content and order of the Markdown
 * report.
 *
 * <p>Every text that comes from the inputs goes through {@link Html#esc}; the markup is
 * XHTML-compatible (void elements self-closed) so that an XML parser can check it.
 */
public final class HtmlReportWriter {
  // Colour is never the only signal: badges carry the severity as text, mark is bold, del/ins
  // strike and underline.
  private static final String CSS =
      """
      :root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-soft: #f6f8fa; }
      * { box-sizing: border-box; }
      body { margin: 0; color: var(--fg); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", \
      Roboto, "Helvetica Neue", Arial, sans-serif; }
      header, main, nav { max-width: 72rem; margin: 0 auto; padding: 0 1.5rem; }
      header { padding-top: 1.5rem; }
      h1 { font-size: 1.6rem; margin: 0 0 .75rem; }
      h2 { font-size: 1.3rem; margin: 2.25rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
      h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
      code { font: .85em/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; \
      background: var(--bg-soft); padding: 0 .25em; border-radius: 4px; overflow-wrap: break-word; }
      dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
      dl.meta dt { font-weight: 600; }
      dl.meta dd { margin: 0; }
      nav { margin-top: 1rem; font-size: .9rem; }
      nav ul { list-style: none; padding: .5rem 0; margin: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; \
      border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); }
      a { color: #0550ae; }
      .muted { color: var(--muted); }
      .badge { display: inline-block; font-size: .8rem; font-weight: 700; line-height: 1.2; padding: .1rem .45rem; \
      border-radius: 999px; border: 1px solid; text-transform: uppercase; letter-spacing: .03em; white-space: nowrap; }
      .sev-error { color: #fff; background: #b42318; border-color: #b42318; }
      .sev-warning { color: #4a2c00; background: #fedf89; border-color: #b54708; }
      .sev-info { color: #0b3b66; background: #ddf4ff; border-color: #54aeff; }
      .flag { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: .25rem 1rem .75rem; \
      margin: 1rem 0; }
      .flag-error { border-left-color: #b42318; }
      .flag-warning { border-left-color: #b54708; }
      .flag-info { border-left-color: #54aeff; }
      .flag.state-dismissed { opacity: .65; border-style: dashed; }
      .card { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: .25rem 1rem .75rem; \
      margin: 1rem 0; }
      .card > .flag { margin: .75rem 0 .25rem; padding: 0 .75rem .5rem; border-left-width: 4px; }
      .card.flag { padding: .25rem 1rem .75rem; }
      .flag h3, .flag h4, .card h3 { margin: .5rem 0; font-weight: 600; }
      .flag h4 { font-size: 1rem; }
      .flag p, .card p { margin: .35rem 0; }
      .texts { display: grid; grid-template-columns: 1fr 1fr; gap: .75rem; margin: .5rem 0; }
      .text { background: var(--bg-soft); border-radius: 6px; padding: .5rem .75rem; }
      .text p { margin: 0; }
      .text .label { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
      .label { font-weight: 600; }
      mark { background: #fff8c5; font-weight: 700; outline: 1px solid #d4a72c; border-radius: 2px; padding: 0 .1em; }
      del, ins { padding: 0 .15em; margin: 0 .1em; border-radius: 2px; }
      del { background: #ffebe9; text-decoration: line-through; }
      ins { background: #dafbe1; text-decoration: underline; }
      .sugg { display: inline-block; border: 1px solid var(--line); border-radius: 4px; padding: 0 .35rem; \
      margin-right: .25rem; background: #fff; }
      .scroll { overflow-x: auto; }
      table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .5rem 0 1rem; }
      th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
      thead th { background: var(--bg-soft); }
      tbody tr:nth-child(even) { background: #fbfcfd; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      tr.total { font-weight: 700; }
      ul.plain { padding-left: 1.25rem; }
      footer { height: 2rem; }
      @media (max-width: 50rem) { .texts { grid-template-columns: 1fr; } }
      @media print { .flag, .card { break-inside: avoid; } nav { display: none; } }
      """;

  /** The report as an HTML page. */
  public String write(PairReport r) {
    StringBuilder sb = new StringBuilder(32_768);
    PairManifest p = r.pair();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    sb.append("<title>Translation quality report: ").append(esc(p.id())).append("</title>\n");
    sb.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    header(sb, p);
    sb.append("<main>\n");
    summary(sb, r);
    flags(sb, r);
    inputs(sb, r);
    anomalies(sb, r);
    documentMetrics(sb, r);
    sentenceTable(sb, r);
    coverage(sb, r);
    matches(
        sb, r, Side.MACHINE, "matches-machine", "Grammar, spelling and typography: machine text");
    matches(sb, r, Side.HUMAN, "matches-human", "Grammar, spelling and typography: human baseline");
    densities(sb, r);
    houseStyle(sb, r);
    suppressed(sb, r);
    processingErrors(sb, r);
    signature(sb, r);
    sb.append("</main>\n<footer></footer>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static void header(StringBuilder sb, PairManifest p) {
    sb.append("<header>\n<h1>Translation quality report: ").append(esc(p.id())).append("</h1>\n");
    sb.append("<dl class=\"meta\">\n");
    if (p.topic() != null) {
      sb.append("<dt>Topic</dt><dd>").append(esc(p.topic()));
      if (p.date() != null) {
        sb.append(" (").append(esc(p.date())).append(')');
      }
      sb.append("</dd>\n");
    }
    sb.append("<dt>Machine text</dt><dd>").append(describe(p.machine())).append("</dd>\n");
    sb.append("<dt>Human baseline</dt><dd>").append(describe(p.human())).append("</dd>\n");
    if (p.notes() != null && !p.notes().isBlank()) {
      sb.append("<dt>Notes</dt><dd>").append(esc(p.notes())).append("</dd>\n");
    }
    sb.append("</dl>\n</header>\n");
    sb.append("<nav aria-label=\"Sections\">\n<ul>\n");
    String[][] links = {
      {"summary", "Summary"},
      {"flags", "Flagged sentences"},
      {"inputs", "Inputs"},
      {"anomalies", "Anomalies"},
      {"metrics", "Similarity"},
      {"sentences", "Sentences"},
      {"coverage", "Coverage"},
      {"matches-machine", "Findings: machine"},
      {"matches-human", "Findings: human"},
      {"density", "Density"},
      {"reproducibility", "Reproducibility"}
    };
    for (String[] l : links) {
      sb.append("<li><a href=\"#").append(l[0]).append("\">").append(l[1]).append("</a></li>\n");
    }
    sb.append("</ul>\n</nav>\n");
  }

  private static String describe(PairManifest.TextInfo t) {
    StringBuilder sb = new StringBuilder("<code>").append(esc(t.file())).append("</code>");
    if (t.description() != null) {
      sb.append(": ").append(esc(t.description()));
    }
    return sb.toString();
  }

  private static void summary(StringBuilder sb, PairReport r) {
    Densities d = r.densities();
    sb.append("<section id=\"summary\">\n<h2>Summary</h2>\n<ul class=\"plain\">\n");
    sb.append("<li>Machine text: <strong>").append(d.machine().findings()).append("</strong> ");
    sb.append(findings(d.machine().findings()))
        .append(" in ")
        .append(d.machine().words())
        .append(" words (<strong>");
    sb.append(fmt(d.machine().per100Words())).append("</strong> per 100 words)</li>\n");
    sb.append("<li>Human baseline: ")
        .append(d.human().findings())
        .append(' ')
        .append(findings(d.human().findings()));
    sb.append(" in ")
        .append(d.human().words())
        .append(" words (")
        .append(fmt(d.human().per100Words()));
    sb.append(" per 100 words)</li>\n");
    if (d.ratio() != null) {
      sb.append("<li>Density ratio machine ÷ human: <strong>")
          .append(fmt(d.ratio()))
          .append("</strong></li>\n");
    }
    long names = ReportViews.probableNames(r);
    if (names > 0) {
      sb.append("<li>Probable names (not counted): ").append(names).append("</li>\n");
    }
    Map<Severity, Integer> bySeverity = ReportViews.openFlagsBySeverity(r);
    int open = bySeverity.values().stream().mapToInt(Integer::intValue).sum();
    sb.append("<li>Flags to look at: <strong>").append(open).append("</strong>");
    if (open > 0) {
      List<String> parts = new ArrayList<>();
      bySeverity.forEach((sev, n) -> parts.add(badge(sev, ReportViews.countOf(sev, n))));
      sb.append(" (").append(String.join(" ", parts)).append(')');
      sb.append(esc(ReportViews.openPlacement(r)));
    }
    sb.append(ReportViews.dismissedNote(r));
    sb.append("</li>\n");
    ReportViews.documentChrF(r)
        .ifPresent(
            v ->
                sb.append("<li>Document chrF2 against the human article: ")
                    .append(fmt(v.score()))
                    .append(
                        " <span class=\"muted\">(comparable articles: low by nature)</span></li>\n"));
    sb.append("<li>").append(esc(ReportViews.alignmentCounts(r))).append("</li>\n");
    sb.append("<li>Structural anomalies: ").append(r.anomalies().size());
    if (!r.anomalies().isEmpty()) {
      sb.append(" (").append(esc(ReportViews.anomalyTally(r))).append(')');
    }
    sb.append("</li>\n</ul>\n</section>\n");
  }

  private static void flags(StringBuilder sb, PairReport r) {
    sb.append("<section id=\"flags\">\n<h2>Flagged sentences</h2>\n");
    if (r.flags().isEmpty()) {
      sb.append("<p>Nothing flagged.</p>\n");
    } else {
      Map<String, Sentence> byId = ReportViews.sentencesById(r);
      Map<String, AlignedPairResult> pairOf = ReportViews.pairsByMachineId(r);
      String lang = lang(r);
      List<SentenceCard<ReviewedFlag>> cards = ReportViews.cards(r);
      sb.append("<p>")
          .append(esc(SentenceCard.tally(cards)))
          .append(". One card per machine sentence, with its flags under it; cards and flags most")
          .append(" severe first. Each flag has a fingerprint that stays the same across runs;")
          .append(" record a decision with <code>./workbench review</code>.</p>\n");
      int n = 0;
      for (SentenceCard<ReviewedFlag> card : cards) {
        n++;
        Sentence s = card.documentLevel() ? null : byId.get(card.sentenceId());
        if (s == null) {
          // a document-level flag is a card of its own; flags whose sentence is unknown (never
          // in a pipeline report) are shown alike rather than dropped
          for (int k = 0; k < card.items().size(); k++) {
            documentCard(sb, card.items().get(k), k == 0 ? "" + n : n + "-" + (k + 1), lang);
          }
        } else {
          sentenceCard(sb, s, card.items(), n, byId, pairOf, lang);
        }
      }
    }
    if (!r.staleDecisions().isEmpty()) {
      sb.append("<h3>Stale review decisions (not applied)</h3>\n<ul class=\"plain\">\n");
      for (StaleDecision d : r.staleDecisions()) {
        sb.append("<li>").append(esc(d.message())).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    sb.append("</section>\n");
  }

  private static void documentCard(StringBuilder sb, ReviewedFlag rf, String n, String lang) {
    Flag f = rf.flag();
    sb.append("<article class=\"card flag flag-")
        .append(f.severity().label())
        .append(" state-")
        .append(rf.state().label())
        .append("\" id=\"card-")
        .append(n)
        .append("\">\n");
    flagHeading(sb, "h3", n + ". ", f);
    why(sb, f, lang);
    if (!f.matchedText().isEmpty()) {
      String textLang = f.evidence().getOrDefault("language", lang);
      sb.append("<p><span class=\"label\">Text:</span> ")
          .append(span(textLang, f.matchedText()))
          .append("</p>\n");
    }
    flagDetails(sb, rf, null, lang);
    sb.append("</article>\n");
  }

  private static void sentenceCard(
      StringBuilder sb,
      Sentence s,
      List<ReviewedFlag> flags,
      int n,
      Map<String, Sentence> byId,
      Map<String, AlignedPairResult> pairOf,
      String lang) {
    Severity top = flags.get(0).flag().severity();
    sb.append("<article class=\"card flag-").append(top.label()).append("\" id=\"card-");
    sb.append(n).append("\">\n");
    sb.append("<h3>").append(n).append(". ").append(badge(top, top.label()));
    sb.append(" sentence at line ")
        .append(s.span().line())
        .append(':')
        .append(s.span().column())
        .append(" · ")
        .append(esc(ReportViews.cardCount(flags)))
        .append("</h3>\n");
    sb.append("<div class=\"texts\">\n<div class=\"text\"><p class=\"label\">Machine</p><p lang=\"")
        .append(esc(lang))
        .append("\">")
        .append(highlight(s.text(), ReportViews.highlights(s, flags)))
        .append("</p></div>\n");
    sb.append("<div class=\"text\"><p class=\"label\">Human</p>");
    String human = ReportViews.humanCounterpart(s.id(), byId, pairOf);
    if (human == null) {
      sb.append("<p class=\"muted\">no counterpart in the human article</p>");
    } else {
      sb.append("<p lang=\"").append(esc(lang)).append("\">").append(esc(human)).append("</p>");
    }
    sb.append("</div>\n</div>\n");
    String diff = ReportViews.cardDiff(flags, pairOf.get(s.id()));
    if (diff != null) {
      diff(sb, diff, lang);
    }
    int k = 0;
    for (ReviewedFlag rf : flags) {
      k++;
      Flag f = rf.flag();
      sb.append("<section class=\"flag flag-")
          .append(f.severity().label())
          .append(" state-")
          .append(rf.state().label())
          .append("\" id=\"flag-")
          .append(n)
          .append('-')
          .append(k)
          .append("\">\n");
      flagHeading(sb, "h4", n + "." + k + ". ", f);
      why(sb, f, lang);
      sb.append("<p><span class=\"label\">Span:</span> ");
      Excerpt e = ReportViews.excerpt(s, f);
      if (e != null) {
        sb.append("<span lang=\"").append(esc(lang)).append("\">");
        sb.append(excerpt(s.text(), e)).append("</span>");
      } else if (ReportViews.spanInSentence(s, f) != null) {
        sb.append("the whole sentence");
      } else {
        sb.append(span(lang, f.matchedText()));
      }
      sb.append("</p>\n");
      String own = f.evidence().get("diff");
      flagDetails(sb, rf, own != null && !own.isEmpty() && !own.equals(diff) ? own : null, lang);
      sb.append("</section>\n");
    }
    sb.append("</article>\n");
  }

  private static void flagHeading(StringBuilder sb, String tag, String number, Flag f) {
    String sev = f.severity().label();
    sb.append('<').append(tag).append('>').append(number).append(badge(f.severity(), sev));
    sb.append(' ')
        .append(esc(f.kind().id()))
        .append(" · <code>")
        .append(esc(f.ruleId()))
        .append("</code> · line ");
    sb.append(f.span().line()).append(':').append(f.span().column());
    sb.append("</").append(tag).append(">\n");
  }

  private static void why(StringBuilder sb, Flag f, String lang) {
    sb.append("<p><span class=\"label\">Why:</span> ")
        .append(span(messageLang(f.kind(), lang), f.message()))
        .append("</p>\n");
  }

  private static void diff(StringBuilder sb, String diff, String lang) {
    sb.append(
            "<p><span class=\"label\">Word diff</span> <span class=\"muted\">(machine only: <del>struck</del>,")
        .append(" human only: <ins>underlined</ins>)</span>: <span lang=\"")
        .append(esc(lang))
        .append("\">")
        .append(Html.diff(diff))
        .append("</span></p>\n");
  }

  /** Suggestions, evidence, a diff of the flag's own (when given), state and fingerprint. */
  private static void flagDetails(StringBuilder sb, ReviewedFlag rf, String diff, String lang) {
    Flag f = rf.flag();
    if (!f.suggestions().isEmpty()) {
      sb.append("<p><span class=\"label\">Suggestions:</span>");
      for (String sug : f.suggestions()) {
        sb.append(" <span class=\"sugg\" lang=\"")
            .append(esc(lang))
            .append("\">")
            .append(esc(sug))
            .append("</span>");
      }
      sb.append("</p>\n");
    }
    List<String> evidence = ReportViews.evidence(f);
    if (!evidence.isEmpty()) {
      sb.append("<p><span class=\"label\">Evidence:</span> <span class=\"muted\">")
          .append(esc(String.join("; ", evidence)))
          .append("</span></p>\n");
    }
    if (diff != null) {
      diff(sb, diff, lang);
    }
    sb.append("<p><span class=\"label\">State:</span> <strong>")
        .append(rf.state().label())
        .append("</strong>");
    if (rf.decision() != null) {
      sb.append(" by ")
          .append(esc(rf.decision().reviewer()))
          .append(" on ")
          .append(esc(rf.decision().date()));
      if (!rf.note().isEmpty()) {
        sb.append(": ").append(esc(rf.note()));
      }
    }
    sb.append(" · fingerprint <code>").append(esc(f.fingerprint())).append("</code></p>\n");
  }

  /** The sentence, escaped, with the given disjoint, sorted spans marked. */
  private static String highlight(String t, List<int[]> spans) {
    StringBuilder out = new StringBuilder(t.length() + 16 * spans.size());
    int at = 0;
    for (int[] span : spans) {
      out.append(esc(t.substring(at, span[0])))
          .append("<mark>")
          .append(esc(t.substring(span[0], span[1])))
          .append("</mark>");
      at = span[1];
    }
    return out.append(esc(t.substring(at))).toString();
  }

  /** The excerpt, escaped, its span marked, "…" where the sentence goes on. */
  private static String excerpt(String t, Excerpt e) {
    return (e.cutBefore() ? "…" : "")
        + esc(t.substring(e.start(), e.from()))
        + "<mark>"
        + esc(t.substring(e.from(), e.to()))
        + "</mark>"
        + esc(t.substring(e.to(), e.end()))
        + (e.cutAfter(t.length()) ? "…" : "");
  }

  private static void inputs(StringBuilder sb, PairReport r) {
    sb.append("<section id=\"inputs\">\n<h2>Inputs</h2>\n");
    tableStart(
        sb, "side", "file", "SHA-256", "#bytes", "#paragraphs", "#body sentences", "#body words");
    for (InputFile f : r.inputs()) {
      sb.append("<tr><th scope=\"row\">").append(f.side().label()).append("</th>");
      sb.append("<td><code>").append(esc(f.path())).append("</code></td>");
      sb.append("<td><code title=\"").append(esc(f.sha256())).append("\">");
      sb.append(esc(ReportViews.abbreviate(f.sha256(), 17))).append("</code></td>");
      num(sb, String.valueOf(f.bytes()));
      num(sb, String.valueOf(f.paragraphs()));
      num(sb, String.valueOf(f.bodySentences()));
      num(sb, String.valueOf(f.bodyWords()));
      sb.append("</tr>\n");
    }
    tableEnd(sb);
    sb.append("</section>\n");
  }

  private static void anomalies(StringBuilder sb, PairReport r) {
    sb.append("<section id=\"anomalies\">\n<h2>Structural anomalies</h2>\n");
    if (r.anomalies().isEmpty()) {
      sb.append("<p>None found.</p>\n</section>\n");
      return;
    }
    String lang = lang(r);
    tableStart(sb, "side", "line:col", "kind", "severity", "text", "what it means");
    for (Anomaly a : r.anomalies()) {
      String textLang =
          a.kind() == AnomalyKind.FOREIGN_LANGUAGE
              ? a.evidence().getOrDefault("language", lang)
              : lang;
      sb.append("<tr><td>").append(a.side().label()).append("</td>");
      num(sb, a.span().line() + ":" + a.span().column());
      sb.append("<td>").append(esc(a.kind().id())).append("</td>");
      sb.append("<td>").append(badge(a.severity(), a.severity().label())).append("</td>");
      sb.append("<td>").append(span(textLang, a.text())).append("</td>");
      sb.append("<td>").append(esc(a.message())).append("</td></tr>\n");
    }
    tableEnd(sb);
    sb.append("</section>\n");
  }

  private static void documentMetrics(StringBuilder sb, PairReport r) {
    DocumentMetrics d = r.documentMetrics();
    sb.append(
        "<section id=\"metrics\">\n<h2>Similarity to the human article (document level)</h2>\n");
    sb.append("<p>").append(esc(d.note())).append("</p>\n");
    tableStart(sb, "metric", "#score", "signature");
    for (DocumentMetrics.MetricValue v : d.scores()) {
      sb.append("<tr><th scope=\"row\">").append(esc(v.name())).append("</th>");
      num(sb, fmt(v.score()));
      sb.append("<td><code>").append(esc(v.signature())).append("</code></td></tr>\n");
    }
    for (Similarity v : d.similarity()) {
      sb.append("<tr><th scope=\"row\">").append(esc(v.name())).append("</th>");
      num(sb, fmt4(v.value()));
      sb.append("<td>")
          .append(esc(v.tokenisation() + "; " + v.normalisation()))
          .append("</td></tr>\n");
    }
    tableEnd(sb);
    sb.append("<p>Text scored: ").append(esc(d.normalisation())).append(".</p>\n</section>\n");
  }

  private static void sentenceTable(StringBuilder sb, PairReport r) {
    sb.append("<section id=\"sentences\">\n<h2>Sentences of the machine text</h2>\n");
    sb.append("<p>Aligner: <code>").append(esc(r.alignment().aligner())).append("</code></p>\n");
    Map<String, AlignedPairResult> pairOf = ReportViews.pairsByMachineId(r);
    Map<String, int[]> flagCounts = ReportViews.openFlagsBySentence(r);
    String lang = lang(r);
    tableStart(
        sb,
        "#line",
        "sentence",
        "human counterpart",
        "#align",
        "#BLEU",
        "#chrF2",
        "#TER",
        "#open flags (E/W/I)");
    for (Sentence s : r.sentences()) {
      if (s.side() != Side.MACHINE) {
        continue;
      }
      AlignedPairResult p = pairOf.get(s.id());
      int[] c = flagCounts.getOrDefault(s.id(), new int[3]);
      sb.append("<tr>");
      num(sb, String.valueOf(s.span().line()));
      sb.append("<td>").append(span(lang, s.text())).append("</td>");
      if (p == null) {
        sb.append("<td class=\"muted\">none</td><td></td><td></td><td></td><td></td>");
      } else {
        sb.append("<td><code>").append(esc(String.join(", ", p.humanIds()))).append("</code></td>");
        num(sb, fmt(p.alignScore()));
        num(sb, fmt(p.metrics().getOrDefault("BLEU", Double.NaN)));
        num(sb, fmt(p.metrics().getOrDefault("chrF2", Double.NaN)));
        num(sb, fmt(p.metrics().getOrDefault("TER", Double.NaN)));
      }
      num(sb, c[0] + "/" + c[1] + "/" + c[2]);
      sb.append("</tr>\n");
    }
    tableEnd(sb);
    sb.append("</section>\n");
  }

  private static void coverage(StringBuilder sb, PairReport r) {
    Map<String, Sentence> byId = ReportViews.sentencesById(r);
    String lang = lang(r);
    sb.append("<section id=\"coverage\">\n<h2>Coverage</h2>\n");
    sb.append(
        "<h3>Human sentences with no machine counterpart (information the translation lacks)</h3>\n");
    listSentences(sb, r.alignment().humanWithoutCounterpart(), byId, lang);
    sb.append(
        "<h3>Machine sentences with no human counterpart (added, or from a different source)</h3>\n");
    listSentences(sb, r.alignment().machineWithoutCounterpart(), byId, lang);
    sb.append("</section>\n");
  }

  private static void listSentences(
      StringBuilder sb, List<String> ids, Map<String, Sentence> byId, String lang) {
    sb.append("<ul class=\"plain\">\n");
    if (ids.isEmpty()) {
      sb.append("<li>none</li>\n");
    }
    for (String id : ids) {
      Sentence s = byId.get(id);
      sb.append("<li><code>")
          .append(esc(id))
          .append("</code> (line ")
          .append(s.span().line())
          .append("): ");
      sb.append(span(lang, s.text())).append("</li>\n");
    }
    sb.append("</ul>\n");
  }

  private static void matches(StringBuilder sb, PairReport r, Side side, String id, String title) {
    List<GrammarMatch> ms = r.matches().stream().filter(m -> m.side() == side).toList();
    sb.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
    if (ms.isEmpty()) {
      sb.append("<p>No findings.</p>\n</section>\n");
      return;
    }
    String lang = lang(r);
    tableStart(sb, "line:col", "kind", "severity", "rule", "text", "message", "suggestions");
    for (GrammarMatch m : ms) {
      sb.append("<tr>");
      num(sb, m.span().line() + ":" + m.span().column());
      sb.append("<td>").append(esc(m.kind().id())).append("</td>");
      sb.append("<td>").append(badge(m.severity(), m.severity().label())).append("</td>");
      sb.append("<td><code>").append(esc(m.fullRuleId())).append("</code></td>");
      sb.append("<td><code lang=\"").append(esc(lang)).append("\">").append(esc(m.matchedText()));
      sb.append("</code></td>");
      String messageLang = m.kind() == MatchKind.PROBABLE_NAME ? null : lang;
      sb.append("<td>").append(span(messageLang, m.message())).append("</td>");
      sb.append("<td>")
          .append(m.suggestions().isEmpty() ? "" : span(lang, String.join(", ", m.suggestions())));
      sb.append("</td></tr>\n");
    }
    tableEnd(sb);
    sb.append("</section>\n");
  }

  private static void densities(StringBuilder sb, PairReport r) {
    Densities d = r.densities();
    sb.append("<section id=\"density\">\n<h2>Error density (findings per 100 words)</h2>\n");
    tableStart(sb, "kind", "#machine", "#human baseline");
    for (String k : ReportViews.densityKinds(d)) {
      sb.append("<tr><th scope=\"row\">").append(esc(k)).append("</th>");
      num(sb, density(d.machine(), k));
      num(sb, density(d.human(), k));
      sb.append("</tr>\n");
    }
    sb.append("<tr class=\"total\"><th scope=\"row\">all</th>");
    num(sb, fmt(d.machine().per100Words()) + " (" + d.machine().findings() + ")");
    num(sb, fmt(d.human().per100Words()) + " (" + d.human().findings() + ")");
    sb.append("</tr>\n");
    tableEnd(sb);
    sb.append("</section>\n");
  }

  private static String density(SideDensity d, String kind) {
    return fmt(d.per100WordsByKind().getOrDefault(kind, 0.0))
        + " ("
        + d.byKind().getOrDefault(kind, 0)
        + ")";
  }

  private static void houseStyle(StringBuilder sb, PairReport r) {
    sb.append("<section id=\"house-style\">\n<h2>Typography: house style of the human text</h2>\n");
    sb.append(
        "<p>Each convention is checked in the machine text where the human text follows it (or"
            + " French typography requires it and the human text never breaks it);"
            + " <code>grammar.houseStyle</code> in workbench.json overrides this.</p>\n");
    sb.append(
        "<table>\n<thead><tr><th scope=\"col\">convention</th><th scope=\"col\">machine text</th>"
            + "<th scope=\"col\">why</th></tr></thead>\n"
            + "<tbody>\n");
    for (String[] row : ReportViews.houseStyleRows(r.houseStyle())) {
      sb.append("<tr><td>")
          .append(esc(row[0]))
          .append("</td><td>")
          .append(esc(row[1]))
          .append("</td><td>")
          .append(esc(row[2]))
          .append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n</section>\n");
  }

  private static void suppressed(StringBuilder sb, PairReport r) {
    if (r.suppressed().isEmpty()) {
      return;
    }
    String lang = lang(r);
    sb.append("<section id=\"left-out\">\n<h2>Left out on purpose</h2>\n");
    sb.append("<p>LanguageTool findings not reported, and why:</p>\n<ul class=\"plain\">\n");
    ReportViews.suppressedByReason(r)
        .forEach(
            (k, v) ->
                sb.append("<li>")
                    .append(esc(k))
                    .append(": ")
                    .append(span(lang, String.join(", ", v)))
                    .append("</li>\n"));
    sb.append("</ul>\n</section>\n");
  }

  private static void processingErrors(StringBuilder sb, PairReport r) {
    if (r.processingErrors().isEmpty()) {
      return;
    }
    sb.append("<section id=\"errors\">\n<h2>Processing errors</h2>\n<ul class=\"plain\">\n");
    for (ProcessingError e : r.processingErrors()) {
      sb.append("<li>")
          .append(esc(e.stage()))
          .append(" on <code>")
          .append(esc(e.file()))
          .append("</code>: ");
      sb.append(esc(e.message())).append("</li>\n");
    }
    sb.append("</ul>\n</section>\n");
  }

  private static void signature(StringBuilder sb, PairReport r) {
    Signature s = r.signature();
    sb.append("<section id=\"reproducibility\">\n<h2>Reproducibility</h2>\n<ul class=\"plain\">\n");
    sb.append("<li>").append(esc(s.tool())).append(' ').append(esc(s.toolVersion()));
    sb.append(", LanguageTool ").append(esc(s.languageToolVersion())).append(" (embedded)</li>\n");
    for (InputFile f : r.inputs()) {
      sb.append("<li>").append(f.side().label()).append(" SHA-256: <code>").append(esc(f.sha256()));
      sb.append("</code></li>\n");
    }
    sb.append("<li>LanguageTool rules:\n<ul>\n");
    s.rules().forEach((k, v) -> item(sb, k, ReportViews.setting(v)));
    sb.append("</ul>\n</li>\n<li>Normalisation:\n<ul>\n");
    s.normalisation().forEach((k, v) -> item(sb, k, v));
    sb.append("</ul>\n</li>\n");
    sb.append("<li>Offsets: ").append(esc(r.offsets())).append("</li>\n");
    sb.append("<li>Configuration files: ");
    sb.append(
        s.configFiles().isEmpty() ? "none (defaults)" : esc(String.join(", ", s.configFiles())));
    sb.append("</li>\n</ul>\n</section>\n");
  }

  private static void item(StringBuilder sb, String key, String value) {
    sb.append("<li>").append(esc(key)).append(": ").append(esc(value)).append("</li>\n");
  }

  /**
   * Opens a table; a column name starting with '#' is numeric (right-aligned), the '#' is not
   * shown.
   */
  private static void tableStart(StringBuilder sb, String... columns) {
    sb.append("<div class=\"scroll\">\n<table>\n<thead>\n<tr>");
    for (String c : columns) {
      boolean numeric = c.startsWith("#");
      sb.append(numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">");
      sb.append(esc(numeric ? c.substring(1) : c)).append("</th>");
    }
    sb.append("</tr>\n</thead>\n<tbody>\n");
  }

  private static void tableEnd(StringBuilder sb) {
    sb.append("</tbody>\n</table>\n</div>\n");
  }

  private static void num(StringBuilder sb, String value) {
    sb.append("<td class=\"num\">").append(esc(value)).append("</td>");
  }

  /** A severity badge: the severity in words, coloured as a second signal. */
  private static String badge(Severity s, String text) {
    return "<span class=\"badge sev-" + s.label() + "\">" + esc(text) + "</span>";
  }

  /**
   * Text in a span marked with its language, or plain escaped text when the language is the page's
   * (null).
   */
  private static String span(String lang, String text) {
    if (lang == null) {
      return esc(text);
    }
    return "<span lang=\"" + esc(lang) + "\">" + esc(text) + "</span>";
  }

  /**
   * LanguageTool writes its messages in the text's language; ours (structure, alignment, facts) are
   * English.
   */
  private static String messageLang(FlagKind kind, String lang) {
    return kind.fromLanguageTool() ? lang : null;
  }

  /** Language of the texts, as the manifest states it. */
  private static String lang(PairReport r) {
    return r.pair().language() == null ? "fr" : r.pair().language();
  }
}
