package io.translationworkbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.InputErrors;
import io.translationworkbench.InputException;
import io.translationworkbench.Side;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextLoaderTest {
  @TempDir Path dir;

  private final TextLoader loader = new TextLoader(TextLoader.DEFAULT_MAX_BYTES);

  private Path file(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private Path file(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Loads {@code path}, expecting an input error that names the file and contains every fragment.
   */
  private static void rejects(TextLoader loader, Path path, String... fragments) {
    InputException e = assertThrows(InputException.class, () -> loader.load(path, Side.MACHINE));
    InputErrors.assertNamesFileAndProblem(e, path, fragments);
  }

  @Test
  void missingFileIsAnInputError() {
    rejects(loader, dir.resolve("absent.fr.txt"), "not found");
  }

  @Test
  void emptyFileIsAnInputError() throws IOException {
    rejects(loader, file("empty.txt", new byte[0]), "empty");
  }

  @Test
  void whitespaceOnlyFileIsAnInputError() throws IOException {
    rejects(loader, file("blank.txt", "  \n\t\r\n   \n"), "empty", "whitespace");
  }

  @Test
  void directoryInPlaceOfAFileIsAnInputError() throws IOException {
    Path d = Files.createDirectory(dir.resolve("machine.fr.txt"));
    rejects(loader, d, "directory");
  }

  @Test
  void binaryFileIsAnInputErrorWithTheNulOffset() throws IOException {
    byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x'};
    rejects(loader, file("archive.txt", bytes), "binary", "NUL", "byte offset 4");
  }

  @Test
  void latin1FileIsAnInputErrorWithOffsetAndByte() throws IOException {
    byte[] latin1 = "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals((byte) 0xE9, latin1[3]);
    rejects(loader, file("latin1.txt", latin1), "UTF-8", "byte offset 3", "0xE9");
  }

  @Test
  void malformedByteOnALaterLineGivesThatLine() throws IOException {
    byte[] latin1 = "premi\u00e8re ligne\nd\u00e9but".getBytes(StandardCharsets.ISO_8859_1);
    // "premi" is 5 bytes; the second malformed byte would be at 15 + 2 = 17 but the first one stops
    // the read
    rejects(loader, file("latin1-lines.txt", latin1), "byte offset 5", "0xE8", "line 1");
    byte[] second = "ligne\nd\u00e9but".getBytes(StandardCharsets.ISO_8859_1);
    rejects(loader, file("latin1-line2.txt", second), "byte offset 7", "0xE9", "line 2");
  }

  @Test
  void fileOverTheSizeLimitIsAnInputError() throws IOException {
    Path big = file("big.txt", "a".repeat(101));
    rejects(new TextLoader(100), big, "101 bytes", "limit of 100 bytes");
  }

  @Test
  void fileAtTheSizeLimitIsAccepted() throws IOException {
    Path exact = file("exact.txt", "a".repeat(100));
    assertEquals(100, new TextLoader(100).load(exact, Side.HUMAN).bytes());
  }

  @Test
  void byteOrderMarkIsRemoved() throws IOException {
    byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'O', 'u', 'i'};
    SourceText t = loader.load(file("bom.txt", withBom), Side.HUMAN);
    assertEquals("Oui", t.text());
    assertTrue(t.hadBom());
    assertEquals(6, t.bytes());
  }

  @Test
  void fileWithoutBomSaysSo() throws IOException {
    SourceText t = loader.load(file("plain.txt", "Oui\nNon\n"), Side.MACHINE);
    assertFalse(t.hadBom());
    assertEquals("Oui\nNon\n", t.text());
    assertEquals("lf", t.lineEndings());
    assertFalse(t.nfcChanged());
    assertEquals(Side.MACHINE, t.side());
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "un\\r\\ndeux\\r\\n          | un\\ndeux\\n          | crlf",
        "un\\rdeux\\r                | un\\ndeux\\n          | cr",
        "un\\r\\ndeux\\ntrois\\rquatre | un\\ndeux\\ntrois\\nquatre | mixed",
        "un                        | un                  | none"
      })
  void lineEndingsBecomeLfAndAreReported(String raw, String expected, String kind)
      throws IOException {
    SourceText t = loader.load(file(kind + ".txt", unescape(raw)), Side.MACHINE);
    assertEquals(unescape(expected), t.text());
    assertEquals(kind, t.lineEndings());
  }

  private static String unescape(String s) {
    return s.replace("\\r", "\r").replace("\\n", "\n");
  }

  @Test
  void decomposedAccentBecomesNfc() throws IOException {
    SourceText t = loader.load(file("nfd.txt", "caf\u0065\u0301"), Side.MACHINE);
    assertEquals("caf\u00e9", t.text());
    assertEquals(4, t.text().length());
    assertTrue(t.nfcChanged());
  }

  @Test
  void lineAndColumnHoldInTheFileAsReceivedAfterDecomposedAccents() throws IOException {
    // CRLF line ends and decomposed accents: "Déjà vu, été.\r\nLe café brûlé."
    String raw = "De\u0301ja\u0300 vu, e\u0301te\u0301.\r\nLe cafe\u0301 bru\u0302le\u0301.";
    SourceText t = loader.load(file("nfd.txt", raw), Side.MACHINE);
    assertTrue(t.nfcChanged());
    int at = t.text().indexOf("br");
    io.translationworkbench.Span s = t.lineIndex().span(at, at + "br\u00fbl\u00e9".length());
    String line2 = raw.substring(raw.indexOf('\n') + 1);
    // column and end column as an editor counts them on the line as saved (UTF-16 code units)
    assertEquals(2, s.line());
    assertEquals(line2.indexOf("bru") + 1, s.column());
    assertEquals(line2.indexOf('.') + 1, s.endColumn());
    assertEquals(at, s.start());
  }

  @Test
  void aTextLinkedInsideThePairDirectoryIsReadAndOneLinkedOutIsNot() throws IOException {
    Path pair = Files.createDirectory(dir.resolve("pair"));
    Files.writeString(pair.resolve("v2.fr.txt"), "Le chat dort.");
    Path inside = Files.createSymbolicLink(pair.resolve("machine.fr.txt"), Path.of("v2.fr.txt"));
    assertEquals("Le chat dort.", loader.load(inside, Side.MACHINE, pair).text());
    Path other = file("other.fr.txt", "Le chien dort.");
    Path out = Files.createSymbolicLink(pair.resolve("human.fr.txt"), other);
    InputException e = assertThrows(InputException.class, () -> loader.load(out, Side.HUMAN, pair));
    InputErrors.assertNamesFileAndProblem(e, out, "outside the pair directory");
    // named on the command line, the same file may lie anywhere
    assertEquals("Le chien dort.", loader.load(out, Side.HUMAN).text());
  }

  @Test
  void sha256IsOfTheRawBytes() throws IOException {
    // FIPS 180-2 test vector: SHA-256("abc")
    SourceText t = loader.load(file("abc.txt", "abc"), Side.MACHINE);
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", t.sha256());
  }

  @Test
  void sha256CoversBomAndCrlfAsReceived() throws Exception {
    byte[] raw = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\r', '\n', 'b'};
    SourceText t = loader.load(file("raw.txt", raw), Side.MACHINE);
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
    assertEquals(expected, t.sha256());
    assertEquals("a\nb", t.text());
  }
}
