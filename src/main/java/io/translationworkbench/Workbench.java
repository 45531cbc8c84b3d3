package io.translationworkbench;

import io.translationworkbench.align.AlignUnit;
import io.translationworkbench.align.AlignedPair;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.align.Aligner;
import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.align.Alignment;
import io.translationworkbench.align.FactComparison;
import io.translationworkbench.align.WordDiff;
import io.translationworkbench.config.ConfigLoader;
import io.translationworkbench.config.GrammarConfig;
import io.translationworkbench.config.PairManifest;
import io.translationworkbench.config.TypographyProfile;
import io.translationworkbench.config.WorkbenchConfig;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagPolicy;
import io.translationworkbench.flag.Flagger;
import io.translationworkbench.gate.PairAnalysis;
import io.translationworkbench.grammar.CheckResult;
import io.translationworkbench.grammar.FrenchWords;
import io.translationworkbench.grammar.GrammarChecker;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.grammar.MatchKind;
import io.translationworkbench.grammar.ResultCache;
import io.translationworkbench.grammar.RuleFiles;
import io.translationworkbench.ingest.IngestedText;
import io.translationworkbench.ingest.LanguageIdentifier;
import io.translationworkbench.ingest.SourceText;
import io.translationworkbench.ingest.StructureAnalyzer;
import io.translationworkbench.ingest.TextLoader;
import io.translationworkbench.metrics.MetricSuite;
import io.translationworkbench.metrics.Score;
import io.translationworkbench.metrics.Similarity;
import io.translationworkbench.metrics.TextSimilarity;
import io.translationworkbench.report.AlignmentSection;
import io.translationworkbench.report.Densities;
import io.translationworkbench.report.DocumentMetrics;
import io.translationworkbench.report.InputFile;
import io.translationworkbench.report.PairReport;
import io.translationworkbench.report.ProcessingError;
import io.translationworkbench.report.SideDensity;
import io.translationworkbench.report.Signature;
import io.translationworkbench.review.ReviewApplier;
import io.translationworkbench.review.ReviewItem;
import io.translationworkbench.review.ReviewOutcome;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.segment.Segmenter;
import io.translationworkbench.segment.Sentence;
import io.translationworkbench.segment.Words;
import io.translationworkbench.style.HouseStyle;
import io.translationworkbench.style.HouseStyleInference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import java.util.stream.Collectors;

/**
 * The façade: turns a pair directory into a {@link PairReport}. Holds the expensive, reusable parts
 * (LanguageTool, the language detector, the segmenter) so a run over many pairs pays for them once.
 * Never exits, never prints.
 */
public final class Workbench implements AutoCloseable {
  /** File name of a pair's manifest. */
  public static final String MANIFEST = "pair.json";

  private final Path projectConfig;
  private final ConfigLoader configLoader = new ConfigLoader();
  private final LanguageIdentifier languages = new LanguageIdentifier();
  private final Segmenter segmenter = new Segmenter();
  private final GrammarChecker grammar;
  private final MetricSuite metrics = new MetricSuite();
  private final AlignerParams alignerParams;
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
    this(projectConfig, AlignerParams.defaults());
  }

  /**
   * @param projectConfig the project-wide {@code workbench.json}, or null for defaults
   * @param alignerParams how sentences are aligned (comparable by default, or parallel: line i with
   *     line i)
   */
  public Workbench(Path projectConfig, AlignerParams alignerParams) {
    this(projectConfig, alignerParams, null);
  }

  /**
   * @param projectConfig the project-wide {@code workbench.json}, or null for defaults
   * @param alignerParams how sentences are aligned
   * @param grammarCache where LanguageTool's results are kept between runs, or null for none
   */
  public Workbench(Path projectConfig, AlignerParams alignerParams, Path grammarCache) {
    this.projectConfig = projectConfig;
    this.alignerParams = alignerParams;
    this.grammar = new GrammarChecker(grammarCache == null ? null : new ResultCache(grammarCache));
  }

  /**
   * What {@code check} and {@code review} need of a pair: its flags with their sentences, and the
   * gate figures.
   */
  public PairAnalysis analysis(Path pairDir) {
    PairReport r = analyze(pairDir);
    Map<String, Sentence> byId = new HashMap<>();
    r.sentences().forEach(s -> byId.put(s.id(), s));
    Map<String, String> humanMatch = new HashMap<>();
    for (AlignedPairResult p : r.alignment().pairs()) {
      String human =
          p.humanIds().stream().map(id -> byId.get(id).text()).collect(Collectors.joining(" "));
      p.machineIds().forEach(id -> humanMatch.put(id, human));
    }
    List<ReviewItem> items = new ArrayList<>();
    for (ReviewedFlag rf : r.flags()) {
      Flag f = rf.flag();
      Sentence s = f.sentenceId() == null ? null : byId.get(f.sentenceId());
      if (s == null) {
        items.add(ReviewItem.documentLevel(f));
      } else {
        int from = Math.max(0, f.span().start() - s.span().start());
        int to = Math.min(s.text().length(), Math.max(from, f.span().end() - s.span().start()));
        items.add(new ReviewItem(f, s.text(), from, to, humanMatch.get(s.id())));
      }
    }
    Double chrf =
        r.documentMetrics().scores().stream()
            .filter(m -> m.name().equals("chrF2"))
            .map(DocumentMetrics.MetricValue::score)
            .findFirst()
            .orElse(null);
    return new PairAnalysis(
        r.pair().id(),
        pairDir.resolve(r.pair().machine().file()),
        items,
        r.densities().machine().words(),
        r.densities().human().words(),
        r.densities().machine().matches(),
        r.densities().human().matches(),
        chrf);
  }

  /** Whether {@code dir} looks like a pair directory (has a manifest or a machine text). */
  public static boolean isPairDirectory(Path dir) {
    return Files.isDirectory(dir)
        && (Files.exists(dir.resolve(MANIFEST)) || Files.exists(dir.resolve("machine.fr.txt")));
  }

  /**
   * Analyses one pair. Input problems throw {@link InputException}; everything else found is report
   * data.
   */
  public PairReport analyze(Path pairDir) {
    if (!Files.exists(pairDir)) {
      throw new InputException(pairDir, "pair directory not found");
    }
    if (!Files.isDirectory(pairDir)) {
      throw new InputException(pairDir, "is a file, expected a pair directory (articles/<id>/)");
    }
    PairManifest manifest = readManifest(pairDir);
    WorkbenchConfig config =
        configLoader.load(listOf(projectConfig, pairDir.resolve(ConfigLoader.FILE_NAME)));
    TextLoader loader = new TextLoader(config.maxFileBytes());
    SourceText machineSrc = loader.load(pairDir.resolve(manifest.machine().file()), Side.MACHINE);
    SourceText humanSrc = loader.load(pairDir.resolve(manifest.human().file()), Side.HUMAN);
    // line-aligned input: each line is one unit, so that line i can meet line i
    boolean parallel = alignerParams.mode() == AlignerParams.Mode.PARALLEL;
    StructureAnalyzer structure =
        new StructureAnalyzer(languages, FrenchWords::isKnownFrench, !parallel);
    IngestedText machine = structure.analyze(machineSrc);
    IngestedText human = structure.analyze(humanSrc);
    List<Sentence> mSent = parallel ? segmenter.lines(machine) : segmenter.segment(machine);
    List<Sentence> hSent = parallel ? segmenter.lines(human) : segmenter.segment(human);
    if (mSent.isEmpty()) {
      throw new InputException(
          machineSrc.path(), "no French body text left after removing credits and foreign text");
    }
    if (hSent.isEmpty()) {
      throw new InputException(
          humanSrc.path(), "no French body text left after removing credits and foreign text");
    }

    GrammarConfig gc = config.grammar();
    RuleFiles ruleFiles = RuleFiles.read(config.ruleFiles());
    Set<String> ignore = new HashSet<>(config.allIgnoredWords());
    Set<String> mVocab = gc.namesFromOtherText() ? GrammarChecker.vocabulary(mSent) : Set.of();
    Set<String> hVocab = gc.namesFromOtherText() ? GrammarChecker.vocabulary(hSent) : Set.of();
    List<ProcessingError> errors = new ArrayList<>();
    CompletableFuture<CheckResult> mCheck =
        CompletableFuture.supplyAsync(
            () ->
                grammar.check(
                    machine, mSent, gc, ruleFiles, new GrammarChecker.Lexicon(ignore, hVocab)),
            pool);
    CompletableFuture<CheckResult> hCheck =
        CompletableFuture.supplyAsync(
            () ->
                grammar.check(
                    human, hSent, gc, ruleFiles, new GrammarChecker.Lexicon(ignore, mVocab)),
            pool);
    CheckResult mResult = join(mCheck, machineSrc, errors, mSent, config);
    CheckResult hResult = join(hCheck, humanSrc, errors, hSent, config);

    List<Sentence> sentences = new ArrayList<>(mSent);
    sentences.addAll(hSent);
    List<GrammarMatch> matches = new ArrayList<>(mResult.matches());
    matches.addAll(hResult.matches());
    List<io.translationworkbench.grammar.SuppressedMatch> suppressed =
        new ArrayList<>(mResult.suppressed());
    suppressed.addAll(hResult.suppressed());

    SideDensity md = density(mResult);
    SideDensity hd = density(hResult);
    Densities densities =
        new Densities(md, hd, hd.per100Words() > 0 ? md.per100Words() / hd.per100Words() : null);
    List<io.translationworkbench.ingest.Anomaly> anomalies = new ArrayList<>(machine.anomalies());
    anomalies.addAll(human.anomalies());

    TypographyProfile typo = gc.typography();
    // the house's typography is what its own (human) body text does
    HouseStyle houseStyle =
        HouseStyleInference.infer(
            hSent.stream().map(Sentence::text).collect(Collectors.joining("\n")), gc.houseStyle());
    DocumentMetrics documentMetrics = documentMetrics(mSent, hSent, typo);
    AlignmentSection alignment = align(mSent, hSent, typo);
    List<Flag> flags =
        new Flagger(FlagPolicy.DEFAULT)
            .flag(
                new Flagger.Input(
                    machineSrc.text(),
                    mSent,
                    hSent,
                    matches,
                    md.words(),
                    hd.words(),
                    anomalies,
                    alignment.pairs(),
                    alignment.machineWithoutCounterpart(),
                    houseStyle));
    ReviewOutcome reviewed = ReviewApplier.applyTo(pairDir, flags);
    return new PairReport(
        PairReport.FORMAT_VERSION,
        manifest,
        List.of(inputFile(machine, mSent), inputFile(human, hSent)),
        PairReport.OFFSETS,
        anomalies,
        sentences,
        matches,
        suppressed,
        houseStyle,
        densities,
        documentMetrics,
        alignment,
        reviewed.flags(),
        reviewed.stale(),
        errors,
        signature(config, ruleFiles));
  }

  private AlignmentSection align(
      List<Sentence> mSent, List<Sentence> hSent, TypographyProfile typo) {
    List<AlignUnit> mUnits = mSent.stream().map(s -> new AlignUnit(s.id(), s.text())).toList();
    List<AlignUnit> hUnits = hSent.stream().map(s -> new AlignUnit(s.id(), s.text())).toList();
    Map<String, AlignUnit> units = new HashMap<>();
    mUnits.forEach(u -> units.put(u.id(), u));
    hUnits.forEach(u -> units.put(u.id(), u));
    Alignment al =
        alignerParams.mode() == AlignerParams.Mode.PARALLEL
            ? alignLineByLine(mSent, hSent)
            : Aligner.forParams(alignerParams).align(mUnits, hUnits);
    FactComparison facts = FactComparison.forDocuments(mUnits, hUnits);
    List<AlignedPairResult> pairs = new ArrayList<>();
    for (AlignedPair p : al.pairs()) {
      List<AlignUnit> ms = p.machineIds().stream().map(units::get).toList();
      List<AlignUnit> hs = p.humanIds().stream().map(units::get).toList();
      String mText = ms.stream().map(AlignUnit::text).collect(Collectors.joining(" "));
      String hText = hs.stream().map(AlignUnit::text).collect(Collectors.joining(" "));
      Map<String, Double> scores = new LinkedHashMap<>();
      for (Score sc : metrics.sentenceScores(metricText(mText, typo), metricText(hText, typo))) {
        scores.put(sc.name(), sc.score());
      }
      Map<String, Double> similarity = new LinkedHashMap<>();
      for (Similarity sim : TextSimilarity.measure(mText, hText)) {
        similarity.put(sim.name(), sim.value());
      }
      pairs.add(
          new AlignedPairResult(
              p.machineIds(),
              p.humanIds(),
              p.score(),
              p.features(),
              scores,
              similarity,
              WordDiff.render(WordDiff.diff(mText, hText)),
              facts.compare(ms, hs)));
    }
    return new AlignmentSection(
        alignerParams.signature(), pairs, al.unmatchedHuman(), al.unmatchedMachine());
  }

  /**
   * Parallel mode: the line of each file decides, not the position in the list of units, so a line
   * left out on one side (foreign, duplicate, blank) does not shift every pair after it.
   */
  private Alignment alignLineByLine(List<Sentence> mSent, List<Sentence> hSent) {
    Map<Integer, Sentence> humanByLine = new HashMap<>();
    hSent.forEach(s -> humanByLine.put(s.span().line(), s));
    List<AlignUnit> ms = new ArrayList<>();
    List<AlignUnit> hs = new ArrayList<>();
    Set<String> paired = new HashSet<>();
    for (Sentence m : mSent) {
      Sentence h = humanByLine.get(m.span().line());
      if (h != null) {
        ms.add(new AlignUnit(m.id(), m.text()));
        hs.add(new AlignUnit(h.id(), h.text()));
        paired.add(m.id());
        paired.add(h.id());
      }
    }
    Alignment common = Aligner.forParams(alignerParams).align(ms, hs);
    List<String> loneMachine = new ArrayList<>(common.unmatchedMachine());
    mSent.stream().map(Sentence::id).filter(id -> !paired.contains(id)).forEach(loneMachine::add);
    List<String> loneHuman = new ArrayList<>(common.unmatchedHuman());
    hSent.stream().map(Sentence::id).filter(id -> !paired.contains(id)).forEach(loneHuman::add);
    return new Alignment(common.pairs(), loneMachine, loneHuman, common.params());
  }

  private DocumentMetrics documentMetrics(
      List<Sentence> mSent, List<Sentence> hSent, TypographyProfile typo) {
    String hyp =
        metricText(mSent.stream().map(Sentence::text).collect(Collectors.joining(" ")), typo);
    String ref =
        metricText(hSent.stream().map(Sentence::text).collect(Collectors.joining(" ")), typo);
    List<DocumentMetrics.MetricValue> scores = new ArrayList<>();
    for (Score sc : metrics.documentScores(hyp, ref)) {
      scores.add(
          new DocumentMetrics.MetricValue(sc.name(), sc.score(), sc.signature().format(false)));
    }
    return new DocumentMetrics(
        "The two texts are comparable articles on one story, not a translation and its reference: different"
            + " sentences, in another order, some facts on one side only. Absolute values are low by nature; compare"
            + " them across translations of the same story, not with MT benchmarks.",
        "body sentences only (foreign paragraphs, duplicate copies and credit lines removed), glued sentences split,"
            + " each text joined into one segment"
            + (typo.apostrophe().equals("any")
                ? "; typographic apostrophes (’) read as ' (typography profile)"
                : ""),
        scores,
        TextSimilarity.measure(hyp, ref));
  }

  /** Text as the metrics see it: the typography profile's accepted variants made equal. */
  static String metricText(String text, TypographyProfile typo) {
    return typo.apostrophe().equals("any") ? text.replace('’', '\'').replace('ʼ', '\'') : text;
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
          ? new PairManifest(
              dirName, m.language(), m.topic(), m.date(), m.machine(), m.human(), m.notes())
          : m;
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      throw new InputException(file, "bad pair manifest: " + JsonFiles.oneLine(e));
    }
  }

  private CheckResult join(
      CompletableFuture<CheckResult> f,
      SourceText src,
      List<ProcessingError> errors,
      List<Sentence> sentences,
      WorkbenchConfig config) {
    try {
      return f.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof InputException ie) {
        throw ie;
      }
      if (cause instanceof GrammarChecker.UnknownIdException u) {
        Path blame = configLoader.declaring(config.sources(), u.key(), u.id());
        throw new InputException(blame, u.getMessage(), u);
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
    return new SideDensity(
        r.words(), counted, per100(counted, r.words()), byKind, per100, byCategory);
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

  private Signature signature(WorkbenchConfig config, RuleFiles ruleFiles) {
    GrammarConfig gc = config.grammar();
    GrammarChecker.RuleSetup setup = GrammarChecker.setupFor(gc, ruleFiles);
    Map<String, String> norm = new LinkedHashMap<>();
    norm.put("encoding", "UTF-8, strict (malformed bytes are an input error)");
    norm.put("bom", "removed");
    norm.put("lineEndings", "CRLF and CR read as LF");
    norm.put("unicode", "NFC");
    norm.put("offsets", "UTF-16 code units");
    Map<String, Object> rules = new LinkedHashMap<>();
    rules.put("language", "fr");
    rules.put(
        "level",
        gc.picky()
            ? "picky"
            : setup.pickyCategories().isEmpty() ? "default" : "picky, allowed categories only");
    rules.put("pickyCategories", setup.pickyCategories());
    rules.put("enabledRules", setup.enabledRules());
    rules.put("disabledRules", setup.disabledRules());
    rules.put("enabledCategories", setup.enabledCategories());
    rules.put("disabledCategories", setup.disabledCategories());
    rules.put("typography", gc.typography());
    rules.put("houseStyle", gc.houseStyle());
    rules.put(
        "untranslatedWords",
        "unknown to the French speller and known to org.languagetool:english-pos-dict or"
            + " de.danielnaber:german-pos-dict (not as a name)");
    rules.put("premiumAndRemoteRules", "off");
    List<Map<String, String>> files = new ArrayList<>();
    for (RuleFiles.RuleFile f : ruleFiles.files()) {
      Map<String, String> one = new LinkedHashMap<>();
      one.put("file", slash(f.path()));
      one.put("sha256", f.sha256());
      files.add(one);
    }
    rules.put("ruleFiles", files);
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
            + "; foreign when p>=0.90 on paragraphs of 40+ letters and 5+ words, half of them or more"
            + " unknown to the French tagger");
    params.put(
        "duplicates", "paragraphs equal after case folding, apostrophe and space unification");
    params.put("segmenter", "LanguageTool SRX (fr)");
    params.put(
        "sentenceIds", "side letter + first 10 hex of SHA-256 of the space-collapsed sentence");
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
