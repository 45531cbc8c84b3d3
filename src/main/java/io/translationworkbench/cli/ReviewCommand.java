package io.translationworkbench.cli;

import io.translationworkbench.AtomicFiles;
import io.translationworkbench.InputException;
import io.translationworkbench.PairReport;
import io.translationworkbench.Severity;
import io.translationworkbench.Texts;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.review.Decision;
import io.translationworkbench.review.FlagState;
import io.translationworkbench.review.Keys;
import io.translationworkbench.review.ReviewDecision;
import io.translationworkbench.review.ReviewFile;
import io.translationworkbench.review.ReviewItem;
import io.translationworkbench.review.ReviewSession;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.review.SentenceCard;
import io.translationworkbench.review.StaleDecision;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench review}: decide on a pair's flags, interactively or by script; decisions go to
 * review.json.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Reviews a pair's flags: confirm, dismiss, clear or list them, or export the corrected text.",
      "Without an action, an interactive review of the open flags: one card per sentence (the"
          + " sentence once, then its flags), one flag at a time. Keys: c confirm, d dismiss, n note,"
          + " s skip, b back, u undo, f severity filter, q quit, ? help. On a terminal a key acts at"
          + " once; otherwise (a pipe, a file) the keys are read one per line. Each decision is saved"
          + " at once to PAIR/review.json, atomically."
    })
final class ReviewCommand implements Callable<Integer> {
  @ParentCommand Main parent;

  @Parameters(index = "0", paramLabel = "PAIR", description = "The pair directory (articles/<id>).")
  Path pairDir;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Action action;

  /** The scripted actions; at most one per call. */
  static final class Action {
    @Option(
        names = "--list",
        description =
            "List every flag with its state, one card per sentence, then stale decisions.")
    boolean list;

    @Option(
        names = "--confirm",
        paramLabel = "FINGERPRINT",
        description = "Confirm a flag (a unique prefix will do).")
    String confirm;

    @Option(
        names = "--dismiss",
        paramLabel = "FINGERPRINT",
        description = "Dismiss a flag (a unique prefix will do).")
    String dismiss;

    @Option(
        names = "--clear",
        paramLabel = "FINGERPRINT",
        description = "Remove a decision (also a stale one).")
    String clear;

    @Option(
        names = "--export-corrected",
        paramLabel = "FILE",
        description =
            "Write the machine text with the reviewers' corrections applied (the review desk's"
                + " corrections in review.json) to FILE, or - for standard output.")
    Path exportCorrected;
  }

  @Option(
      names = "--note",
      paramLabel = "TEXT",
      description = "Note stored with --confirm or --dismiss.")
  String note = "";

  @Option(
      names = "--reviewer",
      paramLabel = "NAME",
      description = "Who decides (default: $USER, else the user.name property).")
  String reviewer;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Date recorded (default: today).")
  String date;

  @Mixin ConfigOption config;

  @Option(
      names = "--all",
      description = "Interactive review of every flag, not only the open ones.")
  boolean all;

  @Option(
      names = "--severity",
      paramLabel = "LEVEL",
      description =
          "${COMPLETION-CANDIDATES}: the interactive review shows flags of LEVEL or worse (default:"
              + " info, every flag); the f key changes it during the review.")
  SeverityLevel severity;

  /** When to highlight with ANSI colours. */
  enum ColorMode {
    auto,
    always,
    never
  }

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "${COMPLETION-CANDIDATES} (auto: colour on a terminal when NO_COLOR is unset).")
  ColorMode color;

  @Override
  public Integer call() {
    LocalDate day = day();
    String who = reviewer();
    if (!Files.isDirectory(pairDir)) {
      throw CommandSupport.notAPairDirectory(pairDir, Path.of("articles"));
    }
    CommandSupport.pairId(pairDir);
    if (action != null && action.exportCorrected != null) {
      return exportCorrected(parent.analyzer(config.resolve()).correctedMachineText(pairDir));
    }
    Pair pair = new Pair(pairDir, parent.analyzer(config.resolve()).analyze(pairDir));
    if (action != null && action.list) {
      list(parent.out(), pair);
      return ExitCode.OK.code();
    }
    try {
      if (action != null && action.clear != null) {
        return clear(pair);
      }
      if (action != null) {
        Decision d = action.confirm != null ? Decision.CONFIRMED : Decision.DISMISSED;
        return decide(pair, action.confirm != null ? action.confirm : action.dismiss, d, who, day);
      }
      return interactive(pair, who, day);
    } catch (AtomicFiles.WriteException e) {
      // every decision taken before the failure is already on disk
      throw e.toInputException();
    } catch (IOException e) {
      if (e.getCause() instanceof AtomicFiles.WriteException w) {
        throw new InputException(w.target(), "review stopped: " + w.problem(), e);
      }
      throw new InputException(pair.reviewFile(), "review stopped: " + e.getMessage(), e);
    }
  }

  private LocalDate day() {
    if (date == null) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new InputException(null, "--date must be YYYY-MM-DD, was " + date);
    }
  }

  private String reviewer() {
    return CommandSupport.reviewer(reviewer);
  }

  /** The pair under review: its directory and its one result, review decisions applied. */
  /** The corrected machine text to a file (atomically) or, for {@code -}, standard output. */
  private int exportCorrected(String text) {
    Path target = action.exportCorrected;
    if (target.toString().equals("-")) {
      parent.out().print(text);
      parent.out().flush();
      return ExitCode.OK.code();
    }
    try {
      AtomicFiles.writeString(target, text);
    } catch (AtomicFiles.WriteException e) {
      throw e.toInputException();
    } catch (IOException e) {
      throw new InputException(target, "cannot write: " + e.getMessage(), e);
    }
    parent.out().println("Corrected machine text written to " + target);
    return ExitCode.OK.code();
  }

  private record Pair(Path dir, PairReport report) {
    Path reviewFile() {
      return ReviewFile.pathIn(dir);
    }

    List<ReviewItem> items() {
      return ReviewItem.of(report);
    }
  }

  private static void list(PrintWriter out, Pair pair) {
    Map<String, ReviewItem> items = new HashMap<>();
    pair.items().forEach(i -> items.put(i.flag().fingerprint(), i));
    List<SentenceCard<ReviewedFlag>> cards = SentenceCard.ofReviewed(pair.report().flags());
    // one card per machine sentence, as in the reports: the sentence once, then its flags
    for (SentenceCard<ReviewedFlag> card : cards) {
      ReviewItem first = items.get(card.items().get(0).fingerprint());
      if (card.documentLevel() || first == null || first.sentence() == null) {
        out.println("document-level:");
      } else {
        out.println(
            String.format(
                Locale.ROOT,
                "sentence %s, line %d: «%s»",
                ReviewSession.oneLine(card.sentenceId()),
                card.items().get(0).flag().span().line(),
                ReviewSession.oneLine(Texts.abbreviate(first.sentence(), 100))));
      }
      for (ReviewedFlag rf : card.items()) {
        Flag f = rf.flag();
        out.println(
            String.format(
                Locale.ROOT,
                "  %-9s %s %-7s %-14s %s %d:%d «%s» %s%s",
                rf.state().label(),
                ReviewSession.oneLine(f.fingerprint()),
                f.severity().label(),
                f.kind().id(),
                ReviewSession.oneLine(f.ruleId()),
                f.span().line(),
                f.span().column(),
                ReviewSession.oneLine(f.matchedText()),
                ReviewSession.oneLine(f.message()),
                rf.note().isEmpty() ? "" : " [note: " + ReviewSession.oneLine(rf.note()) + "]"));
      }
    }
    for (StaleDecision s : pair.report().staleDecisions()) {
      out.println(ReviewSession.oneLine(s.message()));
    }
    PairReport.Summary sum = pair.report().summary();
    out.println(
        String.format(
            Locale.ROOT,
            "%s; %d open, %d confirmed, %d dismissed; %d stale decisions",
            SentenceCard.tally(cards),
            sum.open(),
            sum.confirmed(),
            sum.dismissed(),
            sum.staleDecisions()));
  }

  private int decide(Pair pair, String prefix, Decision d, String who, LocalDate day)
      throws IOException {
    Map<String, ReviewItem> items = new HashMap<>();
    for (ReviewItem i : pair.items()) {
      items.put(i.flag().fingerprint(), i);
    }
    String fp = resolve(prefix, items.keySet().stream().toList(), pair);
    ReviewItem item = items.get(fp);
    ReviewDecision mine = ReviewDecision.of(item.flag(), item.sentence(), d, who, day, note);
    ReviewDecision[] earlier = new ReviewDecision[1];
    // under the pair's lock, on the file as it is now: decisions saved meanwhile by another review
    // are kept
    ReviewFile.update(
        pair.reviewFile(),
        now -> {
          earlier[0] = now.find(fp).orElse(null);
          ReviewFile next = now.with(mine);
          // deciding the flag that succeeded a stale decision settles that stale decision
          for (StaleDecision s : pair.report().staleDecisions()) {
            if (fp.equals(s.successorFingerprint())) {
              next = next.without(s.decision().fingerprint());
            }
          }
          return next;
        });
    parent
        .out()
        .println(
            (d == Decision.CONFIRMED ? "Confirmed " : "Dismissed ")
                + ReviewSession.oneLine(fp)
                + " ("
                + item.flag().kind().id()
                + " "
                + ReviewSession.oneLine(item.flag().ruleId())
                + " «"
                + ReviewSession.oneLine(item.flag().matchedText())
                + "»)");
    if (earlier[0] != null && !earlier[0].equals(mine)) {
      parent.out().println("It replaces " + ReviewSession.describe(earlier[0]));
    }
    return ExitCode.OK.code();
  }

  private int clear(Pair pair) throws IOException {
    String[] cleared = new String[1];
    ReviewFile.update(
        pair.reviewFile(),
        now -> {
          List<String> decided = now.decisions().stream().map(ReviewDecision::fingerprint).toList();
          cleared[0] = resolve(action.clear, decided, pair);
          return now.without(cleared[0]);
        });
    parent.out().println("Cleared the decision on " + ReviewSession.oneLine(cleared[0]));
    return ExitCode.OK.code();
  }

  private static String resolve(String prefix, List<String> fingerprints, Pair pair) {
    if (fingerprints.contains(prefix)) {
      return prefix;
    }
    List<String> matches =
        fingerprints.stream().filter(f -> f.startsWith(prefix)).sorted().toList();
    if (matches.size() == 1 && prefix.length() >= 4) {
      return matches.get(0);
    }
    String hint = " (see 'workbench review " + pair.dir() + " --list')";
    if (matches.isEmpty()) {
      throw new InputException(pair.dir(), "no flag with fingerprint " + prefix + hint);
    }
    throw new InputException(
        pair.dir(),
        "fingerprint " + prefix + " is ambiguous: " + String.join(", ", matches) + hint);
  }

  private int interactive(Pair pair, String who, LocalDate day) throws IOException {
    Map<String, FlagState> states = new HashMap<>();
    pair.report().flags().forEach(f -> states.put(f.fingerprint(), f.state()));
    // the session shows them one card per sentence, in the reports' order
    List<ReviewItem> queue =
        pair.items().stream()
            .filter(i -> all || states.get(i.flag().fingerprint()) == FlagState.OPEN)
            .toList();
    for (StaleDecision s : pair.report().staleDecisions()) {
      parent.out().println(ReviewSession.oneLine(s.message()));
    }
    boolean colourful =
        switch (color) {
          case always -> true;
          case never -> false;
          case auto ->
              System.console() != null
                  && (System.getenv("NO_COLOR") == null || System.getenv("NO_COLOR").isEmpty());
        };
    // single key presses on a terminal; one key per line from a pipe or a file (and in tests)
    TerminalKeys terminal =
        parent.in() == System.in && System.console() != null
            ? TerminalKeys.open(System.in, parent.out())
            : null;
    Keys keys =
        terminal != null
            ? terminal
            : Keys.lines(
                new BufferedReader(new InputStreamReader(parent.in(), StandardCharsets.UTF_8)));
    try {
      new ReviewSession(
              queue,
              pair.report().staleDecisions(),
              ReviewFile.load(pair.reviewFile()),
              keys,
              parent.out(),
              colourful,
              who,
              day,
              severity == null ? Severity.INFO : severity.severity)
          .run();
    } finally {
      if (terminal != null) {
        terminal.close();
      }
    }
    return ExitCode.OK.code();
  }
}
