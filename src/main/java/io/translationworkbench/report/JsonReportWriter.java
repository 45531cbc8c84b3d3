package io.translationworkbench.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.translationworkbench.JsonFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine-readable report: a pure function of {@link PairReport}, deterministic, LF line ends,
 * trailing LF.
 */
public final class JsonReportWriter {
  private static final ObjectWriter WRITER = JsonFiles.prettyWriter(mapper());

  /** The report as JSON text. */
  public String write(PairReport report) {
    try {
      return WRITER.writeValueAsString(report) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report model cannot be serialised", e);
    }
  }

  /** The mapper used for reports: enums as kebab-case ids, paths with '/'. */
  public static ObjectMapper mapper() {
    SimpleModule m = new SimpleModule("workbench-report");
    m.addSerializer(Enum.class, new EnumSerializer());
    m.addSerializer(Path.class, new PathSerializer());
    return JsonFiles.strictMapper().registerModule(m);
  }

  @SuppressWarnings("rawtypes")
  private static final class EnumSerializer extends JsonSerializer<Enum> {
    @Override
    public void serialize(Enum value, JsonGenerator gen, SerializerProvider p) throws IOException {
      gen.writeString(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
  }

  private static final class PathSerializer extends JsonSerializer<Path> {
    @Override
    public void serialize(Path value, JsonGenerator gen, SerializerProvider p) throws IOException {
      gen.writeString(value.toString().replace('\\', '/'));
    }
  }
}
