package io.translationworkbench.align;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the facts of an aligned pair: which numbers, dates, amounts and names one side states
 * and the other lacks or states differently.
 *
 * <p>Precision over recall, because every difference becomes a flag a reviewer reads:
 *
 * <ul>
 *   <li>numbers, dates and amounts agree when their normalised values agree ("175 millions" = "175
 *       000 000"); left-over facts of the same kind on both sides are paired in text order as
 *       {@link FactDifference.Type#DIFFERENT} ("15 septembre" / "mardi prochain");
 *   <li>a name agrees when the other side has it in any case, with or without accents or elision
 *       ("l'ONU" / "ONU"), when one name contains the other ("Trump" / "Donald Trump"), or when the
 *       other side has one of its words (three letters or more) or a word sharing its first four
 *       letters ("Chine" / "chinois"); names are never paired as different, only reported missing.
 * </ul>
 */
public final class FactComparison {
  private final FactExtractor extractor;
  private final Set<String> machineDocumentWords;
  private final Set<String> humanDocumentWords;

  /** A comparison of pairs on their own, using the given extractor. */
  public FactComparison(FactExtractor extractor) {
    this(extractor, Set.of(), Set.of());
  }

  private FactComparison(
      FactExtractor extractor, Set<String> machineWords, Set<String> humanWords) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.machineDocumentWords = machineWords;
    this.humanDocumentWords = humanWords;
  }

  /**
   * A comparison for pairs of these two documents: names are learnt from both ({@link
   * FactExtractor#forTexts}), and a name missing from a pair's other side is not reported when the
   * other document names it elsewhere ("TikTok" in every second sentence): in comparable text that
   * is a different distribution of the story over sentences, not a lost fact.
   */
  public static FactComparison forDocuments(List<AlignUnit> machine, List<AlignUnit> human) {
    List<String> texts = new ArrayList<>();
    machine.forEach(u -> texts.add(u.text()));
    human.forEach(u -> texts.add(u.text()));
    return new FactComparison(FactExtractor.forTexts(texts), words(machine), words(human));
  }

  /**
   * The fact differences between the machine and human sentences of one aligned pair (one or two
   * sentences each), machine-side facts first in text order, then the human-side facts missing in
   * the machine sentences.
   */
  public List<FactDifference> compare(List<AlignUnit> machine, List<AlignUnit> human) {
    List<Fact> machineFacts = new ArrayList<>();
    machine.forEach(u -> machineFacts.addAll(extractor.extract(u)));
    List<Fact> humanFacts = new ArrayList<>();
    human.forEach(u -> humanFacts.addAll(extractor.extract(u)));
    Set<String> machineWords = words(machine);
    Set<String> humanWords = words(human);

    boolean[] machineMatched = new boolean[machineFacts.size()];
    boolean[] humanMatched = new boolean[humanFacts.size()];
    for (int i = 0; i < machineFacts.size(); i++) {
      Fact m = machineFacts.get(i);
      for (int j = 0; j < humanFacts.size() && !machineMatched[i]; j++) {
        Fact h = humanFacts.get(j);
        if (!humanMatched[j] && m.kind() == h.kind() && sameValue(m, h)) {
          machineMatched[i] = true;
          humanMatched[j] = true;
        }
      }
      if (!machineMatched[i]
          && m.kind() == FactKind.NAME
          && (nameIn(m, humanWords) || nameIn(m, humanDocumentWords))) {
        machineMatched[i] = true;
      }
    }
    for (int j = 0; j < humanFacts.size(); j++) {
      Fact h = humanFacts.get(j);
      if (!humanMatched[j]
          && h.kind() == FactKind.NAME
          && (nameIn(h, machineWords)
              || nameMatches(h, machineFacts)
              || nameIn(h, machineDocumentWords))) {
        humanMatched[j] = true;
      }
    }

    // left-over values of one kind on both sides: the same slot filled differently
    Map<FactKind, List<Integer>> humanLeft = new EnumMap<>(FactKind.class);
    for (int j = 0; j < humanFacts.size(); j++) {
      if (!humanMatched[j] && humanFacts.get(j).kind() != FactKind.NAME) {
        humanLeft.computeIfAbsent(humanFacts.get(j).kind(), k -> new ArrayList<>()).add(j);
      }
    }
    List<FactDifference> out = new ArrayList<>();
    for (int i = 0; i < machineFacts.size(); i++) {
      if (machineMatched[i]) {
        continue;
      }
      Fact m = machineFacts.get(i);
      List<Integer> left = humanLeft.getOrDefault(m.kind(), List.of());
      if (!left.isEmpty()) {
        int j = left.remove(0);
        humanMatched[j] = true;
        out.add(new FactDifference(m.kind(), FactDifference.Type.DIFFERENT, m, humanFacts.get(j)));
      } else {
        out.add(new FactDifference(m.kind(), FactDifference.Type.MISSING_IN_HUMAN, m, null));
      }
    }
    for (int j = 0; j < humanFacts.size(); j++) {
      if (!humanMatched[j]) {
        Fact h = humanFacts.get(j);
        out.add(new FactDifference(h.kind(), FactDifference.Type.MISSING_IN_MACHINE, null, h));
      }
    }
    return List.copyOf(out);
  }

  private static boolean sameValue(Fact a, Fact b) {
    if (a.key().equals(b.key())) {
      return true;
    }
    if (a.kind() != FactKind.NAME) {
      return false;
    }
    Set<String> ta = nameTokens(a);
    Set<String> tb = nameTokens(b);
    return ta.containsAll(tb) || tb.containsAll(ta);
  }

  private static boolean nameMatches(Fact name, List<Fact> others) {
    return others.stream().anyMatch(o -> o.kind() == FactKind.NAME && sameValue(name, o));
  }

  private static Set<String> nameTokens(Fact name) {
    Set<String> out = new HashSet<>();
    for (FrenchText.Token t : FrenchText.tokens(name.text())) {
      out.add(FrenchText.fold(t.text()));
    }
    return out;
  }

  /**
   * Whether a word of the name (three letters or more) occurs in the other side's words, exactly or
   * by a four-letter prefix: "Donald Trump" is there when the other side says "Trump", "Chine" when
   * it says "chinois".
   */
  private static boolean nameIn(Fact name, Set<String> otherWords) {
    for (String token : nameTokens(name)) {
      if (token.length() >= 3
          && (otherWords.contains(token)
              || (token.length() >= 5 && otherWords.contains(prefix(token))))) {
        return true;
      }
    }
    return false;
  }

  private static String prefix(String word) {
    return "^" + word.substring(0, 4);
  }

  /**
   * Folded words of the sentences, plus "^" + four-letter prefix of each word of five letters or
   * more.
   */
  private static Set<String> words(List<AlignUnit> units) {
    Set<String> out = new HashSet<>();
    for (AlignUnit u : units) {
      for (FrenchText.Token t : FrenchText.tokens(u.text())) {
        String w = FrenchText.fold(t.text());
        out.add(w);
        if (w.length() >= 5) {
          out.add(prefix(w));
        }
      }
    }
    return out;
  }
}
