package io.translationworkbench.grammar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Languages;
import org.languagetool.tagging.Tagger;

/**
 * Whether LanguageTool's French dictionary knows a word, for stages that may not touch LanguageTool
 * themselves (ingest asks through a {@code Predicate<String>}).
 *
 * <p>The French tagger is LanguageTool's own, shared with every checker of the process;
 * LanguageTool itself calls it from several threads at once, so no lock is needed here.
 */
public final class FrenchWords {
  private FrenchWords() {}

  /** Loaded on first use: the French tagger costs a second or so the first time. */
  private static final class Holder {
    static final Tagger TAGGER = Languages.getLanguageForShortCode("fr").getTagger();
  }

  /**
   * True when the French tagger gives {@code word} at least one reading (in its own case or, for a
   * capitalised word, in lower case). A single word, without spaces; the typographic apostrophe is
   * read as {@code '}.
   */
  public static boolean isKnownFrench(String word) {
    if (word == null || word.isBlank()) {
      return false;
    }
    String w = word.strip().replace('’', '\'');
    try {
      List<AnalyzedTokenReadings> readings = Holder.TAGGER.tag(List.of(w));
      return !readings.isEmpty() && readings.get(0).isTagged();
    } catch (IOException e) {
      throw new UncheckedIOException("French tagger failed", e);
    }
  }
}
