package io.translationworkbench.review;

import io.translationworkbench.AtomicFiles;
import io.translationworkbench.Severity;
import io.translationworkbench.flag.Flag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The interactive review: one card per machine sentence, and in it one flag at a time, a key at a
 * time ({@code c} confirm, {@code d} dismiss, {@code n} note, {@code s} skip, {@code b} back,
 * {@code u} undo the session's last decision, {@code f} cycle the severity filter, {@code q} quit,
 * {@code ?} help), one per line or single key presses (see {@link Keys}). Every decision is saved
 * at once and atomically, so quitting, end of input, Ctrl-C or a crash loses nothing already
 * decided; each save re-reads the file under the pair's lock, so decisions another review saved
 * meanwhile are kept.
 */
public final class ReviewSession {
  static final String BOLD_RED = "\u001B[1;31m";
  static final String RESET = "\u001B[0m";
  static final String PROMPT =
      "[c]onfirm [d]ismiss [n]ote [s]kip [b]ack [u]ndo [f]ilter [q]uit [?]help > ";

  private final List<SentenceCard<ReviewItem>> cards;
  // the flags in card order, and for each the index of its card
  private final List<ReviewItem> queue;
  private final List<Integer> cardOf;
  private int shownCard = -1;
  private final List<StaleDecision> stale;
  private final Keys in;
  // the least severe flag shown (INFO: every flag)
  private Severity filter;

  /** A decision of this session, and what it replaced, for {@code u}. */
  private record Taken(
      int index, ReviewDecision mine, ReviewDecision before, List<ReviewDecision> staleRemoved) {}

  private final Deque<Taken> taken = new ArrayDeque<>();
  private final PrintWriter out;
  private final boolean colour;
  private final String reviewer;
  private final LocalDate date;
  private final Map<String, String> pendingNotes = new HashMap<>();
  private ReviewFile file;

  /** How a session ended. */
  public record Summary(int confirmed, int dismissed, int notes, boolean finished) {}

  /**
   * A session over the flags of {@code queue}, saving into {@code file}. They are shown as the
   * reports show them: one card per machine sentence (the sentence and its human counterpart once,
   * then its flags, each decided on its own), cards most severe first (see {@link SentenceCard}).
   *
   * @param stale stale decisions, shown beside the flag that succeeded them
   * @param colour ANSI highlighting (a terminal without {@code NO_COLOR}) or {@code [[…]]} markers
   */
  public ReviewSession(
      List<ReviewItem> queue,
      List<StaleDecision> stale,
      ReviewFile file,
      BufferedReader in,
      PrintWriter out,
      boolean colour,
      String reviewer,
      LocalDate date) {
    this(queue, stale, file, Keys.lines(in), out, colour, reviewer, date, Severity.INFO);
  }

  /**
   * A session reading {@code keys} (single key presses on a terminal, or lines), showing only the
   * flags of severity {@code filter} or worse at first ({@link Severity#INFO}: every flag; the
   * {@code f} key cycles the filter).
   */
  public ReviewSession(
      List<ReviewItem> queue,
      List<StaleDecision> stale,
      ReviewFile file,
      Keys in,
      PrintWriter out,
      boolean colour,
      String reviewer,
      LocalDate date,
      Severity filter) {
    this.filter = Objects.requireNonNull(filter, "filter");
    this.cards = SentenceCard.group(queue, ReviewItem::flag);
    List<ReviewItem> flat = new ArrayList<>();
    List<Integer> cardIndex = new ArrayList<>();
    for (int c = 0; c < cards.size(); c++) {
      for (ReviewItem item : cards.get(c).items()) {
        flat.add(item);
        cardIndex.add(c);
      }
    }
    this.queue = List.copyOf(flat);
    this.cardOf = List.copyOf(cardIndex);
    this.stale = List.copyOf(stale);
    this.file = Objects.requireNonNull(file, "file");
    this.in = Objects.requireNonNull(in, "in");
    this.out = Objects.requireNonNull(out, "out");
    this.colour = colour;
    this.reviewer = Objects.requireNonNull(reviewer, "reviewer");
    this.date = Objects.requireNonNull(date, "date");
  }

  /**
   * Runs until every flag was seen, {@code q}, or the end of input; the review file is current at
   * every step.
   *
   * @throws IOException when the input cannot be read or a decision cannot be saved (decisions
   *     before it are kept)
   */
  public Summary run() throws IOException {
    int[] counts = new int[2]; // confirmed, dismissed
    int notes = 0;
    if (queue.isEmpty()) {
      out.println("No open flags to review.");
      out.flush();
      return new Summary(0, 0, 0, true);
    }
    out.println(SentenceCard.tally(cards) + " to review; ? for help.");
    if (filter != Severity.INFO) {
      out.println("Showing " + filterLabel() + " (f to change).");
    }
    int i = next(0);
    boolean finished = false;
    boolean show = true;
    while (true) {
      if (i >= queue.size()) {
        out.println(
            filter == Severity.INFO
                ? "All " + queue.size() + " flags seen."
                : "All " + filterLabel() + " seen (f shows more).");
        finished = true;
        break;
      }
      ReviewItem item = queue.get(i);
      if (show) {
        render(item, i);
      }
      show = true;
      out.print(PROMPT);
      out.flush();
      String line = readKey();
      if (line == null) {
        endOfInput();
        break;
      }
      String key = line.strip().toLowerCase(Locale.ROOT);
      if (key.equals("c") || key.equals("d")) {
        Decision d = key.equals("c") ? Decision.CONFIRMED : Decision.DISMISSED;
        decide(item, i, d);
        counts[d == Decision.CONFIRMED ? 0 : 1]++;
        i = next(i + 1);
      } else if (key.equals("n")) {
        out.print("note> ");
        out.flush();
        String note = readLine();
        if (note == null) {
          endOfInput();
          break;
        }
        addNote(item, note.strip());
        notes++;
        show = false;
      } else if (key.equals("s")) {
        i = next(i + 1);
      } else if (key.equals("b")) {
        int before = previous(i - 1);
        if (before < 0) {
          out.println("Already at the first flag" + (filter == Severity.INFO ? "." : " shown."));
          show = false;
        } else {
          i = before;
        }
      } else if (key.equals("u")) {
        Taken t = taken.pollFirst();
        if (t == null) {
          out.println("Nothing to undo: no decision taken in this session.");
          show = false;
        } else {
          undo(t);
          counts[t.mine().decision() == Decision.CONFIRMED ? 0 : 1]--;
          i = t.index();
          if (!shown(queue.get(i))) {
            filter = Severity.INFO;
            out.println("Showing all flags again.");
          }
        }
      } else if (key.equals("f")) {
        filter =
            switch (filter) {
              case INFO -> Severity.ERROR;
              case ERROR -> Severity.WARNING;
              case WARNING -> Severity.INFO;
            };
        out.println("Showing " + filterLabel() + ".");
        if (!shown(item)) {
          i = next(i);
        } else {
          show = false;
        }
      } else if (key.equals("q")) {
        out.println("Quit; every decision taken is saved.");
        break;
      } else if (key.equals("?") || key.equals("h")) {
        help();
        show = false;
      } else {
        if (!key.isEmpty()) {
          out.println("Unknown key '" + oneLine(key) + "'; ? for help.");
        }
        show = false;
      }
    }
    out.println(
        String.format(
            Locale.ROOT,
            "Confirmed %d, dismissed %d this session; decisions in %s",
            counts[0],
            counts[1],
            file.path()));
    out.flush();
    return new Summary(counts[0], counts[1], notes, finished);
  }

  private boolean shown(ReviewItem item) {
    return item.flag().severity().compareTo(filter) <= 0;
  }

  /** The first flag shown at {@code from} or after it; the queue's size when none is. */
  private int next(int from) {
    int i = from;
    while (i < queue.size() && !shown(queue.get(i))) {
      i++;
    }
    return i;
  }

  /** The last flag shown at {@code from} or before it; -1 when none is. */
  private int previous(int from) {
    int i = from;
    while (i >= 0 && !shown(queue.get(i))) {
      i--;
    }
    return i;
  }

  private String filterLabel() {
    return switch (filter) {
      case ERROR -> "error flags";
      case WARNING -> "error and warning flags";
      case INFO -> "all flags";
    };
  }

  /** Takes back a decision of this session: the flag's decision as it was before it. */
  private void undo(Taken t) throws IOException {
    String fp = t.mine().fingerprint();
    save(
        now -> {
          ReviewFile next = t.before() == null ? now.without(fp) : now.with(t.before());
          for (ReviewDecision s : t.staleRemoved()) {
            next = next.with(s);
          }
          return next;
        });
    out.println(
        "Undone: "
            + t.mine().decision().label()
            + " "
            + fp
            + (t.before() == null
                ? "; the flag is open again."
                : "; back to " + describe(t.before()) + "."));
  }

  private void endOfInput() {
    out.println();
    out.println("End of input: stopping; every decision taken is saved.");
  }

  private String readLine() throws IOException {
    try {
      return in.line();
    } catch (IOException e) {
      throw new IOException("cannot read input: " + e.getMessage(), e);
    }
  }

  private String readKey() throws IOException {
    try {
      return in.key();
    } catch (IOException e) {
      throw new IOException("cannot read input: " + e.getMessage(), e);
    }
  }

  private void decide(ReviewItem item, int index, Decision d) throws IOException {
    Flag f = item.flag();
    String fp = f.fingerprint();
    ReviewDecision mine = ReviewDecision.of(f, item.sentence(), d, reviewer, date, currentNote(fp));
    ReviewDecision shown = file.find(fp).orElse(null);
    ReviewDecision[] meanwhile = new ReviewDecision[1];
    ReviewDecision[] before = new ReviewDecision[1];
    List<ReviewDecision> staleRemoved = new ArrayList<>();
    save(
        now -> {
          // another review may have decided this flag since this one showed it
          before[0] = now.find(fp).orElse(null);
          meanwhile[0] = now.find(fp).filter(x -> !x.equals(shown)).orElse(null);
          ReviewFile next = now.with(mine);
          staleRemoved.clear();
          // the reviewer has decided the finding anew: the stale decision it succeeded has served
          // its purpose
          for (StaleDecision s : stale) {
            if (fp.equals(s.successorFingerprint())) {
              next.find(s.decision().fingerprint()).ifPresent(staleRemoved::add);
              next = next.without(s.decision().fingerprint());
            }
          }
          return next;
        });
    taken.push(new Taken(index, mine, before[0], List.copyOf(staleRemoved)));
    pendingNotes.remove(fp);
    out.println((d == Decision.CONFIRMED ? "Confirmed " : "Dismissed ") + fp + ".");
    if (meanwhile[0] != null) {
      out.println("It replaces " + describe(meanwhile[0]) + ", saved meanwhile by another review.");
    }
  }

  /** A saved decision in a few words: {@code the dismissed decision by léa on 2025-03-14}. */
  public static String describe(ReviewDecision d) {
    return "the "
        + d.decision().label()
        + " decision by "
        + oneLine(d.reviewer())
        + " on "
        + d.date()
        + (d.note().isEmpty() ? "" : " (note: " + oneLine(d.note()) + ")");
  }

  // a note typed before the decision wins over the one already saved
  private String currentNote(String fingerprint) {
    String pending = pendingNotes.get(fingerprint);
    return pending != null ? pending : file.find(fingerprint).map(ReviewDecision::note).orElse("");
  }

  private void addNote(ReviewItem item, String note) throws IOException {
    String fp = item.flag().fingerprint();
    // the decision as saved now, which another review may have taken or removed meanwhile
    save(now -> now.find(fp).map(d -> now.with(d.withNote(note))).orElse(now));
    if (file.find(fp).isPresent()) {
      out.println("Note saved.");
    } else {
      pendingNotes.put(fp, note);
      out.println("Note kept for this flag's decision.");
    }
  }

  /**
   * Applies {@code change} to the review file as it is on disk now, under the pair's lock (see
   * {@link ReviewFile#update}), and takes the result, with decisions other reviews saved meanwhile,
   * as this session's view.
   */
  private void save(UnaryOperator<ReviewFile> change) throws IOException {
    try {
      file = ReviewFile.update(file.path(), change);
    } catch (AtomicFiles.WriteException e) {
      throw new IOException("cannot save " + file.path() + ": " + e.problem(), e);
    } catch (IOException e) {
      throw new IOException("cannot save " + file.path() + ": " + e.getMessage(), e);
    }
  }

  private void render(ReviewItem item, int index) {
    int c = cardOf.get(index);
    SentenceCard<ReviewItem> card = cards.get(c);
    if (c != shownCard) {
      renderCard(card, c);
      shownCard = c;
    }
    Flag f = item.flag();
    out.println();
    StringBuilder head =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "flag %d of %d · %s · %s · %s · line %d:%d · %s",
                index + 1,
                queue.size(),
                f.severity().label(),
                f.kind().id(),
                oneLine(f.ruleId()),
                f.span().line(),
                f.span().column(),
                f.fingerprint()));
    if (card.items().size() > 1) {
      head.append(" · ")
          .append(card.items().indexOf(item) + 1)
          .append(" of ")
          .append(card.items().size())
          .append(" on this sentence");
    }
    file.find(f.fingerprint()).ifPresent(d -> head.append(" · now ").append(d.decision().label()));
    out.println(head);
    if (card.items().size() > 1 && item.sentence() != null) {
      out.println("at:      " + excerpt(item));
    }
    out.println("message: " + oneLine(f.message()));
    if (!f.suggestions().isEmpty()) {
      List<String> s = new ArrayList<>();
      f.suggestions().forEach(x -> s.add(oneLine(x)));
      out.println("suggestions: " + String.join(" | ", s));
    }
    String note = currentNote(f.fingerprint());
    if (!note.isEmpty()) {
      out.println("note: " + oneLine(note));
    }
    for (StaleDecision s : stale) {
      if (f.fingerprint().equals(s.successorFingerprint())) {
        ReviewDecision old = s.decision();
        out.println(
            "earlier, on the old wording: "
                + old.decision().label()
                + " by "
                + oneLine(old.reviewer())
                + " on "
                + old.date()
                + (old.note().isEmpty() ? "" : " (" + oneLine(old.note()) + ")"));
      }
    }
  }

  /** The card's sentence and human counterpart, shown once before its flags. */
  private void renderCard(SentenceCard<ReviewItem> card, int c) {
    ReviewItem first = card.items().get(0);
    out.println();
    StringBuilder head =
        new StringBuilder("sentence ").append(c + 1).append(" of ").append(cards.size());
    if (card.documentLevel() || first.sentence() == null) {
      head.append(" · document-level");
    } else {
      head.append(" · line ").append(first.flag().span().line());
    }
    head.append(" · ")
        .append(card.items().size())
        .append(card.items().size() == 1 ? " flag" : " flags");
    out.println(head);
    out.println("machine: " + highlighted(card));
    out.println(
        "human:   "
            + (first.humanMatch() == null
                ? "(no matching human sentence)"
                : oneLine(first.humanMatch())));
  }

  /**
   * The card's sentence with its flags' spans marked (overlapping spans merged; a span over the
   * whole sentence only when it is the only one), or a document-level flag's text, marked whole.
   */
  private String highlighted(SentenceCard<ReviewItem> card) {
    ReviewItem first = card.items().get(0);
    if (first.sentence() == null) {
      return mark(first.flag().matchedText());
    }
    String sentence = first.sentence();
    List<int[]> spans = new ArrayList<>();
    for (ReviewItem i : card.items()) {
      boolean whole = i.spanStart() == 0 && i.spanEnd() == sentence.length();
      if (i.spanEnd() > i.spanStart() && (!whole || card.items().size() == 1)) {
        spans.add(new int[] {i.spanStart(), i.spanEnd()});
      }
    }
    spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    StringBuilder sb = new StringBuilder();
    int at = 0;
    int[] open = null;
    for (int[] span : spans) {
      if (open != null && span[0] <= open[1]) {
        open[1] = Math.max(open[1], span[1]);
        continue;
      }
      if (open != null) {
        sb.append(oneLine(sentence.substring(at, open[0])))
            .append(mark(sentence.substring(open[0], open[1])));
        at = open[1];
      }
      open = new int[] {span[0], span[1]};
    }
    if (open != null) {
      sb.append(oneLine(sentence.substring(at, open[0])))
          .append(mark(sentence.substring(open[0], open[1])));
      at = open[1];
    }
    return sb.append(oneLine(sentence.substring(at))).toString();
  }

  /** Where one flag of a card lies: its span marked, with a little of the sentence around it. */
  private String excerpt(ReviewItem item) {
    String t = item.sentence();
    Excerpt.Shown e = Excerpt.around(t, item.spanStart(), item.spanEnd()).show(t);
    return oneLine(e.text().substring(0, e.markFrom()))
        + mark(e.text().substring(e.markFrom(), e.markTo()))
        + oneLine(e.text().substring(e.markTo()));
  }

  private String mark(String s) {
    return (colour ? BOLD_RED : "[[") + oneLine(s) + (colour ? RESET : "]]");
  }

  /**
   * {@code s} safe on one terminal line ({@link io.translationworkbench.Terminal#line}): text from
   * the articles and review.json must not drive the terminal or break the layout.
   */
  public static String oneLine(String s) {
    return io.translationworkbench.Terminal.line(s);
  }

  private void help() {
    out.println("c  confirm: a real problem (counts in the gate)");
    out.println("d  dismiss: a false positive or accepted style (no longer counts)");
    out.println("n  add a note (type it on the next line); kept with this flag's decision");
    out.println("s  skip: leave the flag open for now");
    out.println("b  back to the previous flag (its decision can be changed)");
    out.println("u  undo the last decision taken in this session (again: the one before)");
    out.println("f  filter by severity: every flag, errors only, errors and warnings");
    out.println(
        "   a sentence with several flags is shown once; each of its flags is decided on its own");
    out.println("q  quit; every decision taken is already saved");
  }
}
