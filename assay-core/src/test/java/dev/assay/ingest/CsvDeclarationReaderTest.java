package dev.assay.ingest;

import static dev.assay.ingest.Csv.HEADER;
import static dev.assay.ingest.Csv.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Outcome;
import dev.assay.declaration.Party;
import dev.assay.declaration.TransportMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvDeclarationReaderTest {

  @Test
  void consecutiveRowsWithTheSameIdFormOneDeclaration() {
    Collected result =
        Collected.read(
            Format.CSV,
            HEADER
                + row("D-1", 1)
                + row("D-1", 2, "hs_code", "6403990000", "description", "footwear", "unit", "pair")
                + row("D-2", 1, "destination_country", "jp", "consignee_country", "JP"));

    assertThat(result.errors).isEmpty();
    assertThat(result.acceptedIds()).containsExactly("D-1", "D-2");
    Declaration first = result.accepted.get(0);
    assertThat(first.lines()).hasSize(2);
    assertThat(first.lines().get(1).hsCode().value()).isEqualTo("6403990000");
    assertThat(first.declaredAt()).isEqualTo(LocalDate.of(2025, 1, 8));
    assertThat(first.exporter().code().value()).isEqualTo(Csv.EXPORTER);
    assertThat(first.consignee())
        .isEqualTo(
            new Party(
                "Metallhandel Duisburg GmbH", new CountryCode("DE"), "Hafenstrasse 12, Duisburg"));
    assertThat(first.endUser()).isNull();
    assertThat(first.transport().mode()).isEqualTo(TransportMode.SEA);
    assertThat(first.transport().grossWeightKg()).isEqualTo(1050.0);
    assertThat(first.endUse()).isEqualTo(EndUse.UNSPECIFIED);
    assertThat(first.label()).isEmpty();
    assertThat(result.accepted.get(1).destination().value()).isEqualTo("JP");
    assertThat(result.summary).isEqualTo(new IngestSummary(3, 2, 0, 0));
  }

  @Test
  void columnsMayComeInAnyOrderAndUnknownOnesAreIgnored() {
    List<String> reversed = new java.util.ArrayList<>(Csv.COLUMNS);
    java.util.Collections.reverse(reversed);
    String header = "remarks," + String.join(",", reversed) + "\n";
    List<String> fields =
        new java.util.ArrayList<>(
            List.of(row("D-1", 1, "consignee_address", "Duisburg").strip().split(",", -1)));
    java.util.Collections.reverse(fields);
    String text = header + "anything at all," + String.join(",", fields) + "\n";

    Collected result = Collected.read(Format.CSV, text);

    assertThat(result.errors).isEmpty();
    assertThat(result.accepted).singleElement().satisfies(d -> assertThat(d.id()).isEqualTo("D-1"));
  }

  @Test
  void optionalColumnsMayBeLeftOutOfTheHeader() {
    String header =
        "declaration_id,line_no,declared_at,customs_office,exporter_id,exporter_name,consignee_name,"
            + "consignee_country,destination_country,transport_mode,gross_weight_kg,hs_code,"
            + "description,quantity,unit,net_weight_kg,value_usd\n";
    String row =
        "D-1,1,2025-03-01,2248,"
            + Csv.EXPORTER
            + ",Exporter,Consignee,KR,KR,AIR,12,8112929010,"
            + "gallium metal,10,kg,10,6400\n";

    Collected result = Collected.read(Format.CSV, header + row);

    assertThat(result.errors).isEmpty();
    Declaration d = result.accepted.get(0);
    assertThat(d.transport().containerCount()).isZero();
    assertThat(d.transitCountries()).isEmpty();
    assertThat(d.lines().get(0).licenseNo()).isEmpty();
  }

  @Test
  void readsEndUserEndUseTransitAndLabels() {
    String header = HEADER.strip() + ",end_use,outcome,typology\n";
    String text =
        header
            + row(
                    "D-1",
                    1,
                    "end_user_name",
                    "Tokai Materials",
                    "end_user_country",
                    "JP",
                    "transit_countries",
                    "MY; th",
                    "license_no",
                    "LX2025-SB-0001")
                .strip()
            + ",military,VIOLATION,third-country transshipment\n";

    Collected result = Collected.read(Format.CSV, text);

    assertThat(result.errors).isEmpty();
    Declaration d = result.accepted.get(0);
    assertThat(d.endUser()).isEqualTo(new Party("Tokai Materials", CountryCode.JAPAN, ""));
    assertThat(d.transitCountries()).containsExactly(new CountryCode("MY"), new CountryCode("TH"));
    assertThat(d.endUse()).isEqualTo(EndUse.MILITARY);
    assertThat(d.lines().get(0).licenseNo()).contains("LX2025-SB-0001");
    assertThat(d.label())
        .hasValueSatisfying(
            label -> {
              assertThat(label.outcome()).isEqualTo(Outcome.VIOLATION);
              assertThat(label.typology()).isEqualTo(Optional.of("third-country transshipment"));
            });
  }

  @Test
  void reportsEveryBadFieldOfARowNotJustTheFirst() {
    Collected result =
        Collected.read(
            Format.CSV,
            HEADER
                + row("D-1", 1)
                + row(
                    "D-2",
                    0,
                    "declared_at",
                    "2025-02-30",
                    "exporter_id",
                    "91431300MA4L2K7P30",
                    "consignee_country",
                    "XX",
                    "transit_countries",
                    "DE;ZZ",
                    "transport_mode",
                    "SHIP",
                    "container_count",
                    "-1",
                    "gross_weight_kg",
                    "0",
                    "hs_code",
                    "81129",
                    "description",
                    "",
                    "quantity",
                    "NaN",
                    "net_weight_kg",
                    "-5",
                    "value_usd",
                    "-1")
                + row("D-3", 1));

    assertThat(result.acceptedIds()).containsExactly("D-1", "D-3");
    assertThat(result.errors)
        .allSatisfy(
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.declarationId()).isEqualTo("D-2");
            });
    assertThat(result.errors)
        .extracting(RecordError::field, RecordError::value)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("line_no", "0"),
            org.assertj.core.groups.Tuple.tuple("declared_at", "2025-02-30"),
            org.assertj.core.groups.Tuple.tuple("exporter_id", "91431300MA4L2K7P30"),
            org.assertj.core.groups.Tuple.tuple("consignee_country", "XX"),
            org.assertj.core.groups.Tuple.tuple("transit_countries", "ZZ"),
            org.assertj.core.groups.Tuple.tuple("transport_mode", "SHIP"),
            org.assertj.core.groups.Tuple.tuple("container_count", "-1"),
            org.assertj.core.groups.Tuple.tuple("gross_weight_kg", "0"),
            org.assertj.core.groups.Tuple.tuple("hs_code", "81129"),
            org.assertj.core.groups.Tuple.tuple("description", ""),
            org.assertj.core.groups.Tuple.tuple("quantity", "NaN"),
            org.assertj.core.groups.Tuple.tuple("net_weight_kg", "-5"),
            org.assertj.core.groups.Tuple.tuple("value_usd", "-1"));
    assertThat(result.described())
        .contains(
            "line 3, declaration D-2, field hs_code, value '81129': an HS code has 8 or 10 digits",
            "line 3, declaration D-2, field description: required, but empty",
            "line 3, declaration D-2, field declared_at, value '2025-02-30': no such date",
            "line 3, declaration D-2, field quantity, value 'NaN': not a decimal number",
            "line 3, declaration D-2, field gross_weight_kg, value '0': must be greater than zero",
            "line 3, declaration D-2, field container_count, value '-1': must not be negative");
    assertThat(result.errors)
        .filteredOn(e -> e.field().equals("exporter_id"))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).contains("check character"));
    assertThat(result.summary).isEqualTo(new IngestSummary(3, 2, 1, 13));
  }

  @Test
  void aBadRowRejectsItsWholeDeclarationAndNothingElse() {
    Collected result =
        Collected.read(
            Format.CSV,
            HEADER
                + row("D-1", 1)
                + row("D-2", 1)
                + row("D-2", 2, "hs_code", "81101")
                + row("D-2", 3)
                + row("D-3", 1));

    assertThat(result.acceptedIds()).containsExactly("D-1", "D-3");
    assertThat(result.described())
        .containsExactly(
            "line 4, declaration D-2, field hs_code, value '81101': an HS code has 8 or 10 digits");
    assertThat(result.summary.declarationsRejected()).isEqualTo(1);
  }

  @Test
  void declarationLevelFieldsMustAgreeAcrossRows() {
    Collected result =
        Collected.read(
            Format.CSV,
            HEADER
                + row("D-1", 1)
                + row("D-1", 2, "destination_country", "US", "gross_weight_kg", "2000")
                + row("D-2", 1));

    assertThat(result.acceptedIds()).containsExactly("D-2");
    assertThat(result.described())
        .containsExactly(
            "line 3, declaration D-1, field destination_country, value 'US': differs from 'DE' on"
                + " line 2, the declaration's first row; declaration-level fields must agree",
            "line 3, declaration D-1, field gross_weight_kg, value '2000': differs from '1050' on"
                + " line 2, the declaration's first row; declaration-level fields must agree");
  }

  @Test
  void lineNumbersMustBeUniqueWithinADeclaration() {
    Collected result =
        Collected.read(
            Format.CSV, HEADER + row("D-1", 1) + row("D-1", 2) + row("D-1", 1) + row("D-2", 1));

    assertThat(result.acceptedIds()).containsExactly("D-2");
    assertThat(result.described())
        .containsExactly(
            "line 4, declaration D-1, field line_no, value '1': line number 1 already used on line 2");
  }

  @Test
  void anIdThatComesBackLaterIsAnErrorOnThoseRowsAndTheEarlierDeclarationStands() {
    Collected result =
        Collected.read(
            Format.CSV,
            HEADER + row("D-1", 1) + row("D-2", 1) + row("D-1", 2) + row("D-1", 3) + row("D-3", 1));

    assertThat(result.acceptedIds()).containsExactly("D-1", "D-2", "D-3");
    assertThat(result.accepted.get(0).lines()).hasSize(1);
    assertThat(result.errors).extracting(RecordError::line).containsExactly(4L, 5L);
    assertThat(result.errors)
        .allSatisfy(
            e -> {
              assertThat(e.declarationId()).isEqualTo("D-1");
              assertThat(e.field()).isEqualTo("declaration_id");
              assertThat(e.reason()).contains("already appeared earlier");
            });
    assertThat(result.summary).isEqualTo(new IngestSummary(5, 3, 1, 2));
  }

  @Test
  void endUserNameAndCountryGoTogether() {
    Collected result =
        Collected.read(
            Format.CSV,
            HEADER
                + row("D-1", 1, "end_user_name", "Someone")
                + row("D-2", 1, "end_user_country", "JP")
                + row("D-3", 1, "end_user_name", "Tokai", "end_user_country", "JP"));

    assertThat(result.acceptedIds()).containsExactly("D-3");
    assertThat(result.described())
        .containsExactly(
            "line 2, declaration D-1, field end_user_country: required when the end-user name is given",
            "line 3, declaration D-2, field end_user_name: required when the end-user country is given");
  }

  @Test
  void aTypologyNeedsAnOutcomeAndOutcomesAreChecked() {
    String header = HEADER.strip() + ",outcome,typology\n";
    Collected result =
        Collected.read(
            Format.CSV,
            header
                + row("D-1", 1).strip()
                + ",,concealment\n"
                + row("D-2", 1).strip()
                + ",GUILTY,\n"
                + row("D-3", 1).strip()
                + ",clean,\n");

    assertThat(result.acceptedIds()).containsExactly("D-3");
    assertThat(result.accepted.get(0).label().orElseThrow().outcome()).isEqualTo(Outcome.CLEAN);
    assertThat(result.described())
        .containsExactly(
            "line 2, declaration D-1, field typology, value 'concealment': a typology needs an outcome",
            "line 3, declaration D-2, field outcome, value 'GUILTY': not one of CLEAN, VIOLATION");
  }

  @Test
  void aRowWithoutADeclarationIdIsRejectedOnItsOwn() {
    Collected result =
        Collected.read(
            Format.CSV, HEADER + row("D-1", 1) + row("", 2, "hs_code", "1") + row("D-1", 2));

    assertThat(result.acceptedIds()).containsExactly("D-1");
    assertThat(result.accepted.get(0).lines()).hasSize(2);
    assertThat(result.described())
        .containsExactly(
            "line 3, field declaration_id: required, but empty",
            "line 3, field hs_code, value '1': an HS code has 8 or 10 digits");
  }

  @Test
  void aMissingRequiredColumnStopsTheImportNamingIt() {
    String header = HEADER.replace("hs_code,", "").replace(",value_usd", "");

    assertThatThrownBy(() -> Collected.read(Format.CSV, header + "whatever\n"))
        .isInstanceOf(IngestException.class)
        .hasMessage("line 1: the header row lacks required columns hs_code, value_usd");
  }

  @Test
  void aColumnTwiceInTheHeaderStopsTheImport() {
    assertThatThrownBy(() -> Collected.read(Format.CSV, HEADER.strip() + ",HS_Code\n"))
        .isInstanceOf(IngestException.class)
        .hasMessage("line 1: column hs_code appears twice in the header row");
  }

  @Test
  void aFileWithoutAHeaderRowIsNotADeclarationCsv() {
    assertThatThrownBy(() -> Collected.read(Format.CSV, row("D-1", 1)))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith("line 1: not a declaration CSV file: the first row is not a header")
        .hasMessageContaining("declaration_id, line_no");
  }

  @Test
  void headerOnlyGivesNothingAndNoErrors() {
    Collected result = Collected.read(Format.CSV, HEADER);

    assertThat(result.summary).isEqualTo(new IngestSummary(0, 0, 0, 0));
  }

  @Test
  void aDeclarationWithTooManyLinesIsRejected() {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 1; i <= CsvDeclarationReader.MAX_LINES_PER_DECLARATION + 1; i++) {
      text.append(row("D-BIG", i));
    }
    text.append(row("D-2", 1));

    Collected result = Collected.read(Format.CSV, text.toString());

    assertThat(result.acceptedIds()).containsExactly("D-2");
    assertThat(result.described())
        .containsExactly(
            "line 1001, declaration D-BIG: a declaration has at most 999 goods lines; this is one more");
  }
}
