package io.translationworkbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays sacreBLEU 2.6.0's own unit tests, stored as data in {@code
 * sacrebleu/sacrebleu_vectors.json}: every score must equal the full-precision {@code oracle_score}
 * sacreBLEU produced to 1e-9, and pass the vector's own check.
 */
class SacrebleuVectorsTest {
  private static final double TOLERANCE = 1e-9;

  static Stream<Arguments> vectors() throws IOException {
    JsonNode root = load();
    List<Arguments> out = new ArrayList<>();
    for (JsonNode v : root.get("vectors")) {
      out.add(Arguments.of(v.get("id").asText() + " " + v.get("source").asText(), v));
    }
    return out.stream();
  }

  private static JsonNode load() throws IOException {
    try (InputStream in =
        SacrebleuVectorsTest.class.getResourceAsStream("/sacrebleu/sacrebleu_vectors.json")) {
      if (in == null) {
        throw new IOException("sacrebleu_vectors.json missing from test resources");
      }
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void vectorFileHoldsAllNinetyEntries() throws IOException {
    JsonNode root = load();
    assertEquals(90, root.get("count").asInt());
    assertEquals(90, root.get("vectors").size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void replaysSacrebleuVector(String label, JsonNode v) {
    String metric = v.get("metric").asText();
    String level = v.get("level").asText();
    JsonNode args = v.get("args");
    if (metric.equals("tokenizer")) {
      TercomTokenizer tok =
          new TercomTokenizer(
              args.get("normalized").asBoolean(),
              args.get("no_punct").asBoolean(),
              args.get("asian_support").asBoolean(),
              args.get("case_sensitive").asBoolean());
      String got = tok.tokenize(v.get("input").asText());
      assertEquals(v.get("oracle_output").asText(), got, label);
      assertEquals(v.get("expected").asText(), got, label);
      return;
    }

    double score;
    Score full = null;
    if (metric.equals("bleu_from_stats")) {
      BleuConfig.Smoothing smooth = BleuConfig.Smoothing.of(args.get("smooth_method").asText());
      JsonNode sv = args.get("smooth_value");
      double smoothValue =
          sv.isNull()
              ? new BleuConfig(BleuTokenizer.NONE, false, smooth, null, 4, false)
                  .effectiveSmoothValue()
              : sv.asDouble();
      score =
          Bleu.compute(
                  doubles(args.get("correct")),
                  doubles(args.get("total")),
                  args.get("sys_len").asDouble(),
                  args.get("ref_len").asDouble(),
                  smooth,
                  smoothValue,
                  args.get("effective_order").asBoolean(),
                  args.get("max_ngram_order").asInt())
              .score();
    } else {
      Metric m = metric(metric, args);
      List<String> hyps = strings(v.get("hyps"));
      List<List<String>> refs = new ArrayList<>();
      for (JsonNode stream : v.get("refs")) {
        refs.add(strings(stream));
      }
      if (level.equals("sentence")) {
        List<String> segRefs = new ArrayList<>();
        for (List<String> stream : refs) {
          segRefs.add(stream.get(0));
        }
        full = m.sentenceScore(hyps.get(0), segRefs);
      } else {
        full = m.corpusScore(hyps, refs);
      }
      score = full.score();
    }

    double oracle = v.get("oracle_score").asDouble();
    assertEquals(oracle, score, TOLERANCE, label + ": oracle_score");

    String check = v.get("check").asText();
    switch (check) {
      case "abs_diff":
        double expected = v.get("expected").asDouble();
        double tol = v.get("tolerance").asDouble();
        assertTrue(
            Math.abs(score - expected) < tol || Math.abs(score - expected) <= 1e-12,
            label + ": " + score);
        break;
      case "exact":
        assertEquals(v.get("expected").asDouble(), score, 0.0, label);
        break;
      case "format_2dp":
        assertEquals(v.get("expected_as_written").asText(), PyFormat.fixed(score, 2), label);
        break;
      case "equal_counts_totals":
        @SuppressWarnings("unchecked")
        List<Number> counts = (List<Number>) full.details().get("counts");
        @SuppressWarnings("unchecked")
        List<Number> totals = (List<Number>) full.details().get("totals");
        assertEquals(longs(v.get("expected").get("counts")), asLongs(counts), label);
        assertEquals(longs(v.get("expected").get("totals")), asLongs(totals), label);
        break;
      default:
        fail("unknown check " + check);
    }
  }

  private static Metric metric(String name, JsonNode args) {
    switch (name) {
      case "bleu":
        JsonNode sv = args.get("smooth_value");
        return new Bleu(
            new BleuConfig(
                BleuTokenizer.of(args.get("tokenize").asText()),
                args.get("lowercase").asBoolean(),
                BleuConfig.Smoothing.of(args.get("smooth_method").asText()),
                sv == null || sv.isNull() ? null : sv.asDouble(),
                args.get("max_ngram_order").asInt(),
                args.get("effective_order").asBoolean()));
      case "chrf":
        return new ChrF(
            new ChrFConfig(
                args.get("char_order").asInt(),
                args.get("word_order").asInt(),
                args.get("beta").asInt(),
                args.get("lowercase").asBoolean(),
                args.get("whitespace").asBoolean(),
                args.get("eps_smoothing").asBoolean()));
      case "ter":
        return new Ter(
            new TerConfig(
                args.get("normalized").asBoolean(),
                args.get("no_punct").asBoolean(),
                args.get("asian_support").asBoolean(),
                args.get("case_sensitive").asBoolean()));
      default:
        throw new IllegalArgumentException(name);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.asText());
    }
    return out;
  }

  private static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  private static List<Long> longs(JsonNode array) {
    List<Long> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.asLong());
    }
    return out;
  }

  private static List<Long> asLongs(List<Number> numbers) {
    List<Long> out = new ArrayList<>();
    for (Number n : numbers) {
      out.add(n.longValue());
    }
    return out;
  }
}
