package io.translationworkbench;

import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.align.Alignment;
import io.translationworkbench.align.AlignmentSection;
import io.translationworkbench.align.SentenceAligner;
import io.translationworkbench.config.ConfigLoader;
import io.translationworkbench.config.GrammarConfig;
import io.translationworkbench.config.PairManifest;
import io.translationworkbench.config.WorkbenchConfig;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagPolicy;
import io.translationworkbench.flag.Flagger;
import io.translationworkbench.grammar.FrenchWords;
import io.translationworkbench.grammar.GrammarChecker;
import io.translationworkbench.grammar.GrammarStage;
import io.translationworkbench.grammar.ResultCache;
import io.translationworkbench.ingest.Anomaly;
import io.translationworkbench.ingest.IngestedText;
import io.translationworkbench.ingest.InputFile;
import io.translationworkbench.ingest.LanguageIdentifier;
import io.translationworkbench.ingest.StructureAnalyzer;
import io.translationworkbench.ingest.TextLoader;
import io.translationworkbench.metrics.DocumentMetrics;
import io.translationworkbench.metrics.PairMetrics;
import io.translationworkbench.review.ReviewApplier;
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

  /**
   * @param projectConfig the project's {@code workbench.json}, or null; @param alignerParams
   *     comparable, or parallel (line i with line i); @param grammarCache LanguageTool's results
   *     kept between runs there, or null
   */
  public Workbench(Path projectConfig, AlignerParams alignerParams, Path grammarCache) {
    this(projectConfig, alignerParams, checker(grammarCache));
  }

  /** With another grammar check in LanguageTool's place (a test makes it break on one text). */
  public Workbench(Path projectConfig, AlignerParams alignerParams, GrammarStage.Check check) {
    this.projectConfig = projectConfig;
    this.alignerParams = alignerParams;
    this.grammar = new GrammarStage(check, configLoader);
  }

  private static GrammarStage.Check checker(Path cache) {
    return new GrammarChecker(cache == null ? null : new ResultCache(cache))::check;
  }

  /**
   * Analyses one pair and applies its review decisions. Input problems throw {@link
   * InputException}; a stage that breaks is a processing error in the result.
   */
  @Override
  public PairReport analyze(Path pairDir) {
    PairManifest manifest = PairManifest.read(pairDir);
    WorkbenchConfig config = configLoader.loadFor(projectConfig, pairDir);
    GrammarConfig gc = config.grammar();
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
    ReviewOutcome reviewed = ReviewApplier.applyTo(pairDir, flags);
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
        checked.densities(reviewed.dismissedFindings()),
        documentMetrics,
        alignment,
        reviewed.flags(),
        reviewed.stale(),
        checked.errors(),
        Signature.of(config, checked.ruleFiles()),
        notes);
  }

  @Override
  public void close() {
    grammar.close();
  }
}
