package io.translationworkbench;

import io.translationworkbench.config.ConfigLoader;
import io.translationworkbench.config.GrammarConfig;
import io.translationworkbench.config.PairManifest;
import io.translationworkbench.config.WorkbenchConfig;
import io.translationworkbench.grammar.CheckResult;
import io.translationworkbench.grammar.GrammarChecker;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.grammar.MatchKind;
import io.translationworkbench.ingest.IngestedText;
import io.translationworkbench.ingest.LanguageIdentifier;
import io.translationworkbench.ingest.SourceText;
import io.translationworkbench.ingest.StructureAnalyzer;
import io.translationworkbench.ingest.TextLoader;
import io.translationworkbench.report.Densities;
import io.translationworkbench.report.InputFile;
import io.translationworkbench.report.PairReport;
import io.translationworkbench.report.ProcessingError;
import io.translationworkbench.report.Signature;
import io.translationworkbench.report.SideDensity;
import io.translationworkbench.segment.Segmenter;
import io.translationworkbench.segment.Sentence;
import io.translationworkbench.segment.Words;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The façade: turns a pair directory into a {@link PairReport}. Holds the expensive, reusable parts (LanguageTool,
 * the language detector, the segmenter) so a run over many pairs pays for them once. Never exits, never prints.
 */
public final class Workbench implements AutoCloseable {
  /** File name of a pair's manifest. */
  public static final String MANIFEST = "pair.json";

  private final Path projectConfig;
  private final ConfigLoader configLoader = new ConfigLoader();
  private final LanguageIdentifier languages = new LanguageIdentifier();
  private final Segmenter segmenter = new Segmenter();
  private final GrammarChecker grammar = new GrammarChecker();
  // two threads: the machine and the human text are checked side by side, one JLanguageTool each
  private final ExecutorService pool =
      Executors.newFixedThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "workbench-check");
            t.setDaemon(true);
            return t;
          });

  /**
   * @param projectConfig the project-wide {@code workbench.json}, or null for defaults
   */
  public Workbench(Path projectConfig) {
    this.projectConfig = projectConfig;
  }

  /** Whether {@code dir} looks like a pair directory (has a manifest or a machine text). */
  public static boolean isPairDirectory(Path dir) {
    return Files.isDirectory(dir)
        && (Files.exists(dir.resolve(MANIFEST)) || Files.exists(dir.resolve("machine.fr.txt")));
  }

  /** Analyses one pair. Input problems throw {@link InputException}; everything else found is report data. */
  public PairReport analyze(Path pairDir) {
    if (!Files.exists(pairDir)) {
      throw new InputException(pairDir, "pair directory not found");
    }
    if (!Files.isDirectory(pairDir)) {
      throw new InputException(pairDir, "is a file, expected a pair directory (articles/<id>/)");
    }
    PairManifest manifest = readManifest(pairDir);
    WorkbenchConfig config = configLoader.load(listOf(projectConfig, pairDir.resolve(ConfigLoader.FILE_NAME)));
    TextLoader loader = new TextLoader(config.maxFileBytes());
    SourceText machineSrc = loader.load(pairDir.resolve(manifest.machine().file()), Side.MACHINE);
    SourceText humanSrc = loader.load(pairDir.resolve(manifest.human().file()), Side.HUMAN);
    StructureAnalyzer structure = new StructureAnalyzer(languages);
    IngestedText machine = structure.analyze(machineSrc);
    IngestedText human = structure.analyze(humanSrc);
    List<Sentence> mSent = segmenter.segment(machine);
    List<Sentence> hSent = segmenter.segment(human);
    if (mSent.isEmpty()) {
      throw new InputException(machineSrc.path(), "no French body text left after removing credits and foreign text");
    }
    if (hSent.isEmpty()) {
      throw new InputException(humanSrc.path(), "no French body text left after removing credits and foreign text");
    }

    GrammarConfig gc = config.grammar();
    Set<String> ignore = new HashSet<>(config.allIgnoredWords());
    Set<String> mVocab = gc.namesFromOtherText() ? GrammarChecker.vocabulary(mSent) : Set.of();
    Set<String> hVocab = gc.namesFromOtherText() ? GrammarChecker.vocabulary(hSent) : Set.of();
    List<ProcessingError> errors = new ArrayList<>();
    CompletableFuture<CheckResult> mCheck =
        CompletableFuture.supplyAsync(
            () -> grammar.check(machine, mSent, gc, new GrammarChecker.Lexicon(ignore, hVocab)), pool);
    CompletableFuture<CheckResult> hCheck =
        CompletableFuture.supplyAsync(
            () -> grammar.check(human, hSent, gc, new GrammarChecker.Lexicon(ignore, mVocab)), pool);
    CheckResult mResult = join(mCheck, machineSrc, errors, mSent);
    CheckResult hResult = join(hCheck, humanSrc, errors, hSent);

    List<Sentence> sentences = new ArrayList<>(mSent);
    sentences.addAll(hSent);
    List<GrammarMatch> matches = new ArrayList<>(mResult.matches());
    matches.addAll(hResult.matches());
    List<io.translationworkbench.grammar.SuppressedMatch> suppressed = new ArrayList<>(mResult.suppressed());
    suppressed.addAll(hResult.suppressed());

    SideDensity md = density(mResult);
    SideDensity hd = density(hResult);
    Densities densities = new Densities(md, hd, hd.per100Words() > 0 ? md.per100Words() / hd.per100Words() : null);
    List<io.translationworkbench.ingest.Anomaly> anomalies = new ArrayList<>(machine.anomalies());
    anomalies.addAll(human.anomalies());
    return new PairReport(
        PairReport.FORMAT_VERSION,
        manifest,
        List.of(inputFile(machine, mSent), inputFile(human, hSent)),
        PairReport.OFFSETS,
        anomalies,
        sentences,
        matches,
        suppressed,
        densities,
        errors,
        signature(config));
  }

  private PairManifest readManifest(Path pairDir) {
    Path file = pairDir.resolve(MANIFEST);
    String dirName = pairDir.toAbsolutePath().normalize().getFileName().toString();
    if (!Files.exists(file)) {
      return new PairManifest(dirName, "fr", null, null, null, null, null);
    }
    var mapper = JsonFiles.strictMapper();
    try {
      PairManifest m = mapper.treeToValue(JsonFiles.readTree(mapper, file), PairManifest.class);
      if (m == null) {
        throw new InputException(file, "must hold a JSON object");
      }
      return m.id() == null
          ? new PairManifest(dirName, m.language(), m.topic(), m.date(), m.machine(), m.human(), m.notes())
          : m;
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      throw new InputException(file, "bad pair manifest: " + JsonFiles.oneLine(e));
    }
  }

  private static CheckResult join(
      CompletableFuture<CheckResult> f, SourceText src, List<ProcessingError> errors, List<Sentence> sentences) {
    try {
      return f.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof InputException ie) {
        throw ie;
      }
      errors.add(new ProcessingError("grammar", slash(src.path()), String.valueOf(cause)));
      int words = sentences.stream().mapToInt(s -> Words.count(s.text())).sum();
      return new CheckResult(List.of(), List.of(), words);
    }
  }

  static SideDensity density(CheckResult r) {
    Map<String, Integer> byKind = new TreeMap<>();
    Map<String, Integer> byCategory = new TreeMap<>();
    int counted = 0;
    for (GrammarMatch m : r.matches()) {
      if (m.kind() == MatchKind.PROBABLE_NAME) {
        continue;
      }
      counted++;
      byKind.merge(m.kind().id(), 1, Integer::sum);
      byCategory.merge(m.category(), 1, Integer::sum);
    }
    Map<String, Double> per100 = new TreeMap<>();
    byKind.forEach((k, v) -> per100.put(k, per100(v, r.words())));
    return new SideDensity(r.words(), counted, per100(counted, r.words()), byKind, per100, byCategory);
  }

  private static double per100(int n, int words) {
    return words == 0 ? 0.0 : Math.round(n * 10000.0 / words) / 100.0;
  }

  private static InputFile inputFile(IngestedText t, List<Sentence> sentences) {
    SourceText s = t.source();
    int words = sentences.stream().mapToInt(x -> Words.count(x.text())).sum();
    return new InputFile(
        s.side(),
        slash(s.path()),
        s.sha256(),
        s.bytes(),
        s.lineEndings(),
        s.hadBom(),
        s.nfcChanged(),
        t.paragraphs().size(),
        sentences.size(),
        words);
  }

  private Signature signature(WorkbenchConfig config) {
    GrammarConfig gc = config.grammar();
    GrammarChecker.RuleSetup setup = GrammarChecker.setupFor(gc);
    Map<String, String> norm = new LinkedHashMap<>();
    norm.put("encoding", "UTF-8, strict (malformed bytes are an input error)");
    norm.put("bom", "removed");
    norm.put("lineEndings", "CRLF and CR read as LF");
    norm.put("unicode", "NFC");
    norm.put("offsets", "UTF-16 code units");
    Map<String, Object> rules = new LinkedHashMap<>();
    rules.put("language", "fr");
    rules.put("level", gc.picky() ? "picky" : "default");
    rules.put("enabledRules", setup.enabledRules());
    rules.put("disabledRules", setup.disabledRules());
    rules.put("enabledCategories", setup.enabledCategories());
    rules.put("disabledCategories", setup.disabledCategories());
    rules.put("typography", gc.typography());
    rules.put("premiumAndRemoteRules", "off");
    Map<String, Object> lexicon = new LinkedHashMap<>();
    lexicon.put("ignoreWords", gc.ignoreWords().size());
    lexicon.put("glossaryFiles", gc.glossary());
    lexicon.put("glossaryWords", config.glossaryWords().size());
    lexicon.put("namesFromOtherText", gc.namesFromOtherText());
    Map<String, String> params = new LinkedHashMap<>();
    params.put("paragraphs", "non-blank lines");
    params.put(
        "languageIdentification",
        "optimaize, profiles "
            + String.join(",", LanguageIdentifier.LANGUAGES)
            + "; foreign when p>=0.90 on paragraphs of 40+ letters");
    params.put("duplicates", "paragraphs equal after case folding, apostrophe and space unification");
    params.put("segmenter", "LanguageTool SRX (fr)");
    params.put("sentenceIds", "side letter + first 10 hex of SHA-256 of the space-collapsed sentence");
    params.put("maxFileBytes", Long.toString(config.maxFileBytes()));
    return new Signature(
        "translation-workbench",
        Versions.tool(),
        GrammarChecker.languageToolVersion(),
        norm,
        rules,
        lexicon,
        config.sources().stream().map(s -> s.replace('\\', '/')).toList(),
        params);
  }

  static String slash(Path p) {
    return p.toString().replace('\\', '/');
  }

  private static List<Path> listOf(Path a, Path b) {
    List<Path> l = new ArrayList<>();
    if (a != null) {
      l.add(a);
    }
    l.add(b);
    return l;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

}
