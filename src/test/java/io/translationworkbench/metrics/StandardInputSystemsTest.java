package io.translationworkbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.InputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * sacreBLEU's reading of systems from standard input ({@code sacrebleu.py}, {@code main}, "Read
 * from STDIN"), worked by hand from its code: the first line is {@code rstrip().split('\t')}, every
 * later line {@code rstrip().split('\t')} with each field right-stripped, in Python's universal
 * newlines.
 */
class StandardInputSystemsTest {
  private static List<List<String>> read(String s) {
    return ScoreRun.standardInputSystems(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void oneColumnIsOneSystem() {
    assertEquals(List.of(List.of("a", "b")), read("a\nb\n"));
    assertEquals(List.of(List.of("a", "b")), read("a\nb")); // no final line feed
  }

  @Test
  void tabSeparatedColumnsAreSystems() {
    assertEquals(List.of(List.of("a", "c"), List.of("b", "d")), read("a\tb\nc\td\n"));
  }

  @Test
  void onlyLaterLinesHaveTheirFieldsRightStripped() {
    // line 1: "a \tb " -> rstrip -> "a \tb" -> ["a ", "b"]; line 2: each field stripped too
    assertEquals(List.of(List.of("a ", "c"), List.of("b", "d")), read("a \tb \nc \td \n"));
  }

  @Test
  void crLfAndCrEndLinesOnStandardInput() {
    assertEquals(List.of(List.of("a", "b", "c")), read("a\r\nb\rc\n"));
  }

  @Test
  void emptyInputIsOneEmptySegment() {
    assertEquals(List.of(List.of("")), read(""));
  }

  @Test
  void aLineWithAnotherNumberOfColumnsIsAnInputError() {
    InputException e = assertThrows(InputException.class, () -> read("a\tb\nc\n"));
    assertTrue(e.getMessage().contains("line 2 has 1 tab-separated fields but line 1 has 2"));
  }

  @Test
  void malformedUtf8IsAnInputError() {
    byte[] bad = {'a', (byte) 0xE9, '\n'};
    InputException e = assertThrows(InputException.class, () -> ScoreRun.standardInputSystems(bad));
    assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
  }
}
