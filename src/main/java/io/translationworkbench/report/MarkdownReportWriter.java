package io.translationworkbench.report;

import io.translationworkbench.Side;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.metrics.Similarity;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.review.StaleDecision;
import io.translationworkbench.segment.Sentence;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.grammar.SuppressedMatch;
import io.translationworkbench.ingest.Anomaly;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
    suppressed(sb, r);
    if (!r.processingErrors().isEmpty()) {
      sb.append("## Processing errors\n\n");
      for (ProcessingError e : r.processingErrors()) {
        sb.append("- ").append(Md.cell(e.stage())).append(" on ").append(Md.cell(e.file())).append(": ");
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
      Map<String, Sentence> byId = sentencesById(r);
      Map<String, List<String>> humanOf = humanCounterparts(r);
      sb.append("Most severe first. Each flag has a fingerprint that stays the same across runs; record a decision with")
          .append(" `./workbench review`.\n\n");
      int n = 0;
      for (ReviewedFlag rf : r.flags()) {
        Flag f = rf.flag();
        n++;
        sb.append("### ").append(n).append(". ").append(f.severity().label()).append(" · ").append(f.kind().id());
        sb.append(" · ").append(Md.code(f.ruleId())).append(" · line ").append(f.span().line()).append(':');
        sb.append(f.span().column()).append("\n\n");
        sb.append("- **Why:** ").append(Md.cell(f.message())).append('\n');
        Sentence s = f.sentenceId() == null ? null : byId.get(f.sentenceId());
        if (s != null) {
          sb.append("- **Machine:** ").append(highlight(s, f)).append('\n');
          List<String> human = humanOf.get(s.id());
          sb.append("- **Human:** ");
          if (human == null) {
            sb.append("no counterpart in the human article");
          } else {
            List<String> texts = new java.util.ArrayList<>();
            human.forEach(id -> texts.add(byId.get(id).text()));
            sb.append(Md.cell(String.join(" ", texts)));
          }
          sb.append('\n');
        } else if (!f.matchedText().isEmpty()) {
          sb.append("- **Text:** ").append(Md.cell(f.matchedText())).append('\n');
        }
        if (!f.suggestions().isEmpty()) {
          sb.append("- **Suggestions:** ").append(Md.cell(String.join(", ", f.suggestions()))).append('\n');
        }
        String diff = f.evidence().get("diff");
        if (diff != null) {
          sb.append("- **Word diff** (machine `[-…-]`, human `{+…+}`): ").append(Md.cell(diff)).append('\n');
        }
        sb.append("- **State:** ").append(rf.state().name().toLowerCase(Locale.ROOT));
        if (rf.decision() != null) {
          sb.append(" by ").append(Md.cell(rf.decision().reviewer())).append(" on ").append(rf.decision().date());
          if (!rf.note().isEmpty()) {
            sb.append(": ").append(Md.cell(rf.note()));
          }
        }
        sb.append(" · fingerprint ").append(Md.code(f.fingerprint())).append("\n\n");
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

  private static String highlight(Sentence s, Flag f) {
    int from = f.span().start() - s.span().start();
    int to = f.span().end() - s.span().start();
    String t = s.text();
    if (from < 0 || to > t.length() || to <= from) {
      return Md.cell(t);
    }
    return Md.cell(t.substring(0, from)) + "**" + Md.cell(t.substring(from, to)) + "**" + Md.cell(t.substring(to));
  }

  private static Map<String, Sentence> sentencesById(PairReport r) {
    Map<String, Sentence> m = new java.util.HashMap<>();
    r.sentences().forEach(s -> m.put(s.id(), s));
    return m;
  }

  private static Map<String, List<String>> humanCounterparts(PairReport r) {
    Map<String, List<String>> m = new java.util.HashMap<>();
    for (AlignedPairResult p : r.alignment().pairs()) {
      p.machineIds().forEach(id -> m.put(id, p.humanIds()));
    }
    return m;
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
      sb.append("| ").append(Md.cell(v.name())).append(" | ").append(String.format(Locale.ROOT, "%.4f", v.value()));
      sb.append(" | ").append(Md.cell(v.tokenisation() + "; " + v.normalisation())).append(" |\n");
    }
    sb.append("\nText scored: ").append(Md.cell(d.normalisation())).append(".\n\n");
  }

  private static void sentenceTable(StringBuilder sb, PairReport r) {
    sb.append("## Sentences of the machine text\n\n");
    sb.append("Aligner: ").append(Md.code(r.alignment().aligner())).append("\n\n");
    Map<String, AlignedPairResult> pairOf = new java.util.HashMap<>();
    for (AlignedPairResult p : r.alignment().pairs()) {
      p.machineIds().forEach(id -> pairOf.put(id, p));
    }
    Map<String, int[]> flagCounts = new java.util.HashMap<>();
    for (ReviewedFlag rf : r.flags()) {
      if (rf.flag().sentenceId() != null && rf.state() != io.translationworkbench.review.FlagState.DISMISSED) {
        flagCounts.computeIfAbsent(rf.flag().sentenceId(), k -> new int[3])[rf.flag().severity().ordinal()]++;
      }
    }
    sb.append("| line | sentence | human counterpart | align | BLEU | chrF2 | TER | open flags (E/W/I) |\n");
    sb.append("|---:|---|---|---:|---:|---:|---:|---|\n");
    for (Sentence s : r.sentences()) {
      if (s.side() != Side.MACHINE) {
        continue;
      }
      AlignedPairResult p = pairOf.get(s.id());
      int[] c = flagCounts.getOrDefault(s.id(), new int[3]);
      sb.append("| ").append(s.span().line()).append(" | ").append(Md.cell(abbreviate(s.text(), 80)));
      if (p == null) {
        sb.append(" | — | | | | |");
      } else {
        sb.append(" | ").append(Md.cell(String.join(", ", p.humanIds())));
        sb.append(" | ").append(String.format(Locale.ROOT, "%.2f", p.alignScore()));
        sb.append(" | ").append(fmt(p.metrics().getOrDefault("BLEU", Double.NaN)));
        sb.append(" | ").append(fmt(p.metrics().getOrDefault("chrF2", Double.NaN)));
        sb.append(" | ").append(fmt(p.metrics().getOrDefault("TER", Double.NaN))).append(" |");
      }
      sb.append(' ').append(c[0]).append('/').append(c[1]).append('/').append(c[2]).append(" |\n");
    }
    sb.append('\n');
  }

  private static void coverage(StringBuilder sb, PairReport r) {
    Map<String, Sentence> byId = sentencesById(r);
    sb.append("## Coverage\n\n");
    sb.append("Human sentences with no machine counterpart (information the translation lacks):\n\n");
    listSentences(sb, r.alignment().humanWithoutCounterpart(), byId);
    sb.append("Machine sentences with no human counterpart (added, or from a different source):\n\n");
    listSentences(sb, r.alignment().machineWithoutCounterpart(), byId);
  }

  private static void listSentences(StringBuilder sb, List<String> ids, Map<String, Sentence> byId) {
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

  private static String abbreviate(String t, int max) {
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
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
            d.machine().matches(),
            findings(d.machine().matches()),
            d.machine().words(),
            d.machine().per100Words()));
    sb.append(
        String.format(
            Locale.ROOT,
            "- Human baseline: %d %s in %d words (%.2f per 100 words)%n",
            d.human().matches(),
            findings(d.human().matches()),
            d.human().words(),
            d.human().per100Words()));
    if (d.ratio() != null) {
      sb.append(String.format(Locale.ROOT, "- Density ratio machine ÷ human: **%.2f**%n", d.ratio()));
    }
    long names = r.matches().stream().filter(m -> m.kind().id().equals("probable-name")).count();
    if (names > 0) {
      sb.append("- Probable names (not counted): ").append(names).append('\n');
    }
    Map<String, Integer> bySeverity = new TreeMap<>();
    long open = 0;
    for (ReviewedFlag rf : r.flags()) {
      if (rf.state() != io.translationworkbench.review.FlagState.DISMISSED) {
        bySeverity.merge(rf.flag().severity().label(), 1, Integer::sum);
        open++;
      }
    }
    sb.append("- Flags to look at: **").append(open).append("**");
    if (open > 0) {
      sb.append(" (");
      StringBuilder parts = new StringBuilder();
      for (io.translationworkbench.Severity sev : io.translationworkbench.Severity.values()) {
        int n = bySeverity.getOrDefault(sev.label(), 0);
        if (n > 0) {
          parts.append(parts.length() == 0 ? "" : ", ").append(n).append(' ').append(sev.label());
        }
      }
      sb.append(parts).append(')');
    }
    long dismissed = r.flags().size() - open;
    if (dismissed > 0) {
      sb.append("; ").append(dismissed).append(" dismissed by reviewers");
    }
    sb.append('\n');
    r.documentMetrics().scores().stream()
        .filter(v -> v.name().equals("chrF2"))
        .findFirst()
        .ifPresent(
            v ->
                sb.append("- Document chrF2 against the human article: ")
                    .append(fmt(v.score()))
                    .append(" (comparable articles: low by nature)\n"));
    sb.append(
        String.format(
            Locale.ROOT,
            "- Aligned sentence pairs: %d; human sentences without counterpart: %d; machine sentences without: %d%n",
            r.alignment().pairs().size(),
            r.alignment().humanWithoutCounterpart().size(),
            r.alignment().machineWithoutCounterpart().size()));
    sb.append("- Structural anomalies: ").append(r.anomalies().size());
    if (!r.anomalies().isEmpty()) {
      Map<String, Integer> byKind = new TreeMap<>();
      r.anomalies().forEach(a -> byKind.merge(a.kind().id(), 1, Integer::sum));
      sb.append(" (");
      StringBuilder parts = new StringBuilder();
      byKind.forEach((k, v) -> parts.append(parts.length() == 0 ? "" : ", ").append(k).append(": ").append(v));
      sb.append(parts).append(')');
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
    TreeSet<String> kinds = new TreeSet<>(d.machine().byKind().keySet());
    kinds.addAll(d.human().byKind().keySet());
    sb.append("| kind | machine | human baseline |\n|---|---:|---:|\n");
    for (String k : kinds) {
      sb.append("| ").append(k);
      sb.append(" | ").append(fmt(d.machine().per100WordsByKind().getOrDefault(k, 0.0)));
      sb.append(" (").append(d.machine().byKind().getOrDefault(k, 0)).append(')');
      sb.append(" | ").append(fmt(d.human().per100WordsByKind().getOrDefault(k, 0.0)));
      sb.append(" (").append(d.human().byKind().getOrDefault(k, 0)).append(") |\n");
    }
    sb.append("| **all** | **").append(fmt(d.machine().per100Words())).append("** (").append(d.machine().matches());
    sb.append(") | ").append(fmt(d.human().per100Words())).append(" (").append(d.human().matches()).append(") |\n\n");
  }

  private static void suppressed(StringBuilder sb, PairReport r) {
    if (r.suppressed().isEmpty()) {
      return;
    }
    sb.append("## Left out on purpose\n\n");
    sb.append("LanguageTool findings not reported, and why:\n\n");
    Map<String, TreeSet<String>> byReason = new TreeMap<>();
    for (SuppressedMatch s : r.suppressed()) {
      byReason
          .computeIfAbsent(s.side().label() + ": " + s.reason() + " (" + s.ruleId() + ")", k -> new TreeSet<>())
          .add(s.matchedText());
    }
    byReason.forEach(
        (k, v) -> sb.append("- ").append(Md.cell(k)).append(": ").append(Md.cell(String.join(", ", v))).append('\n'));
    sb.append('\n');
  }

  private static void signature(StringBuilder sb, PairReport r) {
    Signature s = r.signature();
    sb.append("## Reproducibility\n\n");
    sb.append("- ").append(s.tool()).append(' ').append(s.toolVersion());
    sb.append(", LanguageTool ").append(s.languageToolVersion()).append(" (embedded)\n");
    for (InputFile f : r.inputs()) {
      sb.append("- ").append(f.side().label()).append(" SHA-256: ").append(Md.code(f.sha256())).append('\n');
    }
    sb.append("- LanguageTool rules:\n");
    s.rules().forEach((k, v) -> sb.append("  - ").append(k).append(": ").append(Md.cell(render(v))).append('\n'));
    sb.append("- Normalisation:\n");
    s.normalisation().forEach((k, v) -> sb.append("  - ").append(k).append(": ").append(Md.cell(v)).append('\n'));
    sb.append("- Offsets: ").append(Md.cell(r.offsets())).append('\n');
    sb.append("- Configuration files: ");
    sb.append(s.configFiles().isEmpty() ? "none (defaults)" : Md.cell(String.join(", ", s.configFiles())));
    sb.append('\n');
  }

  private static String render(Object v) {
    if (v instanceof io.translationworkbench.config.TypographyProfile t) {
      return "highPunctuationSpace="
          + t.highPunctuationSpace()
          + ", guillemetSpace="
          + t.guillemetSpace()
          + ", apostrophe="
          + t.apostrophe()
          + ", dash="
          + t.dash();
    }
    if (v instanceof List<?> l) {
      return l.isEmpty() ? "none" : l.toString().substring(1, l.toString().length() - 1);
    }
    return String.valueOf(v);
  }

  private static String findings(int n) {
    return n == 1 ? "finding" : "findings";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
