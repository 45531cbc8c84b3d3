package io.translationworkbench.review;

import io.translationworkbench.PairReport;
import io.translationworkbench.align.AlignedPairResult;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.segment.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the interactive review shows for one flag: the flag, its machine sentence, where the flag
 * lies in that sentence, and the aligned human sentence. Built by the pipeline.
 *
 * @param flag the flag
 * @param sentence the machine sentence's text, or null for document-level flags (then the matched
 *     text is shown)
 * @param spanStart start of the flagged text in {@code sentence} (UTF-16 offset), 0 when there is
 *     no sentence
 * @param spanEnd end (exclusive) of the flagged text in {@code sentence}
 * @param humanMatch the aligned human sentence(s), or null when the machine sentence has no human
 *     counterpart
 */
public record ReviewItem(
    Flag flag, String sentence, int spanStart, int spanEnd, String humanMatch) {
  public ReviewItem {
    Objects.requireNonNull(flag, "flag");
    int length = sentence == null ? 0 : sentence.length();
    if (spanStart < 0 || spanEnd < spanStart || spanEnd > length) {
      throw new IllegalArgumentException(
          "span [" + spanStart + ", " + spanEnd + ") outside a sentence of length " + length);
    }
  }

  /** An item for a flag without a sentence (document-level). */
  public static ReviewItem documentLevel(Flag flag) {
    return new ReviewItem(flag, null, 0, 0, null);
  }

  /**
   * One item per flag of {@code report}, in the report's order: the flag with its machine sentence,
   * its span in that sentence and the aligned human text.
   */
  public static List<ReviewItem> of(PairReport report) {
    Map<String, Sentence> byId = new HashMap<>();
    report.sentences().forEach(s -> byId.put(s.id(), s));
    Map<String, String> humanMatch = new HashMap<>();
    for (AlignedPairResult p : report.alignment().pairs()) {
      String human =
          p.humanIds().stream().map(id -> byId.get(id).text()).collect(Collectors.joining(" "));
      p.machineIds().forEach(id -> humanMatch.put(id, human));
    }
    List<ReviewItem> items = new ArrayList<>();
    for (ReviewedFlag rf : report.flags()) {
      Flag f = rf.flag();
      Sentence s = f.sentenceId() == null ? null : byId.get(f.sentenceId());
      if (s == null) {
        items.add(documentLevel(f));
      } else {
        int from = Math.max(0, f.span().start() - s.span().start());
        int to = Math.min(s.text().length(), Math.max(from, f.span().end() - s.span().start()));
        items.add(new ReviewItem(f, s.text(), from, to, humanMatch.get(s.id())));
      }
    }
    return items;
  }
}
