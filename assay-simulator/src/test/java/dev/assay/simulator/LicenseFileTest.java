package dev.assay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.license.License;
import dev.assay.license.LicenseCsvWriter;
import dev.assay.license.LicenseStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The license file follows docs/license-format.md, and the legitimate trade's declarations use
 * their licenses as a licensing officer would expect: within validity, quantity, parties and
 * destinations.
 */
class LicenseFileTest {
  private static final Path DOC = Path.of("../docs/license-format.md");

  @Test
  void theHeaderIsTheDocumentedColumnsInTheirOrder() throws IOException {
    List<String> documented = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|").matcher(Files.readString(DOC));
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertThat(LicenseCsvWriter.HEADER).isEqualTo(documented);
  }

  @Test
  void everyRowIsWellFormedAndRowsOfOneLicenseAreConsecutiveAndAgree() throws IOException {
    Generated run = Generated.by(Generated.standard());
    StringWriter text = new StringWriter();
    LicenseCsvWriter writer = new LicenseCsvWriter(text);
    run.licenses.forEach(writer::write);
    writer.flush();

    Set<String> finished = new HashSet<>();
    String current = null;
    int rows = 0;
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(text.toString())) {
      for (NamedCsvRecord row : csv) {
        rows++;
        String no = row.getField("license_no");
        if (!no.equals(current)) {
          assertThat(finished.add(no)).as("rows of %s are consecutive", no).isTrue();
          current = no;
        }
        assertThat(no).matches("\\d{2}[A-Z]{2}\\d{6}");
        assertThat(row.getField("license_type")).isIn("SINGLE", "GENERAL");
        LocalDate issued = LocalDate.parse(row.getField("issued_at"));
        LocalDate from = LocalDate.parse(row.getField("valid_from"));
        LocalDate until = LocalDate.parse(row.getField("valid_until"));
        assertThat(from).isAfterOrEqualTo(issued);
        assertThat(until).isAfterOrEqualTo(from);
        int years = row.getField("license_type").equals("SINGLE") ? 1 : 3;
        assertThat(until).isBeforeOrEqualTo(from.plusYears(years));
        assertThat(row.getField("status")).isIn("VALID", "SUSPENDED", "REVOKED");
        UnifiedSocialCreditCode.parse(row.getField("exporter_id"));
        for (String column :
            List.of("exporter_name", "consignee_name", "end_user_name", "description")) {
          assertThat(row.getField(column)).as(column).isNotBlank();
        }
        CountryCode.parse(row.getField("consignee_country"));
        CountryCode.parse(row.getField("end_user_country"));
        for (String country : row.getField("destination_countries").split(";")) {
          CountryCode.parse(country);
        }
        assertThat(Integer.parseInt(row.getField("item_no"))).isPositive();
        HsCode.parse(row.getField("hs_code"));
        assertThat(Double.parseDouble(row.getField("quantity"))).isPositive();
        assertThat(row.getField("unit")).isEqualTo("KG");
        assertThat(Double.parseDouble(row.getField("value_usd"))).isPositive();
      }
    }
    assertThat(rows).isEqualTo(run.licenses.size());
    assertThat(rows).isGreaterThan(100);
  }

  @Test
  void cleanLicensedLinesUseAValidLicenseOfTheirExporterPartiesGoodsAndDestination() {
    Generated run = Generated.by(Generated.standard());
    Map<String, License> byNumber = new HashMap<>();
    run.licenses.forEach(l -> assertThat(byNumber.put(l.number(), l)).as(l.number()).isNull());
    Map<String, Double> drawn = new HashMap<>();
    int checked = 0;
    for (SimulatedDeclaration d : run.declarations) {
      if (d.truth().isViolation()) {
        continue;
      }
      for (GoodsLine line : d.declaration().lines()) {
        if (line.licenseNo().isEmpty()) {
          continue;
        }
        License license = byNumber.get(line.licenseNo().get());
        assertThat(license)
            .as("license %s cited by %s", line.licenseNo(), d.declaration().id())
            .isNotNull();
        LocalDate date = d.declaration().declaredAt();
        assertThat(license.status() == LicenseStatus.VALID && license.isInValidity(date))
            .as("valid on %s", date)
            .isTrue();
        assertThat(license.exporter().code()).isEqualTo(d.declaration().exporter().code());
        assertThat(license.consignee().name()).isEqualTo(d.declaration().consignee().name());
        assertThat(license.destinations()).contains(d.declaration().destination());
        assertThat(license.items().getFirst().hsCode()).isEqualTo(line.hsCode());
        drawn.merge(license.number(), line.quantity(), Double::sum);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
    drawn.forEach(
        (no, quantity) ->
            assertThat(quantity)
                .as("drawn on %s", no)
                .isLessThanOrEqualTo(byNumber.get(no).items().getFirst().quantity().doubleValue()));
  }
}
