package io.translationworkbench.segment;

import io.translationworkbench.InputException;
import io.translationworkbench.LineIndex;
import io.translationworkbench.Side;
import io.translationworkbench.Span;
import io.translationworkbench.Texts;
import io.translationworkbench.config.LimitsConfig;
import io.translationworkbench.ingest.IngestedText;
import io.translationworkbench.ingest.Paragraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.languagetool.Languages;
import org.languagetool.tokenizers.SentenceTokenizer;

/**
 * French sentence segmentation with LanguageTool's SRX segmenter (the only class using it), applied
 * to body text only: excluded spans (credits, foreign paragraphs, duplicates) are cut out and glued
 * sentences are split first.
 */
public final class Segmenter {
  private final SentenceTokenizer tokenizer;

  public Segmenter() {
    this.tokenizer = Languages.getLanguageForShortCode("fr").getSentenceTokenizer();
  }

  /**
   * The body units of a text: its sentences, or its lines for line-aligned input; a text with none
   * left is an input error.
   */
  public List<Sentence> body(IngestedText doc, boolean byLine) {
    return body(doc, byLine, LimitsConfig.DEFAULT);
  }

  /** The body units, refused with one line naming the file when over {@code limits}. */
  public List<Sentence> body(IngestedText doc, boolean byLine, LimitsConfig limits) {
    List<Sentence> units = byLine ? lines(doc) : segment(doc);
    if (units.isEmpty()) {
      throw new InputException(
          doc.source().path(), "no French body text left after removing credits and foreign text");
    }
    requireWithinLimits(limits, doc, units);
    return units;
  }

  /**
   * A text with more body sentences than {@link LimitsConfig#maxSentences}, a sentence with more
   * words than {@link LimitsConfig#maxSentenceWords}, or more words than {@link
   * LimitsConfig#maxWords} in all, is an input error naming its file: the work of a pair
   * (LanguageTool, the aligner, the metrics) grows with them, some of it faster than linearly.
   */
  private static void requireWithinLimits(
      LimitsConfig limits, IngestedText text, List<Sentence> sentences) {
    Path file = text.source().path();
    if (sentences.size() > limits.maxSentences()) {
      throw new InputException(
          file,
          String.format(
              Locale.ROOT,
              "%,d sentences, more than the limit of %,d (limits.maxSentences in workbench.json):"
                  + " far longer than a newsroom article; split the text, or raise the limit",
              sentences.size(),
              limits.maxSentences()));
    }
    long total = 0;
    for (Sentence s : sentences) {
      int words = Words.count(s.text());
      total += words;
      if (words > limits.maxSentenceWords()) {
        throw new InputException(
            file,
            String.format(
                Locale.ROOT,
                "the sentence at line %d has %,d words, more than the limit of %,d"
                    + " (limits.maxSentenceWords in workbench.json): probably text without sentence"
                    + " punctuation; fix the text, or raise the limit",
                s.span().line(),
                words,
                limits.maxSentenceWords()));
      }
    }
    if (total > limits.maxWords()) {
      throw new InputException(
          file,
          String.format(
              Locale.ROOT,
              "%,d words, more than the limit of %,d (limits.maxWords in workbench.json): far"
                  + " longer than a newsroom article; split the text, or raise the limit",
              total,
              limits.maxWords()));
    }
  }

  /** The stage's part of the signature. */
  public static Map<String, String> signature() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("segmenter", "LanguageTool SRX (fr)");
    params.put(
        "sentenceIds", "side letter + first 10 hex of SHA-256 of the space-collapsed sentence");
    return params;
  }

  /** The body sentences of a text, in order, with stable ids. */
  public List<Sentence> segment(IngestedText doc) {
    return collect(
        doc,
        p -> {
          List<int[]> ranges = new ArrayList<>();
          for (int[] piece : pieces(p.span(), doc.excluded(), doc.breaks())) {
            int offset = piece[0];
            for (String raw : tokenizer.tokenize(doc.text().substring(piece[0], piece[1]))) {
              ranges.add(new int[] {offset, offset + raw.length()});
              offset += raw.length();
            }
          }
          return ranges;
        });
  }

  /**
   * One unit per body line, for line-aligned input (a test set where line i translates line i): no
   * sentence splitting, credits and other excluded spans still left out.
   */
  public List<Sentence> lines(IngestedText doc) {
    return collect(
        doc,
        p -> {
          List<int[]> parts = pieces(p.span(), doc.excluded(), List.of());
          return parts.isEmpty()
              ? List.of()
              : List.of(new int[] {parts.get(0)[0], parts.get(parts.size() - 1)[1]});
        });
  }

  /** Sentences from the ranges each body paragraph yields, trimmed, with stable ids. */
  private static List<Sentence> collect(
      IngestedText doc, Function<Paragraph, List<int[]>> rangesOf) {
    String text = doc.text();
    LineIndex index = doc.lineIndex();
    Side side = doc.source().side();
    List<Sentence> out = new ArrayList<>();
    Map<String, Integer> occurrences = new HashMap<>();
    for (Paragraph p : doc.bodyParagraphs()) {
      for (int[] range : rangesOf.apply(p)) {
        int s = range[0];
        int e = range[1];
        while (s < e && Texts.isSpace(text.charAt(s))) {
          s++;
        }
        while (e > s && Texts.isSpace(text.charAt(e - 1))) {
          e--;
        }
        if (e <= s) {
          continue;
        }
        String sentence = text.substring(s, e);
        String base = side.label().charAt(0) + "-" + hash(sentence);
        int n = occurrences.merge(base, 1, Integer::sum);
        String id = n == 1 ? base : base + "-" + n;
        out.add(new Sentence(id, side, out.size(), p.index(), index.span(s, e), sentence));
      }
    }
    return List.copyOf(out);
  }

  /** The parts of a paragraph left after removing excluded spans and cutting at glue breaks. */
  static List<int[]> pieces(Span paragraph, List<Span> excluded, List<Integer> breaks) {
    List<int[]> parts = new ArrayList<>();
    parts.add(new int[] {paragraph.start(), paragraph.end()});
    for (Span x : excluded) {
      List<int[]> next = new ArrayList<>();
      for (int[] part : parts) {
        if (x.end() <= part[0] || x.start() >= part[1]) {
          next.add(part);
          continue;
        }
        if (x.start() > part[0]) {
          next.add(new int[] {part[0], x.start()});
        }
        if (x.end() < part[1]) {
          next.add(new int[] {x.end(), part[1]});
        }
      }
      parts = next;
    }
    for (int b : breaks) {
      List<int[]> next = new ArrayList<>();
      for (int[] part : parts) {
        if (b > part[0] && b < part[1]) {
          next.add(new int[] {part[0], b});
          next.add(new int[] {b, part[1]});
        } else {
          next.add(part);
        }
      }
      parts = next;
    }
    return parts;
  }

  /** First 10 hex digits of SHA-256 over the sentence with runs of whitespace collapsed. */
  static String hash(String sentence) {
    return Texts.sha256Hex(Texts.collapseSpaces(sentence), 5);
  }
}
