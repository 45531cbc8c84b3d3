package io.translationworkbench.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level diff of a machine sentence against its human match (the only class that uses
 * java-diff-utils, Myers' algorithm).
 *
 * <p>Words are runs of letters and digits (inner hyphens, "1,5" kept together), an elided article
 * with its apostrophe ("l’"), and single punctuation marks. Two words are equal when they are equal
 * after unifying apostrophes and no-break spaces; case counts, because a capital in the wrong place
 * is a difference a reviewer wants to see.
 */
public final class WordDiff {
  private static final Pattern WORD =
      Pattern.compile("\\p{L}+['’](?=\\p{L})|[\\p{L}\\p{N}]+(?:[-.,'’][\\p{L}\\p{N}]+)*|\\S");

  private WordDiff() {}

  /** The words of a sentence as the diff sees them. */
  public static List<String> words(String sentence) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * The diff of {@code machine} against {@code human}, as EQUAL / DELETE / INSERT / CHANGE steps in
   * text order.
   */
  public static List<WordDiffOp> diff(String machine, String human) {
    List<String> source = words(machine);
    List<String> target = words(human);
    List<AbstractDelta<String>> deltas =
        DiffUtils.diff(source, target, (a, b) -> key(a).equals(key(b))).getDeltas();
    List<WordDiffOp> out = new ArrayList<>();
    int s = 0;
    int t = 0;
    for (AbstractDelta<String> delta : deltas) {
      int sourceAt = delta.getSource().getPosition();
      int targetAt = delta.getTarget().getPosition();
      if (sourceAt > s) {
        out.add(
            new WordDiffOp(
                WordDiffOp.Kind.EQUAL, source.subList(s, sourceAt), target.subList(t, targetAt)));
      }
      List<String> removed = delta.getSource().getLines();
      List<String> added = delta.getTarget().getLines();
      WordDiffOp.Kind kind =
          removed.isEmpty()
              ? WordDiffOp.Kind.INSERT
              : added.isEmpty() ? WordDiffOp.Kind.DELETE : WordDiffOp.Kind.CHANGE;
      out.add(new WordDiffOp(kind, removed, added));
      s = sourceAt + removed.size();
      t = targetAt + added.size();
    }
    if (s < source.size()) {
      out.add(
          new WordDiffOp(
              WordDiffOp.Kind.EQUAL,
              source.subList(s, source.size()),
              target.subList(t, target.size())));
    }
    return List.copyOf(out);
  }

  /**
   * A compact one-line rendering: equal words as in the machine sentence, {@code [-machine words-]}
   * for words only in the machine sentence, {@code {+human words+}} for words only in the human
   * one, a change as both.
   */
  public static String render(List<WordDiffOp> ops) {
    List<String> parts = new ArrayList<>();
    for (WordDiffOp op : ops) {
      parts.add(
          switch (op.kind()) {
            case EQUAL -> join(op.machineWords());
            case DELETE -> "[-" + join(op.machineWords()) + "-]";
            case INSERT -> "{+" + join(op.humanWords()) + "+}";
            case CHANGE -> "[-" + join(op.machineWords()) + "-]{+" + join(op.humanWords()) + "+}";
          });
    }
    return String.join(" ", parts);
  }

  private static String key(String word) {
    return word.replace('’', '\'').replace('\u00a0', ' ');
  }

  private static String join(List<String> words) {
    return String.join(" ", words);
  }
}
