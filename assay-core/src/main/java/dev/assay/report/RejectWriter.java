package dev.assay.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.ingest.RecordError;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes rejected records as JSON Lines, one object per error, so that a data steward can fix the
 * source file and send the rejected declarations again.
 */
public final class RejectWriter implements Closeable {
  private final JsonGenerator json;

  public RejectWriter(OutputStream out) {
    try {
      json = new ObjectMapper().getFactory().createGenerator(out, JsonEncoding.UTF8);
      json.setRootValueSeparator(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void write(RecordError error) {
    try {
      json.writeStartObject();
      json.writeNumberField("line", error.line());
      json.writeStringField("declaration_id", error.declarationId());
      json.writeStringField("field", error.field());
      json.writeStringField("value", error.value());
      json.writeStringField("reason", error.reason());
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      json.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
