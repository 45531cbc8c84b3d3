package io.translationworkbench.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.translationworkbench.InputException;
import io.translationworkbench.JsonFiles;
import io.translationworkbench.metrics.Bleu;
import io.translationworkbench.metrics.BleuConfig;
import io.translationworkbench.metrics.BleuTokenizer;
import io.translationworkbench.metrics.ChrF;
import io.translationworkbench.metrics.ChrFConfig;
import io.translationworkbench.metrics.CorpusStatistics;
import io.translationworkbench.metrics.Metric;
import io.translationworkbench.metrics.PairedSignificance;
import io.translationworkbench.metrics.PyFormat;
import io.translationworkbench.metrics.PythonText;
import io.translationworkbench.metrics.Score;
import io.translationworkbench.metrics.Ter;
import io.translationworkbench.metrics.TerConfig;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code workbench score}: sacreBLEU 2.6.0's command line on line-aligned files (BLEU, chrF,
 * chrF++, TER), with full-precision JSON, per-line scores and paired significance tests.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scores line-aligned hypothesis files against reference files exactly as sacreBLEU 2.6.0 does.",
      "Lines end at LF only; each line is right-stripped of Python whitespace; an empty line is an empty segment."
    })
final class ScoreCommand implements Callable<Integer> {
  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @Option(
      names = {"--hyp", "-i"},
      required = true,
      paramLabel = "FILE",
      description =
          "Hypothesis file; repeat for several systems (the first is the baseline of paired tests).")
  List<Path> hyps;

  @Option(
      names = {"--ref", "-r"},
      required = true,
      paramLabel = "FILE",
      description = "Reference file; repeat for several references.")
  List<Path> refs;

  @Option(
      names = {"--num-refs", "-nr"},
      defaultValue = "1",
      description =
          "Split each line of a single reference file on tabs into this many references (default: 1).")
  int numRefs;

  @Option(
      names = {"--metrics", "-m"},
      split = ",",
      defaultValue = "bleu,chrf,chrf++,ter",
      description = "Metrics, comma-separated: bleu, chrf, chrf++, ter (default: all four).")
  List<String> metrics;

  @Option(
      names = {"--sentence-level", "-sl"},
      description = "Also score every line (BLEU with effective order, as sacreBLEU -sl).")
  boolean sentenceLevel;

  @Option(
      names = {"--format", "-f"},
      defaultValue = "json",
      description = "Output format: json (default) or text.")
  String format;

  @Option(
      names = {"--short", "-sh"},
      description = "Short signatures in text output.")
  boolean shortSignature;

  @Option(
      names = {"--score-only", "-b"},
      description = "Text output: print only the scores.")
  boolean scoreOnly;

  @Option(
      names = {"--width", "-w"},
      defaultValue = "1",
      description = "Decimals in text output (default: 1); JSON is always full precision.")
  int width;

  // BLEU
  @Option(
      names = {"--tokenize", "-tok"},
      defaultValue = "13a",
      description = "BLEU tokenizer: 13a (default), intl, char, none.")
  String tokenize;

  @Option(
      names = {"--lowercase", "-lc"},
      description = "Lowercase for BLEU only (as sacreBLEU -lc).")
  boolean lowercase;

  @Option(
      names = {"--smooth-method", "-s"},
      defaultValue = "exp",
      description = "BLEU smoothing: exp (default), floor, add-k, none.")
  String smoothMethod;

  @Option(
      names = {"--smooth-value", "-sv"},
      description = "Value for floor (default 0.1) or add-k (default 1).")
  Double smoothValue;

  @Option(
      names = "--max-ngram-order",
      defaultValue = "4",
      description = "BLEU maximum n-gram order (default: 4).")
  int maxNgramOrder;

  @Option(
      names = "--force",
      description = "Accepted for sacreBLEU compatibility; never changes a score.")
  boolean force;

  // chrF
  @Option(
      names = {"--chrf-char-order", "-cc"},
      defaultValue = "6",
      description = "chrF character order (6).")
  int chrfCharOrder;

  @Option(
      names = {"--chrf-word-order", "-cw"},
      defaultValue = "0",
      description =
          "Word order of the 'chrf' metric (0; 2 makes it chrF++). 'chrf++' always uses 2.")
  int chrfWordOrder;

  @Option(names = "--chrf-beta", defaultValue = "2", description = "chrF beta (2).")
  int chrfBeta;

  @Option(names = "--chrf-whitespace", description = "Keep whitespace in character n-grams.")
  boolean chrfWhitespace;

  @Option(names = "--chrf-lowercase", description = "Lowercase for chrF.")
  boolean chrfLowercase;

  @Option(
      names = "--chrf-eps-smoothing",
      description = "chrF++.py-style epsilon smoothing (signature eff:no).")
  boolean chrfEpsSmoothing;

  // TER
  @Option(names = "--ter-case-sensitive", description = "Do not lowercase for TER.")
  boolean terCaseSensitive;

  @Option(names = "--ter-asian-support", description = "Asian character handling for TER.")
  boolean terAsianSupport;

  @Option(names = "--ter-no-punct", description = "Remove punctuation for TER.")
  boolean terNoPunct;

  @Option(names = "--ter-normalized", description = "Tercom normalisation for TER.")
  boolean terNormalized;

  // paired tests
  @Option(
      names = {"--paired-bs", "-pbs"},
      description =
          "Paired bootstrap resampling of every system against the first (sacreBLEU semantics).")
  boolean pairedBs;

  @Option(
      names = {"--paired-ar", "-par"},
      description = "Paired approximate randomization of every system against the first.")
  boolean pairedAr;

  @Option(
      names = {"--paired-bs-n", "-pbsn"},
      defaultValue = "1000",
      description = "Bootstrap resamples (1000).")
  int pairedBsN;

  @Option(
      names = {"--paired-ar-n", "-part"},
      defaultValue = "10000",
      description = "Randomization trials (10000).")
  int pairedArN;

  @Option(
      names = "--seed",
      defaultValue = "12345",
      description = "Seed of the paired tests (sacreBLEU's SACREBLEU_SEED default: 12345).")
  long seed;

  /** One configured metric; BLEU also has its sentence-level (effective order) twin. */
  private record Configured(Metric corpus, Metric sentence) {}

  @Override
  public Integer call() throws IOException {
    validate();
    List<Configured> configured = configureMetrics();

    List<List<String>> systems = new ArrayList<>();
    for (Path h : hyps) {
      List<String> lines = readLines(h);
      if (lines.isEmpty()) {
        throw new InputException(h, "the hypothesis file has no lines");
      }
      systems.add(lines);
    }
    List<List<String>> refStreams = readReferences();
    int segments = systems.get(0).size();
    for (int s = 0; s < systems.size(); s++) {
      if (systems.get(s).size() != segments) {
        throw new InputException(
            hyps.get(s),
            "has " + systems.get(s).size() + " lines but " + hyps.get(0) + " has " + segments);
      }
    }
    for (int k = 0; k < refStreams.size(); k++) {
      if (refStreams.get(k).size() != segments) {
        Path p = refs.get(Math.min(k, refs.size() - 1));
        throw new InputException(
            p,
            "has "
                + refStreams.get(k).size()
                + " lines but the hypothesis has "
                + segments
                + " lines");
      }
    }
    List<List<String>> perSegment = CorpusStatistics.referencesPerSegment(segments, refStreams);
    int nrefs = CorpusStatistics.numRefs(perSegment);

    // statistics[system][metric] = per-segment statistics
    List<List<List<double[]>>> statistics = new ArrayList<>();
    for (List<String> system : systems) {
      List<List<double[]>> perMetric = new ArrayList<>();
      for (Configured c : configured) {
        perMetric.add(c.corpus().segmentStatistics(system, perSegment));
      }
      statistics.add(perMetric);
    }

    if (pairedBs || pairedAr) {
      PairedSignificance.Test test =
          pairedBs ? PairedSignificance.Test.BOOTSTRAP : PairedSignificance.Test.RANDOMIZATION;
      PairedSignificance paired =
          new PairedSignificance(test, pairedBs ? pairedBsN : pairedArN, seed);
      List<List<PairedSignificance.Result>> results = new ArrayList<>(); // [metric][system]
      for (int m = 0; m < configured.size(); m++) {
        List<List<double[]>> perSystem = new ArrayList<>();
        for (List<List<double[]>> s : statistics) {
          perSystem.add(s.get(m));
        }
        results.add(paired.compare(configured.get(m).corpus(), nrefs, perSystem));
      }
      writePaired(results);
      return ExitCode.OK.code();
    }

    List<List<Score>> corpusScores = new ArrayList<>(); // [system][metric]
    for (List<List<double[]>> s : statistics) {
      List<Score> scores = new ArrayList<>();
      for (int m = 0; m < configured.size(); m++) {
        scores.add(configured.get(m).corpus().score(Metric.sum(s.get(m)), nrefs));
      }
      corpusScores.add(scores);
    }
    List<List<Score>> sentenceScores = null; // [segment][metric]
    if (sentenceLevel) {
      sentenceScores = new ArrayList<>(segments);
      for (int i = 0; i < segments; i++) {
        List<Score> row = new ArrayList<>(configured.size());
        for (int m = 0; m < configured.size(); m++) {
          row.add(
              configured
                  .get(m)
                  .sentence()
                  .score(statistics.get(0).get(m).get(i), perSegment.get(i).size()));
        }
        sentenceScores.add(row);
      }
    }
    if (format.equals("json")) {
      writeJson(corpusScores, sentenceScores);
    } else {
      writeText(corpusScores, sentenceScores);
    }
    return ExitCode.OK.code();
  }

  private void validate() {
    format = format.toLowerCase(Locale.ROOT);
    if (!format.equals("json") && !format.equals("text")) {
      throw usage("--format must be json or text, not '" + format + "'");
    }
    if (pairedBs && pairedAr) {
      throw usage("--paired-bs and --paired-ar are mutually exclusive");
    }
    if ((pairedBs || pairedAr) && hyps.size() < 2) {
      throw usage("paired tests need at least two --hyp files (the first is the baseline)");
    }
    if ((pairedBs || pairedAr) && sentenceLevel) {
      throw usage("paired tests are unavailable with --sentence-level");
    }
    if (sentenceLevel && hyps.size() > 1) {
      throw usage("--sentence-level scores one system: give one --hyp");
    }
    if (numRefs < 1) {
      throw usage("--num-refs must be at least 1");
    }
    if (numRefs > 1 && refs.size() > 1) {
      throw usage("--num-refs reads tab-separated references from a single --ref file");
    }
    if (width < 0 || width > 17) {
      throw usage("--width must be between 0 and 17");
    }
    if ((pairedBs ? pairedBsN : pairedArN) < 1) {
      throw usage("the number of paired-test samples must be positive");
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private List<Configured> configureMetrics() {
    Set<String> wanted = new LinkedHashSet<>();
    for (String m : metrics) {
      String name = m.trim().toLowerCase(Locale.ROOT);
      if (!Set.of("bleu", "chrf", "chrf++", "ter").contains(name)) {
        throw usage("unknown metric '" + m + "' (expected bleu, chrf, chrf++ or ter)");
      }
      wanted.add(name);
    }
    List<Configured> out = new ArrayList<>();
    try {
      if (wanted.contains("bleu")) {
        BleuConfig config =
            new BleuConfig(
                BleuTokenizer.of(tokenize),
                lowercase,
                BleuConfig.Smoothing.of(smoothMethod),
                smoothValue,
                maxNgramOrder,
                false);
        out.add(new Configured(new Bleu(config), new Bleu(config.withEffectiveOrder(true))));
      }
      Set<String> chrfNames = new LinkedHashSet<>();
      for (String name : List.of("chrf", "chrf++")) {
        if (wanted.contains(name)) {
          int wordOrder = name.equals("chrf") ? chrfWordOrder : 2;
          ChrF chrF =
              new ChrF(
                  new ChrFConfig(
                      chrfCharOrder,
                      wordOrder,
                      chrfBeta,
                      chrfLowercase,
                      chrfWhitespace,
                      chrfEpsSmoothing));
          if (chrfNames.add(chrF.name())) { // "chrf -cw 2" and "chrf++" are the same metric
            out.add(new Configured(chrF, chrF));
          }
        }
      }
      if (wanted.contains("ter")) {
        Ter ter =
            new Ter(new TerConfig(terNormalized, terNoPunct, terAsianSupport, terCaseSensitive));
        out.add(new Configured(ter, ter));
      }
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    return out;
  }

  private List<List<String>> readReferences() {
    List<List<String>> streams = new ArrayList<>();
    if (numRefs == 1) {
      for (Path r : refs) {
        streams.add(readLines(r));
      }
      return streams;
    }
    for (int k = 0; k < numRefs; k++) {
      streams.add(new ArrayList<>());
    }
    List<String> lines = readLines(refs.get(0));
    for (int i = 0; i < lines.size(); i++) {
      String[] fields = lines.get(i).split("\t", numRefs);
      if (fields.length != numRefs) {
        throw new InputException(
            refs.get(0),
            "line "
                + (i + 1)
                + ": expected "
                + numRefs
                + " tab-separated references, found "
                + fields.length);
      }
      for (int k = 0; k < numRefs; k++) {
        streams.get(k).add(fields[k]);
      }
    }
    return streams;
  }

  /**
   * Lines as sacreBLEU's CLI reads them: strict UTF-8 with any BOM kept, LF-only line ends, each
   * line rstripped of Python whitespace (which also removes a CR).
   */
  static List<String> readLines(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(
          file, "cannot read the file (" + e.getClass().getSimpleName() + ")", e);
    }
    String content;
    try {
      content =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new InputException(file, "not valid UTF-8", e);
    }
    List<String> lines = PythonText.lines(content);
    lines.replaceAll(PythonText::rstrip);
    return lines;
  }

  // ---- output
  // -------------------------------------------------------------------------------------------------

  private JsonGenerator json() throws IOException {
    Writer w = parent.out();
    JsonGenerator g = new JsonFactory().createGenerator(w);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(JsonFiles.prettyPrinter()); // the same layout as every JSON file we write
    return g;
  }

  private void writeJson(List<List<Score>> corpus, List<List<Score>> sentences) throws IOException {
    JsonGenerator g = json();
    g.writeStartObject();
    if (hyps.size() == 1) {
      g.writeStringField("hypothesis", hyps.get(0).toString());
    }
    writeReferences(g);
    if (hyps.size() == 1) {
      writeCorpus(g, corpus.get(0));
    } else {
      g.writeArrayFieldStart("systems");
      for (int s = 0; s < hyps.size(); s++) {
        g.writeStartObject();
        g.writeStringField("hypothesis", hyps.get(s).toString());
        writeCorpus(g, corpus.get(s));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (sentences != null) {
      g.writeObjectFieldStart("sentence_signatures");
      for (Score s : sentences.get(0)) {
        g.writeStringField(s.name(), s.signature().toString());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("sentences");
      for (int i = 0; i < sentences.size(); i++) {
        g.writeStartObject();
        g.writeNumberField("line", i + 1);
        for (Score s : sentences.get(i)) {
          g.writeFieldName(s.name());
          g.writeNumber(PyFormat.repr(s.score()));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.flush();
    parent.out().println();
  }

  private void writeReferences(JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("references");
    for (Path r : refs) {
      g.writeString(r.toString());
    }
    g.writeEndArray();
  }

  private static void writeCorpus(JsonGenerator g, List<Score> scores) throws IOException {
    g.writeArrayFieldStart("corpus");
    for (Score s : scores) {
      writeScore(g, s);
    }
    g.writeEndArray();
  }

  private static void writeScore(JsonGenerator g, Score s) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", s.name());
    g.writeFieldName("score");
    g.writeNumber(PyFormat.repr(s.score()));
    g.writeStringField("signature", s.signature().toString());
    if (!s.verbose().isEmpty()) {
      g.writeStringField("verbose_score", s.verbose());
    }
    for (Map.Entry<String, Object> e : s.details().entrySet()) {
      g.writeFieldName(e.getKey());
      writeValue(g, e.getValue());
    }
    g.writeEndObject();
  }

  private static void writeValue(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Double d) {
      g.writeNumber(PyFormat.repr(d));
    } else if (v instanceof Long || v instanceof Integer) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        writeValue(g, o);
      }
      g.writeEndArray();
    } else {
      g.writeString(String.valueOf(v));
    }
  }

  /** sacreBLEU's {@code Score.format}: {@code NAME|signature = score verbose}. */
  private String textLine(Score s) {
    String sc = PyFormat.fixed(s.score(), width);
    if (scoreOnly) {
      return sc;
    }
    String line = s.name() + "|" + s.signature().format(shortSignature) + " = " + sc;
    return s.verbose().isEmpty() ? line : line + " " + s.verbose();
  }

  private void writeText(List<List<Score>> corpus, List<List<Score>> sentences) {
    if (sentences != null) {
      for (List<Score> row : sentences) {
        for (Score s : row) {
          parent.out().println(textLine(s));
        }
      }
      return;
    }
    for (int sys = 0; sys < corpus.size(); sys++) {
      if (corpus.size() > 1) {
        parent.out().println(hyps.get(sys) + ":");
      }
      List<String> lines = new ArrayList<>();
      for (Score s : corpus.get(sys)) {
        lines.add(textLine(s));
      }
      printAligned(lines);
    }
  }

  /** sacreBLEU's {@code print_single_results}: several results right-aligned on their {@code =}. */
  private void printAligned(List<String> lines) {
    if (lines.size() == 1 || scoreOnly) {
      lines.forEach(parent.out()::println);
      return;
    }
    int w = 0;
    for (String l : lines) {
      w = Math.max(w, l.indexOf('=') - 1);
    }
    for (String l : lines) {
      int len = l.indexOf('=') - 1;
      parent.out().println(" ".repeat(w - len) + l);
    }
  }

  private void writePaired(List<List<PairedSignificance.Result>> results) throws IOException {
    String test = pairedBs ? "paired-bs" : "paired-ar";
    if (format.equals("json")) {
      JsonGenerator g = json();
      g.writeStartObject();
      g.writeStringField("test", test);
      g.writeNumberField("samples", pairedBs ? pairedBsN : pairedArN);
      g.writeNumberField("seed", seed);
      writeReferences(g);
      g.writeArrayFieldStart("systems");
      for (int s = 0; s < hyps.size(); s++) {
        g.writeStartObject();
        g.writeStringField("hypothesis", hyps.get(s).toString());
        g.writeBooleanField("baseline", s == 0);
        g.writeArrayFieldStart("scores");
        for (List<PairedSignificance.Result> perMetric : results) {
          PairedSignificance.Result r = perMetric.get(s);
          g.writeStartObject();
          g.writeStringField("name", r.name());
          g.writeFieldName("score");
          g.writeNumber(PyFormat.repr(r.score()));
          writeOptional(g, "mean", r.mean());
          writeOptional(g, "ci", r.ci());
          writeOptional(g, "p_value", r.pValue());
          g.writeStringField("signature", r.signature().toString());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      parent.out().println();
      return;
    }
    for (List<PairedSignificance.Result> perMetric : results) {
      parent
          .out()
          .println(
              perMetric.get(0).name() + "|" + perMetric.get(0).signature().format(shortSignature));
      for (int s = 0; s < hyps.size(); s++) {
        PairedSignificance.Result r = perMetric.get(s);
        StringBuilder sb = new StringBuilder();
        sb.append(s == 0 ? "  Baseline: " : "  ").append(hyps.get(s)).append("  ");
        sb.append(PyFormat.fixed(r.score(), width));
        if (r.mean() != null) {
          sb.append(" (μ = ")
              .append(PyFormat.fixed(r.mean(), width))
              .append(" ± ")
              .append(PyFormat.fixed(r.ci(), width))
              .append(')');
        }
        if (r.pValue() != null) {
          sb.append(" (p = ").append(PyFormat.fixed(r.pValue(), 4)).append(')');
          if (r.pValue() < 0.05) {
            sb.append('*');
          }
        }
        parent.out().println(sb);
      }
    }
  }

  private static void writeOptional(JsonGenerator g, String name, Double v) throws IOException {
    if (v != null) {
      g.writeFieldName(name);
      g.writeNumber(PyFormat.repr(v));
    }
  }
}
