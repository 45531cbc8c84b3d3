package io.translationworkbench.grammar;

import io.translationworkbench.InputException;
import io.translationworkbench.LineIndex;
import io.translationworkbench.ProcessingError;
import io.translationworkbench.Side;
import io.translationworkbench.Texts;
import io.translationworkbench.config.ConfigLoader;
import io.translationworkbench.config.GrammarConfig;
import io.translationworkbench.config.WorkbenchConfig;
import io.translationworkbench.ingest.IngestedText;
import io.translationworkbench.ingest.SourceText;
import io.translationworkbench.segment.Sentence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The grammar stage of a pair: the machine and the human text checked side by side (one
 * LanguageTool each), a check that breaks turned into a processing error of the result, and the
 * stage's part of the signature.
 */
public final class GrammarStage implements AutoCloseable {
  /** How one text is checked; {@link GrammarChecker#check} in the product. */
  @FunctionalInterface
  public interface Check {
    CheckResult check(
        IngestedText doc,
        List<Sentence> sentences,
        GrammarConfig cfg,
        RuleFiles ruleFiles,
        GrammarChecker.Lexicon lexicon);

    /** Loads what a check with this set-up needs on the calling thread, ahead of a first check. */
    default void warm(GrammarConfig cfg, RuleFiles ruleFiles) {}
  }

  /**
   * Both checks of a pair.
   *
   * @param machine the machine text's check (no matches when it broke)
   * @param human the human text's check (no matches when it broke)
   * @param errors the checks that broke
   * @param ruleFiles the newsroom rule files used
   */
  public record Result(
      CheckResult machine, CheckResult human, List<ProcessingError> errors, RuleFiles ruleFiles) {
    /** Matches of both texts, machine first. */
    public List<GrammarMatch> matches() {
      List<GrammarMatch> all = new ArrayList<>(machine.matches());
      all.addAll(human.matches());
      return all;
    }

    /** Processing notes of both checks, machine first. */
    public List<String> notes() {
      List<String> all = new ArrayList<>(machine.notes());
      all.addAll(human.notes());
      return all;
    }

    /** Matches left out on purpose, of both texts. */
    public List<SuppressedMatch> suppressed() {
      List<SuppressedMatch> all = new ArrayList<>(machine.suppressed());
      all.addAll(human.suppressed());
      return all;
    }

    /** The finding densities, {@code dismissed} machine findings not counted. */
    public Densities densities(int dismissed) {
      return Densities.of(machine, human, dismissed);
    }
  }

  private final Check checker;
  private final ConfigLoader configLoader;
  // the check threads, each with its own LanguageTool (built on its first check, rules shared):
  // at least two, so that a pair's machine and human text are checked side by side
  private final ExecutorService pool;
  private final int threads;

  /**
   * @param checker how one text is checked
   * @param configLoader blames the configuration file that names an unknown rule
   */
  public GrammarStage(Check checker, ConfigLoader configLoader) {
    this(checker, configLoader, 2);
  }

  /**
   * @param threads how many texts are checked at once (at least 2): one LanguageTool per thread, so
   *     memory grows with it
   */
  public GrammarStage(Check checker, ConfigLoader configLoader, int threads) {
    this.checker = checker;
    this.configLoader = configLoader;
    this.threads = Math.max(2, threads);
    this.pool =
        Executors.newFixedThreadPool(
            this.threads,
            r -> {
              Thread t = new Thread(r, "workbench-check");
              t.setDaemon(true);
              return t;
            });
  }

  /** Checks both texts of a pair; each text's words count as the other's attested vocabulary. */
  public Result run(
      IngestedText machine,
      List<Sentence> mSent,
      IngestedText human,
      List<Sentence> hSent,
      WorkbenchConfig config) {
    GrammarConfig gc = config.grammar();
    RuleFiles ruleFiles = RuleFiles.read(config.ruleFiles());
    Set<String> ignore = new HashSet<>(config.allIgnoredWords());
    Set<String> mVocab = gc.namesFromOtherText() ? GrammarChecker.vocabulary(mSent) : Set.of();
    Set<String> hVocab = gc.namesFromOtherText() ? GrammarChecker.vocabulary(hSent) : Set.of();
    CompletableFuture<CheckResult> m =
        CompletableFuture.supplyAsync(
            () ->
                checker.check(
                    machine, mSent, gc, ruleFiles, new GrammarChecker.Lexicon(ignore, hVocab)),
            pool);
    CompletableFuture<CheckResult> h =
        CompletableFuture.supplyAsync(
            () ->
                checker.check(
                    human, hSent, gc, ruleFiles, new GrammarChecker.Lexicon(ignore, mVocab)),
            pool);
    List<ProcessingError> errors = new ArrayList<>();
    CheckResult mResult = join(m, machine, mSent, errors, config);
    CheckResult hResult = join(h, human, hSent, errors, config);
    return new Result(mResult, hResult, errors, ruleFiles);
  }

  /**
   * Loads LanguageTool with the pair's set-up on both of the stage's threads, so that the first
   * check that is not answered from the result cache does not pay for it (the review desk, at
   * start). Returns when both are loaded.
   */
  public void warmUp(WorkbenchConfig config) {
    RuleFiles ruleFiles = RuleFiles.read(config.ruleFiles());
    java.util.concurrent.CountDownLatch both = new java.util.concurrent.CountDownLatch(threads);
    List<CompletableFuture<Void>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      tasks.add(
          CompletableFuture.runAsync(
              () -> {
                // both tasks hold a thread each until both have started: one per thread
                both.countDown();
                try {
                  both.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                checker.warm(config.grammar(), ruleFiles);
              },
              pool));
    }
    CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).join();
  }

  /**
   * Checks one sentence the way the pair's machine text is checked (same rules, glossary and names
   * attested by {@code attested}, the human text's words), on the stage's own threads so that the
   * LanguageTool already loaded there is used: a reviewer's corrected sentence, re-checked at once.
   * A checker with a result cache keeps one entry per sentence checked.
   */
  public List<GrammarMatch> recheck(String sentence, WorkbenchConfig config, Set<String> attested) {
    GrammarConfig gc = config.grammar();
    RuleFiles ruleFiles = RuleFiles.read(config.ruleFiles());
    GrammarChecker.Lexicon lexicon =
        new GrammarChecker.Lexicon(
            new HashSet<>(config.allIgnoredWords()), gc.namesFromOtherText() ? attested : Set.of());
    String text = sentence.strip();
    LineIndex index = new LineIndex(text);
    SourceText source =
        new SourceText(
            Side.MACHINE,
            Path.of("correction"),
            Texts.sha256Hex(text, 32),
            text.getBytes(StandardCharsets.UTF_8).length,
            text,
            false,
            "none",
            false,
            text);
    IngestedText doc = new IngestedText(source, List.of(), List.of(), List.of(), List.of());
    Sentence one = new Sentence("m1", Side.MACHINE, 0, 0, index.span(0, text.length()), text);
    CompletableFuture<CheckResult> f =
        CompletableFuture.supplyAsync(
            () -> checker.check(doc, List.of(one), gc, ruleFiles, lexicon), pool);
    List<ProcessingError> errors = new ArrayList<>();
    CheckResult r = join(f, doc, List.of(one), errors, config);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("LanguageTool failed: " + errors.get(0).message());
    }
    return r.matches();
  }

  /**
   * An input problem stays one (exit 2); anything else that breaks inside LanguageTool is a
   * processing error: the text counts no match, and the gate fails the pair on the error.
   */
  private CheckResult join(
      CompletableFuture<CheckResult> f,
      IngestedText doc,
      List<Sentence> sentences,
      List<ProcessingError> errors,
      WorkbenchConfig config) {
    try {
      return f.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof InputException ie) {
        throw ie;
      }
      if (cause instanceof LanguageToolServerException s) {
        // the servers the configuration or --languagetool names do not work: no report with a
        // grammar check missing, one line naming each server and its problem
        throw new InputException(null, s.getMessage(), s);
      }
      if (cause instanceof GrammarChecker.UnknownIdException u) {
        Path blame = configLoader.declaring(config.sources(), u.key(), u.id());
        throw new InputException(blame, u.getMessage(), u);
      }
      String file = doc.source().path().toString().replace('\\', '/');
      errors.add(new ProcessingError("grammar", file, String.valueOf(cause)));
      return new CheckResult(List.of(), List.of(), Sentence.words(sentences));
    }
  }

  /** The stage's part of the signature: LanguageTool's rule configuration. */
  public static Map<String, Object> rulesSignature(GrammarConfig gc, RuleFiles ruleFiles) {
    GrammarChecker.RuleSetup setup = GrammarChecker.setupFor(gc, ruleFiles);
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
      one.put("file", f.path().toString().replace('\\', '/'));
      one.put("sha256", f.sha256());
      files.add(one);
    }
    rules.put("ruleFiles", files);
    return rules;
  }

  /** The stage's part of the signature: where spelling exemptions came from. */
  public static Map<String, Object> lexiconSignature(WorkbenchConfig config) {
    GrammarConfig gc = config.grammar();
    Map<String, Object> lexicon = new LinkedHashMap<>();
    lexicon.put("ignoreWords", gc.ignoreWords().size());
    lexicon.put("glossaryFiles", gc.glossary());
    lexicon.put("glossaryWords", config.glossaryWords().size());
    lexicon.put("namesFromOtherText", gc.namesFromOtherText());
    return lexicon;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
