package io.translationworkbench.ingest;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Language of a paragraph, through the optimaize detector that LanguageTool already ships (the only
 * class touching it). Restricted to the languages a newsroom meets here (French, the English of
 * disclaimers, the Indonesian source, and a few neighbours) because a small profile set is both
 * faster and less error-prone on short text.
 */
public final class LanguageIdentifier {
  /** Languages the detector can answer. */
  public static final List<String> LANGUAGES =
      List.of("fr", "en", "id", "nl", "de", "es", "it", "pt");

  private final LanguageDetector detector;

  public LanguageIdentifier() {
    List<LdLocale> locales = new ArrayList<>();
    for (String l : LANGUAGES) {
      locales.add(LdLocale.fromString(l));
    }
    try {
      List<LanguageProfile> profiles = new LanguageProfileReader().readBuiltIn(locales);
      detector =
          LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
    } catch (IOException e) {
      throw new UncheckedIOException("language profiles missing from the classpath", e);
    }
  }

  /** The most probable language and its probability; "und" with 0 when the detector cannot tell. */
  public Guess identify(String text) {
    List<DetectedLanguage> probs =
        detector.getProbabilities(
            CommonTextObjectFactories.forDetectingOnLargeText().forText(text));
    if (probs.isEmpty()) {
      return new Guess("und", 0.0);
    }
    DetectedLanguage best = probs.get(0);
    return new Guess(
        best.getLocale().getLanguage().toLowerCase(Locale.ROOT), best.getProbability());
  }

  /**
   * The detector's probability that {@code text} is in {@code language} (ISO 639-1); 0 when the
   * detector does not consider it.
   */
  public double probabilityOf(String text, String language) {
    for (DetectedLanguage d :
        detector.getProbabilities(
            CommonTextObjectFactories.forDetectingOnLargeText().forText(text))) {
      if (d.getLocale().getLanguage().equalsIgnoreCase(language)) {
        return d.getProbability();
      }
    }
    return 0.0;
  }

  /** A detected language (ISO 639-1) with its probability in [0, 1]. */
  public record Guess(String language, double probability) {}
}
