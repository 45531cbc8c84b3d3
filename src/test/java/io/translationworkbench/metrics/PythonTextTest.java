package io.translationworkbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Python string semantics (NOTES §9) and Python float formatting; expected values are Python's
 * documented output.
 */
class PythonTextTest {
  @Test
  void whitespaceIsExactlyPythonsTwentyNineCodePoints() {
    int count = 0;
    for (int cp = 0; cp <= 0x10FFFF; cp++) {
      if (PythonText.isSpace(cp)) {
        count++;
      }
    }
    assertEquals(29, count);
    for (int cp : new int[] {0x1C, 0x1F, 0x85, 0xA0, 0x2007, 0x202F, 0x3000}) {
      assertTrue(PythonText.isSpace(cp), Integer.toHexString(cp));
    }
    assertFalse(PythonText.isSpace(0x200B)); // zero width space is not whitespace in Python
    assertFalse(PythonText.isSpace(0xFEFF)); // nor is the BOM
  }

  @Test
  void splitAndRstripUsePythonWhitespace() {
    assertEquals(List.of("a", "b", "c"), PythonText.split("\u00a0a\u202fb\u2028c\u0085"));
    assertEquals("a b", PythonText.rstrip("a b\r\u00a0\u202f "));
    assertEquals(List.of(), PythonText.split(" \t "));
  }

  @Test
  void linesEndOnlyAtLineFeed() {
    assertEquals(List.of("a\r", "b\u2028c", "d"), PythonText.lines("a\r\nb\u2028c\nd"));
    assertEquals(List.of(""), PythonText.lines("\n"));
    assertEquals(List.of(), PythonText.lines(""));
  }

  @Test
  void lowercasingIgnoresTheDefaultLocale() {
    assertEquals("istanbul", PythonText.lower("ISTANBUL"));
  }

  @Test
  void reprIsPythonsShortestRoundTrip() {
    // Python: repr(100.00000000000004), repr(0.1), repr(1e-05), repr(1e16), repr(2.0e-3),
    // repr(100.0), repr(1/3)
    assertEquals("100.00000000000004", PyFormat.repr(100.00000000000004));
    assertEquals("0.1", PyFormat.repr(0.1));
    assertEquals("1e-05", PyFormat.repr(1e-5));
    assertEquals("1e+16", PyFormat.repr(1e16));
    assertEquals("0.002", PyFormat.repr(2.0e-3));
    assertEquals("100.0", PyFormat.repr(100.0));
    assertEquals("0.3333333333333333", PyFormat.repr(1.0 / 3));
    assertEquals("13.600000000000001", PyFormat.repr(100 * (17.0 / 125)));
  }

  @Test
  void reprAlwaysReadsBackToTheSameDouble() {
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < 20000; i++) {
      double x = r.nextDouble() * Math.pow(10, r.nextInt(8) - 3);
      assertEquals(x, Double.parseDouble(PyFormat.repr(x)), 0.0);
    }
  }

  @Test
  void fixedRoundsTheExactBinaryValue() {
    // Python: f'{0.15:.1f}' == '0.1' (0.15 is 0.1499999...), f'{2.675:.2f}' == '2.67',
    // f'{0.125:.2f}' == '0.12'
    assertEquals("0.1", PyFormat.fixed(0.15, 1));
    assertEquals("2.67", PyFormat.fixed(2.675, 2));
    assertEquals("0.12", PyFormat.fixed(0.125, 2));
  }
}
