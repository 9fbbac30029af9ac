package dev.assay.license;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What {@link LicenseCsvWriter} writes, {@link LicenseCsvReader} reads back as the same licenses.
 */
class LicenseCsvWriterTest {
  private static final Path DOC = Path.of("../docs/license-format.md");

  @Test
  void the_header_is_the_documented_columns_in_their_order() throws IOException {
    List<String> documented = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|").matcher(Files.readString(DOC));
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertThat(LicenseCsvWriter.HEADER).isEqualTo(documented);
  }

  @Test
  void licenses_written_read_back_equal() throws IOException {
    License general =
        LicenseFixtures.license("25SB000001", LicenseType.GENERAL, LicenseStatus.VALID);
    License twoItems =
        new License(
            "25GA123456",
            LicenseType.SINGLE,
            LocalDate.parse("2025-03-01"),
            LocalDate.parse("2025-03-05"),
            LocalDate.parse("2026-03-01"),
            LicenseStatus.SUSPENDED,
            LicenseFixtures.OTHER_EXPORTER,
            new Party("Kim, \"Lee\" & Partners, Seoul", CountryCode.parse("KR"), ""),
            new Party("Hanbit 한빛 Materials", CountryCode.parse("KR"), ""),
            "",
            List.of(CountryCode.parse("KR")),
            List.of(
                new LicenseItem(
                    1,
                    Optional.of("1C117.d"),
                    new HsCode("81129210"),
                    "gallium, unwrought; 99.9999%",
                    new BigDecimal("1250.125"),
                    "KG",
                    new BigDecimal("0.000001")),
                new LicenseItem(
                    2,
                    Optional.empty(),
                    new HsCode("8112929010"),
                    "germanium powder",
                    new BigDecimal("100000000000000"),
                    "KG",
                    new BigDecimal("1E+3"))));
    License revoked =
        LicenseFixtures.license("25SB000003", LicenseType.SINGLE, LicenseStatus.REVOKED);
    List<License> written = List.of(general, twoItems, revoked);

    StringWriter text = new StringWriter();
    try (LicenseCsvWriter writer = new LicenseCsvWriter(text)) {
      written.forEach(writer::write);
    }
    LicenseCsvReaderTest.Read read = LicenseCsvReaderTest.read(text.toString());

    assertThat(read.errors()).isEmpty();
    assertThat(read.summary().licensesRejected()).isZero();
    assertThat(read.licenses()).isEqualTo(written);
    assertThat(text.toString()).startsWith(String.join(",", LicenseCsvWriter.HEADER) + "\n");
  }
}
