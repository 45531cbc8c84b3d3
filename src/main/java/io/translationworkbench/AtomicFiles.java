package io.translationworkbench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces files so that readers (and a crash or Ctrl-C at any moment) see either the old content
 * or the new, never a half-written file: write a temporary file in the same directory, fsync it,
 * rename it over the target. Several files that belong together are published as one set ({@link
 * #writeAll}, {@link #replaceDirectory}).
 *
 * <p>Every temporary file or directory is named {@code .<target name>.<12 hex digits>}{@value
 * #TEMP_SUFFIX}; one left behind by a killed run is removed by the next write into its directory
 * once it is older than a minute (a younger one may belong to a run still writing).
 *
 * <p>Every failure is a {@link WriteException} naming the target and the problem on one line.
 */
public final class AtomicFiles {
  /** How every temporary file and directory of this class ends (the .gitignore lists it). */
  public static final String TEMP_SUFFIX = ".workbench-tmp";

  /** Leftovers younger than this may belong to a write still running, and are kept. */
  static final Duration LEFTOVER_AGE = Duration.ofMinutes(1);

  private static final Pattern TEMP_NAME =
      Pattern.compile("\\..+\\.[0-9a-f]{12}" + Pattern.quote(TEMP_SUFFIX));
  // longer target names are cut in the temporary name, which must stay within 255 bytes
  private static final int NAME_PART = 100;
  private static final SecureRandom RANDOM = new SecureRandom();
  // when each directory was last cleaned of leftovers by this process
  private static final Map<Path, Instant> CLEANED = new ConcurrentHashMap<>();

  private AtomicFiles() {}

  /** Produces a file's content; may fail half-way, in which case the target is left untouched. */
  @FunctionalInterface
  public interface Body {
    /** Writes the whole content to {@code out}. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * A file could not be written: {@link #target()} and a one-line {@link #problem()} (for the CLI,
   * an input error: exit code 2).
   */
  public static final class WriteException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path target;
    private final String problem;

    /** {@code target} could not be written because of {@code problem} (one line). */
    public WriteException(Path target, String problem, Throwable cause) {
      super(target + ": " + problem, cause);
      this.target = target;
      this.problem = problem;
    }

    /** The file (or directory) that could not be written. */
    public Path target() {
      return target;
    }

    /** What went wrong, one line, without the target's name. */
    public String problem() {
      return problem;
    }

    /** The same failure as the CLI's input error ("target: problem", exit code 2). */
    public InputException toInputException() {
      return new InputException(target, problem, this);
    }
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
    writeAll(Map.of(target, body));
  }

  /**
   * Replaces (or creates) several files, possibly in different directories, as one set: every
   * temporary file is written and synced before the first target is replaced, so a failure or a
   * kill while writing leaves every old file as it was; then each is renamed over its target, in
   * the map's order (a kill among these renames, a matter of microseconds, can leave some targets
   * new and some old, each whole).
   */
  public static void writeAll(Map<Path, Body> files) throws IOException {
    Map<Path, Path> temps = new LinkedHashMap<>();
    Map<Path, Path> shown = new LinkedHashMap<>();
    for (Path target : files.keySet()) {
      Path abs = target.toAbsolutePath();
      if (shown.put(abs, target) != null) {
        throw new IllegalArgumentException("named twice: " + target);
      }
      checkWritable(target);
      removeLeftovers(createParent(abs, target));
    }
    try {
      for (Map.Entry<Path, Body> e : files.entrySet()) {
        Path abs = e.getKey().toAbsolutePath();
        Path tmp = abs.resolveSibling(tempName(abs));
        temps.put(abs, tmp);
        writeSynced(tmp, e.getValue(), e.getKey());
      }
      Set<Path> dirs = new LinkedHashSet<>();
      for (Map.Entry<Path, Path> e : new ArrayList<>(temps.entrySet())) {
        Path abs = e.getKey();
        try {
          try {
            Files.move(
                e.getValue(),
                abs,
                StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
          } catch (AtomicMoveNotSupportedException x) {
            Files.move(e.getValue(), abs, StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (IOException x) {
          throw new WriteException(shown.get(abs), "cannot replace it: " + describe(x), x);
        }
        temps.remove(abs);
        dirs.add(abs.getParent());
      }
      dirs.forEach(AtomicFiles::syncDirectory);
    } finally {
      for (Path tmp : temps.values()) {
        deleteQuietly(tmp);
      }
    }
  }

  /**
   * Replaces (or creates) the directory {@code dir} with one holding {@code files} (name to
   * content), as one set: all are written and synced into a temporary directory beside it, which
   * then takes its place (the old one renamed aside, the new one renamed in, the old one deleted).
   * A failure or a kill while writing leaves the old directory as it was; {@code dir} holds the
   * whole old set or the whole new one, never a mix, and is missing only in the instant between the
   * two renames (a kill there leaves both sets whole in temporary directories beside it, and the
   * next write puts a set back). Entries of the old directory that are not among {@code files} are
   * copied into the new one, so nothing else in it is lost.
   */
  public static void replaceDirectory(Path dir, Map<String, Body> files) throws IOException {
    Path abs = dir.toAbsolutePath();
    if (Files.isSymbolicLink(abs) && Files.isDirectory(abs)) {
      // replace what the link points to, and keep the link
      abs = abs.toRealPath();
    }
    if (abs.getParent() == null) {
      throw new WriteException(dir, "cannot replace the root directory", null);
    }
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new WriteException(dir, "is a file, not a directory", null);
    }
    checkDirectory(parentOf(dir), dir);
    Path parent = createParent(abs, dir);
    removeLeftovers(parent);
    Path stage = parent.resolve(tempName(abs));
    Path old = null;
    try {
      try {
        Files.createDirectory(stage);
      } catch (IOException e) {
        throw new WriteException(dir, "cannot write in " + parent + ": " + describe(e), e);
      }
      for (Map.Entry<String, Body> e : files.entrySet()) {
        writeSynced(stage.resolve(e.getKey()), e.getValue(), dir.resolve(e.getKey()));
      }
      if (Files.isDirectory(abs)) {
        carryOver(abs, stage, files.keySet(), dir);
      }
      syncDirectory(stage);
      // the swap: the old directory aside, the new one in its place; retried if another run swaps
      // at the same time
      for (int attempt = 0; ; attempt++) {
        try {
          if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            Path aside = parent.resolve(tempName(abs));
            Files.move(abs, aside, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) {
              deleteTree(old);
            }
            old = aside;
          }
          Files.move(stage, abs, StandardCopyOption.ATOMIC_MOVE);
          stage = null;
          break;
        } catch (NoSuchFileException | FileAlreadyExistsException | DirectoryNotEmptyException e) {
          if (attempt >= 5) {
            throw new WriteException(dir, "cannot replace it: " + describe(e), e);
          }
          pause();
        } catch (IOException e) {
          throw new WriteException(dir, "cannot replace it: " + describe(e), e);
        }
      }
      syncDirectory(parent);
    } finally {
      if (stage != null) {
        deleteTree(stage);
      }
      if (old != null) {
        deleteTree(old);
      }
    }
  }

  private static void pause() throws IOException {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted");
    }
  }

  /**
   * Checks, without writing anything, that {@code target} can be written: it is not a directory,
   * and its directory exists as a writable directory or can be created. Catches the usual mistakes
   * before a slow run; the write itself still reports anything else (a full disk).
   */
  public static void checkWritable(Path target) throws WriteException {
    Path abs = target.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      throw new WriteException(target, "is a directory", null);
    }
    if (abs.getParent() == null) {
      throw new WriteException(target, "is not a file name", null);
    }
    checkDirectory(parentOf(target), target);
  }

  // the directory of a path as the user spelled it (relative stays relative, for messages)
  private static Path parentOf(Path p) {
    Path parent = p.getParent();
    return parent != null ? parent : p.toAbsolutePath().getParent();
  }

  /**
   * Checks, without writing anything, that {@code dir} is a writable directory or can be created as
   * one.
   */
  public static void checkDirectory(Path dir) throws WriteException {
    checkDirectory(dir, dir);
  }

  private static void checkDirectory(Path dir, Path blamed) throws WriteException {
    Path existing = dir;
    while (existing != null && !Files.exists(existing)) {
      if (Files.isSymbolicLink(existing)) {
        throw new WriteException(
            blamed,
            subject(existing, blamed)
                + " a symbolic link to nothing ("
                + linkTarget(existing)
                + ")",
            null);
      }
      existing = existing.getParent();
    }
    if (existing == null) {
      // a relative path none of whose directories exists yet: they go in the current directory
      existing = dir.isAbsolute() ? null : Path.of("").toAbsolutePath();
      if (existing == null) {
        return;
      }
    }
    if (!Files.isDirectory(existing)) {
      throw new WriteException(
          blamed, subject(existing, blamed) + " a file, not a directory", null);
    }
    if (!Files.isWritable(existing)) {
      throw new WriteException(
          blamed,
          "permission denied: "
              + (existing.equals(blamed) ? "not writable" : existing + " is not writable"),
          null);
    }
  }

  // "is" when the message is about the named path itself, "<dir> is" about one of its directories
  private static String subject(Path p, Path blamed) {
    return p.equals(blamed) ? "is" : p + " is";
  }

  private static String linkTarget(Path link) {
    try {
      return String.valueOf(Files.readSymbolicLink(link));
    } catch (IOException e) {
      return "unreadable";
    }
  }

  /** Creates the directory of {@code abs} and returns it; a failure blames {@code shown}. */
  private static Path createParent(Path abs, Path shown) throws WriteException {
    Path dir = abs.getParent();
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw new WriteException(shown, e.getFile() + " is a file, not a directory", e);
    } catch (IOException e) {
      throw new WriteException(shown, "cannot create directory " + dir + ": " + describe(e), e);
    }
    return dir;
  }

  /** Writes {@code file} (which must not exist) and syncs it to disk; {@code shown} is blamed. */
  private static void writeSynced(Path file, Body body, Path shown) throws WriteException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
      body.writeTo(out);
      out.flush();
      channel.force(true);
    } catch (IOException e) {
      String where = e instanceof AccessDeniedException ? " in " + file.getParent() : "";
      throw new WriteException(shown, "cannot write it: " + describe(e) + where, e);
    }
  }

  /** Copies what the old directory holds besides {@code replaced} into the new one. */
  private static void carryOver(Path from, Path to, Set<String> replaced, Path shown)
      throws WriteException {
    try (Stream<Path> s = Files.list(from)) {
      for (Path p : s.toList()) {
        String name = p.getFileName().toString();
        if (!replaced.contains(name) && !isTempName(name)) {
          copyTree(p, to.resolve(name));
        }
      }
    } catch (IOException e) {
      throw new WriteException(
          shown, "cannot keep what else the directory holds: " + describe(e), e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a)
              throws IOException {
            Files.copy(d, to.resolve(from.relativize(d).toString()), LinkOption.NOFOLLOW_LINKS);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
            Files.copy(
                f,
                to.resolve(from.relativize(f).toString()),
                StandardCopyOption.COPY_ATTRIBUTES,
                LinkOption.NOFOLLOW_LINKS);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** A fresh temporary name for {@code target}: {@code .<name>.<12 hex>.workbench-tmp}. */
  private static String tempName(Path target) {
    String name = target.getFileName().toString();
    if (name.length() > NAME_PART) {
      name = name.substring(0, NAME_PART);
    }
    byte[] salt = new byte[6];
    RANDOM.nextBytes(salt);
    return "." + name + "." + HexFormat.of().formatHex(salt) + TEMP_SUFFIX;
  }

  /** Whether {@code name} is one of this class's temporary names. */
  public static boolean isTempName(String name) {
    return TEMP_NAME.matcher(name).matches();
  }

  /**
   * Removes the temporary files and directories of killed writes from {@code dir}: those of this
   * class's pattern older than {@link #LEFTOVER_AGE}; at most once a minute per directory, best
   * effort.
   */
  static void removeLeftovers(Path dir) {
    Instant now = Instant.now();
    Instant last = CLEANED.get(dir);
    if (last != null && last.isAfter(now.minus(LEFTOVER_AGE))) {
      return;
    }
    CLEANED.put(dir, now);
    FileTime cutoff = FileTime.from(now.minus(LEFTOVER_AGE));
    List<Path> old = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        if (isTempName(p.getFileName().toString())
            && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).compareTo(cutoff) < 0) {
          old.add(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      return;
    }
    old.forEach(AtomicFiles::deleteTree);
  }

  /** Deletes a file or a directory tree (links are removed, never followed); best effort. */
  private static void deleteTree(Path root) {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      deleteQuietly(root);
      return;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
              deleteQuietly(f);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) {
              deleteQuietly(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // best effort: what stays is removed by a later write
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // best effort: a leftover is removed by a later write
    }
  }

  /** What went wrong, in a few words (no temporary file names). */
  public static String describe(IOException e) {
    if (e instanceof FileSystemException fs) {
      String reason = fs.getReason();
      if (reason != null && !reason.isBlank()) {
        return oneLine(reason);
      }
      if (e instanceof AccessDeniedException) {
        return "permission denied";
      }
      if (e instanceof NoSuchFileException) {
        return "no such file or directory";
      }
      if (e instanceof FileAlreadyExistsException) {
        return "already exists";
      }
      if (e instanceof DirectoryNotEmptyException) {
        return "a directory that is not empty is in the way";
      }
      if (e instanceof NotDirectoryException) {
        return "not a directory";
      }
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : oneLine(m);
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n]+", " ").strip();
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
