package io.translationworkbench.serve;

import static io.translationworkbench.report.Html.esc;

import io.translationworkbench.PairReport;
import io.translationworkbench.Severity;
import io.translationworkbench.Side;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagKind;
import io.translationworkbench.review.FlagState;
import io.translationworkbench.review.ReviewItem;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.segment.Sentence;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The review desk's pages: self-contained HTML (inline style and script, nothing fetched but the
 * desk's own API), every text from the input through {@link io.translationworkbench.report.Html}.
 */
final class DeskPages {
  private static final String STYLE =
      "body{font:15px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:70em;color:#222}"
          + "table{border-collapse:collapse}td,th{padding:.3em .6em;border-bottom:1px solid #ddd;"
          + "text-align:left}.pass{color:#1a7f37}.fail{color:#b42318}code{font-size:90%}"
          + ".flag{border:1px solid #ddd;border-radius:6px;padding:.5em .8em;margin:.5em 0}"
          + ".flag.sel{outline:3px solid #2f6feb}.error{border-left:6px solid #b42318}"
          + ".warning{border-left:6px solid #bf8700}.info{border-left:6px solid #8c959f}"
          + "mark{background:#ffe08a}.state{font-weight:600}.muted{color:#666}"
          + "nav a{margin-right:.8em}#status{min-height:1.4em;color:#b42318}"
          + "nav{margin:.2em 0}.rules li{margin:.2em 0}"
          + "#sides{display:grid;grid-template-columns:1fr 1fr;gap:1.5em;margin-top:2em}"
          + ".sent{padding:.2em .4em;margin:.1em 0;border-radius:4px;cursor:pointer}"
          + ".sent.hover,.sent.picked{background:#dbe7ff}.sent.partner{background:#c8f0d2}"
          + ".sent.nocp{border-left:4px dashed #bf8700}.nocp-label{font-size:80%;color:#8a5a00;"
          + "margin-left:.4em}mark.error,mark.warning,mark.info{border-left:0}"
          + "mark.error{background:#f8c4c0}mark.warning{background:#ffe08a}"
          + "mark.info{background:#e3e6ea}a.fl{color:inherit;text-decoration:none}";

  private static final String SCRIPT =
      "(function(){var t=document.querySelector('meta[name=token]').content;"
          + "var pair=document.body.dataset.pair;var items=[].slice.call("
          + "document.querySelectorAll('.flag'));var i=0;"
          + "function find(){var h=decodeURIComponent(location.hash.slice(1));"
          + "items.forEach(function(e,k){if('fp-'+e.dataset.fp===h)i=k;});}find();"
          + "function sel(k){if(!items.length)return;i=Math.max(0,Math.min(items.length-1,k));"
          + "items.forEach(function(e){e.classList.remove('sel');});items[i].classList.add('sel');"
          + "items[i].scrollIntoView({block:'nearest'});}"
          + "function post(fp,d,note){fetch('/api/pair/'+encodeURIComponent(pair)+'/decision',"
          + "{method:'POST',headers:{'Content-Type':'application/json','X-Workbench-Token':t},"
          + "body:JSON.stringify({fingerprint:fp,decision:d,note:note||''})})"
          + ".then(function(r){if(r.ok){location.hash='fp-'+fp;location.reload();}"
          + "else return r.text().then(function(m){document.getElementById('status')"
          + ".textContent=m;});});}"
          + "function act(e,a){var fp=e.dataset.fp;if(a==='dismissed'){"
          + "var n=prompt('Reason for dismissing?','');if(n===null)return;post(fp,a,n);}"
          + "else post(fp,a,'');}"
          + "function bulk(rule){var n=prompt('Reason for dismissing every open flag of '+rule+'?',"
          + "'');if(n===null)return;fetch('/api/pair/'+encodeURIComponent(pair)+'/dismiss-rule',"
          + "{method:'POST',headers:{'Content-Type':'application/json','X-Workbench-Token':t},"
          + "body:JSON.stringify({rule:rule,note:n})}).then(function(r){if(r.ok)location.reload();"
          + "else return r.text().then(function(m){document.getElementById('status')"
          + ".textContent=m;});});}"
          + "var sents=[].slice.call(document.querySelectorAll('.sent'));"
          + "function partners(){sents.forEach(function(x){x.classList.remove('partner');});"
          + "sents.forEach(function(e){if(!e.classList.contains('hover')&&"
          + "!e.classList.contains('picked'))return;(e.dataset.partner||'').split(' ')"
          + ".forEach(function(p){var x=p&&document.getElementById('s-'+p);"
          + "if(x)x.classList.add('partner');});});}"
          + "sents.forEach(function(e){"
          + "e.addEventListener('mouseenter',function(){e.classList.add('hover');partners();});"
          + "e.addEventListener('mouseleave',function(){e.classList.remove('hover');partners();"
          + "});});"
          + "window.addEventListener('hashchange',function(){find();sel(i);});"
          + "document.addEventListener('click',function(ev){var b=ev.target.closest('button');"
          + "if(!b){var s=ev.target.closest('.sent');if(s&&!ev.target.closest('a')){"
          + "var was=s.classList.contains('picked');sents.forEach(function(x){"
          + "x.classList.remove('picked');});if(!was)s.classList.add('picked');partners();}"
          + "return;}if(b.dataset.rule){bulk(b.dataset.rule);return;}"
          + "var e=b.closest('.flag');act(e,b.dataset.action);});"
          + "document.addEventListener('keydown',function(ev){if(ev.ctrlKey||ev.metaKey||ev.altKey)"
          + "return;var e=items[i];switch(ev.key){case 'j':sel(i+1);break;case 'k':sel(i-1);break;"
          + "case 'c':if(e)act(e,'confirmed');break;case 'd':if(e)act(e,'dismissed');break;"
          + "case 'u':if(e)act(e,'clear');break;}});sel(i);})();";

  private DeskPages() {}

  /** The corpus page: every pair with its verdict and counts. */
  static String corpus(List<ReviewDesk.CorpusRow> rows, String token) {
    StringBuilder b = head("Review desk", token, null);
    b.append("<h1>Review desk</h1>\n<table>\n<thead><tr><th>pair</th><th>gate</th>")
        .append("<th>errors</th><th>warnings</th><th>info</th><th>open</th><th>confirmed</th>")
        .append("<th>dismissed</th><th>chrF</th></tr></thead>\n<tbody>\n");
    for (ReviewDesk.CorpusRow row : rows) {
      b.append("<tr><td><a href=\"/pair/")
          .append(esc(path(row.id())))
          .append("\">")
          .append(esc(row.id()))
          .append("</a></td>");
      if (row.report() == null) {
        b.append("<td class=\"fail\" colspan=\"8\">cannot analyse: ")
            .append(esc(row.problem()))
            .append("</td></tr>\n");
        continue;
      }
      PairReport.Summary s = row.report().summary();
      b.append(row.passed() ? "<td class=\"pass\">pass</td>" : "<td class=\"fail\">fail</td>");
      for (Object v :
          new Object[] {
            s.errors(), s.warnings(), s.infos(), s.open(), s.confirmed(), s.dismissed()
          }) {
        b.append("<td>").append(v).append("</td>");
      }
      b.append("<td>")
          .append(esc(PairReport.Summary.text(s.named().get("documentChrF"))))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
    return foot(b, false);
  }

  /**
   * The queue's filters, each null for "all".
   *
   * @param severity only flags of this severity
   * @param state only flags in this review state
   * @param kind only flags of this kind
   * @param rule only flags of this rule
   */
  record Filter(Severity severity, FlagState state, FlagKind kind, String rule) {
    static final Filter NONE = new Filter(null, null, null, null);

    boolean accepts(ReviewedFlag rf) {
      Flag f = rf.flag();
      return (severity == null || f.severity() == severity)
          && (state == null || rf.state() == state)
          && (kind == null || f.kind() == kind)
          && (rule == null || f.ruleId().equals(rule));
    }

    /** The query string of this filter ("" or "?severity=error&rule=…"). */
    String query() {
      List<String> parts = new ArrayList<>();
      if (severity != null) {
        parts.add("severity=" + severity.label());
      }
      if (state != null) {
        parts.add("state=" + state.label());
      }
      if (kind != null) {
        parts.add("kind=" + path(kind.id()));
      }
      if (rule != null) {
        parts.add("rule=" + path(rule));
      }
      return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }
  }

  /**
   * A pair's flags as a review queue, most severe first, filtered; the rules with their bulk
   * dismissal; then the two articles side by side, sentence by sentence.
   */
  static String pair(
      String id, PairReport report, List<ReviewItem> items, Filter filter, String token) {
    StringBuilder b = head("Review: " + id, token, id);
    PairReport.Summary s = report.summary();
    b.append("<p><a href=\"/\">← corpus</a> · <a href=\"#sides\">the two articles</a></p>\n<h1>")
        .append(esc(id))
        .append("</h1>\n<p>")
        .append(s.flags())
        .append(" flags: ")
        .append(s.errors())
        .append(" errors, ")
        .append(s.warnings())
        .append(" warnings, ")
        .append(s.infos())
        .append(" info; ")
        .append(s.open())
        .append(" open, ")
        .append(s.confirmed())
        .append(" confirmed, ")
        .append(s.dismissed())
        .append(" dismissed. <span class=\"muted\">Keys: j/k next/previous, c confirm,")
        .append(" d dismiss, u undo.</span></p>\n");
    String self = "/pair/" + path(id);
    List<Option> severities = new ArrayList<>();
    for (Severity sev : Severity.values()) {
      severities.add(
          new Option(
              sev.label(),
              new Filter(sev, filter.state(), filter.kind(), filter.rule()),
              sev == filter.severity()));
    }
    nav(
        b,
        self,
        "Show",
        new Filter(null, filter.state(), filter.kind(), filter.rule()),
        filter.severity() == null,
        severities);
    List<Option> states = new ArrayList<>();
    for (FlagState st : FlagState.values()) {
      states.add(
          new Option(
              st.label(),
              new Filter(filter.severity(), st, filter.kind(), filter.rule()),
              st == filter.state()));
    }
    nav(
        b,
        self,
        "State",
        new Filter(filter.severity(), null, filter.kind(), filter.rule()),
        filter.state() == null,
        states);
    List<Option> kinds = new ArrayList<>();
    for (FlagKind k : FlagKind.values()) {
      if (report.flags().stream().anyMatch(rf -> rf.flag().kind() == k)) {
        kinds.add(
            new Option(
                k.id(),
                new Filter(filter.severity(), filter.state(), k, filter.rule()),
                k == filter.kind()));
      }
    }
    nav(
        b,
        self,
        "Kind",
        new Filter(filter.severity(), filter.state(), null, filter.rule()),
        filter.kind() == null,
        kinds);
    rules(b, self, report, filter);
    b.append("<p id=\"status\" role=\"status\"></p>\n");
    Map<String, ReviewItem> byFp = new HashMap<>();
    items.forEach(i -> byFp.put(i.flag().fingerprint(), i));
    int shown = 0;
    Set<String> shownFps = new HashSet<>();
    for (ReviewedFlag rf : report.flags()) {
      Flag f = rf.flag();
      if (!filter.accepts(rf)) {
        continue;
      }
      shown++;
      shownFps.add(f.fingerprint());
      b.append("<div class=\"flag ")
          .append(f.severity().label())
          .append("\" id=\"fp-")
          .append(esc(f.fingerprint()))
          .append("\" data-fp=\"")
          .append(esc(f.fingerprint()))
          .append("\"><div><span class=\"state\">")
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
          .append("</code></div>\n<div>")
          .append(esc(f.message()))
          .append("</div>\n<blockquote>")
          .append(excerpt(byFp.get(f.fingerprint()), f))
          .append("</blockquote>\n");
      if (!rf.note().isEmpty()) {
        b.append("<div class=\"muted\">note: ").append(esc(rf.note())).append("</div>\n");
      }
      b.append("<button data-action=\"confirmed\">confirm</button> ")
          .append("<button data-action=\"dismissed\">dismiss…</button> ")
          .append("<button data-action=\"clear\">undo</button></div>\n");
    }
    if (shown == 0) {
      b.append("<p>No flags to show.</p>\n");
    }
    // the marks link to the queue: the flags it shows
    sides(
        b, report, items.stream().filter(i -> shownFps.contains(i.flag().fingerprint())).toList());
    return foot(b, true);
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
    String allRules =
        self + new Filter(filter.severity(), filter.state(), filter.kind(), null).query();
    b.append("<li><a href=\"").append(esc(allRules)).append("\">all rules</a></li>\n");
    counts.forEach(
        (rule, c) -> {
          Filter only = new Filter(filter.severity(), filter.state(), filter.kind(), rule);
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
  private static void sides(StringBuilder b, PairReport report, List<ReviewItem> items) {
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

  private static StringBuilder head(String title, String token, String pair) {
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"token\" content=\"")
        .append(esc(token))
        .append("\"><title>")
        .append(esc(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head>\n<body");
    if (pair != null) {
      b.append(" data-pair=\"").append(esc(pair)).append('"');
    }
    return b.append(">\n");
  }

  private static String foot(StringBuilder b, boolean script) {
    if (script) {
      b.append("<script>").append(SCRIPT).append("</script>\n");
    }
    return b.append("</body></html>\n").toString();
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
