package io.translationworkbench.serve;

import static io.translationworkbench.report.Html.esc;

import io.translationworkbench.PairReport;
import io.translationworkbench.Severity;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.review.ReviewItem;
import io.translationworkbench.review.ReviewedFlag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
          + "nav a{margin-right:.8em}#status{min-height:1.4em;color:#b42318}";

  private static final String SCRIPT =
      "(function(){var t=document.querySelector('meta[name=token]').content;"
          + "var pair=document.body.dataset.pair;var items=[].slice.call("
          + "document.querySelectorAll('.flag'));var i=0;"
          + "var h=decodeURIComponent(location.hash.slice(1));"
          + "items.forEach(function(e,k){if(e.dataset.fp===h)i=k;});"
          + "function sel(k){if(!items.length)return;i=Math.max(0,Math.min(items.length-1,k));"
          + "items.forEach(function(e){e.classList.remove('sel');});items[i].classList.add('sel');"
          + "items[i].scrollIntoView({block:'nearest'});}"
          + "function post(fp,d,note){fetch('/api/pair/'+encodeURIComponent(pair)+'/decision',"
          + "{method:'POST',headers:{'Content-Type':'application/json','X-Workbench-Token':t},"
          + "body:JSON.stringify({fingerprint:fp,decision:d,note:note||''})})"
          + ".then(function(r){if(r.ok){location.hash=encodeURIComponent(fp);location.reload();}"
          + "else return r.text().then(function(m){document.getElementById('status')"
          + ".textContent=m;});});}"
          + "function act(e,a){var fp=e.dataset.fp;if(a==='dismissed'){"
          + "var n=prompt('Reason for dismissing?','');if(n===null)return;post(fp,a,n);}"
          + "else post(fp,a,'');}"
          + "document.addEventListener('click',function(ev){var b=ev.target.closest('button');"
          + "if(!b)return;var e=b.closest('.flag');act(e,b.dataset.action);});"
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

  /** A pair's flags as a review queue, most severe first, optionally of one severity only. */
  static String pair(
      String id, PairReport report, List<ReviewItem> items, Severity only, String token) {
    StringBuilder b = head("Review: " + id, token, id);
    PairReport.Summary s = report.summary();
    b.append("<p><a href=\"/\">← corpus</a></p>\n<h1>")
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
        .append(" d dismiss, u undo.</span></p>\n<nav>Show: ");
    String self = "/pair/" + path(id);
    b.append("<a href=\"").append(esc(self)).append("\">all</a>");
    for (Severity sev : Severity.values()) {
      b.append("<a href=\"")
          .append(esc(self + "?severity=" + sev.label()))
          .append("\">")
          .append(sev == only ? "<strong>" + sev.label() + "</strong>" : sev.label())
          .append("</a>");
    }
    b.append("</nav>\n<p id=\"status\" role=\"status\"></p>\n");
    Map<String, ReviewItem> byFp = new HashMap<>();
    items.forEach(i -> byFp.put(i.flag().fingerprint(), i));
    int shown = 0;
    for (ReviewedFlag rf : report.flags()) {
      Flag f = rf.flag();
      if (only != null && f.severity() != only) {
        continue;
      }
      shown++;
      b.append("<div class=\"flag ")
          .append(f.severity().label())
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
    return foot(b, true);
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
