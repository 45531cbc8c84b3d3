package io.translationworkbench.style;

import io.translationworkbench.config.HouseStyleConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Infers the house style from the human text: for each convention, the occurrences that follow it
 * and those that break it, and a decision.
 *
 * <p>Decision rule: a convention is {@link Decision#FOLLOWED} when the human text has at least
 * {@link Convention#minEvidence()} occurrences and at least 80 % of them follow it; {@link
 * Decision#NOT_FOLLOWED} when at least 80 % break it; {@link Decision#UNKNOWN} otherwise. 80 %
 * leaves room for one slip in five without calling a real mix of practices a house style (a
 * FOLLOWED convention turns the machine text's departures into warnings, so it must be clear).
 */
public final class HouseStyleInference {
  /** The share of occurrences, in percent, that makes a clear majority. */
  public static final int MAJORITY_PERCENT = 80;

  private HouseStyleInference() {}

  /**
   * The house style shown by {@code humanText} (the body text: the caller leaves out foreign
   * paragraphs, credits and duplicates), every convention in mode infer.
   */
  public static HouseStyle infer(String humanText) {
    Map<Convention, int[]> counts = new EnumMap<>(Convention.class);
    Map<Convention, Map<String, Integer>> variants = new EnumMap<>(Convention.class);
    Map<Convention, Map<String, Integer>> followingVariants = new EnumMap<>(Convention.class);
    for (Convention c : Convention.values()) {
      counts.put(c, new int[2]);
      variants.put(c, new TreeMap<>());
      followingVariants.put(c, new TreeMap<>());
    }
    for (StyleScanner.Occurrence o : StyleScanner.scan(humanText)) {
      counts.get(o.convention())[o.follows() ? 0 : 1]++;
      variants.get(o.convention()).merge(o.variant(), 1, Integer::sum);
      if (o.follows()) {
        followingVariants.get(o.convention()).merge(o.variant(), 1, Integer::sum);
      }
    }
    List<ConventionStyle> out = new ArrayList<>();
    for (Convention c : Convention.values()) {
      int f = counts.get(c)[0];
      int b = counts.get(c)[1];
      out.add(
          new ConventionStyle(
              c,
              decide(c, f, b),
              f,
              b,
              mostFrequent(followingVariants.get(c)),
              variants.get(c),
              Mode.INFER));
    }
    return new HouseStyle(out, "nbsp");
  }

  /** The house style shown by {@code humanText} under the overrides of a configuration. */
  public static HouseStyle infer(String humanText, HouseStyleConfig cfg) {
    return infer(humanText).withOverrides(cfg);
  }

  /** The decision for {@code following} and {@code breaking} occurrences of {@code c}. */
  static Decision decide(Convention c, int following, int breaking) {
    int total = following + breaking;
    if (total == 0 || total < c.minEvidence()) {
      return Decision.UNKNOWN;
    }
    if (following * 100 >= total * MAJORITY_PERCENT) {
      return Decision.FOLLOWED;
    }
    if (breaking * 100 >= total * MAJORITY_PERCENT) {
      return Decision.NOT_FOLLOWED;
    }
    return Decision.UNKNOWN;
  }

  // the highest count; ties go to the first name in alphabetical order, so the result is stable
  private static String mostFrequent(Map<String, Integer> m) {
    String best = null;
    int n = 0;
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }
}
