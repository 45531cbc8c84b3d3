package io.translationworkbench.cli;

import io.translationworkbench.review.Keys;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Single key presses on a terminal: {@code stty -icanon -echo min 1 < /dev/tty} while a key is
 * awaited, the terminal's own settings back for a note (typed and edited as a line) and when the
 * review ends, in a {@code finally} and in a shutdown hook (Ctrl-C). No library: {@code stty} is on
 * every system with a terminal.
 */
final class TerminalKeys implements Keys, AutoCloseable {
  private static final File TTY = new File("/dev/tty");

  private final InputStream in;
  private final PrintWriter echo;
  // the terminal's settings as `stty -g` printed them; null: no terminal to set (tests)
  private final String saved;
  private final Thread restoreOnExit;
  private boolean raw;

  private TerminalKeys(InputStream in, PrintWriter echo, String saved) {
    this.in = in;
    this.echo = echo;
    this.saved = saved;
    this.restoreOnExit = new Thread(this::restore, "workbench-restore-terminal");
    if (saved != null) {
      Runtime.getRuntime().addShutdownHook(restoreOnExit);
    }
  }

  /** Key presses read from {@code in} as from a terminal in single-key mode, no stty run. */
  static TerminalKeys withoutTerminal(InputStream in, PrintWriter echo) {
    TerminalKeys keys = new TerminalKeys(in, echo, null);
    keys.raw = true;
    return keys;
  }

  /**
   * Keys from {@code in} (the terminal's standard input) read one press at a time, each echoed on
   * {@code echo}; null when the terminal's settings cannot be read or changed (then read lines).
   */
  static TerminalKeys open(InputStream in, PrintWriter echo) {
    String saved = stty("-g");
    if (saved == null || saved.isBlank()) {
      return null;
    }
    TerminalKeys keys = new TerminalKeys(in, echo, saved.strip());
    if (!keys.enterRaw()) {
      keys.close();
      return null;
    }
    return keys;
  }

  @Override
  public String key() throws IOException {
    if (!raw && !enterRaw()) {
      throw new IOException("cannot put the terminal in single-key mode");
    }
    while (true) {
      int b = in.read();
      if (b < 0 || b == 4) { // end of input, or Ctrl-D
        return null;
      }
      if (b == '\n' || b == '\r') {
        continue;
      }
      if (b == 27) {
        // an escape sequence: the arrow keys move, anything else is ignored
        String key = escape();
        if (key != null) {
          echo(key);
          return key;
        }
        continue;
      }
      String key = new String(utf8(b), StandardCharsets.UTF_8);
      echo(key);
      return key;
    }
  }

  @Override
  public String line() throws IOException {
    restore();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
      }
      if (b == '\n') {
        // back to single keys at once: a key pressed right after Enter is not echoed twice
        enterRaw();
        return line.toString(StandardCharsets.UTF_8);
      }
      line.write(b);
    }
  }

  @Override
  public void close() {
    restore();
    if (saved == null) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(restoreOnExit);
    } catch (IllegalStateException e) {
      // already shutting down: the hook restores the terminal
    }
  }

  private void echo(String key) {
    echo.println(key);
    echo.flush();
  }

  /** After ESC: left arrow is b (back), right arrow is s (skip), anything else null. */
  private String escape() throws IOException {
    if (in.available() == 0) {
      return null;
    }
    int b = in.read();
    if (b != '[' || in.available() == 0) {
      return null;
    }
    int c = in.read();
    return switch (c) {
      case 'C' -> "s";
      case 'D' -> "b";
      default -> null;
    };
  }

  /** The bytes of the UTF-8 character that starts with {@code first}. */
  private byte[] utf8(int first) throws IOException {
    int more = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : 0;
    byte[] bytes = new byte[1 + more];
    bytes[0] = (byte) first;
    for (int i = 1; i <= more; i++) {
      int b = in.read();
      if (b < 0) {
        return java.util.Arrays.copyOf(bytes, i);
      }
      bytes[i] = (byte) b;
    }
    return bytes;
  }

  private synchronized boolean enterRaw() {
    raw = saved == null || stty("-icanon", "-echo", "min", "1") != null;
    return raw;
  }

  private synchronized void restore() {
    if (raw && saved != null) {
      stty(saved);
    }
    raw = false;
  }

  /** Runs {@code stty args} on the terminal; its output, or null when it failed. */
  private static String stty(String... args) {
    String[] cmd = new String[args.length + 1];
    cmd[0] = "stty";
    System.arraycopy(args, 0, cmd, 1, args.length);
    try {
      Process p =
          new ProcessBuilder(cmd)
              .redirectInput(ProcessBuilder.Redirect.from(TTY))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroy();
        return null;
      }
      return new String(out, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
