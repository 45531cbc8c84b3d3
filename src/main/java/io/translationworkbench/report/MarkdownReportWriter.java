package io.translationworkbench.report;

import io.translationworkbench.Side;
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
    inputs(sb, r);
    anomalies(sb, r);
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
