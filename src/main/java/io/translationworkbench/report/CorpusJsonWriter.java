package io.translationworkbench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.translationworkbench.JsonFiles;
import io.translationworkbench.metrics.CorpusAggregates;

/**
 * The corpus report as JSON ({@code reports/index.json}): a pure function of {@link CorpusReport},
 * deterministic, full-precision numbers, LF line ends, trailing LF.
 */
public final class CorpusJsonWriter {
  private static final ObjectMapper MAPPER = JsonReportWriter.mapper();
  private static final ObjectWriter WRITER = JsonFiles.prettyWriter(MAPPER);

  /** The corpus report as JSON text. */
  public String write(CorpusReport c) {
    ObjectNode fields = MAPPER.valueToTree(c);
    ObjectNode out = MAPPER.createObjectNode();
    out.set("formatVersion", fields.get("formatVersion"));
    ObjectNode summary = out.putObject("summary");
    summary.put("pairs", c.pairs().size());
    summary.put("passed", c.passed());
    summary.put("failed", c.pairs().size() - c.passed());
    summary.put("systems", c.systems().size());
    ObjectNode method = out.putObject("method");
    method.put("corpusScores", CorpusLayout.METHOD_SCORES);
    method.put("confidence", CorpusLayout.METHOD_CONFIDENCE);
    method.put("pairedTest", CorpusLayout.METHOD_PAIRED);
    method.put("bootstrapResamples", CorpusAggregates.SAMPLES);
    method.put("seed", CorpusAggregates.SEED);
    method.put("sentenceChrFHistogram", CorpusLayout.METHOD_HISTOGRAM);
    fields
        .fields()
        .forEachRemaining(
            e -> {
              if (!e.getKey().equals("formatVersion")) {
                out.set(e.getKey(), e.getValue());
              }
            });
    try {
      return WRITER.writeValueAsString(out) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corpus report cannot be serialised", e);
    }
  }
}
