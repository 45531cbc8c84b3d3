package io.translationworkbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * What a long run says while it works, on standard error. On a terminal: one bar redrawn in place
 * ({@code [###### ] 12/203 pairs · 3.1 pairs/s · about 1 min 5 s left · analysing a, b}), cleared
 * before each line the command prints. Elsewhere (a CI log): nothing but the command's own lines,
 * and a plain line whenever nothing was printed for {@link #QUIET_NANOS}, saying what the run waits
 * for. Never silent for longer than that.
 */
final class Progress implements AutoCloseable {
  /** Longest silence: then a line (or a redraw) says what the run is doing. */
  static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(2);

  private final PrintWriter err;
  private final boolean terminal;
  private final int total;
  private final long start = System.nanoTime();
  private final Set<String> running = new TreeSet<>();
  private final Thread ticker;
  private int done;
  private long lastOutput = System.nanoTime();
  private boolean barShown;
  private volatile boolean closed;

  /**
   * @param err where progress goes
   * @param terminal whether {@code err} is a terminal (a bar) or a log (lines)
   * @param total how many pairs the run has
   */
  Progress(PrintWriter err, boolean terminal, int total) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
    this.ticker = new Thread(this::tick, "workbench-progress");
    ticker.setDaemon(true);
    ticker.start();
  }

  /** Whether standard error is an interactive terminal (a console, and TERM is not "dumb"). */
  static boolean stderrIsTerminal() {
    String term = System.getenv("TERM");
    return System.console() != null && term != null && !term.equals("dumb");
  }

  synchronized void started(String id) {
    running.add(id);
    redraw();
  }

  /**
   * A pair finished: {@code line} (the command's own output for it) is printed with {@code out}.
   */
  synchronized void finished(String id, Runnable printLine) {
    running.remove(id);
    done++;
    clearBar();
    printLine.run();
    lastOutput = System.nanoTime();
    redraw();
  }

  /** The current state in words, e.g. "3 of 12 pairs done in 14 s; analysing a, b". */
  synchronized String state() {
    long secs = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    StringBuilder b = new StringBuilder();
    b.append(done).append(" of ").append(total).append(" pairs done in ").append(secs).append(" s");
    if (done == 0 && !running.isEmpty()) {
      b.append("; waiting for the first pair: LanguageTool loads its French rules and")
          .append(" dictionaries on first use (about 10 s), then checks ")
          .append(String.join(", ", running));
    } else if (!running.isEmpty()) {
      b.append("; analysing ").append(String.join(", ", running));
    }
    return b.toString();
  }

  private void tick() {
    while (!closed) {
      try {
        Thread.sleep(terminal ? 250 : 200);
      } catch (InterruptedException e) {
        return;
      }
      synchronized (this) {
        if (closed) {
          return;
        }
        if (terminal) {
          redraw();
        } else if (System.nanoTime() - lastOutput >= QUIET_NANOS) {
          err.println("workbench: " + state());
          err.flush();
          lastOutput = System.nanoTime();
        }
      }
    }
  }

  private void redraw() {
    if (!terminal || closed) {
      return;
    }
    int width = 24;
    int filled = total == 0 ? width : (int) ((long) width * done / total);
    double secs = (System.nanoTime() - start) / 1e9;
    StringBuilder b = new StringBuilder("\r\u001b[K[");
    b.append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
    b.append(done).append('/').append(total).append(" pairs");
    if (done > 0) {
      double rate = done / secs;
      long left = Math.round((total - done) / rate);
      b.append(String.format(Locale.ROOT, " · %.1f pairs/s · about %s left", rate, duration(left)));
    } else {
      b.append(String.format(Locale.ROOT, " · %.0f s", secs));
      if (!running.isEmpty()) {
        b.append(" · loading LanguageTool (first use)");
      }
    }
    if (done > 0 && !running.isEmpty()) {
      String now = String.join(", ", running);
      b.append(" · ").append(now.length() > 40 ? now.substring(0, 39) + "…" : now);
    }
    err.print(b);
    err.flush();
    barShown = true;
  }

  private void clearBar() {
    if (barShown) {
      err.print("\r\u001b[K");
      err.flush();
      barShown = false;
    }
  }

  static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + " s";
    }
    long m = seconds / 60;
    return m < 60 ? m + " min " + (seconds % 60) + " s" : (m / 60) + " h " + (m % 60) + " min";
  }

  @Override
  public synchronized void close() {
    closed = true;
    ticker.interrupt();
    clearBar();
  }
}
