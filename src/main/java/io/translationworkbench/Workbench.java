package io.translationworkbench;

import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.align.Alignment;
import io.translationworkbench.align.AlignmentSection;
import io.translationworkbench.align.SentenceAligner;
import io.translationworkbench.config.ConfigLoader;
import io.translationworkbench.config.GrammarConfig;
import io.translationworkbench.config.LanguageToolConfig;
import io.translationworkbench.config.PairManifest;
import io.translationworkbench.config.WorkbenchConfig;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagPolicy;
import io.translationworkbench.flag.Flagger;
import io.translationworkbench.grammar.CheckResult;
import io.translationworkbench.grammar.EmbeddedLanguageTool;
import io.translationworkbench.grammar.FrenchWords;
import io.translationworkbench.grammar.GrammarChecker;
import io.translationworkbench.grammar.GrammarMatch;
import io.translationworkbench.grammar.GrammarStage;
import io.translationworkbench.grammar.LanguageToolBackend;
import io.translationworkbench.grammar.RemoteLanguageTool;
import io.translationworkbench.grammar.ResultCache;
import io.translationworkbench.grammar.RuleFiles;
import io.translationworkbench.ingest.Anomaly;
import io.translationworkbench.ingest.IngestedText;
import io.translationworkbench.ingest.InputFile;
import io.translationworkbench.ingest.LanguageIdentifier;
import io.translationworkbench.ingest.StructureAnalyzer;
import io.translationworkbench.ingest.TextLoader;
import io.translationworkbench.metrics.DocumentMetrics;
import io.translationworkbench.metrics.PairMetrics;
import io.translationworkbench.review.PostEditing;
import io.translationworkbench.review.ReviewApplier;
import io.translationworkbench.review.ReviewFile;
import io.translationworkbench.review.ReviewOutcome;
import io.translationworkbench.segment.Segmenter;
import io.translationworkbench.segment.Sentence;
import io.translationworkbench.style.HouseStyle;
import io.translationworkbench.style.HouseStyleInference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The façade: calls the stages in order (ingest, segment, grammar, align, metrics, flag, review)
 * and puts together the one result of a pair, {@link PairReport}. Holds the expensive, reusable
 * parts (LanguageTool, the language detector, the segmenter) so a run over many pairs pays for them
 * once. Never exits, never prints.
 */
public final class Workbench implements PairAnalyzer, AutoCloseable {
  private final Path projectConfig;
  private final AlignerParams alignerParams;
  private final ConfigLoader configLoader = new ConfigLoader();
  private final LanguageIdentifier languages = new LanguageIdentifier();
  private final Segmenter segmenter = new Segmenter();
  private final PairMetrics metrics = new PairMetrics();
  private final GrammarStage grammar;
  // which LanguageTool checked, for the signature
  private final java.util.function.Supplier<java.util.Map<String, Object>> backendSignature;

  /**
   * @param projectConfig the project's {@code workbench.json}, or null; @param alignerParams
   *     comparable, or parallel (line i with line i); @param grammarCache LanguageTool's results
   *     kept between runs there, or null
   */
  public Workbench(Path projectConfig, AlignerParams alignerParams, Path grammarCache) {
    this(projectConfig, alignerParams, grammarCache, List.of());
  }

  /**
   * @param languageToolServers LanguageTool servers to check with (a command-line option), over the
   *     project configuration's {@code languagetool.servers}; none: those of the configuration, if
   *     any, else LanguageTool embedded
   * @throws InputException when the project configuration is bad or a server URL is malformed
   */
  public Workbench(
      Path projectConfig,
      AlignerParams alignerParams,
      Path grammarCache,
      List<String> languageToolServers) {
    this(projectConfig, alignerParams, grammarCache, languageToolServers, 2);
  }

  /**
   * As above, for {@code jobs} pairs analysed at once on other threads: LanguageTool checks on
   * {@code max(2, jobs)} threads, one checker each (memory grows with it).
   */
  public Workbench(
      Path projectConfig,
      AlignerParams alignerParams,
      Path grammarCache,
      List<String> languageToolServers,
      int jobs) {
    this(
        projectConfig,
        alignerParams,
        new GrammarChecker(
            grammarCache == null ? null : new ResultCache(grammarCache),
            backend(projectConfig, languageToolServers, grammarCache)),
        jobs);
  }

  /** With another grammar check in LanguageTool's place (a test makes it break on one text). */
  public Workbench(Path projectConfig, AlignerParams alignerParams, GrammarStage.Check check) {
    this.projectConfig = projectConfig;
    this.alignerParams = alignerParams;
    this.grammar = new GrammarStage(check, configLoader);
    this.backendSignature = () -> new EmbeddedLanguageTool().signature();
  }

  private Workbench(Path projectConfig, AlignerParams alignerParams, GrammarChecker lt, int jobs) {
    this.projectConfig = projectConfig;
    this.alignerParams = alignerParams;
    this.grammar = new GrammarStage(checker(lt), configLoader, jobs);
    this.backendSignature = lt.backend()::signature;
  }

  /**
   * LanguageTool servers when the command line or the project configuration names some, else
   * LanguageTool embedded.
   */
  private static LanguageToolBackend backend(
      Path projectConfig, List<String> servers, Path grammarCache) {
    LanguageToolConfig lc = languageTool(projectConfig, servers);
    if (lc.servers().isEmpty()) {
      // whole texts in the cache directory, and sentence by sentence below it
      return grammarCache == null
          ? new EmbeddedLanguageTool()
          : new EmbeddedLanguageTool(grammarCache.resolve("sentences"));
    }
    return new RemoteLanguageTool(
        RemoteLanguageTool.Options.of(lc.serverUris())
            .withMaxConcurrency(lc.maxConcurrency())
            .withTimeout(java.time.Duration.ofSeconds(lc.timeoutSeconds()))
            .withMaxTextLength(lc.maxTextLength()));
  }

  /**
   * Whether a Workbench made with these arguments checks with LanguageTool embedded, whose results
   * depend only on this build, the configuration and the text (a server may change behind its URL).
   * Reads and checks what the constructor does: the same input errors, without its cost.
   */
  public static boolean languageToolEmbedded(Path projectConfig, List<String> servers) {
    return languageTool(projectConfig, servers).servers().isEmpty();
  }

  /** The project configuration's LanguageTool settings with the command line's servers. */
  private static LanguageToolConfig languageTool(Path projectConfig, List<String> servers) {
    LanguageToolConfig lc =
        projectConfig == null
            ? LanguageToolConfig.DEFAULT
            : new ConfigLoader().load(List.of(projectConfig)).languagetool();
    if (servers != null && !servers.isEmpty()) {
      try {
        lc = lc.withServers(servers);
      } catch (IllegalArgumentException e) {
        throw new InputException(
            null, e.getMessage().replace("languagetool.servers:", "--languagetool:"), e);
      }
    }
    return lc;
  }

  private static GrammarStage.Check checker(GrammarChecker lt) {
    return new GrammarStage.Check() {
      @Override
      public CheckResult check(
          IngestedText doc,
          List<Sentence> sentences,
          GrammarConfig cfg,
          RuleFiles ruleFiles,
          GrammarChecker.Lexicon lexicon) {
        return lt.check(doc, sentences, cfg, ruleFiles, lexicon);
      }

      @Override
      public void warm(GrammarConfig cfg, RuleFiles ruleFiles) {
        lt.warm(GrammarChecker.setupFor(cfg, ruleFiles));
      }
    };
  }

  @Override
  public void warmUp(Path pairDir) {
    grammar.warmUp(configLoader.loadFor(projectConfig, pairDir));
  }

  /**
   * Analyses one pair and applies its review decisions. Input problems throw {@link
   * InputException}; a stage that breaks is a processing error in the result.
   */
  @Override
  public PairReport analyze(Path pairDir) {
    Ingested in = ingest(pairDir);
    PairManifest manifest = in.manifest();
    WorkbenchConfig config = in.config();
    GrammarConfig gc = config.grammar();
    IngestedText machine = in.machine();
    IngestedText human = in.human();
    List<Sentence> mSent = in.machineSentences();
    List<Sentence> hSent = in.humanSentences();

    GrammarStage.Result checked = grammar.run(machine, mSent, human, hSent, config);
    List<Anomaly> anomalies = Anomaly.concat(machine.anomalies(), human.anomalies());
    // the house's typography is what its own (human) body text does
    HouseStyle houseStyle = HouseStyleInference.infer(Sentence.join(hSent, "\n"), gc.houseStyle());
    Alignment al = SentenceAligner.align(mSent, hSent, alignerParams);
    AlignmentSection alignment =
        metrics.score(al, mSent, hSent, alignerParams.signature(), gc.typography());
    Flagger.Input flagInput =
        new Flagger.Input(
            machine.lineIndex(),
            mSent,
            hSent,
            checked.matches(),
            checked.machine().words(),
            checked.human().words(),
            anomalies,
            alignment.pairs(),
            alignment.machineWithoutCounterpart(),
            houseStyle);
    List<Flag> flags = new Flagger(FlagPolicy.DEFAULT).flag(flagInput);
    config.limits().requireFlagsAtMost(flags.size(), machine.source().path());
    // every flag open here; the pair's review.json is applied once, by withReview below
    ReviewOutcome unreviewed = ReviewApplier.apply(flags, List.of());
    List<String> notes = new ArrayList<>(checked.notes());
    DocumentMetrics documentMetrics = metrics.document(mSent, hSent, gc.typography(), notes);
    return new PairReport(
            PairReport.FORMAT_VERSION,
            manifest,
            List.of(
                InputFile.of(machine, mSent.size(), Sentence.words(mSent)),
                InputFile.of(human, hSent.size(), Sentence.words(hSent))),
            PairReport.OFFSETS,
            anomalies,
            Sentence.concat(mSent, hSent),
            checked.matches(),
            checked.suppressed(),
            houseStyle,
            checked.densities(0),
            documentMetrics,
            alignment,
            unreviewed.flags(),
            unreviewed.stale(),
            checked.errors(),
            Signature.of(config, checked.ruleFiles(), backendSignature.get()),
            notes,
            null)
        .withReview(ReviewFile.load(ReviewFile.pathIn(pairDir)));
  }

  @Override
  public List<GrammarMatch> recheck(Path pairDir, PairReport report, String sentence) {
    WorkbenchConfig config = configLoader.loadFor(projectConfig, pairDir);
    List<Sentence> human = report.sentences().stream().filter(s -> s.side() == Side.HUMAN).toList();
    return grammar.recheck(sentence, config, GrammarChecker.vocabulary(human));
  }

  /**
   * The machine text as analysed (decoded, NFC, LF line ends) with the reviewers' corrections of
   * its sentences applied: what a post-editor would publish.
   */
  @Override
  public String correctedMachineText(Path pairDir) {
    Ingested in = ingest(pairDir);
    return PostEditing.apply(
        in.machine().text(),
        in.machineSentences(),
        ReviewFile.load(ReviewFile.pathIn(pairDir)).corrections());
  }

  /** A pair read, checked for structure and cut into sentences. */
  private record Ingested(
      PairManifest manifest,
      WorkbenchConfig config,
      IngestedText machine,
      IngestedText human,
      List<Sentence> machineSentences,
      List<Sentence> humanSentences) {}

  private Ingested ingest(Path pairDir) {
    PairManifest manifest = PairManifest.read(pairDir);
    WorkbenchConfig config = configLoader.loadFor(projectConfig, pairDir);
    TextLoader loader = new TextLoader(config.maxFileBytes());
    boolean byLine = alignerParams.mode() == AlignerParams.Mode.PARALLEL;
    StructureAnalyzer structure =
        new StructureAnalyzer(languages, FrenchWords::isKnownFrench, !byLine);
    // the texts pair.json names must lie in the pair directory, wherever a link leads
    IngestedText machine =
        structure.analyze(
            loader.load(pairDir.resolve(manifest.machine().file()), Side.MACHINE, pairDir));
    IngestedText human =
        structure.analyze(
            loader.load(pairDir.resolve(manifest.human().file()), Side.HUMAN, pairDir));
    // bounded work: a text over the limits is refused before LanguageTool, the aligner and metrics
    List<Sentence> mSent = segmenter.body(machine, byLine, config.limits());
    List<Sentence> hSent = segmenter.body(human, byLine, config.limits());
    return new Ingested(manifest, config, machine, human, mSent, hSent);
  }

  @Override
  public void close() {
    grammar.close();
  }
}
