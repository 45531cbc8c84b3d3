package io.translationworkbench.gate;

import io.translationworkbench.InputException;
import io.translationworkbench.LineIndex;
import io.translationworkbench.PairAnalyzer;
import io.translationworkbench.PairReport;
import io.translationworkbench.Side;
import io.translationworkbench.TestReports;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.align.AlignmentSection;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.review.ReviewFile;
import io.translationworkbench.review.TestFlags;
import io.translationworkbench.segment.Sentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stands in for the pipeline: reads {@code machine.fr.txt} (a version of {@link TestFlags#MACHINE},
 * one sentence a line), finds the four sample findings in it, with fingerprints that follow each
 * sentence's text, and applies the pair's review.json as the pipeline does.
 */
public final class StubPairAnalyzer implements PairAnalyzer {
  /** What the stub reports as the human match of every flag. */
  public static final String HUMAN =
      "Les responsables chinois craignent que la vente forcée ne les fasse paraître faibles.";

  /**
   * Writes a pair directory {@code articles/<id>} under {@code root} with the given machine text.
   */
  public static Path writePair(Path root, String id, String machineText) throws IOException {
    Path dir = root.resolve("articles").resolve(id);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("machine.fr.txt"), machineText, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("human.fr.txt"), HUMAN + "\n", StandardCharsets.UTF_8);
    return dir;
  }

  @Override
  public PairReport analyze(Path pairDir) {
    Path machine = pairDir.resolve("machine.fr.txt");
    String text;
    try {
      text = Files.readString(machine, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(machine, "cannot read: " + e.getMessage());
    }
    LineIndex index = new LineIndex(text);
    List<Sentence> sentences = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int start = 0;
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isEmpty()) {
        sentences.add(
            new Sentence(
                "m" + (i + 1),
                Side.MACHINE,
                i,
                i,
                index.span(start, start + lines[i].length()),
                lines[i]));
      }
      start += lines[i].length() + 1;
    }
    sentences.add(
        new Sentence("h1", Side.HUMAN, 0, 0, new LineIndex(HUMAN).span(0, HUMAN.length()), HUMAN));
    List<Flag> flags = TestFlags.sampleFlags(text);
    // every sentence but the untranslated one has the human sentence as counterpart
    List<AlignedPairResult> pairs = new ArrayList<>();
    for (Flag f : flags) {
      if (!f.kind().id().equals("untranslated")) {
        pairs.add(
            new AlignedPairResult(
                List.of(f.sentenceId()),
                List.of("h1"),
                0.5,
                Map.of(),
                Map.of(),
                Map.of(),
                "",
                List.of()));
      }
    }
    int words = text.split("\\s+").length;
    return TestReports.report(
        pairDir.getFileName().toString(),
        machine.toString(),
        flags,
        ReviewFile.load(ReviewFile.pathIn(pairDir)).decisions(),
        words,
        14,
        3,
        1,
        30.0,
        List.of(),
        sentences,
        new AlignmentSection("test", pairs, List.of(), List.of()));
  }

  /** An analyzer that fails the way a pipeline bug would. */
  public static PairAnalyzer broken() {
    return dir -> {
      throw new UncheckedIOException(new IOException("pipeline exploded"));
    };
  }
}
