package dev.assay.simulator.license;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.assay.declaration.CountryCode;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes licenses in the flat CSV of docs/license-format.md: a header, then one row per licensed
 * item with the license-level columns repeated, rows of one license consecutive.
 */
public final class LicenseCsvWriter implements Closeable, Flushable {
  /** The columns of docs/license-format.md, in its order. */
  public static final List<String> HEADER =
      List.of(
          "license_no",
          "license_type",
          "issued_at",
          "valid_from",
          "valid_until",
          "status",
          "exporter_id",
          "exporter_name",
          "consignee_name",
          "consignee_country",
          "end_user_name",
          "end_user_country",
          "end_use",
          "destination_countries",
          "item_no",
          "control_code",
          "hs_code",
          "description",
          "quantity",
          "unit",
          "value_usd");

  private final CsvWriter csv;

  public LicenseCsvWriter(Writer out) {
    this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    csv.writeRecord(HEADER);
  }

  public void write(License license) {
    String destinations =
        license.destinations().stream().map(CountryCode::value).collect(Collectors.joining(";"));
    for (LicenseItem item : license.items()) {
      csv.writeRecord(
          license.licenseNo(),
          license.type().name(),
          license.issuedAt().toString(),
          license.validFrom().toString(),
          license.validUntil().toString(),
          license.status().name(),
          license.exporter().code().value(),
          license.exporter().name(),
          license.consigneeName(),
          license.consigneeCountry().value(),
          license.endUserName(),
          license.endUserCountry().value(),
          license.endUse(),
          destinations,
          String.valueOf(item.itemNo()),
          item.controlCode().orElse(""),
          item.hsCode().value(),
          item.description(),
          plain(item.quantity()),
          item.unit(),
          plain(item.valueUsd()));
    }
  }

  private static String plain(double value) {
    BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
    return (exact.scale() < 0 ? exact.setScale(0) : exact).toPlainString();
  }

  @Override
  public void flush() {
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
