package dev.assay.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.ingest.IngestException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The license CSV of docs/license-format.md, as the simulator writes it. */
class LicenseCsvReaderTest {
  static final String HEADER =
      "license_no,license_type,issued_at,valid_from,valid_until,status,exporter_id,exporter_name,"
          + "consignee_name,consignee_country,end_user_name,end_user_country,end_use,"
          + "destination_countries,item_no,control_code,hs_code,description,quantity,unit,value_usd\n";
  static final String EXPORTER = LicenseFixtures.EXPORTER.code().value();

  static String row(String no, String type, String validUntil, String item, String hs, String qty) {
    return String.join(
            ",",
            no,
            type,
            "2025-01-02",
            "2025-01-02",
            validUntil,
            "",
            EXPORTER,
            "\"Lengshuijiang Antimony Trading Co., Ltd.\"",
            "Metallhandel Duisburg GmbH",
            "DE",
            "Flammschutz Chemie AG",
            "DE",
            "flame retardant",
            "DE;NL",
            item,
            "",
            hs,
            "antimony ingots",
            qty,
            "KG",
            "50000")
        + "\n";
  }

  record Read(
      List<License> licenses, List<LicenseRecordError> errors, LicenseImportSummary summary) {}

  static Read read(String csv) {
    List<License> licenses = new ArrayList<>();
    List<LicenseRecordError> errors = new ArrayList<>();
    LicenseImportSummary summary =
        LicenseCsvReader.read(
            new StringReader(csv),
            new LicenseListener() {
              public void accepted(License license) {
                licenses.add(license);
              }

              public void rejected(LicenseRecordError error) {
                errors.add(error);
              }
            });
    return new Read(licenses, errors, summary);
  }

  @Test
  void consecutive_rows_of_one_license_number_are_one_license_with_its_items() {
    Read read =
        read(
            HEADER
                + row("25SB000001", "GENERAL", "2027-01-01", "1", "8110101000", "20000")
                + row("25SB000001", "GENERAL", "2027-01-01", "2", "81102000", "500.5")
                + row("25SB000002", "single", "2025-12-31", "1", "8110101000", "1000"));

    assertThat(read.errors()).isEmpty();
    assertThat(read.licenses())
        .extracting(License::number)
        .containsExactly("25SB000001", "25SB000002");
    License general = read.licenses().getFirst();
    assertThat(general.type()).isEqualTo(LicenseType.GENERAL);
    assertThat(general.status()).as("status defaults to VALID").isEqualTo(LicenseStatus.VALID);
    assertThat(general.destinations()).extracting(c -> c.value()).containsExactly("DE", "NL");
    assertThat(general.items()).extracting(LicenseItem::itemNo).containsExactly(1, 2);
    assertThat(general.items().get(1).quantity()).isEqualByComparingTo("500.5");
    assertThat(read.licenses().get(1).type()).isEqualTo(LicenseType.SINGLE);
    assertThat(read.summary()).isEqualTo(new LicenseImportSummary(3, 2, 0, 0));
  }

  @Test
  void a_bad_row_rejects_its_license_whole_naming_line_field_value_and_reason() {
    Read read =
        read(
            HEADER
                + row("25SB000001", "GENERAL", "2027-01-01", "1", "8110101000", "20000")
                + row("25SB000001", "GENERAL", "2027-01-01", "2", "81102", "-5")
                + row("25SB000002", "SINGLE", "2026-03-01", "1", "8110101000", "1000")
                + row("25SB000003", "SINGLE", "2025-12-31", "1", "8110101000", "1000"));

    assertThat(read.licenses()).extracting(License::number).containsExactly("25SB000003");
    assertThat(read.errors())
        .extracting(LicenseRecordError::describe)
        .containsExactly(
            "line 3, license 25SB000001, field hs_code, value '81102': an HS code has 8 or 10 digits",
            "line 3, license 25SB000001, field quantity, value '-5': not a plain decimal number"
                + " (digits, at most 6 decimals)",
            "line 4, license 25SB000002, field valid_until, value '2026-03-01': a SINGLE license is"
                + " valid for at most 1 year: 2026-01-02 at the latest");
    assertThat(read.summary().licensesRejected()).isEqualTo(2);
  }

  @Test
  void license_level_columns_must_agree_and_a_license_must_not_come_back_later() {
    Read read =
        read(
            HEADER
                + row("25SB000001", "GENERAL", "2027-01-01", "1", "8110101000", "1")
                + row("25SB000001", "GENERAL", "2027-06-01", "2", "8110101000", "1")
                + row("25SB000002", "GENERAL", "2027-01-01", "1", "8110101000", "1")
                + row("25SB000002", "GENERAL", "2027-01-01", "1", "8110101000", "1")
                + row("25SB000003", "GENERAL", "2027-01-01", "1", "8110101000", "1")
                + row("25SB000001", "GENERAL", "2027-01-01", "1", "8110101000", "1"));

    assertThat(read.licenses()).extracting(License::number).containsExactly("25SB000003");
    assertThat(read.errors())
        .extracting(LicenseRecordError::field, LicenseRecordError::reason)
        .anySatisfy(
            t ->
                assertThat(t.toList())
                    .containsExactly(
                        "valid_until",
                        "differs from '2027-01-01' on line 2, the license's first row; license-level columns must agree"))
        .anySatisfy(t -> assertThat(t.toList().get(1)).isEqualTo("item 1 already given on line 4"))
        .anySatisfy(
            t -> assertThat((String) t.toList().get(1)).contains("already appeared earlier"));
  }

  @Test
  void a_file_without_the_required_columns_is_not_a_license_file() {
    assertThatThrownBy(() -> read("license_no,hs_code\n25SB1,8110101000\n"))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("not a license file")
        .hasMessageContaining("license_type");
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void columns_come_in_any_order_optional_ones_may_be_left_out_and_unknown_ones_are_ignored() {
    String csv =
        "value_usd,unit,quantity,description,hs_code,item_no,destination_countries,"
            + "end_user_country,end_user_name,consignee_country,consignee_name,exporter_name,"
            + "exporter_id,valid_until,valid_from,issued_at,license_type,license_no,remarks\n"
            + "1000,KG,10,gallium,8112921010,1,JP,JP,Tokai K.K.,JP,Tokai K.K.,Hunan Co,"
            + EXPORTER
            + ",2025-12-31,2025-01-02,2025-01-01,SINGLE,25GA1,anything\n";

    Read read = read(csv);

    assertThat(read.errors()).isEmpty();
    assertThat(read.licenses()).singleElement().satisfies(l -> assertThat(l.endUse()).isEmpty());
  }
}
