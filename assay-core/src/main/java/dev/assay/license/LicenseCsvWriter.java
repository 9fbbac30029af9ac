package dev.assay.license;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.assay.declaration.CountryCode;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes licenses in the flat CSV of docs/license-format.md, the counterpart of {@link
 * LicenseCsvReader}: a header, then one row per licensed item with the license-level columns
 * repeated, rows of one license consecutive. Party addresses are not part of the format and are not
 * written.
 */
public final class LicenseCsvWriter implements Closeable, Flushable {
  /** The columns of docs/license-format.md, in its order. */
  public static final List<String> HEADER =
      Arrays.stream(LicenseColumn.values()).map(LicenseColumn::csvName).toList();

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
          license.number(),
          license.type().name(),
          license.issuedAt().toString(),
          license.validFrom().toString(),
          license.validUntil().toString(),
          license.status().name(),
          license.exporter().code().value(),
          license.exporter().name(),
          license.consignee().name(),
          license.consignee().country().value(),
          license.endUser().name(),
          license.endUser().country().value(),
          license.endUse(),
          destinations,
          String.valueOf(item.itemNo()),
          item.controlCode().orElse(""),
          item.hsCode().value(),
          item.description(),
          // Amounts are kept normal (no trailing zeros, no exponent), so this is plain decimal.
          item.quantity().toPlainString(),
          item.unit(),
          item.valueUsd().toPlainString());
    }
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
