package io.translationworkbench.review;

import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The flags of one machine sentence, shown together under that sentence; a document-level flag (no
 * sentence) is a card of its own. The one grouping and order that every report, the JSON {@code
 * sentenceCards} and the interactive review share.
 *
 * @param sentenceId the machine sentence's id, or null for a document-level card (one flag)
 * @param items the card's flags (or what wraps them), most severe first, then text order
 * @param <T> a flag, or what wraps one ({@link ReviewedFlag}, {@link ReviewItem})
 */
public record SentenceCard<T>(String sentenceId, List<T> items) {
  public SentenceCard {
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a card holds at least one flag");
    }
    if (sentenceId == null && items.size() != 1) {
      throw new IllegalArgumentException("a document-level card holds one flag");
    }
  }

  /** Whether the card is a document-level flag rather than a sentence. */
  public boolean documentLevel() {
    return sentenceId == null;
  }

  /**
   * Groups {@code items} into cards: one per machine sentence, one per document-level flag. Flags
   * in a card: in the one order of flags ({@link FlagOrder}). Cards: by their most severe flag,
   * then by the text position of their first flag in the text, then by that flag's fingerprint.
   * Independent of the order of {@code items}.
   */
  public static <T> List<SentenceCard<T>> group(Collection<T> items, Function<T, Flag> flagOf) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(flagOf, FlagOrder.ORDER));
    Map<String, List<T>> bySentence = new LinkedHashMap<>();
    List<SentenceCard<T>> cards = new ArrayList<>();
    for (T t : sorted) {
      String id = flagOf.apply(t).sentenceId();
      if (id == null) {
        cards.add(new SentenceCard<>(null, List.of(t)));
      } else {
        bySentence.computeIfAbsent(id, k -> new ArrayList<>()).add(t);
      }
    }
    bySentence.forEach((id, list) -> cards.add(new SentenceCard<>(id, list)));
    Comparator<SentenceCard<T>> cardOrder =
        Comparator.comparing((SentenceCard<T> c) -> flagOf.apply(c.items().get(0)).severity())
            .thenComparingInt(c -> firstStart(c, flagOf))
            .thenComparing(c -> flagOf.apply(c.items().get(0)).fingerprint());
    cards.sort(cardOrder);
    return List.copyOf(cards);
  }

  /** Cards of reviewed flags, as the reports show them. */
  public static List<SentenceCard<ReviewedFlag>> ofReviewed(Collection<ReviewedFlag> flags) {
    return group(flags, ReviewedFlag::flag);
  }

  private static <T> int firstStart(SentenceCard<T> c, Function<T, Flag> flagOf) {
    int min = Integer.MAX_VALUE;
    for (T t : c.items()) {
      min = Math.min(min, flagOf.apply(t).span().start());
    }
    return min;
  }

  /**
   * How many flags there are and where, in words: "1 flag on 1 sentence", "12 flags on 7
   * sentences", "14 flags: 12 on 7 sentences, 2 document-level", "2 flags, document-level", "no
   * flags".
   */
  public static String tally(List<? extends SentenceCard<?>> cards) {
    int flags = cards.stream().mapToInt(c -> c.items().size()).sum();
    return flags == 0 ? "no flags" : flags + (flags == 1 ? " flag" : " flags") + placement(cards);
  }

  /**
   * Where the flags of {@code cards} are, to follow their count: " on 7 sentences", ": 12 on 7
   * sentences, 2 document-level", ", document-level", or "" when there is no card.
   */
  public static String placement(List<? extends SentenceCard<?>> cards) {
    int sentences = 0;
    int onSentences = 0;
    int documentLevel = 0;
    for (SentenceCard<?> c : cards) {
      if (c.documentLevel()) {
        documentLevel++;
      } else {
        sentences++;
        onSentences += c.items().size();
      }
    }
    if (sentences == 0) {
      return documentLevel == 0 ? "" : ", document-level";
    }
    String on = " on " + sentences + (sentences == 1 ? " sentence" : " sentences");
    return documentLevel == 0
        ? on
        : ": " + onSentences + on + ", " + documentLevel + " document-level";
  }
}
