package io.translationworkbench.metrics;

import io.translationworkbench.Versions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sacreBLEU-format reproducibility signature such as {@code
 * nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:…}. Fields keep sacreBLEU's order ({@code
 * metrics/base.py} {@code SacrebleuSignature.format}); {@code version} is always last and names
 * this tool and the sacreBLEU release whose behaviour it reproduces.
 *
 * @param fields the fields in print order, {@code version} excluded
 */
public record SacrebleuSignature(List<Field> fields) {
  /** The sacreBLEU release whose metrics this package reproduces. */
  public static final String SACREBLEU_VERSION = "2.6.0";

  /** One {@code key:value} pair with sacreBLEU's abbreviation for {@code --short}. */
  public record Field(String key, String shortKey, String value) {
    public Field {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(shortKey, "shortKey");
      Objects.requireNonNull(value, "value");
    }
  }

  public SacrebleuSignature {
    fields = List.copyOf(fields);
  }

  /**
   * The version field: ours, then the sacreBLEU release we match, e.g. {@code
   * tw-0.1.0+sacrebleu-2.6.0}.
   */
  public static String version() {
    return "tw-" + Versions.tool() + "+sacrebleu-" + SACREBLEU_VERSION;
  }

  /** Long ({@code nrefs:1|…}) or short ({@code #:1|…}) form. */
  public String format(boolean shortForm) {
    StringBuilder sb = new StringBuilder();
    for (Field f : fields) {
      sb.append(shortForm ? f.shortKey() : f.key()).append(':').append(f.value()).append('|');
    }
    sb.append(shortForm ? "v" : "version").append(':').append(version());
    return sb.toString();
  }

  /**
   * A copy with paired-test fields ({@code bs}/{@code ar} and {@code seed}) inserted after {@code
   * nrefs}.
   */
  public SacrebleuSignature withPairedTest(String testKey, int samples, String seed) {
    List<Field> out = new ArrayList<>();
    for (Field f : fields) {
      out.add(f);
      if (f.key().equals("nrefs")) {
        out.add(new Field(testKey, testKey, Integer.toString(samples)));
        out.add(new Field("seed", "rs", seed));
      }
    }
    return new SacrebleuSignature(out);
  }

  /** A copy with one more field, {@code key:value}, last before the version. */
  public SacrebleuSignature with(String key, String value) {
    List<Field> out = new ArrayList<>(fields);
    out.add(new Field(key, key, value));
    return new SacrebleuSignature(out);
  }

  /** The long form. */
  @Override
  public String toString() {
    return format(false);
  }

  /**
   * The {@code nrefs} value: the count, or {@code var} when segments have different numbers of
   * references.
   */
  static String nrefs(int numRefs) {
    return numRefs < 0 ? "var" : Integer.toString(numRefs);
  }

  /** The fields every metric starts with: {@code nrefs}, then {@code case}. */
  static List<Field> head(int numRefs, boolean lowercased) {
    return List.of(
        field("nrefs", "#", nrefs(numRefs)), field("case", "c", lowercased ? "lc" : "mixed"));
  }

  /** {@link #head} followed by the metric's own fields. */
  static SacrebleuSignature of(int numRefs, boolean lowercased, Field... rest) {
    List<Field> all = new ArrayList<>(head(numRefs, lowercased));
    all.addAll(List.of(rest));
    return new SacrebleuSignature(all);
  }

  static Field field(String key, String shortKey, String value) {
    return new Field(key, shortKey, value);
  }
}
