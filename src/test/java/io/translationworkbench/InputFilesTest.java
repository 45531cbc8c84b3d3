package io.translationworkbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The one reader of input files, on its own. */
class InputFilesTest {
  @TempDir Path dir;

  private static final InputFiles.Kind SMALL = new InputFiles.Kind("file", 100, "a test bound");

  private static void rejects(Path file, Executable read, String... fragments) {
    InputException e = assertThrows(InputException.class, read);
    InputErrors.assertNamesFileAndProblem(e, file, fragments);
  }

  @Test
  void aRegularFileIsReadWhole() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), "Le chat.\n");
    assertArrayEquals(
        "Le chat.\n".getBytes(StandardCharsets.UTF_8), InputFiles.read(f, InputFiles.Kind.JSON));
  }

  @Test
  void aFileOverItsBoundIsRefusedBeforeReading() throws IOException {
    Path f = Files.write(dir.resolve("big.txt"), new byte[101]);
    rejects(f, () -> InputFiles.read(f, SMALL), "file is 101 bytes, over the limit of 100 bytes");
  }

  @Test
  void aFileWhoseSizeLiesIsStillReadWithTheBound() {
    // /proc files say they are empty and hold more: the reader stops at the bound all the same
    Path status = Path.of("/proc/self/status");
    assumeTrue(Files.isRegularFile(status), "no /proc");
    rejects(status, () -> InputFiles.read(status, SMALL), "more than 100 bytes");
  }

  @Test
  void aDirectoryIsNotARegularFile() {
    rejects(dir, () -> InputFiles.read(dir, SMALL), "not a regular file (a directory)");
  }

  @Test
  void aSocketIsNotARegularFileAndIsNeverOpened() throws IOException {
    Path socket = dir.resolve("s.sock");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      rejects(socket, () -> InputFiles.read(socket, SMALL), "not a regular file (a socket)");
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "no Unix domain sockets here");
    }
  }

  @Test
  void aLinkToAMissingFileSaysSo() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("l.txt"), dir.resolve("gone.txt"));
    rejects(link, () -> InputFiles.read(link, SMALL), "file not found (a link to a missing file)");
  }

  @Test
  void aLinkInsideItsDirectoryIsFollowed() throws IOException {
    Path pair = Files.createDirectory(dir.resolve("pair"));
    Files.writeString(pair.resolve("v2.fr.txt"), "Texte.");
    Path link = Files.createSymbolicLink(pair.resolve("machine.fr.txt"), Path.of("v2.fr.txt"));
    assertArrayEquals(
        "Texte.".getBytes(StandardCharsets.UTF_8),
        InputFiles.read(link, SMALL, InputFiles.Within.dir(pair, "the pair directory")));
  }

  @Test
  void aLinkLeavingItsDirectoryIsRefusedNamingWhereItLeads() throws IOException {
    Path pair = Files.createDirectory(dir.resolve("pair"));
    Path outside = Files.writeString(dir.resolve("other.txt"), "Texte.");
    Path link = Files.createSymbolicLink(pair.resolve("machine.fr.txt"), outside);
    rejects(
        link,
        () -> InputFiles.read(link, SMALL, InputFiles.Within.dir(pair, "the pair directory")),
        "resolves to " + outside.toRealPath(),
        "outside the pair directory");
  }

  @Test
  void aLinkedDirectoryLeadingOutIsRefusedToo() throws IOException {
    Path pair = Files.createDirectory(dir.resolve("pair"));
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("machine.fr.txt"), "Texte.");
    Path sub = Files.createSymbolicLink(pair.resolve("sub"), elsewhere);
    Path file = sub.resolve("machine.fr.txt");
    rejects(
        file,
        () -> InputFiles.read(file, SMALL, InputFiles.Within.dir(pair, "the pair directory")),
        "outside the pair directory");
  }

  @Test
  void utf16AndUtf32AreNamedByTheirByteOrderMark() throws IOException {
    Path le = Files.write(dir.resolve("le.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0});
    rejects(le, () -> InputFiles.read(le, SMALL), "UTF-16 (byte-order mark FF FE)", "UTF-8");
    Path be = Files.write(dir.resolve("be.txt"), new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'});
    rejects(be, () -> InputFiles.read(be, SMALL), "UTF-16 (byte-order mark FE FF)");
    Path w = Files.write(dir.resolve("w.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
    rejects(w, () -> InputFiles.read(w, SMALL), "UTF-32 (byte-order mark FF FE 00 00)");
  }
}
