package io.translationworkbench.ingest;

import io.translationworkbench.Side;

/**
 * One input file as received.
 *
 * @param side which text
 * @param path the path as given, with '/' separators
 * @param sha256 SHA-256 of the raw bytes
 * @param bytes size
 * @param lineEndings line ends found ("lf", "crlf", "cr", "mixed", "none"); the text is read with
 *     LF
 * @param bomRemoved whether a UTF-8 BOM was removed
 * @param nfcChanged whether NFC normalisation changed anything
 * @param paragraphs number of paragraphs (non-blank lines)
 * @param bodySentences number of body sentences
 * @param bodyWords number of words in body sentences
 */
public record InputFile(
    Side side,
    String path,
    String sha256,
    long bytes,
    String lineEndings,
    boolean bomRemoved,
    boolean nfcChanged,
    int paragraphs,
    int bodySentences,
    int bodyWords) {
  /** The input file of {@code text}, whose body has {@code sentences} units and {@code words}. */
  public static InputFile of(IngestedText text, int sentences, int words) {
    SourceText s = text.source();
    return new InputFile(
        s.side(),
        s.path().toString().replace('\\', '/'),
        s.sha256(),
        s.bytes(),
        s.lineEndings(),
        s.hadBom(),
        s.nfcChanged(),
        text.paragraphs().size(),
        sentences,
        words);
  }
}
