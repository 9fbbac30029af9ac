package dev.assay.intelligence.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComtradeReaderTest {
  private final List<ComtradeRecord> records = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();

  private ComtradeReader.Summary read(String text, char separator) {
    return ComtradeReader.read(new StringReader(text), separator, records::add, errors::add);
  }

  @Test
  void reads_the_current_bulk_layout_ignoring_other_columns() {
    var summary =
        read(
            """
            typeCode,period,reporterISO,flowCode,partnerISO,cmdCode,netWgt,primaryValue,cifvalue
            C,202410,CHN,X,THA,811010,43400.0,199809,
            C,202411,tha,M,CHN,282580,12.5,,
            """,
            ',');

    assertThat(summary).isEqualTo(new ComtradeReader.Summary(2, 0));
    assertThat(records)
        .containsExactly(
            new ComtradeRecord(
                "CHN", "THA", "X", YearMonth.of(2024, 10), false, "811010", 199809, 43400),
            // Codes are upper-cased; an empty value is "not recorded", 0.
            new ComtradeRecord(
                "THA", "CHN", "M", YearMonth.of(2024, 11), false, "282580", 0, 12.5));
  }

  @Test
  void reads_the_legacy_layout_with_numeric_flow_codes_and_annual_periods_tab_separated() {
    var summary =
        read(
            "Period\tReporter ISO\tPartner ISO\tTrade Flow Code\tCommodity Code\t"
                + "Trade Value (US$)\tNetweight (kg)\n"
                + "2024\tVNM\tCHN\t1\t811010\t1500000\t14000\n"
                + "2024\tVNM\tUSA\t3\t811010\t10\t1\n",
            '\t');

    assertThat(summary.read()).isEqualTo(2);
    assertThat(records.get(0))
        .isEqualTo(
            new ComtradeRecord(
                "VNM", "CHN", "M", YearMonth.of(2024, 1), true, "811010", 1_500_000, 14_000));
    assertThat(records.get(1).flow()).isEqualTo("RX");
    assertThat(records.get(1).isExport()).isTrue();
  }

  @Test
  void bad_rows_are_reported_with_line_column_and_reason_and_the_rest_are_read() {
    var summary =
        read(
            """
            reporterISO,partnerISO,flowCode,period,cmdCode,primaryValue,netWgt
            CHN,THA,X,202410,811010,100,1
            CHN,TH,X,202410,811010,100,1
            CHN,THA,Z,202410,811010,100,1
            CHN,THA,X,2024-10,811010,100,1
            CHN,THA,X,202410,81A010,100,1
            CHN,THA,X,202410,811010,abc,1
            CHN,THA,X,202410,811010,100,-5
            CHN,THA,M,202412,811010,200,2
            """,
            ',');

    assertThat(summary).isEqualTo(new ComtradeReader.Summary(2, 6));
    assertThat(records).extracting(ComtradeRecord::valueUsd).containsExactly(100.0, 200.0);
    assertThat(errors)
        .containsExactly(
            "line 3, field partnerISO, value 'TH': not an ISO alpha-3 code",
            "line 4, field flowCode, value 'Z': not a flow (M, X, RX, RM or 1-4)",
            "line 5, field period, value '2024-10': not a period (YYYY or YYYYMM)",
            "line 6, field cmdCode, value '81A010': not an HS code",
            "line 7, field primaryValue, value 'abc': not a number",
            "line 8, field netWgt, value '-5': not a non-negative amount");
  }

  @Test
  void a_file_without_a_needed_column_is_refused_naming_it() {
    assertThatThrownBy(
            () ->
                read(
                    "reporterISO,partnerISO,flowCode,period,primaryValue,netWgt\n"
                        + "CHN,THA,X,2024,1,1\n",
                    ','))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not UN Comtrade layout")
        .hasMessageContaining("cmdCode");
  }
}
