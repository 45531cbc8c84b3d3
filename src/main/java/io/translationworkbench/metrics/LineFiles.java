package io.translationworkbench.metrics;

import io.translationworkbench.InputException;
import io.translationworkbench.InputFiles;
import io.translationworkbench.Texts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Line-aligned text files read the way sacreBLEU's command line reads them. */
final class LineFiles {
  private LineFiles() {}

  /**
   * Lines as sacreBLEU's CLI reads them: strict UTF-8 with any BOM kept, LF-only line ends, each
   * line rstripped of Python whitespace (which also removes a CR).
   */
  static List<String> read(Path file) {
    String content = Texts.decodeUtf8(file, InputFiles.read(file, InputFiles.Kind.SCORE));
    List<String> lines = PythonText.lines(content);
    lines.replaceAll(PythonText::rstrip);
    return lines;
  }

  /**
   * The hypothesis files, each with at least one line and all with as many lines as the first.
   * Every file is read before any line count is compared, as the command always did.
   */
  static List<List<String>> readHypotheses(List<Path> files) {
    List<List<String>> systems = new ArrayList<>();
    for (Path h : files) {
      List<String> lines = read(h);
      if (lines.isEmpty()) {
        throw new InputException(h, "the hypothesis file has no lines");
      }
      systems.add(lines);
    }
    return systems;
  }

  /**
   * Reference streams ({@code streams.get(k).get(i)}: reference {@code k} of line {@code i}): one
   * per file, or {@code numRefs} tab-separated fields of the single file, as sacreBLEU's {@code
   * --num-refs}.
   */
  static List<List<String>> readReferences(List<Path> files, int numRefs) {
    List<List<String>> streams = new ArrayList<>();
    if (numRefs == 1) {
      for (Path r : files) {
        streams.add(read(r));
      }
      return streams;
    }
    for (int k = 0; k < numRefs; k++) {
      streams.add(new ArrayList<>());
    }
    List<String> lines = read(files.get(0));
    for (int i = 0; i < lines.size(); i++) {
      String[] fields = lines.get(i).split("\t", numRefs);
      if (fields.length != numRefs) {
        throw new InputException(
            files.get(0),
            "line "
                + (i + 1)
                + ": expected "
                + numRefs
                + " tab-separated references, found "
                + fields.length);
      }
      for (int k = 0; k < numRefs; k++) {
        streams.get(k).add(fields[k]);
      }
    }
    return streams;
  }

  /**
   * Checks every system and every reference stream has as many lines as the first system; a
   * mismatch names the file (for tab-separated references, the single reference file).
   */
  static void requireAligned(
      List<Path> hypothesisFiles,
      List<List<String>> systems,
      List<Path> referenceFiles,
      List<List<String>> referenceStreams) {
    int segments = systems.get(0).size();
    for (int s = 0; s < systems.size(); s++) {
      if (systems.get(s).size() != segments) {
        throw new InputException(
            hypothesisFiles.get(s),
            "has "
                + systems.get(s).size()
                + " lines but "
                + hypothesisFiles.get(0)
                + " has "
                + segments);
      }
    }
    for (int k = 0; k < referenceStreams.size(); k++) {
      if (referenceStreams.get(k).size() != segments) {
        Path p = referenceFiles.get(Math.min(k, referenceFiles.size() - 1));
        throw new InputException(
            p,
            "has "
                + referenceStreams.get(k).size()
                + " lines but the hypothesis has "
                + segments
                + " lines");
      }
    }
  }
}
