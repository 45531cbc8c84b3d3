package io.translationworkbench.cli;

import io.translationworkbench.AtomicFiles;
import io.translationworkbench.InputException;
import io.translationworkbench.PairReport;
import io.translationworkbench.ProcessingError;
import io.translationworkbench.Terminal;
import io.translationworkbench.Texts;
import io.translationworkbench.Versions;
import io.translationworkbench.Workbench;
import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.cache.PairCache;
import io.translationworkbench.gate.Gate;
import io.translationworkbench.gate.GatePolicy;
import io.translationworkbench.report.CorpusHtmlWriter;
import io.translationworkbench.report.CorpusJsonWriter;
import io.translationworkbench.report.CorpusMarkdownWriter;
import io.translationworkbench.report.CorpusPair;
import io.translationworkbench.report.CorpusReport;
import io.translationworkbench.report.HtmlReportWriter;
import io.translationworkbench.report.JsonReportWriter;
import io.translationworkbench.report.MarkdownReportWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench report}: quality reports for one pair, several, or every pair under {@code
 * articles/}.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the quality report of each pair: JSON, Markdown and a page for a browser.",
      "Checks the machine translation of each pair, with the human text as a baseline, and writes"
          + " report.json, report.md and report.html (one self-contained page for a browser) to"
          + " OUT/<id>/ (default: reports/<id>/). With no PAIR, it reports every pair under"
          + " --articles. Then it writes the corpus report of the pairs of this run to"
          + " OUT/index.json, index.md and index.html: verdicts, scores, per-system corpus scores"
          + " with bootstrap intervals and paired tests, and charts."
    })
final class ReportCommand implements Callable<Integer> {
  @ParentCommand Main parent;

  @Parameters(
      paramLabel = "PAIR",
      arity = "0..*",
      description = "Pair directories (articles/<id>).")
  List<Path> pairs = new ArrayList<>();

  @Option(
      names = "--articles",
      paramLabel = "DIR",
      description = "Where pairs live (default: ${DEFAULT-VALUE}).")
  Path articles = Path.of("articles");

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where reports go (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("reports");

  @Mixin ConfigOption config;

  @Mixin LanguageToolOption languageTool;

  private static final String JSON = "report.json";
  private static final String MD = "report.md";
  private static final String HTML = "report.html";

  /**
   * Publishes the pair's three reports as one set: written into a directory beside {@code dir},
   * then swapped in, so {@code reports/<id>/} never mixes two runs. Returns their bytes by file
   * name.
   */
  private static Map<String, byte[]> publish(Path dir, PairReport r) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    bytes.put(JSON, new JsonReportWriter().write(r).getBytes(StandardCharsets.UTF_8));
    bytes.put(MD, new MarkdownReportWriter().write(r).getBytes(StandardCharsets.UTF_8));
    bytes.put(HTML, new HtmlReportWriter().write(r).getBytes(StandardCharsets.UTF_8));
    Map<String, AtomicFiles.Body> files = new LinkedHashMap<>();
    bytes.forEach((name, b) -> files.put(name, out -> out.write(b)));
    try {
      AtomicFiles.replaceDirectory(dir, files);
    } catch (AtomicFiles.WriteException e) {
      throw e.toInputException();
    } catch (IOException e) {
      throw new InputException(dir, "cannot write the reports: " + AtomicFiles.describe(e), e);
    }
    return bytes;
  }

  /**
   * The gate policy of the corpus report's verdicts: quality-gate.json beside the articles
   * directory, else the built-in defaults (as the review desk reads it).
   */
  private Path policyFile() {
    Path parentDir = articles.toAbsolutePath().normalize().getParent();
    Path file = (parentDir == null ? Path.of("") : parentDir).resolve(GatePolicy.DEFAULT_FILE_NAME);
    return Files.isRegularFile(file) ? file : null;
  }

  /**
   * Writes reports/index.json, index.md and index.html for the pairs of this run, published
   * together: none is replaced before all three are written.
   */
  private void publishIndex(List<CorpusPair> done, GatePolicy policy) {
    CorpusReport corpus = CorpusReport.of(done, policy);
    Map<Path, AtomicFiles.Body> files = new LinkedHashMap<>();
    files.put(out.resolve(INDEX_JSON), utf8(new CorpusJsonWriter().write(corpus)));
    files.put(out.resolve(INDEX_MD), utf8(new CorpusMarkdownWriter().write(corpus)));
    files.put(out.resolve(INDEX_HTML), utf8(new CorpusHtmlWriter().write(corpus)));
    try {
      AtomicFiles.writeAll(files);
    } catch (AtomicFiles.WriteException e) {
      throw e.toInputException();
    } catch (IOException e) {
      throw new InputException(
          out, "cannot write the corpus report: " + AtomicFiles.describe(e), e);
    }
    parent
        .out()
        .printf(
            Locale.ROOT,
            "corpus report: %d pair%s (%d passed the gate), %d system%s -> %s, %s, %s%n",
            corpus.pairs().size(),
            corpus.pairs().size() == 1 ? "" : "s",
            corpus.passed(),
            corpus.systems().size(),
            corpus.systems().size() == 1 ? "" : "s",
            out.resolve(INDEX_JSON),
            INDEX_MD,
            INDEX_HTML);
  }

  private static final String INDEX_JSON = "index.json";
  private static final String INDEX_MD = "index.md";
  private static final String INDEX_HTML = "index.html";

  private static AtomicFiles.Body utf8(String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return out -> out.write(bytes);
  }

  @Option(
      names = "--parallel",
      description =
          "Line-aligned input (a test set where line i translates line i): align sentence i with i.")
  boolean parallel;

  /**
   * How many pairs per job may run ahead of the first one not yet printed: enough that a slow pair
   * does not leave the other workers idle, few enough that memory stays bounded.
   */
  static final int LOOKAHEAD = 2;

  /** Most pairs analysed at once. */
  static final int MAX_JOBS = 256;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description =
          "Pairs analysed at once (default: the number of processors). Each job has its own"
              + " LanguageTool checker (about 10 MB more each, rules and dictionaries shared); reports and printed lines are the same whatever N.")
  Integer jobs;

  /**
   * One pair's run: what the corpus report needs of it, its line (before the report paths), where
   * its reports went and the stages that could not finish; or the input problem that stopped it.
   * Small: the pair's whole result is dropped on the worker once its reports are written.
   */
  private record Outcome(
      String label,
      CorpusPair pair,
      String line,
      Path json,
      List<ProcessingError> processingErrors,
      InputException error) {}

  /** A pair to report, with its id (checked before the slow analysis). */
  private record Todo(Path pair, String id) {}

  /**
   * The pipeline, built on first use: a run whose pairs all come from the pair cache never loads
   * LanguageTool, the language profiles and the segmenter (about a second).
   */
  private static final class LazyWorkbench implements AutoCloseable {
    private final Supplier<Workbench> make;
    private Workbench wb;

    LazyWorkbench(Supplier<Workbench> make) {
      this.make = make;
    }

    synchronized Workbench get() {
      if (wb == null) {
        wb = make.get();
      }
      return wb;
    }

    @Override
    public synchronized void close() {
      if (wb != null) {
        wb.close();
      }
    }
  }

  private Outcome analyse(
      LazyWorkbench wb,
      PairCache cache,
      Path cfg,
      GatePolicy policy,
      Todo todo,
      Progress progress) {
    Path pair = todo.pair();
    String label = pair.getFileName() == null ? pair.toString() : pair.getFileName().toString();
    progress.started(label);
    Path dir = out.resolve(todo.id());
    String key = cache == null ? null : cache.key(pair, cfg);
    PairCache.Entry hit = key == null ? null : cache.get(pair, dir, key);
    if (hit != null && hit.pair().row().id().equals(todo.id())) {
      return new Outcome(label, hit.pair(), hit.line(), dir.resolve(JSON), List.of(), null);
    }
    try {
      PairReport r = wb.get().analyze(pair);
      dir = out.resolve(CommandSupport.safeId(r.pair().id(), pair));
      Map<String, byte[]> written = publish(dir, r);
      CorpusPair summary =
          CorpusPair.of(r, Gate.evaluate(List.of(r), policy, null, Path.of("")).pairs().get(0));
      String line = line(r);
      // a pair with an unfinished stage, or with a note of something that happened in this run
      // only (a damaged LanguageTool cache entry), is analysed again next time; so is one whose
      // inputs changed while it was analysed
      if (key != null
          && r.processingErrors().isEmpty()
          && r.processingNotes().isEmpty()
          && r.pair().id().equals(todo.id())
          && key.equals(cache.key(pair, cfg))) {
        cache.put(pair, dir, key, written, line, summary);
      }
      return new Outcome(label, summary, line, dir.resolve(JSON), r.processingErrors(), null);
    } catch (InputException e) {
      return new Outcome(label, null, null, null, List.of(), e);
    }
  }

  /** The pair's line, up to the paths of its reports. */
  private static String line(PairReport r) {
    PairReport.Summary sum = r.summary();
    return String.format(
        Locale.ROOT,
        "%s: %d flags (%d errors, %d warnings, %d info); machine %d findings (%.2f per 100"
            + " words), human baseline %d (%.2f); %d anomalies",
        r.pair().id(),
        sum.flags(),
        sum.errors(),
        sum.warnings(),
        sum.infos(),
        sum.machineFindings(),
        sum.machineDensity(),
        sum.humanFindings(),
        sum.humanDensity(),
        r.anomalies().size());
  }

  /** The outcome of a pair; a bug on a worker is thrown here, as it would have been in line. */
  private static Outcome outcome(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void print(Outcome o) {
    if (o.error() != null) {
      parent.err().println("workbench: error: " + Terminal.line(o.error().getMessage()));
      parent.err().flush();
      return;
    }
    parent.out().printf(Locale.ROOT, "%s -> %s, %s, %s%n", o.line(), o.json(), MD, HTML);
    parent.out().flush();
    for (ProcessingError e : o.processingErrors()) {
      parent
          .err()
          .println(
              "workbench: error: "
                  + Terminal.line(
                      o.pair().row().id()
                          + ": stage "
                          + e.stage()
                          + " could not finish on "
                          + e.file()
                          + ": "
                          + e.message())
                  + " (the report says so; please report this bug)");
    }
    parent.err().flush();
  }

  @Option(
      names = "--no-cache",
      description =
          "Analyse every pair and check every text with LanguageTool, as if nothing had been"
              + " reported before (the launcher's WORKBENCH_NO_CACHE=1 does the same).")
  boolean noCache;

  /** The build of this tool, for the pair cache: a rebuilt tool reuses nothing. */
  private static String build() {
    return Versions.tool() + "\u0000" + Versions.languageTool() + "\u0000" + Versions.build();
  }

  /**
   * What else of this run decides a pair's result: the alignment mode, the project configuration
   * named, and the gate policy's bytes (the verdict is part of what the cache keeps); null when the
   * policy cannot be read again (no pair cache then).
   */
  private String run(Path cfg, Path policyFile) {
    try {
      String policy =
          policyFile == null ? "defaults" : Texts.sha256Hex(Files.readAllBytes(policyFile));
      return "parallel=" + parallel + "\u0000config=" + cfg + "\u0000policy=" + policy;
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public Integer call() {
    List<Path> given = pairs.isEmpty() ? CommandSupport.discoverPairs(articles) : pairs;
    Path cfg = config.resolve();
    int failures = 0;
    int broken = 0;
    // before the slow analysis: every pair's id (two pairs with one id would overwrite one report)
    // and the output directory
    List<Todo> todo = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    for (Path pair : given) {
      String id;
      try {
        // the id typed for the path, or a typo: say which pair was meant
        if (!pairs.isEmpty()
            && !java.nio.file.Files.isDirectory(pair)
            && CommandSupport.nearPairDirectory(pair, articles) != null) {
          throw CommandSupport.notAPairDirectory(pair, articles);
        }
        id = CommandSupport.pairId(pair);
      } catch (InputException e) {
        failures++;
        parent.err().println("workbench: error: " + Terminal.line(e.getMessage()));
        continue;
      }
      CommandSupport.requireUnique(seen, id, pair);
      todo.add(new Todo(pair, id));
    }
    try {
      AtomicFiles.checkDirectory(out);
    } catch (AtomicFiles.WriteException e) {
      throw e.toInputException();
    }
    Path policyFile = policyFile();
    GatePolicy policy = policyFile == null ? GatePolicy.defaults() : GatePolicy.load(policyFile);
    List<CorpusPair> done = new ArrayList<>();
    AlignerParams aligner =
        parallel
            ? AlignerParams.defaults().withMode(AlignerParams.Mode.PARALLEL)
            : AlignerParams.defaults();
    int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (workers < 1 || workers > MAX_JOBS) {
      throw new InputException(
          null, "--jobs must be between 1 and " + MAX_JOBS + ", was " + workers);
    }
    workers = Math.min(workers, Math.max(1, todo.size()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "workbench-pair");
              t.setDaemon(true);
              return t;
            });
    Path cacheDir = noCache ? null : CommandSupport.grammarCache();
    // the pair cache only with LanguageTool embedded: a server may change behind its URL
    String run =
        cacheDir == null || !Workbench.languageToolEmbedded(cfg, languageTool.servers)
            ? null
            : run(cfg, policyFile);
    PairCache cache = run == null ? null : new PairCache(cacheDir.resolve("pairs"), build(), run);
    int threads = workers;
    try (LazyWorkbench wb =
            new LazyWorkbench(
                () -> new Workbench(cfg, aligner, cacheDir, languageTool.servers, threads));
        Progress progress = new Progress(parent.err(), Progress.stderrIsTerminal(), todo.size())) {
      if (cache == null) {
        wb.get(); // every pair is analysed: built first, as its input errors come first
      }
      // pairs run on the workers; their lines are printed here, in the order given, whatever the
      // order they finish in. At most LOOKAHEAD × jobs pairs run ahead of the printed ones (bounded
      // memory)
      List<Future<Outcome>> futures = new ArrayList<>();
      int submitted = 0;
      for (int i = 0; i < todo.size(); i++) {
        while (submitted < todo.size() && submitted < i + LOOKAHEAD * workers) {
          Todo pair = todo.get(submitted++);
          futures.add(pool.submit(() -> analyse(wb, cache, cfg, policy, pair, progress)));
        }
        Outcome o = outcome(futures.get(i));
        futures.set(i, null);
        progress.finished(o.label(), () -> print(o));
        if (o.error() != null) {
          failures++;
        } else {
          broken += o.processingErrors().size();
          done.add(o.pair());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (!done.isEmpty()) {
      publishIndex(done, policy);
    }
    parent.out().flush();
    if (failures > 0) {
      return ExitCode.INPUT_ERROR.code();
    }
    return broken == 0 ? ExitCode.OK.code() : ExitCode.INTERNAL_ERROR.code();
  }
}
