package io.translationworkbench.align;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The TikTok sample pair, cleaned and split as the brief describes (a stand-in for the real ingest
 * and segmenter).
 */
final class SamplePair {
  private SamplePair() {}

  static final Path DIR = Path.of("articles", "tiktok-bytedance-2020-09");

  /** Machine body sentences: English disclaimer dropped, glued heading split before "D’autre". */
  static List<AlignUnit> machine() throws IOException {
    String text = Files.readString(DIR.resolve("machine.fr.txt"), StandardCharsets.UTF_8);
    List<String> paragraphs = new ArrayList<>(List.of(text.strip().split("\\R")));
    // the last paragraph is the English disclaimer
    if (!paragraphs.get(paragraphs.size() - 1).startsWith("The English")) {
      throw new IllegalStateException("unexpected last paragraph");
    }
    paragraphs.remove(paragraphs.size() - 1);
    String body = String.join("\n", paragraphs).replace("sociétéD’autre", "société D’autre");
    List<String> sentences = new ArrayList<>();
    for (String paragraph : body.split("\\R")) {
      for (String s : paragraph.strip().split("(?<=[.!?])\\s+")) {
        // the heading has no full stop: split it off by hand
        int glued = s.indexOf("société D’autre");
        if (glued >= 0) {
          sentences.add(s.substring(0, glued + "société".length()));
          sentences.add(s.substring(glued + "société ".length()));
        } else {
          sentences.add(s);
        }
      }
    }
    return units("m", sentences);
  }

  /** Human body sentences: the duplicated second paragraph dropped. */
  static List<AlignUnit> human() throws IOException {
    String text = Files.readString(DIR.resolve("human.fr.txt"), StandardCharsets.UTF_8);
    String[] paragraphs = text.strip().split("\\R\\s*\\R");
    if (paragraphs.length != 2 || !paragraphs[0].strip().equals(paragraphs[1].strip())) {
      throw new IllegalStateException("expected the same paragraph twice");
    }
    return units("h", List.of(paragraphs[0].strip().split("(?<=[.!?])\\s+")));
  }

  private static List<AlignUnit> units(String prefix, List<String> sentences) {
    List<AlignUnit> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      out.add(new AlignUnit(prefix + (i + 1), sentences.get(i)));
    }
    return out;
  }
}
