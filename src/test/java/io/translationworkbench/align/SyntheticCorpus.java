package io.translationworkbench.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic parallel test set: French-like sentences from a generated vocabulary (seeded),
 * and for each a "machine" variant with realistic perturbations (word substitutions, deletions,
 * local reordering, apostrophe style).
 */
final class SyntheticCorpus {
  private static final String[] ONSETS = {
    "b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "ch", "tr", "pr", "gr", "pl",
    "br", "cl"
  };
  private static final String[] VOWELS = {
    "a", "e", "i", "o", "u", "é", "ou", "ai", "au", "eu", "è"
  };
  private static final String[] NOUN_ENDINGS = {
    "tion", "ment", "eur", "age", "ité", "ance", "isme", "ure", "oir"
  };
  private static final String[] ADJ_ENDINGS = {"ique", "al", "eux", "ible", "aire", "if", "ain"};
  private static final String[] VERB_ENDINGS = {"e", "ait", "ent", "era", "a"};
  private static final String[] DETERMINERS = {
    "le", "la", "les", "un", "une", "des", "ce", "cette", "son", "leur"
  };
  private static final String[] PREPOSITIONS = {
    "de", "à", "pour", "avec", "dans", "sur", "contre", "selon", "par"
  };
  private static final String[] LINKS = {
    "et", "mais", "car", "alors que", "tandis que", "parce que"
  };

  final List<String> human = new ArrayList<>();
  final List<String> machine = new ArrayList<>();

  private final Random random;
  private final List<String> nouns = new ArrayList<>();
  private final List<String> vowelNouns = new ArrayList<>();
  private final List<String> adjectives = new ArrayList<>();
  private final List<String> verbs = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  SyntheticCorpus(long seed, int lines) {
    random = new Random(seed);
    for (int i = 0; i < 400; i++) {
      nouns.add(word(1 + random.nextInt(2)) + pick(NOUN_ENDINGS));
    }
    for (int i = 0; i < 80; i++) {
      String onset = pick(VOWELS).replace("é", "e").replace("è", "e");
      vowelNouns.add(onset + word(1 + random.nextInt(2)) + pick(NOUN_ENDINGS));
    }
    for (int i = 0; i < 150; i++) {
      adjectives.add(word(1 + random.nextInt(2)) + pick(ADJ_ENDINGS));
    }
    for (int i = 0; i < 200; i++) {
      verbs.add(word(1 + random.nextInt(2)) + pick(VERB_ENDINGS));
    }
    for (int i = 0; i < 60; i++) {
      String w = word(2);
      names.add(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
    }
    for (int i = 0; i < lines; i++) {
      List<String> words = sentence();
      human.add(render(words, '\''));
      machine.add(render(perturb(words), random.nextBoolean() ? '\u2019' : '\''));
    }
  }

  /** The lines as units with ids prefix + line number from 0 ("m0", "m1", ...). */
  static List<AlignUnit> units(String prefix, List<String> lines) {
    List<AlignUnit> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add(new AlignUnit(prefix + i, lines.get(i)));
    }
    return out;
  }

  private String word(int syllables) {
    StringBuilder sb = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      sb.append(pick(ONSETS)).append(pick(VOWELS));
    }
    return sb.toString();
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }

  private List<String> nounPhrase() {
    List<String> out = new ArrayList<>();
    if (random.nextInt(4) == 0) {
      out.add("l'" + pick(vowelNouns));
    } else {
      out.add(pick(DETERMINERS));
      out.add(pick(nouns));
    }
    if (random.nextBoolean()) {
      out.add(pick(adjectives));
    }
    return out;
  }

  private List<String> clause() {
    List<String> out = new ArrayList<>(nounPhrase());
    out.add(pick(verbs));
    out.addAll(nounPhrase());
    if (random.nextBoolean()) {
      out.add(pick(PREPOSITIONS));
      out.addAll(nounPhrase());
    }
    return out;
  }

  private List<String> sentence() {
    List<String> out = new ArrayList<>(clause());
    if (random.nextInt(3) == 0) {
      out.add(pick(LINKS));
      out.addAll(clause());
    }
    if (random.nextInt(3) == 0) {
      out.add("selon");
      out.add(pick(names));
    }
    if (random.nextInt(4) == 0) {
      out.add("en");
      out.add(Integer.toString(1990 + random.nextInt(35)));
    }
    return out;
  }

  /**
   * About 10 % of content words substituted, 8 % of words deleted, sometimes two neighbours
   * swapped.
   */
  private List<String> perturb(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      int roll = random.nextInt(100);
      if (roll < 8 && words.size() > 6) {
        continue;
      }
      if (roll < 18
          && w.length() > 4
          && !Character.isUpperCase(w.charAt(0))
          && !w.startsWith("l'")) {
        out.add(pick(nouns));
      } else {
        out.add(w);
      }
    }
    if (random.nextInt(3) == 0 && out.size() > 3) {
      int i = 1 + random.nextInt(out.size() - 2);
      Collections.swap(out, i, i + 1);
    }
    return out;
  }

  private static String render(List<String> words, char apostrophe) {
    String text = String.join(" ", words).replace('\'', apostrophe);
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1) + ".";
  }
}
