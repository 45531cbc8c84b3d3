package io.translationworkbench.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.translationworkbench.JsonFiles;
import io.translationworkbench.PairReport;
import io.translationworkbench.review.ReviewedFlag;
import io.translationworkbench.review.SentenceCard;
import io.translationworkbench.style.ConventionStyle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine-readable report: a pure function of {@link PairReport}, deterministic, LF line ends,
 * trailing LF.
 */
public final class JsonReportWriter {
  private static final ObjectMapper MAPPER = mapper();
  private static final ObjectWriter WRITER = JsonFiles.prettyWriter(MAPPER);

  /** The report as JSON text. */
  public String write(PairReport report) {
    try {
      return WRITER.writeValueAsString(withSentenceCards(report)) + "\n";
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException("report model cannot be serialised", e);
    }
  }

  /**
   * The report's fields in record order, with {@code sentenceCards} after {@code flags}: the flat
   * flag list grouped as the Markdown and HTML reports and the review show it, one card per machine
   * sentence ({@code sentenceId}, the fingerprints of its flags in order), one per document-level
   * flag ({@code sentenceId} null).
   */
  private static ObjectNode withSentenceCards(PairReport report) {
    ObjectNode fields = MAPPER.valueToTree(report);
    ObjectNode out = MAPPER.createObjectNode();
    fields
        .fields()
        .forEachRemaining(
            e -> {
              out.set(e.getKey(), e.getValue());
              if (e.getKey().equals("pair")) {
                // the counts every output shows, by the README's names, right after the pair
                ObjectNode summary = out.putObject("summary");
                report.summary().named().forEach((k, v) -> summary.putPOJO(k, v));
              }
              if (e.getKey().equals("houseStyle")) {
                withVerdicts((ObjectNode) e.getValue(), report);
              }
              if (e.getKey().equals("flags")) {
                out.set("sentenceCards", sentenceCards(report));
              }
            });
    return out;
  }

  /**
   * Each convention of the house style says whether the machine text is checked for it and why
   * ({@code checked}, {@code why}), as the Markdown and HTML reports do.
   */
  private static void withVerdicts(ObjectNode houseStyle, PairReport report) {
    ArrayNode conventions = (ArrayNode) houseStyle.get("conventions");
    List<ConventionStyle> styles = report.houseStyle().conventions();
    for (int i = 0; i < styles.size(); i++) {
      ObjectNode c = (ObjectNode) conventions.get(i);
      c.put("checked", styles.get(i).enforced());
      c.put("why", styles.get(i).reason());
    }
  }

  private static ArrayNode sentenceCards(PairReport report) {
    ArrayNode cards = MAPPER.createArrayNode();
    for (SentenceCard<ReviewedFlag> card : ReportViews.cards(report)) {
      ObjectNode c = cards.addObject();
      c.put("sentenceId", card.sentenceId());
      ArrayNode fps = c.putArray("flags");
      card.items().forEach(rf -> fps.add(rf.fingerprint()));
    }
    return cards;
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
