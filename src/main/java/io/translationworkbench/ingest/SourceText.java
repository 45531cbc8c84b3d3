package io.translationworkbench.ingest;

import io.translationworkbench.LineIndex;
import io.translationworkbench.Side;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input file as read: decoded strictly as UTF-8, BOM removed, CRLF/CR turned into LF, Unicode
 * NFC. All offsets in reports are UTF-16 code units into {@link #text()}; line:column, from {@link
 * #lineIndex()}, hold in the file as received: columns count the UTF-16 code units of the line
 * before NFC (a decomposed "e" and accent are two), so they do not drift after decomposed accents.
 *
 * @param side which text of the pair
 * @param path the file, as given
 * @param sha256 hex SHA-256 of the raw bytes
 * @param bytes size of the raw file
 * @param text the normalised text
 * @param hadBom whether a UTF-8 byte-order mark was removed
 * @param lineEndings "lf", "crlf", "cr", "mixed" or "none" as found in the raw file
 * @param nfcChanged whether NFC normalisation changed the text
 * @param received the text as received, decoded, BOM removed and CRLF/CR read as LF, before NFC
 *     (the same as {@code text} when NFC changed nothing)
 */
public record SourceText(
    Side side,
    Path path,
    String sha256,
    long bytes,
    String text,
    boolean hadBom,
    String lineEndings,
    boolean nfcChanged,
    String received) {
  public SourceText {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lineEndings, "lineEndings");
    Objects.requireNonNull(received, "received");
  }

  /** Line and column of offsets into {@link #text()}, as they are in the file as received. */
  public LineIndex lineIndex() {
    return new LineIndex(text, received);
  }
}
