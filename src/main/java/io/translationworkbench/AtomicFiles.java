package io.translationworkbench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Replaces a file so that readers (and a crash or Ctrl-C at any moment) see either the old content
 * or the new, never a half-written file: write a temporary file in the same directory, fsync it,
 * rename it over the target.
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /** Produces a file's content; may fail half-way, in which case the target is left untouched. */
  @FunctionalInterface
  public interface Body {
    /** Writes the whole content to {@code out}. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Atomically replaces (or creates) {@code target} with {@code content} as UTF-8, creating parent
   * directories.
   */
  public static void writeString(Path target, String content) throws IOException {
    write(target, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Atomically replaces (or creates) {@code target} with {@code bytes}, creating parent
   * directories.
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /**
   * Atomically replaces (or creates) {@code target} with what {@code body} writes, creating parent
   * directories.
   */
  public static void write(Path target, Body body) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    // same directory, so the rename never crosses file systems; hidden and *.tmp so nobody mistakes
    // it for data
    byte[] salt = new byte[6];
    RANDOM.nextBytes(salt);
    Path tmp = dir.resolve("." + abs.getFileName() + "." + HexFormat.of().formatHex(salt) + ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel =
          FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
        body.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      syncDirectory(dir);
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  // makes the rename itself durable; not every platform lets a directory be opened (Windows), which
  // is harmless
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // best effort only
    }
  }
}
