package io.translationworkbench.grammar;

import io.translationworkbench.Span;
import io.translationworkbench.ingest.IngestedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;

/**
 * One text as LanguageTool is given it: text to check and markup that is not checked (an excluded
 * span) or is read as something else (a line break read as a blank line). The same parts become an
 * {@code AnnotatedText} in this JVM or the {@code data} annotation of a LanguageTool server's
 * {@code POST /v2/check}; offsets of matches refer to the whole text, markup included.
 *
 * @param parts the text in order
 */
public record LtText(List<Part> parts) {
  public LtText {
    parts = List.copyOf(parts);
  }

  /**
   * A piece of the text.
   *
   * @param text the characters of the original text
   * @param markup whether LanguageTool skips them
   * @param interpretAs for markup: what LanguageTool sees in its place ("" for nothing)
   */
  public record Part(String text, boolean markup, String interpretAs) {
    static Part text(String t) {
      return new Part(t, false, null);
    }

    static Part markup(String t, String as) {
      return new Part(t, true, as);
    }

    /** How many characters LanguageTool sees for this part. */
    int plainLength() {
      return markup ? interpretAs.length() : text.length();
    }
  }

  /** The original text, markup included: what offsets refer to. */
  public String original() {
    StringBuilder sb = new StringBuilder();
    for (Part p : parts) {
      sb.append(p.text());
    }
    return sb.toString();
  }

  /** The length of the text LanguageTool checks (markup replaced by what it is read as). */
  public int plainLength() {
    int n = 0;
    for (Part p : parts) {
      n += p.plainLength();
    }
    return n;
  }

  /** LanguageTool's own form of the same text. */
  public AnnotatedText toAnnotatedText() {
    AnnotatedTextBuilder b = new AnnotatedTextBuilder();
    for (Part p : parts) {
      if (p.markup()) {
        b.addMarkup(p.text(), p.interpretAs());
      } else {
        b.addText(p.text());
      }
    }
    return b.build();
  }

  /**
   * Body text as LanguageTool sees it: excluded spans become markup, glue points become paragraph
   * breaks.
   */
  public static LtText of(IngestedText doc) {
    String text = doc.text();
    record Cut(int start, int end, String as) {}
    List<Cut> cuts = new ArrayList<>();
    for (Span x : doc.excluded()) {
      cuts.add(new Cut(x.start(), x.end(), ""));
    }
    for (int b : doc.breaks()) {
      cuts.add(new Cut(b, b, "\n\n"));
    }
    cuts.sort(Comparator.comparingInt(Cut::start).thenComparingInt(Cut::end));
    List<Part> parts = new ArrayList<>();
    int pos = 0;
    for (Cut c : cuts) {
      int start = Math.max(c.start, pos);
      if (start > pos) {
        addLines(parts, text.substring(pos, start));
      }
      int end = Math.max(c.end, start);
      parts.add(Part.markup(text.substring(start, end), c.as));
      pos = end;
    }
    if (pos < text.length()) {
      addLines(parts, text.substring(pos));
    }
    return new LtText(parts);
  }

  /**
   * A line break ends a paragraph: a headline or a line without final punctuation must not run into
   * the next line ("… devient 59⏎Il …"), so LanguageTool sees each line break as a blank line.
   */
  private static void addLines(List<Part> parts, String chunk) {
    int from = 0;
    for (int nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
      if (nl > from) {
        parts.add(Part.text(chunk.substring(from, nl)));
      }
      parts.add(Part.markup("\n", "\n\n"));
      from = nl + 1;
    }
    if (from < chunk.length()) {
      parts.add(Part.text(chunk.substring(from)));
    }
  }
}
