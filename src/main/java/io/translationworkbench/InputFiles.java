package io.translationworkbench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

/**
 * The one reader of every input file: the two texts of a pair, {@code pair.json}, {@code
 * workbench.json}, {@code review.json}, glossaries, rule files, the gate's policy and baseline, and
 * the files of {@code workbench score}. It resolves links, accepts only a regular file (a FIFO, a
 * device, a socket or a directory is an input error, found without opening it, so a FIFO never
 * blocks), checks the size before reading and never reads more than the limit and one byte (so a
 * file whose size lies, such as one under /proc, cannot fill the heap either), refuses UTF-16 and
 * UTF-32 text, and, for a file reached through the project rather than named on the command line,
 * refuses a path that resolves outside the directories it must lie in. Every problem is an {@link
 * InputException} naming the file as given.
 */
public final class InputFiles {
  /**
   * The bound on a JSON file ({@code pair.json}, {@code workbench.json}, {@code review.json}, a
   * policy, a baseline), a glossary and a rule file: 16 MiB.
   */
  public static final long MAX_CONFIG_BYTES = 16L * 1024 * 1024;

  /** The bound on one file of {@code workbench score} ({@code --hyp}, {@code --ref}): 512 MiB. */
  public static final long MAX_SCORE_BYTES = 512L * 1024 * 1024;

  // the largest array a JVM allocates, whatever a limit says
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

  private static final int S_IFMT = 0170000;

  /**
   * What is read: the noun that names it in messages ("file", "glossary", "rule file"), its size
   * limit, and what to say when a file is over it.
   */
  public record Kind(String noun, long maxBytes, String limitNote) {
    public Kind {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("maxBytes must be positive");
      }
    }

    /** A text of a pair, under the configured {@code maxFileBytes}. */
    public static Kind text(long maxFileBytes) {
      return new Kind("file", maxFileBytes, "raise maxFileBytes in workbench.json");
    }

    /** A JSON file. */
    public static final Kind JSON =
        new Kind("file", MAX_CONFIG_BYTES, "the bound on a JSON input file");

    /** A glossary named in {@code workbench.json}. */
    public static final Kind GLOSSARY =
        new Kind("glossary", MAX_CONFIG_BYTES, "the bound on a glossary");

    /** A rule file named in {@code workbench.json}. */
    public static final Kind RULE_FILE =
        new Kind("rule file", MAX_CONFIG_BYTES, "the bound on a rule file");

    /** A file of {@code workbench score}. */
    public static final Kind SCORE = new Kind("file", MAX_SCORE_BYTES, "the bound on a score file");
  }

  /**
   * Where a file reached through the project must lie: under one of {@code dirs} (after links are
   * resolved), described to the user as {@code name}.
   */
  public record Within(List<Path> dirs, String name) {
    public Within {
      dirs = List.copyOf(dirs);
    }

    /** Under {@code dir}. */
    public static Within dir(Path dir, String name) {
      return new Within(List.of(dir), name);
    }
  }

  private InputFiles() {}

  /** The bytes of {@code file}, a file named on the command line or found by its usual name. */
  public static byte[] read(Path file, Kind kind) {
    return readChecked(file, regularFile(file, kind), kind);
  }

  /**
   * The bytes of {@code file}, a file reached through the project (named in {@code pair.json} or
   * {@code workbench.json}), which must resolve to somewhere {@code within}.
   */
  public static byte[] read(Path file, Kind kind, Within within) {
    return readChecked(file, regularFileWithin(file, kind, within), kind);
  }

  /**
   * Checks, without opening it, that {@code file} is (or links to) a regular file, and returns the
   * file it resolves to.
   */
  public static Path regularFile(Path file, Kind kind) {
    Path real;
    BasicFileAttributes attrs;
    try {
      real = file.toRealPath();
      attrs = Files.readAttributes(real, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new InputException(
          file,
          kind.noun()
              + " not found"
              + (Files.isSymbolicLink(file) ? " (a link to a missing file)" : ""));
    } catch (IOException e) {
      throw new InputException(file, kind.noun() + " cannot be read (" + reason(e) + ")");
    }
    if (!attrs.isRegularFile()) {
      String what = attrs.isDirectory() ? "a directory" : typeOf(real);
      boolean linked = Files.isSymbolicLink(file);
      throw new InputException(
          file, "not a regular file (" + what + (linked ? ", linked to " + real : "") + ")");
    }
    return real;
  }

  /**
   * {@link #regularFile}, and the file it resolves to must lie {@code within}: one line naming
   * where it leads otherwise.
   */
  public static Path regularFileWithin(Path file, Kind kind, Within within) {
    Path real = regularFile(file, kind);
    requireWithin(file, real, kind.noun(), within);
    return real;
  }

  /**
   * The file or directory {@code path} resolves to, which must exist and lie {@code within}; {@code
   * noun} names it in messages.
   */
  public static Path within(Path path, String noun, Within within) {
    Path real;
    try {
      real = path.toRealPath();
    } catch (NoSuchFileException e) {
      throw new InputException(path, noun + " not found");
    } catch (IOException e) {
      throw new InputException(path, noun + " cannot be read (" + reason(e) + ")");
    }
    requireWithin(path, real, noun, within);
    return real;
  }

  private static void requireWithin(Path file, Path real, String noun, Within within) {
    for (Path dir : within.dirs()) {
      try {
        if (real.startsWith(dir.toRealPath())) {
          return;
        }
      } catch (IOException e) {
        // a directory that is not there holds nothing
      }
    }
    boolean named = file.toAbsolutePath().normalize().equals(real);
    throw new InputException(
        file,
        noun
            + (named ? " lies" : " resolves to " + real + ",")
            + " outside "
            + within.name()
            + "; only a file named on the command line may lie outside");
  }

  private static byte[] readChecked(Path file, Path real, Kind kind) {
    long limit = Math.min(kind.maxBytes(), MAX_ARRAY - 1);
    byte[] bytes;
    try {
      long size = Files.size(real);
      if (size > limit) {
        throw overLimit(file, kind, size, limit);
      }
      try (InputStream in = Files.newInputStream(real)) {
        bytes = in.readNBytes((int) limit + 1);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(file, kind.noun() + " not found");
    } catch (IOException e) {
      throw new InputException(file, kind.noun() + " cannot be read (" + reason(e) + ")");
    }
    if (bytes.length > limit) {
      // the file grew, or its size lied (/proc): the bound holds all the same
      throw overLimit(file, kind, -1, limit);
    }
    rejectWideUnicode(file, bytes);
    return bytes;
  }

  private static InputException overLimit(Path file, Kind kind, long size, long limit) {
    return new InputException(
        file,
        String.format(
            Locale.ROOT,
            "%s is %s bytes, over the limit of %,d bytes (%s)",
            kind.noun(),
            size < 0
                ? String.format(Locale.ROOT, "more than %,d", limit)
                : String.format(Locale.ROOT, "%,d", size),
            limit,
            kind.limitNote()));
  }

  /** UTF-16 and UTF-32 text, known by its byte-order mark, is not UTF-8: say so, not "binary". */
  private static void rejectWideUnicode(Path file, byte[] b) {
    String encoding = null;
    String mark = null;
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) {
      encoding = "UTF-32";
      mark = "00 00 FE FF";
    } else if (b.length >= 4
        && (b[0] & 0xff) == 0xFF
        && (b[1] & 0xff) == 0xFE
        && b[2] == 0
        && b[3] == 0) {
      encoding = "UTF-32";
      mark = "FF FE 00 00";
    } else if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      encoding = "UTF-16";
      mark = "FF FE";
    } else if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      encoding = "UTF-16";
      mark = "FE FF";
    }
    if (encoding != null) {
      throw new InputException(
          file,
          "the file is "
              + encoding
              + " (byte-order mark "
              + mark
              + "), not UTF-8; re-save the file as UTF-8");
    }
  }

  /** What a file that is neither a regular file nor a directory is, from its mode bits. */
  private static String typeOf(Path real) {
    try {
      int mode = (Integer) Files.getAttribute(real, "unix:mode");
      switch (mode & S_IFMT) {
        case 0010000:
          return "a FIFO";
        case 0020000:
          return "a character device";
        case 0060000:
          return "a block device";
        case 0140000:
          return "a socket";
        default:
          break;
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // no unix view: say no more than the basic view does
    }
    return "a special file";
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String why =
        e instanceof FileSystemException f && f.getReason() != null
            ? f.getReason()
            : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return why.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
