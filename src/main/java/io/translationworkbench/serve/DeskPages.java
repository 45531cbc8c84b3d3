package io.translationworkbench.serve;

import static io.translationworkbench.report.Html.esc;

import io.translationworkbench.PairReport;
import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagKind;
import io.translationworkbench.gate.RuleResult;
import io.translationworkbench.metrics.DocumentMetrics;
import io.translationworkbench.metrics.MetricNames;
import io.translationworkbench.review.Correction;
import io.translationworkbench.review.FlagState;
import io.translationworkbench.review.PostEditing;
import io.translationworkbench.review.ReviewItem;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.review.StaleDecision;
import io.translationworkbench.segment.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The review desk's pages: HTML built here, every text from the input through {@link
 * io.translationworkbench.report.Html#esc}; one style sheet and one script, both resources of this
 * package served by the desk itself (nothing fetched from elsewhere: the pages work offline), so
 * the Content-Security-Policy allows no inline script at all.
 */
final class DeskPages {
  /** A static file of the desk: its media type and bytes. */
  record Asset(String type, byte[] bytes) {}

  private static final Map<String, Asset> ASSETS =
      Map.of(
          "desk.js", load("desk.js", "text/javascript; charset=utf-8"),
          "desk.css", load("desk.css", "text/css; charset=utf-8"));

  private static Asset load(String name, String type) {
    try (InputStream in = DeskPages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the build: " + name);
      }
      return new Asset(type, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The static file {@code name}, or null. */
  static Asset asset(String name) {
    return ASSETS.get(name);
  }

  private DeskPages() {}

  // ---- the corpus page

  /** The corpus page: every pair with its verdict and why, scores, counts and two small charts. */
  static String corpus(List<ReviewDesk.CorpusRow> rows, String token) {
    boolean pendingAny = rows.stream().anyMatch(r -> r.report() == null && r.problem() == null);
    StringBuilder b = head("Review desk", token, null, "corpus", pendingAny ? 3 : 0);
    long failed = rows.stream().filter(r -> Boolean.FALSE.equals(r.passed())).count();
    long pending = rows.stream().filter(r -> r.report() == null && r.problem() == null).count();
    b.append("<h1>Review desk</h1>\n<p>")
        .append(rows.size())
        .append(rows.size() == 1 ? " pair, " : " pairs, ")
        .append(failed)
        .append(" failing the gate. Click a column to sort; a pair to review it.</p>\n");
    if (pending > 0) {
      // the page reloads itself (no script needed) until every pair is analysed
      b.append("<p id=\"progress\" role=\"status\">Analysing: ")
          .append(rows.size() - pending)
          .append(" of ")
          .append(rows.size())
          .append(" pairs done; this page refreshes every 3 s until all are.</p>\n");
    }
    b.append("")
        .append("<table id=\"corpus\">\n<thead><tr>")
        .append("<th data-sort=\"text\">pair</th><th data-sort=\"text\">gate</th>")
        .append("<th data-sort=\"num\">BLEU</th><th data-sort=\"num\">chrF</th>")
        .append("<th data-sort=\"num\">TER</th>")
        .append("<th data-sort=\"num\">errors</th><th data-sort=\"num\">warnings</th>")
        .append("<th data-sort=\"num\">info</th><th data-sort=\"num\">open</th>")
        .append("<th data-sort=\"num\">confirmed</th><th data-sort=\"num\">dismissed</th>")
        .append("<th data-sort=\"num\" title=\"machine findings per 100 words ÷ human\">")
        .append("density ratio</th><th>sentence chrF</th><th>density</th></tr></thead>\n<tbody>\n");
    for (ReviewDesk.CorpusRow row : rows) {
      b.append("<tr data-pair=\"")
          .append(esc(row.id()))
          .append("\"><td data-v=\"")
          .append(esc(row.id()))
          .append("\"><a class=\"pair\" href=\"/pair/")
          .append(esc(path(row.id())))
          .append("\">")
          .append(esc(row.id()))
          .append("</a></td>");
      if (row.report() == null && row.problem() == null) {
        b.append("<td class=\"muted\" data-v=\"pending\" colspan=\"13\">analysing…</td></tr>\n");
        continue;
      }
      if (row.report() == null) {
        b.append("<td class=\"fail\" data-v=\"error\" colspan=\"13\">cannot analyse: ")
            .append(esc(row.problem()))
            .append("</td></tr>\n");
        continue;
      }
      PairReport r = row.report();
      PairReport.Summary s = r.summary();
      b.append(
          row.passed()
              ? "<td class=\"pass gate\" data-v=\"pass\">pass"
              : "<td class=\"fail gate\" data-v=\"fail\">fail");
      if (!row.failures().isEmpty()) {
        b.append("<ul class=\"why\">");
        // one short line per failed rule; the rule's full message on hover
        for (RuleResult f : row.failures()) {
          b.append("<li title=\"")
              .append(esc(f.message()))
              .append("\"><code>")
              .append(esc(f.rule().id()))
              .append("</code> ")
              .append(esc(f.measuredText()));
          if (!f.thresholdText().isEmpty()) {
            b.append(f.rule().isMinimum() ? " &lt; " : " &gt; ").append(esc(f.thresholdText()));
          }
          b.append("</li>");
        }
        b.append("</ul>");
      }
      b.append("</td>");
      for (String metric : List.of("BLEU", MetricNames.CHRF, "TER")) {
        num(b, score(r.documentMetrics(), metric));
      }
      for (int v :
          new int[] {s.errors(), s.warnings(), s.infos(), s.open(), s.confirmed(), s.dismissed()}) {
        num(b, (double) v);
      }
      num(b, s.densityRatio());
      b.append("<td>").append(chrFChart(r)).append("</td><td>").append(densityChart(r));
      b.append("</td></tr>\n");
    }
    b.append("</tbody></table>\n<p class=\"muted\">sentence chrF: each aligned sentence pair of")
        .append(" the machine text in order, bar height its chrF (amber below 30). density:")
        .append(" findings per 100 words, machine (red) next to human (grey).</p>\n");
    return foot(b);
  }

  private static Double score(DocumentMetrics m, String name) {
    if (m == null) {
      return null;
    }
    return m.scores().stream()
        .filter(v -> v.name().startsWith(name) && (name.equals("chrF") || v.name().equals(name)))
        .filter(v -> !v.name().endsWith("++"))
        .map(DocumentMetrics.MetricValue::score)
        .findFirst()
        .orElse(null);
  }

  private static void num(StringBuilder b, Double v) {
    if (v == null || v.isNaN()) {
      b.append("<td class=\"num\" data-v=\"\">–</td>");
      return;
    }
    String shown =
        v == Math.rint(v) && Math.abs(v) < 1e9
            ? String.valueOf(v.longValue())
            : String.format(Locale.ROOT, "%.2f", v);
    b.append("<td class=\"num\" data-v=\"")
        .append(String.format(Locale.ROOT, "%.6f", v))
        .append("\">")
        .append(shown)
        .append("</td>");
  }

  /** Bars of the aligned pairs' chrF, in machine order: where a translation drifts. */
  static String chrFChart(PairReport r) {
    List<Double> v = new ArrayList<>();
    for (AlignedPairResult p : r.alignment().pairs()) {
      Double c = p.metrics().get(MetricNames.CHRF);
      if (c != null) {
        v.add(c);
      }
    }
    int w = Math.max(1, Math.min(8, 160 / Math.max(1, v.size())));
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"spark\" role=\"img\" width=\"")
        .append(Math.max(20, v.size() * (w + 1)))
        .append("\" height=\"24\" viewBox=\"0 0 ")
        .append(Math.max(20, v.size() * (w + 1)))
        .append(" 24\"><title>")
        .append(v.size())
        .append(" aligned sentence pairs, chrF</title>");
    for (int i = 0; i < v.size(); i++) {
      int h = (int) Math.max(1, Math.round(v.get(i) / 100.0 * 24));
      svg.append("<rect class=\"")
          .append(v.get(i) < 30 ? "low" : "s")
          .append("\" x=\"")
          .append(i * (w + 1))
          .append("\" y=\"")
          .append(24 - h)
          .append("\" width=\"")
          .append(w)
          .append("\" height=\"")
          .append(h)
          .append("\"/>");
    }
    return svg.append("</svg>").toString();
  }

  /** Two bars: machine and human findings per 100 words, on a scale of the larger (at least 1). */
  static String densityChart(PairReport r) {
    double m = r.densities().machine().per100Words();
    double h = r.densities().human().per100Words();
    double top = Math.max(1, Math.max(m, h));
    int hm = (int) Math.round(m / top * 22);
    int hh = (int) Math.round(h / top * 22);
    return "<svg class=\"spark\" role=\"img\" width=\"22\" height=\"24\" viewBox=\"0 0 22 24\">"
        + "<title>"
        + String.format(Locale.ROOT, "machine %.2f, human %.2f findings per 100 words", m, h)
        + "</title><rect class=\"m\" x=\"2\" y=\""
        + (24 - hm)
        + "\" width=\"8\" height=\""
        + hm
        + "\"/><rect class=\"h\" x=\"12\" y=\""
        + (24 - hh)
        + "\" width=\"8\" height=\""
        + hh
        + "\"/></svg>";
  }

  // ---- the pair page

  /** The states a queue shows: a flag's review state, or the stale decisions. */
  static final List<String> STATES = List.of("open", "confirmed", "dismissed", "stale");

  /**
   * The queue's filters, each null for "all".
   *
   * @param severity only flags of this severity
   * @param state only flags in this review state ({@link #STATES}; "stale": the stale decisions)
   * @param kind only flags of this kind
   * @param rule only flags of this rule
   * @param search only flags whose rule, message, flagged text or sentence contains this (any case)
   */
  record Filter(Severity severity, String state, FlagKind kind, String rule, String search) {
    static final Filter NONE = new Filter(null, null, null, null, null);

    boolean accepts(ReviewedFlag rf, String sentence) {
      Flag f = rf.flag();
      return (severity == null || f.severity() == severity)
          && (state == null || rf.state().label().equals(state))
          && (kind == null || f.kind() == kind)
          && (rule == null || f.ruleId().equals(rule))
          && (search == null || matches(rf, sentence));
    }

    private boolean matches(ReviewedFlag rf, String sentence) {
      String q = search.toLowerCase(Locale.ROOT);
      Flag f = rf.flag();
      for (String s : new String[] {f.ruleId(), f.message(), f.matchedText(), sentence}) {
        if (s != null && s.toLowerCase(Locale.ROOT).contains(q)) {
          return true;
        }
      }
      return false;
    }

    Filter withSeverity(Severity s) {
      return new Filter(s, state, kind, rule, search);
    }

    Filter withState(String s) {
      return new Filter(severity, s, kind, rule, search);
    }

    Filter withKind(FlagKind k) {
      return new Filter(severity, state, k, rule, search);
    }

    Filter withRule(String r) {
      return new Filter(severity, state, kind, r, search);
    }

    /** The query string of this filter ("" or "?severity=error&rule=…"). */
    String query() {
      List<String> parts = new ArrayList<>();
      if (severity != null) {
        parts.add("severity=" + severity.label());
      }
      if (state != null) {
        parts.add("state=" + state);
      }
      if (kind != null) {
        parts.add("kind=" + path(kind.id()));
      }
      if (rule != null) {
        parts.add("rule=" + path(rule));
      }
      if (search != null) {
        parts.add("q=" + path(search));
      }
      return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }
  }

  private static final String HELP =
      "<aside id=\"help\" hidden><strong>Keys</strong><dl>"
          + "<dt>j</dt><dd>next flag</dd><dt>k</dt><dd>previous flag</dd>"
          + "<dt>c</dt><dd>confirm</dd><dt>d</dt><dd>dismiss (with a reason)</dd>"
          + "<dt>n</dt><dd>note on the decision</dd><dt>e</dt><dd>correct the sentence</dd>"
          + "<dt>g</dt><dd>add the word to the glossary</dd><dt>u</dt><dd>undo</dd>"
          + "<dt>/</dt><dd>search</dd><dt>?</dt><dd>this help</dd></dl></aside>\n";

  /**
   * A pair's flags as a review queue, most severe first, filtered; the rules with their bulk
   * dismissal; the post-editing so far; then the two articles side by side, sentence by sentence.
   */
  static String pair(
      String id, PairReport report, List<ReviewItem> items, Filter filter, String token) {
    StringBuilder b = head("Review: " + id, token, id, "pair", 0);
    PairReport.Summary s = report.summary();
    String self = "/pair/" + path(id);
    b.append("<p><a href=\"/\">← corpus</a> · <a href=\"#sides\">the two articles</a> · ")
        .append("<a href=\"")
        .append(esc(self))
        .append("/corrected.txt\" download>corrected machine text</a></p>\n<h1>")
        .append(esc(id))
        .append("</h1>\n<p id=\"counts\">")
        .append(s.flags())
        .append(" flags: ")
        .append(s.errors())
        .append(" errors, ")
        .append(s.warnings())
        .append(" warnings, ")
        .append(s.infos())
        .append(" info; <span data-count=\"open\">")
        .append(s.open())
        .append(" open</span>, <span data-count=\"confirmed\">")
        .append(s.confirmed())
        .append(" confirmed</span>, <span data-count=\"dismissed\">")
        .append(s.dismissed())
        .append(" dismissed</span>. <span class=\"muted\">Keys: j/k next/previous, c confirm,")
        .append(" d dismiss, n note, e correct, g glossary, u undo, / search, ? help.</span></p>\n")
        .append(HELP);
    postEditing(b, report.postEditing());
    List<Option> severities = new ArrayList<>();
    for (Severity sev : Severity.values()) {
      severities.add(new Option(sev.label(), filter.withSeverity(sev), sev == filter.severity()));
    }
    nav(b, self, "Show", filter.withSeverity(null), filter.severity() == null, severities);
    List<Option> states = new ArrayList<>();
    for (String st : STATES) {
      states.add(new Option(st, filter.withState(st), st.equals(filter.state())));
    }
    nav(b, self, "State", filter.withState(null), filter.state() == null, states);
    List<Option> kinds = new ArrayList<>();
    for (FlagKind k : FlagKind.values()) {
      if (report.flags().stream().anyMatch(rf -> rf.flag().kind() == k)) {
        kinds.add(new Option(k.id(), filter.withKind(k), k == filter.kind()));
      }
    }
    nav(b, self, "Kind", filter.withKind(null), filter.kind() == null, kinds);
    rules(b, self, report, filter);
    b.append("<div class=\"toolbar\"><label>Search <input id=\"q\" type=\"search\" value=\"")
        .append(esc(filter.search() == null ? "" : filter.search()))
        .append("\" placeholder=\"rule, message, text… (Enter)\"></label></div>\n")
        .append("<p id=\"status\" role=\"status\"></p>\n<section id=\"queue\">\n");
    Map<String, ReviewItem> byFp = new HashMap<>();
    items.forEach(i -> byFp.put(i.flag().fingerprint(), i));
    Map<String, Correction> corrections = new HashMap<>();
    if (report.postEditing() != null) {
      report.postEditing().corrections().forEach(c -> corrections.put(c.sentence(), c));
    }
    int shown = 0;
    Set<String> shownFps = new HashSet<>();
    if ("stale".equals(filter.state())) {
      shown = stale(b, report);
    } else {
      for (ReviewedFlag rf : report.flags()) {
        ReviewItem item = byFp.get(rf.flag().fingerprint());
        String sentence = item == null ? null : item.sentence();
        if (!filter.accepts(rf, sentence)) {
          continue;
        }
        shown++;
        shownFps.add(rf.flag().fingerprint());
        card(b, rf, item, corrections.get(sentence));
      }
    }
    if (shown == 0) {
      b.append("<p>No flags to show.</p>\n");
    }
    b.append("</section>\n");
    // the marks link to the queue: the flags it shows
    sides(
        b,
        report,
        items.stream().filter(i -> shownFps.contains(i.flag().fingerprint())).toList(),
        corrections);
    return foot(b);
  }

  /** One flag of the queue, with what the script needs in data attributes. */
  private static void card(StringBuilder b, ReviewedFlag rf, ReviewItem item, Correction c) {
    Flag f = rf.flag();
    b.append("<div class=\"flag ")
        .append(f.severity().label())
        .append("\" id=\"fp-")
        .append(esc(f.fingerprint()))
        .append("\" data-fp=\"")
        .append(esc(f.fingerprint()))
        .append("\" data-state=\"")
        .append(rf.state().label())
        .append("\" data-severity=\"")
        .append(f.severity().label())
        .append("\" data-rule=\"")
        .append(esc(f.ruleId()))
        .append('"');
    if (rf.decision() != null) {
      b.append(" data-decision=\"")
          .append(rf.decision().decision().label())
          .append("\" data-note=\"")
          .append(esc(rf.note()))
          .append('"');
    }
    boolean hasSentence = item != null && item.sentence() != null && f.sentenceId() != null;
    if (hasSentence) {
      b.append(" data-sentence=\"")
          .append(esc(f.sentenceId()))
          .append("\" data-sentence-text=\"")
          .append(esc(item.sentence()))
          .append('"');
      if (c != null) {
        b.append(" data-corrected=\"").append(esc(c.corrected())).append('"');
      }
    }
    boolean oneWord = glossaryKind(f.kind()) && isWord(f.matchedText());
    if (oneWord) {
      b.append(" data-word=\"").append(esc(f.matchedText())).append('"');
    }
    b.append("><div><span class=\"state\">")
        .append(rf.state().label())
        .append("</span> · ")
        .append(f.severity().label())
        .append(" · ")
        .append(esc(f.kind().id()))
        .append(" <code>")
        .append(esc(f.ruleId()))
        .append("</code> · line ")
        .append(f.span().line())
        .append(" · <code class=\"muted\">")
        .append(esc(f.fingerprint()))
        .append("</code></div>\n<div class=\"msg\">")
        .append(esc(f.message()))
        .append("</div>\n<blockquote>")
        .append(excerpt(item, f))
        .append("</blockquote>\n");
    if (c != null) {
      b.append("<div class=\"correction-saved\">corrected: ")
          .append(esc(c.corrected()))
          .append("</div>\n");
    }
    if (!rf.note().isEmpty()) {
      b.append("<div class=\"muted note\">note: ").append(esc(rf.note())).append("</div>\n");
    }
    b.append("<button data-action=\"confirmed\">confirm</button> ")
        .append("<button data-action=\"dismissed\">dismiss…</button> ")
        .append("<button data-action=\"note\">note…</button> ");
    if (hasSentence) {
      b.append("<button data-action=\"correct\">correct…</button> ");
    }
    if (oneWord) {
      b.append("<button data-action=\"glossary\">add “")
          .append(esc(f.matchedText()))
          .append("” to the glossary</button> ");
    }
    b.append("<button data-action=\"undo\">undo</button></div>\n");
  }

  private static boolean glossaryKind(FlagKind k) {
    return k == FlagKind.SPELLING || k == FlagKind.PROBABLE_NAME || k == FlagKind.UNTRANSLATED;
  }

  /** One word (letters, digits, inner hyphens or apostrophes), as a glossary line holds. */
  private static boolean isWord(String s) {
    return s != null && s.length() <= 100 && s.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-.]*");
  }

  /** The stale decisions: the flag they were taken on is gone. */
  private static int stale(StringBuilder b, PairReport report) {
    for (StaleDecision d : report.staleDecisions()) {
      b.append("<div class=\"flag stale\" data-stale=\"")
          .append(esc(d.decision().fingerprint()))
          .append("\"><div><span class=\"state\">stale</span> · ")
          .append(esc(d.message()))
          .append("</div>");
      if (d.successorFingerprint() != null) {
        b.append("<div><a href=\"#fp-")
            .append(esc(d.successorFingerprint()))
            .append("\">the same finding now</a> (deciding it settles this one)</div>");
      }
      b.append("</div>\n");
    }
    return report.staleDecisions().size();
  }

  /** What the reviewers' corrections amount to: HTER. */
  private static void postEditing(StringBuilder b, PostEditing pe) {
    if (pe == null) {
      return;
    }
    b.append("<p id=\"post-editing\">Post-editing: ")
        .append(pe.corrected())
        .append(" of ")
        .append(pe.sentences())
        .append(" machine sentences corrected; HTER <strong data-hter=\"")
        .append(String.format(Locale.ROOT, "%.6f", pe.hter()))
        .append("\">")
        .append(String.format(Locale.ROOT, "%.2f", pe.hter()))
        .append("</strong> (TER of the machine text against its corrections)");
    if (!pe.staleCorrections().isEmpty()) {
      b.append("; ").append(pe.staleCorrections().size()).append(" stale corrections");
    }
    b.append(".</p>\n");
  }

  /** One choice of a filter line. */
  private record Option(String label, Filter filter, boolean current) {}

  private static void nav(
      StringBuilder b, String self, String title, Filter all, boolean allCurrent, List<Option> os) {
    b.append("<nav>").append(title).append(": ");
    b.append("<a href=\"")
        .append(esc(self + all.query()))
        .append("\">")
        .append(allCurrent ? "<strong>all</strong>" : "all")
        .append("</a>");
    for (Option o : os) {
      b.append("<a href=\"")
          .append(esc(self + o.filter().query()))
          .append("\">")
          .append(o.current() ? "<strong>" + esc(o.label()) + "</strong>" : esc(o.label()))
          .append("</a>");
    }
    b.append("</nav>\n");
  }

  /** The pair's rules, each a filter link with its open count and a button dismissing them. */
  private static void rules(StringBuilder b, String self, PairReport report, Filter filter) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (ReviewedFlag rf : report.flags()) {
      int[] c = counts.computeIfAbsent(rf.flag().ruleId(), r -> new int[2]);
      c[0]++;
      if (rf.state() == FlagState.OPEN) {
        c[1]++;
      }
    }
    if (counts.isEmpty()) {
      return;
    }
    b.append("<details class=\"rules\"")
        .append(filter.rule() != null ? " open" : "")
        .append("><summary>Rules (")
        .append(counts.size())
        .append(")</summary><ul>\n");
    String allRules = self + filter.withRule(null).query();
    b.append("<li><a href=\"").append(esc(allRules)).append("\">all rules</a></li>\n");
    counts.forEach(
        (rule, c) -> {
          Filter only = filter.withRule(rule);
          b.append("<li><a href=\"")
              .append(esc(self + only.query()))
              .append("\"><code>")
              .append(rule.equals(filter.rule()) ? "<strong>" + esc(rule) + "</strong>" : esc(rule))
              .append("</code></a> ")
              .append(c[0])
              .append(" flags, ")
              .append(c[1])
              .append(" open");
          if (c[1] > 0) {
            b.append(" <button data-rule=\"")
                .append(esc(rule))
                .append("\">dismiss all ")
                .append(c[1])
                .append(" open…</button>");
          }
          b.append("</li>\n");
        });
    b.append("</ul></details>\n");
  }

  /**
   * The machine text and the human text side by side, each sentence in document order an element
   * {@code id="s-<sentence id>"} with its aligned partners in {@code data-partner}, the ones
   * without counterpart marked, and the flagged spans of the machine sentences marked.
   */
  private static void sides(
      StringBuilder b,
      PairReport report,
      List<ReviewItem> items,
      Map<String, Correction> corrections) {
    Map<String, Set<String>> partners = new HashMap<>();
    for (AlignedPairResult p : report.alignment().pairs()) {
      for (String m : p.machineIds()) {
        partners.computeIfAbsent(m, k -> new LinkedHashSet<>()).addAll(p.humanIds());
      }
      for (String h : p.humanIds()) {
        partners.computeIfAbsent(h, k -> new LinkedHashSet<>()).addAll(p.machineIds());
      }
    }
    Set<String> without = new HashSet<>(report.alignment().humanWithoutCounterpart());
    without.addAll(report.alignment().machineWithoutCounterpart());
    Map<String, List<ReviewItem>> marks = new HashMap<>();
    for (ReviewItem i : items) {
      if (i.sentence() != null && i.spanEnd() > i.spanStart()) {
        marks.computeIfAbsent(i.flag().sentenceId(), k -> new ArrayList<>()).add(i);
      }
    }
    b.append("<section id=\"sides\">\n");
    for (Side side : List.of(Side.MACHINE, Side.HUMAN)) {
      b.append("<div class=\"side ")
          .append(side == Side.MACHINE ? "machine" : "human")
          .append("\"><h2>")
          .append(side == Side.MACHINE ? "Machine translation" : "Human article")
          .append("</h2>\n");
      List<Sentence> sentences =
          report.sentences().stream()
              .filter(x -> x.side() == side)
              .sorted(Comparator.comparingInt(Sentence::index))
              .toList();
      for (Sentence sentence : sentences) {
        Set<String> mine = partners.getOrDefault(sentence.id(), Set.of());
        boolean alone = mine.isEmpty() || without.contains(sentence.id());
        b.append("<div class=\"sent")
            .append(alone ? " nocp" : "")
            .append("\" id=\"s-")
            .append(esc(sentence.id()))
            .append("\" data-id=\"")
            .append(esc(sentence.id()))
            .append("\" data-partner=\"")
            .append(esc(String.join(" ", mine)))
            .append("\">")
            .append(marked(sentence.text(), marks.getOrDefault(sentence.id(), List.of())));
        if (alone) {
          b.append("<span class=\"nocp-label\">no counterpart</span>");
        }
        Correction c = side == Side.MACHINE ? corrections.get(sentence.text()) : null;
        if (c != null) {
          b.append("<span class=\"corrected\">corrected: ")
              .append(esc(c.corrected()))
              .append("</span>");
        }
        b.append("</div>\n");
      }
      b.append("</div>\n");
    }
    b.append("</section>\n");
  }

  /**
   * {@code text} with the spans of {@code items} marked. Overlapping spans are cut at every
   * boundary: each piece covered by flags is one {@code <mark>} (never nested), of the most severe
   * flag covering it (its severity class, {@code data-fp} and a link to it in the queue), listing
   * every covering flag in {@code data-fps}; each piece is escaped on its own.
   */
  static String marked(String text, List<ReviewItem> items) {
    if (items.isEmpty()) {
      return esc(text);
    }
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (ReviewItem i : items) {
      cuts.add(i.spanStart());
      cuts.add(i.spanEnd());
    }
    StringBuilder out = new StringBuilder();
    Integer from = null;
    for (int to : cuts) {
      if (from != null && to > from) {
        int a = from;
        String piece = esc(text.substring(a, to));
        List<Flag> over =
            items.stream()
                .filter(i -> i.spanStart() <= a && i.spanEnd() >= to)
                .map(ReviewItem::flag)
                .sorted(Comparator.comparing(Flag::severity))
                .toList();
        if (over.isEmpty()) {
          out.append(piece);
        } else {
          Flag top = over.get(0);
          out.append("<a class=\"fl\" href=\"#fp-")
              .append(esc(top.fingerprint()))
              .append("\"><mark class=\"")
              .append(top.severity().label())
              .append("\" data-fp=\"")
              .append(esc(top.fingerprint()))
              .append("\" data-fps=\"")
              .append(esc(String.join(" ", over.stream().map(Flag::fingerprint).toList())))
              .append("\" title=\"")
              .append(esc(String.join("; ", over.stream().map(Flag::ruleId).toList())))
              .append("\">")
              .append(piece)
              .append("</mark></a>");
        }
      }
      from = to;
    }
    return out.toString();
  }

  /** The flag's machine sentence with the flagged text marked, or the flagged text alone. */
  private static String excerpt(ReviewItem item, Flag f) {
    if (item == null || item.sentence() == null) {
      return "<mark>" + esc(f.matchedText()) + "</mark>";
    }
    String s = item.sentence();
    return esc(s.substring(0, item.spanStart()))
        + "<mark>"
        + esc(s.substring(item.spanStart(), item.spanEnd()))
        + "</mark>"
        + esc(s.substring(item.spanEnd()));
  }

  private static StringBuilder head(
      String title, String token, String pair, String page, int refreshSeconds) {
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">");
    if (refreshSeconds > 0) {
      b.append("<meta http-equiv=\"refresh\" content=\"").append(refreshSeconds).append("\">");
    }
    b.append("<meta name=\"token\" content=\"")
        .append(esc(token))
        .append("\"><title>")
        .append(esc(title))
        .append(
            "</title><link rel=\"stylesheet\" href=\"/static/desk.css\"></head>\n<body class=\"")
        .append(page)
        .append('"');
    if (pair != null) {
      b.append(" data-pair=\"").append(esc(pair)).append('"');
    }
    return b.append(">\n");
  }

  private static String foot(StringBuilder b) {
    return b.append("<script src=\"/static/desk.js\"></script>\n</body></html>\n").toString();
  }

  /** A pair id as one path segment. */
  static String path(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Text for a one-line plain-text reason: line breaks and controls removed, length bounded. */
  static String oneLine(String s) {
    String t = s.replaceAll("\\p{Cntrl}", " ");
    return t.length() > 120 ? t.substring(0, 120) + "…" : t;
  }
}
