package dev.assay.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.Party;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes declarations as NDJSON in the nested schema of {@code docs/import-format.md}: one object
 * per line, with parties, transport and items nested. Labels are written only when asked for. What
 * it writes, {@link DeclarationReader} reads back to equal declarations.
 */
public final class DeclarationJsonWriter implements Closeable, Flushable {
  private final JsonGenerator json;
  private final boolean withLabels;

  public DeclarationJsonWriter(Writer out, boolean withLabels) {
    try {
      this.json = JsonDeclarations.FACTORY.createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Objects are separated by the line breaks written after each, not by spaces.
    json.setRootValueSeparator(null);
    this.withLabels = withLabels;
  }

  /** Creates or replaces a UTF-8 file. */
  public static DeclarationJsonWriter open(Path file, boolean withLabels) throws IOException {
    return new DeclarationJsonWriter(
        Files.newBufferedWriter(file, StandardCharsets.UTF_8), withLabels);
  }

  /** Writes one declaration as one line. */
  public void write(Declaration d) {
    try {
      json.writeStartObject();
      json.writeStringField("declaration_id", d.id());
      json.writeStringField("declared_at", d.declaredAt().toString());
      json.writeStringField("customs_office", d.customsOffice());
      json.writeObjectFieldStart("exporter");
      json.writeStringField("id", d.exporter().code().value());
      json.writeStringField("name", d.exporter().name());
      json.writeEndObject();
      party("consignee", d.consignee());
      if (d.endUser() != null) {
        party("end_user", d.endUser());
      }
      json.writeStringField("destination_country", d.destination().value());
      json.writeArrayFieldStart("transit_countries");
      for (CountryCode country : d.transitCountries()) {
        json.writeString(country.value());
      }
      json.writeEndArray();
      json.writeObjectFieldStart("transport");
      json.writeStringField("mode", d.transport().mode().name());
      json.writeNumberField("container_count", d.transport().containerCount());
      json.writeFieldName("gross_weight_kg");
      json.writeNumber(ContractText.decimal(d.transport().grossWeightKg()));
      json.writeEndObject();
      if (d.endUse() != EndUse.UNSPECIFIED) {
        json.writeStringField("end_use", d.endUse().name());
      }
      json.writeArrayFieldStart("items");
      for (GoodsLine line : d.lines()) {
        item(line);
      }
      json.writeEndArray();
      if (withLabels && d.label().isPresent()) {
        json.writeStringField("outcome", d.label().get().outcome().name());
        if (d.label().get().typology().isPresent()) {
          json.writeStringField("typology", d.label().get().typology().get());
        }
      }
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void party(String field, Party party) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("name", party.name());
    json.writeStringField("country", party.country().value());
    if (!party.address().isEmpty()) {
      json.writeStringField("address", party.address());
    }
    json.writeEndObject();
  }

  private void item(GoodsLine line) throws IOException {
    json.writeStartObject();
    json.writeNumberField("line_no", line.lineNo());
    json.writeStringField("hs_code", line.hsCode().value());
    json.writeStringField("description", line.description());
    json.writeFieldName("quantity");
    json.writeNumber(ContractText.decimal(line.quantity()));
    json.writeStringField("unit", line.unit());
    json.writeFieldName("net_weight_kg");
    json.writeNumber(ContractText.decimal(line.netWeightKg()));
    json.writeFieldName("value_usd");
    json.writeNumber(ContractText.decimal(line.valueUsd()));
    if (line.licenseNo().isPresent()) {
      json.writeStringField("license_no", line.licenseNo().get());
    }
    json.writeEndObject();
  }

  @Override
  public void flush() {
    try {
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    json.close();
  }
}
