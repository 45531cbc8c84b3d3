package io.translationworkbench.ingest;

import io.translationworkbench.InputException;
import io.translationworkbench.InputFiles;
import io.translationworkbench.Side;
import io.translationworkbench.Texts;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an input text strictly: every way a file can be unusable becomes an {@link InputException}
 * naming it.
 */
public final class TextLoader {
  /** Default size limit: 5 MB. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  private final long maxBytes;

  /** The stage's part of the signature: how input bytes become the text offsets refer to. */
  public static Map<String, String> normalisation() {
    Map<String, String> norm = new LinkedHashMap<>();
    norm.put("encoding", "UTF-8, strict (malformed bytes are an input error)");
    norm.put("bom", "removed");
    norm.put("lineEndings", "CRLF and CR read as LF");
    norm.put("unicode", "NFC");
    norm.put("offsets", "UTF-16 code units");
    return norm;
  }

  public TextLoader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    this.maxBytes = maxBytes;
  }

  /** Loads and normalises one file named on the command line: it may lie anywhere. */
  public SourceText load(Path path, Side side) {
    return normalise(path, side, InputFiles.read(path, InputFiles.Kind.text(maxBytes)));
  }

  /**
   * Loads and normalises a text named in {@code pair.json}: it must resolve to a file inside {@code
   * pairDir} (a link out of it is an input error).
   */
  public SourceText load(Path path, Side side, Path pairDir) {
    return normalise(
        path,
        side,
        InputFiles.read(
            path,
            InputFiles.Kind.text(maxBytes),
            InputFiles.Within.dir(pairDir, "the pair directory " + pairDir)));
  }

  private static SourceText normalise(Path path, Side side, byte[] raw) {
    if (raw.length == 0) {
      throw new InputException(path, "file is empty");
    }
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == 0) {
        throw new InputException(
            path, "binary file (NUL byte at byte offset " + i + "), expected UTF-8 text");
      }
    }
    String decoded = Texts.decodeUtf8(path, raw);
    boolean bom = !decoded.isEmpty() && decoded.charAt(0) == '\uFEFF';
    if (bom) {
      decoded = decoded.substring(1);
    }
    String endings = lineEndings(decoded);
    String lf = decoded.replace("\r\n", "\n").replace('\r', '\n');
    String nfc = Normalizer.normalize(lf, Normalizer.Form.NFC);
    if (nfc.isBlank()) {
      throw new InputException(path, "file is empty (only whitespace)");
    }
    boolean changed = !nfc.equals(lf);
    return new SourceText(
        side,
        path,
        Texts.sha256Hex(raw),
        raw.length,
        nfc,
        bom,
        endings,
        changed,
        changed ? lf : nfc);
  }

  private static String lineEndings(String s) {
    int crlf = 0;
    int cr = 0;
    int lf = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          crlf++;
          i++;
        } else {
          cr++;
        }
      } else if (c == '\n') {
        lf++;
      }
    }
    int kinds = (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) + (lf > 0 ? 1 : 0);
    if (kinds == 0) {
      return "none";
    }
    if (kinds > 1) {
      return "mixed";
    }
    return crlf > 0 ? "crlf" : cr > 0 ? "cr" : "lf";
  }
}
