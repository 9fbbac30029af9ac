package dev.assay.flink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.assay.ingest.RecordError;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Validates each record with the core's ingest. An accepted declaration goes on, keyed later by its
 * exporter; a rejected record goes to the dead-letter output with the CLI's error report and the
 * record itself, so that nothing read is lost.
 */
final class ParseFunction extends ProcessFunction<SourceRecord, AcceptedRecord> {
  static final OutputTag<KeyedJson> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public void processElement(SourceRecord record, Context ctx, Collector<AcceptedRecord> out) {
    RecordIngest.Result result = RecordIngest.parse(record.value);
    if (result.accepted()) {
      var d = result.declaration();
      out.collect(
          new AcceptedRecord(
              d.exporter().code().value(),
              d.id(),
              record.value,
              record.topic,
              record.timestamp,
              record.partition,
              record.offset));
    } else {
      ctx.output(
          DEAD_LETTERS,
          new KeyedJson(
              record.topic + "-" + record.partition + "-" + record.offset,
              deadLetter(record, result)));
    }
  }

  /**
   * The dead-letter report: where the record was read, each error as {@code assay screen --rejects}
   * writes it (line, declaration_id, field, value, reason), and the record's text.
   */
  static String deadLetter(SourceRecord record, RecordIngest.Result result) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("topic", record.topic);
      json.writeNumberField("partition", record.partition);
      json.writeNumberField("offset", record.offset);
      json.writeNumberField("timestamp", record.timestamp);
      json.writeArrayFieldStart("errors");
      for (RecordError error : result.errors()) {
        json.writeStartObject();
        json.writeNumberField("line", error.line());
        json.writeStringField("declaration_id", error.declarationId());
        json.writeStringField("field", error.field());
        json.writeStringField("value", error.value());
        json.writeStringField("reason", error.reason());
        json.writeStringField("describe", error.describe());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeStringField("record", record.value == null ? "" : record.value);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
