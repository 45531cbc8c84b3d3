package io.translationworkbench.gate;

import io.translationworkbench.InputException;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.review.ReviewItem;
import io.translationworkbench.review.TestFlags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for the pipeline: reads {@code machine.fr.txt} (a version of {@link TestFlags#MACHINE})
 * and finds the four sample findings in it, with fingerprints that follow each sentence's text.
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
  public PairAnalysis analyze(Path pairDir) {
    Path machine = pairDir.resolve("machine.fr.txt");
    String text;
    try {
      text = Files.readString(machine, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(machine, "cannot read: " + e.getMessage());
    }
    List<ReviewItem> items = new ArrayList<>();
    for (Flag f : TestFlags.sampleFlags(text)) {
      items.add(TestFlags.item(text, f, f.kind().id().equals("untranslated") ? null : HUMAN));
    }
    int words = text.split("\\s+").length;
    return new PairAnalysis(
        pairDir.getFileName().toString(), machine, items, words, 14, 3, 1, 30.0);
  }

  /** An analyzer that fails the way a pipeline bug would. */
  public static PairAnalyzer broken() {
    return dir -> {
      throw new UncheckedIOException(new IOException("pipeline exploded"));
    };
  }
}
