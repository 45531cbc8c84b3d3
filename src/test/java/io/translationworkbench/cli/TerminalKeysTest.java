package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Single key presses as a terminal in single-key mode sends them (no stty: no terminal here). */
class TerminalKeysTest {
  private final StringWriter echoed = new StringWriter();

  private TerminalKeys keys(String typed) {
    return TerminalKeys.withoutTerminal(
        new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), new PrintWriter(echoed));
  }

  @Test
  void eachPressIsOneKeyEchoedOnItsOwnLineAndEnterIsIgnored() throws IOException {
    TerminalKeys k = keys("cd\n\rq");
    assertEquals("c", k.key());
    assertEquals("d", k.key());
    assertEquals("q", k.key());
    assertNull(k.key(), "end of input");
    assertEquals("c\nd\nq\n", echoed.toString().replace("\r", ""));
  }

  @Test
  void aNoteIsALineAndKeysFollowIt() throws IOException {
    TerminalKeys k = keys("nune note, é\nc");
    assertEquals("n", k.key());
    assertEquals("une note, é", k.line());
    assertEquals("c", k.key());
  }

  @Test
  void arrowsAreBackAndSkipOtherEscapesAndCtrlDEndTheInput() throws IOException {
    TerminalKeys k = keys("\u001B[D\u001B[C\u001B[Aé\u0004c");
    assertEquals("b", k.key());
    assertEquals("s", k.key());
    assertEquals("é", k.key(), "the up arrow is ignored; a multi-byte key is one key");
    assertNull(k.key(), "Ctrl-D");
  }
}
