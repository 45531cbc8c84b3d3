package io.translationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.TestTexts;
import io.translationworkbench.Workbench;
import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.review.Correction;
import io.translationworkbench.review.ReviewFile;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code review PAIR --export-corrected FILE|-}: the sample's machine text with a reviewer's
 * correction in place of its sentence; the expected text is the file as received with that one
 * sentence replaced by plain string replacement (the sample is LF and NFC already).
 */
class ExportCorrectedTest {
  static final String SENTENCE =
      "ByteDance lui-même a entamé des pourparlers pour vendre ses activités TikTok aux"
          + " États-Unis à Microsoft et Oracle.";
  static final String CORRECTED =
      "ByteDance a elle-même entamé des pourparlers avec Microsoft et Oracle pour vendre ses"
          + " activités américaines.";

  @TempDir Path root;

  @Test
  void theCorrectedTextGoesToAFileOrStandardOutput() throws Exception {
    Path pair = TestTexts.copySample(root.resolve("articles/sample"));
    ReviewFile.update(
        ReviewFile.pathIn(pair),
        now -> now.with(new Correction(SENTENCE, CORRECTED, "ed", "2026-11-30")));
    String original = Files.readString(pair.resolve(TestTexts.MACHINE), StandardCharsets.UTF_8);
    String expected = original.replace(SENTENCE, CORRECTED);
    assertTrue(!expected.equals(original));

    Path out = root.resolve("out/corrected.txt");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    try (Workbench wb = new Workbench(null, AlignerParams.defaults(), (Path) null)) {
      int code =
          Main.run(
              new String[] {"review", pair.toString(), "--export-corrected", out.toString()},
              new PrintWriter(stdout),
              new PrintWriter(stderr),
              new ByteArrayInputStream(new byte[0]),
              cfg -> wb);
      assertEquals(0, code, stderr.toString());
      assertEquals(expected, Files.readString(out, StandardCharsets.UTF_8));

      StringWriter piped = new StringWriter();
      code =
          Main.run(
              new String[] {"review", pair.toString(), "--export-corrected", "-"},
              new PrintWriter(piped),
              new PrintWriter(stderr),
              new ByteArrayInputStream(new byte[0]),
              cfg -> wb);
      assertEquals(0, code, stderr.toString());
      assertEquals(expected, piped.toString());
    }
  }
}
