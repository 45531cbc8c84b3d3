package io.translationworkbench.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.translationworkbench.JsonFiles;
import io.translationworkbench.metrics.PairedSignificance;
import io.translationworkbench.metrics.PyFormat;
import io.translationworkbench.metrics.Score;
import io.translationworkbench.metrics.ScoreRun;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code workbench score}'s JSON: every score at full precision in Python's shortest repr, with its
 * signature.
 */
public final class ScoreJsonWriter {
  /** The JSON document, ending with a line feed. */
  public String write(ScoreRun.Result result) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.setPrettyPrinter(JsonFiles.prettyPrinter()); // the same layout as every JSON file we write
      if (result.pairedTest() != null) {
        writePaired(g, result);
      } else {
        writeScores(g, result);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter never fails
    }
    return out.append('\n').toString();
  }

  private static void writeScores(JsonGenerator g, ScoreRun.Result r) throws IOException {
    List<Path> hyps = r.hypotheses();
    g.writeStartObject();
    if (hyps.size() == 1) {
      g.writeStringField("hypothesis", hyps.get(0).toString());
    }
    writeReferences(g, r.references());
    if (hyps.size() == 1) {
      writeCorpus(g, r.corpus().get(0));
    } else {
      g.writeArrayFieldStart("systems");
      for (int s = 0; s < hyps.size(); s++) {
        g.writeStartObject();
        g.writeStringField("hypothesis", hyps.get(s).toString());
        writeCorpus(g, r.corpus().get(s));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (r.sentenceLevel()) {
      g.writeObjectFieldStart("sentence_signatures");
      for (Score s : r.sentences().get(0)) {
        g.writeStringField(s.name(), s.signature().toString());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("sentences");
      for (int i = 0; i < r.sentences().size(); i++) {
        g.writeStartObject();
        g.writeNumberField("line", i + 1);
        for (Score s : r.sentences().get(i)) {
          g.writeFieldName(s.name());
          g.writeNumber(PyFormat.repr(s.score()));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeReferences(JsonGenerator g, List<Path> refs) throws IOException {
    g.writeArrayFieldStart("references");
    for (Path r : refs) {
      g.writeString(r.toString());
    }
    g.writeEndArray();
  }

  private static void writeCorpus(JsonGenerator g, List<Score> scores) throws IOException {
    g.writeArrayFieldStart("corpus");
    for (Score s : scores) {
      writeScore(g, s);
    }
    g.writeEndArray();
  }

  private static void writeScore(JsonGenerator g, Score s) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", s.name());
    g.writeFieldName("score");
    g.writeNumber(PyFormat.repr(s.score()));
    g.writeStringField("signature", s.signature().toString());
    if (!s.verbose().isEmpty()) {
      g.writeStringField("verbose_score", s.verbose());
    }
    for (Map.Entry<String, Object> e : s.details().entrySet()) {
      g.writeFieldName(e.getKey());
      writeValue(g, e.getValue());
    }
    g.writeEndObject();
  }

  private static void writeValue(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Double d) {
      g.writeNumber(PyFormat.repr(d));
    } else if (v instanceof Long || v instanceof Integer) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        writeValue(g, o);
      }
      g.writeEndArray();
    } else {
      g.writeString(String.valueOf(v));
    }
  }

  private static void writePaired(JsonGenerator g, ScoreRun.Result r) throws IOException {
    ScoreRun.PairedTest test = r.pairedTest();
    g.writeStartObject();
    g.writeStringField("test", test.option());
    g.writeNumberField("samples", test.samples());
    g.writeNumberField("seed", test.seed());
    writeReferences(g, r.references());
    g.writeArrayFieldStart("systems");
    for (int s = 0; s < r.hypotheses().size(); s++) {
      g.writeStartObject();
      g.writeStringField("hypothesis", r.hypotheses().get(s).toString());
      g.writeBooleanField("baseline", s == 0);
      g.writeArrayFieldStart("scores");
      for (List<PairedSignificance.Result> perSystem : r.paired()) {
        PairedSignificance.Result p = perSystem.get(s);
        g.writeStartObject();
        g.writeStringField("name", p.name());
        g.writeFieldName("score");
        g.writeNumber(PyFormat.repr(p.score()));
        writeOptional(g, "mean", p.mean());
        writeOptional(g, "ci", p.ci());
        writeOptional(g, "p_value", p.pValue());
        g.writeStringField("signature", p.signature().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeOptional(JsonGenerator g, String name, Double v) throws IOException {
    if (v != null) {
      g.writeFieldName(name);
      g.writeNumber(PyFormat.repr(v));
    }
  }
}
