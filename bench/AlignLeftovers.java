import io.translationworkbench.align.AlignUnit;
import io.translationworkbench.align.AlignedPair;
import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.align.Alignment;
import io.translationworkbench.align.ComparableAligner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the comparable aligner on a line-aligned corpus (WMT22 de-fr dev slice layout: docs.tsv,
 * hyp.SYSTEM.fr, ref.A.fr), where the truth is known: machine line i belongs with human line i.
 * Each document is aligned on its own, one line = one unit, once with the leftover rule off
 * ("before") and once with the defaults ("after").
 *
 * <p>Run by hand (nothing in the build reads the corpus):
 *
 * <pre>
 * mvn -o -B -q compile
 * java -cp target/classes bench/AlignLeftovers.java /work/shared/corpora/wmt22-defr-dev [--list]
 * </pre>
 *
 * <p>Options: {@code --list} the wrong leftover pairs; {@code --dump} every leftover pair with its
 * score, length ratio and features; {@code --max N --min C --ratio R} other leftover settings for
 * "after"; {@code --drop P} a stress test closer to comparable text: each line of either side is
 * left out with probability P (seeded), so some sentences truly have no counterpart ("gold links"
 * counts the lines kept on both sides).
 */
public class AlignLeftovers {
  static final String[] SYSTEMS = {"LT22", "Online-A", "Online-B", "Online-G", "Online-W", "Online-Y"};

  static boolean dump;
  /** Stress test: drop each line of either side with this probability (seeded), so that some
   * sentences truly have no counterpart, as in comparable text. */
  static double drop;
  static List<String> currentHyp;
  static List<String> currentRef;

  record Doc(String id, int first, int lines) {}

  record Counts(
      int lines, int unmatchedM, int unmatchedH, int links, int correctLinks, int leftover,
      int leftoverCorrect) {
    Counts plus(Counts o) {
      return new Counts(
          lines + o.lines, unmatchedM + o.unmatchedM, unmatchedH + o.unmatchedH, links + o.links,
          correctLinks + o.correctLinks, leftover + o.leftover, leftoverCorrect + o.leftoverCorrect);
    }
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    boolean list = false;
    AlignerParams after = AlignerParams.defaults();
    // --max N, --min S, --ratio R: try other leftover settings than the defaults
    int max = after.leftoverMax();
    double min = after.leftoverMinChrf();
    double ratio = after.leftoverMaxLengthRatio();
    for (int a = 1; a < args.length; a++) {
      switch (args[a]) {
        case "--list" -> list = true;
        case "--dump" -> dump = true;
        case "--max" -> max = Integer.parseInt(args[++a]);
        case "--min" -> min = Double.parseDouble(args[++a]);
        case "--ratio" -> ratio = Double.parseDouble(args[++a]);
        case "--drop" -> drop = Double.parseDouble(args[++a]);
        default -> throw new IllegalArgumentException("unknown option " + args[a]);
      }
    }
    after =
        new AlignerParams(
            after.mode(), after.chrfWeight(), after.contentWeight(), after.entityWeight(),
            after.threshold(), after.maxMerge(), after.mergeGain(), after.candidates(),
            after.chrfOrder(), after.chrfBeta(), max, min, ratio);
    AlignerParams before = after.withLeftoverMax(0);
    System.out.println("before: " + before.signature());
    System.out.println("after:  " + after.signature());
    List<Doc> docs = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("docs.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f[0].equals("doc_id")) {
        continue;
      }
      docs.add(new Doc(f[0], Integer.parseInt(f[2]), Integer.parseInt(f[3])));
    }
    List<String> ref = Files.readAllLines(dir.resolve("ref.A.fr"), StandardCharsets.UTF_8);
    currentRef = ref;
    List<String> wrong = new ArrayList<>();
    Counts totalBefore = new Counts(0, 0, 0, 0, 0, 0, 0);
    Counts totalAfter = totalBefore;
    System.out.println();
    System.out.println(
        "| system | gold links | unmatched machine before → after | unmatched human before → after"
            + " | leftover pairs (correct) | link precision before → after | link recall before → after |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (String system : SYSTEMS) {
      List<String> hyp = Files.readAllLines(dir.resolve("hyp." + system + ".fr"), StandardCharsets.UTF_8);
      Counts cb = new Counts(0, 0, 0, 0, 0, 0, 0);
      java.util.Random random = new java.util.Random(20220101L + system.hashCode());
      Counts ca = cb;
      for (Doc d : docs) {
        List<AlignUnit> m = new ArrayList<>();
        List<AlignUnit> h = new ArrayList<>();
        for (int i = d.first(); i < d.first() + d.lines(); i++) {
          if (drop == 0 || random.nextDouble() >= drop) {
            m.add(new AlignUnit("m" + i, hyp.get(i - 1)));
          }
          if (drop == 0 || random.nextDouble() >= drop) {
            h.add(new AlignUnit("h" + i, ref.get(i - 1)));
          }
        }
        cb = cb.plus(count(new ComparableAligner(before).align(m, h), d, null, null));
        currentHyp = hyp;
        ca = ca.plus(count(new ComparableAligner(after).align(m, h), d, wrong, system + " " + d.id()));
      }
      System.out.println(row(system, cb, ca));
      totalBefore = totalBefore.plus(cb);
      totalAfter = totalAfter.plus(ca);
    }
    System.out.println(row("all six", totalBefore, totalAfter));
    System.out.println();
    System.out.println("wrong leftover pairs: " + wrong.size());
    if (list) {
      for (String w : wrong) {
        System.out.println(w);
      }
    }
  }

  static Counts count(Alignment a, Doc d, List<String> wrong, String where) {
    int links = 0;
    int correct = 0;
    int leftover = 0;
    int leftoverCorrect = 0;
    for (AlignedPair p : a.pairs()) {
      int pairCorrect = 0;
      for (String m : p.machineIds()) {
        for (String h : p.humanIds()) {
          links++;
          if (m.substring(1).equals(h.substring(1))) {
            correct++;
            pairCorrect++;
          }
        }
      }
      if (p.isLeftover()) {
        leftover++;
        if (dump && where != null) {
          int i = Integer.parseInt(p.machineIds().get(0).substring(1));
          int j = Integer.parseInt(p.humanIds().get(0).substring(1));
          String mt = currentHyp.get(i - 1).strip();
          String ht = currentRef.get(j - 1).strip();
          System.out.printf(
              Locale.ROOT, "DUMP\t%s\t%d\t%.3f\t%.2f\t%s\t%.3f\t%.3f\t%.3f%n", where, pairCorrect, p.score(),
              (double) Math.max(mt.length(), ht.length()) / Math.max(1, Math.min(mt.length(), ht.length())),
              p.machineIds() + "/" + p.humanIds(), p.features().get("chrf"),
              p.features().get("content"), p.features().getOrDefault("entity", -1.0));
        }
        if (pairCorrect > 0) {
          leftoverCorrect++;
        } else if (wrong != null) {
          wrong.add(
              String.format(
                  Locale.ROOT, "  %s: %s ↔ %s (score %.3f)", where, p.machineIds(), p.humanIds(),
                  p.score()));
        }
      }
    }
    java.util.Set<String> hs = new java.util.HashSet<>(a.unmatchedHuman());
    a.pairs().forEach(p -> p.humanIds().forEach(x -> hs.add(x.substring(1))));
    a.unmatchedHuman().forEach(x -> hs.add(x.substring(1)));
    int gold = 0;
    for (String x : a.unmatchedMachine()) {
      gold += hs.contains(x.substring(1)) ? 1 : 0;
    }
    for (AlignedPair p : a.pairs()) {
      for (String x : p.machineIds()) {
        gold += hs.contains(x.substring(1)) ? 1 : 0;
      }
    }
    return new Counts(
        gold, a.unmatchedMachine().size(), a.unmatchedHuman().size(), links, correct, leftover,
        leftoverCorrect);
  }

  static String row(String name, Counts b, Counts a) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d → %d | %d → %d | %d (%d) | %.4f → %.4f | %.4f → %.4f |",
        name, b.lines, b.unmatchedM, a.unmatchedM, b.unmatchedH, a.unmatchedH, a.leftover,
        a.leftoverCorrect, (double) b.correctLinks / b.links, (double) a.correctLinks / a.links,
        (double) b.correctLinks / b.lines, (double) a.correctLinks / a.lines);
  }
}
