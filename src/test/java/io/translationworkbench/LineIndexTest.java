package io.translationworkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class LineIndexTest {
  // offsets:     a=0 b=1 \n=2 c=3 d=4 \n=5, then the empty last line starts at 6 (= length)
  private static final String TEXT = "ab\ncd\n";
  private final LineIndex index = new LineIndex(TEXT);

  private static void assertStart(Span s, int line, int column) {
    assertEquals(line + ":" + column, s.line() + ":" + s.column());
  }

  @Test
  void firstCharacterIsLineOneColumnOne() {
    assertStart(index.span(0, 1), 1, 1);
  }

  @Test
  void columnsCountWithinTheLine() {
    assertStart(index.span(1, 1), 1, 2);
    // the newline itself belongs to the line it ends
    assertStart(index.span(2, 2), 1, 3);
  }

  @Test
  void characterAfterNewlineStartsTheNextLine() {
    assertStart(index.span(3, 4), 2, 1);
    assertStart(index.span(4, 5), 2, 2);
  }

  @Test
  void lastCharacterOfTheText() {
    Span s = index.span(5, 6);
    assertStart(s, 2, 3);
    assertEquals(3, s.endLine());
    assertEquals(1, s.endColumn());
  }

  @Test
  void endOfTextAfterFinalNewlineIsAnEmptyLastLine() {
    Span s = index.span(6, 6);
    assertStart(s, 3, 1);
    assertEquals(0, s.length());
  }

  @Test
  void spanAcrossLinesHasBothEnds() {
    Span s = index.span(1, 4); // "b\nc"
    assertEquals(new Span(1, 4, 1, 2, 2, 2), s);
  }

  @Test
  void emptyTextHasOneLine() {
    assertEquals(new Span(0, 0, 1, 1, 1, 1), new LineIndex("").span(0, 0));
  }

  @Test
  void manyLinesAreIndexed() {
    String text = "x\n".repeat(40); // more lines than the index's initial capacity
    LineIndex many = new LineIndex(text);
    for (int k = 0; k < 40; k++) {
      assertStart(many.span(2 * k, 2 * k + 1), k + 1, 1);
    }
    assertStart(many.span(80, 80), 41, 1);
  }

  @Test
  void columnsAreUtf16CodeUnits() {
    // U+1F600 takes two UTF-16 code units, so 'z' after it is column 3
    String text = "\uD83D\uDE00z";
    assertStart(new LineIndex(text).span(2, 3), 1, 3);
  }

  // "été x" / "Café y" with every accent decomposed, as a Mac or a web form may save them
  private static final String RECEIVED = "e\u0301te\u0301 x\nCafe\u0301 y";
  private static final String NFC = Normalizer.normalize(RECEIVED, Normalizer.Form.NFC);

  @Test
  void columnsCountTheTextAsReceivedAfterDecomposedAccents() {
    assertEquals("\u00e9t\u00e9 x\nCaf\u00e9 y", NFC);
    LineIndex received = new LineIndex(NFC, RECEIVED);
    int x = NFC.indexOf('x');
    Span s = received.span(x, x + 1);
    // offsets stay in the normalised text; the column is where 'x' stands in the file
    assertEquals(x, s.start());
    assertEquals(4, x);
    assertStart(s, 1, 7);
    // the next line starts again at column 1 and counts its own decomposed accent
    int y = NFC.indexOf('y');
    assertStart(received.span(y, y + 1), 2, 7);
    // without the text as received, columns would drift by one per accent
    assertStart(new LineIndex(NFC).span(x, x + 1), 1, 5);
  }

  @Test
  void aSpanOverADecomposedWordCoversItWholeAsReceived() {
    Span ete = new LineIndex(NFC, RECEIVED).span(0, 3);
    assertEquals(1, ete.column());
    // "e\u0301te\u0301" is five code units in the file
    assertEquals(6, ete.endColumn());
    int cafe = NFC.indexOf("Caf");
    Span word = new LineIndex(NFC, RECEIVED).span(cafe, cafe + 4);
    assertEquals(2, word.line());
    assertEquals(1, word.column());
    assertEquals(6, word.endColumn());
  }

  @Test
  void hangulJamoAndSupplementaryCharactersCountAsReceived() {
    // three jamo make one syllable under NFC; the emoji is two code units either way
    String received = "\u1100\u1161\u11a8 \uD83D\uDE00 a\u0323\u0307 z";
    String nfc = Normalizer.normalize(received, Normalizer.Form.NFC);
    LineIndex index = new LineIndex(nfc, received);
    int z = nfc.indexOf('z');
    assertStart(index.span(z, z + 1), 1, received.indexOf('z') + 1);
  }

  @Test
  void aTextThatIsNotTheNfcOfTheReceivedOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LineIndex("abc", "abd\u0301"));
  }

  @Test
  void negativeStartThrows() {
    assertThrows(IllegalArgumentException.class, () -> index.span(-1, 0));
  }

  @Test
  void endBeyondTextThrows() {
    assertThrows(IllegalArgumentException.class, () -> index.span(0, 7));
  }

  @Test
  void endBeforeStartThrows() {
    assertThrows(IllegalArgumentException.class, () -> index.span(3, 2));
  }
}
