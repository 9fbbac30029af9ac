package dev.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Party;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonDeclarationReaderTest {

  /** A valid declaration object on one line, with {@code replace} pairs applied to its text. */
  static String declaration(String id, String... replace) {
    String json =
        """
        {"declaration_id":"ID","declared_at":"2025-04-02","customs_office":"2248",\
        "exporter":{"id":"EXPORTER","name":"Baotou Magnet Co., Ltd."},\
        "consignee":{"name":"Metallhandel GmbH","country":"DE","address":"Duisburg"},\
        "end_user":{"name":"Motor Works AG","country":"DE"},\
        "destination_country":"DE","transit_countries":["NL"],\
        "transport":{"mode":"SEA","container_count":1,"gross_weight_kg":5250},\
        "end_use":"CIVIL",\
        "items":[{"line_no":1,"hs_code":"8505111000","description":"NdFeB magnets",\
        "quantity":5000,"unit":"kg","net_weight_kg":5000,"value_usd":340000.5,\
        "license_no":"LX2025-RE-00203"}]}"""
            .replace("ID", id)
            .replace("EXPORTER", Csv.EXPORTER);
    for (int i = 0; i < replace.length; i += 2) {
      if (!json.contains(replace[i])) {
        throw new IllegalArgumentException(replace[i]);
      }
      json = json.replace(replace[i], replace[i + 1]);
    }
    return json;
  }

  @Test
  void readsTheNestedForm() {
    Collected result = Collected.read(Format.NDJSON, declaration("J-1") + "\n");

    assertThat(result.errors).isEmpty();
    Declaration d = result.accepted.get(0);
    assertThat(d.id()).isEqualTo("J-1");
    assertThat(d.endUser()).isEqualTo(new Party("Motor Works AG", new CountryCode("DE"), ""));
    assertThat(d.transitCountries()).containsExactly(new CountryCode("NL"));
    assertThat(d.transport().grossWeightKg()).isEqualTo(5250.0);
    assertThat(d.endUse()).isEqualTo(EndUse.CIVIL);
    assertThat(d.lines().get(0).valueUsd()).isEqualTo(340000.5);
    assertThat(d.lines().get(0).licenseNo()).contains("LX2025-RE-00203");
  }

  @Test
  void aBadNdjsonLineIsOneErrorAndTheNextLineStillParses() {
    Collected result =
        Collected.read(
            Format.NDJSON,
            declaration("J-1")
                + "\n"
                + "{\"declaration_id\": \"J-2\", oops\n"
                + "\n"
                + declaration("J-3")
                + "\n"
                + "[1,2]\n"
                + declaration("J-5")
                + " {}\n"
                + declaration("J-6"));

    assertThat(result.acceptedIds()).containsExactly("J-1", "J-3", "J-6");
    assertThat(result.errors).extracting(RecordError::line).containsExactly(2L, 5L, 6L);
    assertThat(result.errors.get(0).reason()).startsWith("not valid JSON: ");
    assertThat(result.errors.get(1).reason())
        .isEqualTo("expected a declaration object, found an array");
    assertThat(result.errors.get(2).reason()).isEqualTo("more than one JSON value on the line");
    assertThat(result.summary).isEqualTo(new IngestSummary(6, 3, 3, 3));
  }

  @Test
  void fieldErrorsNameTheirJsonPath() {
    Collected result =
        Collected.read(
            Format.NDJSON,
            declaration(
                    "J-1",
                    "\"hs_code\":\"8505111000\"",
                    "\"hs_code\":\"85051\"",
                    "\"country\":\"DE\",\"address\"",
                    "\"country\":\"QQ\",\"address\"",
                    "\"transport\":{",
                    "\"transport\":{\"bogus\":1,",
                    "\"mode\":\"SEA\"",
                    "\"mode\":[\"SEA\"]",
                    "[\"NL\"]",
                    "[\"NL\",7]",
                    "\"value_usd\":340000.5",
                    "\"value_usd\":-3")
                + "\n");

    assertThat(result.accepted).isEmpty();
    assertThat(result.described())
        .containsExactlyInAnyOrder(
            "line 1, declaration J-1, field consignee.country, value 'QQ': not an ISO 3166-1 alpha-2 country code",
            "line 1, declaration J-1, field transit_countries[1], value '7': expected a country code as text, found a number",
            "line 1, declaration J-1, field transport.mode: expected text or a number, found an array",
            "line 1, declaration J-1, field items[0].hs_code, value '85051': an HS code has 8 or 10 digits",
            "line 1, declaration J-1, field items[0].value_usd, value '-3': must not be negative");
  }

  @Test
  void itemsAreRequiredAndTheirLineNumbersUnique() {
    String twoItems =
        declaration("J-2")
            .replace(
                "}]}",
                "},{\"line_no\":1,\"hs_code\":\"6403990000\","
                    + "\"description\":\"shoes\",\"quantity\":10,\"unit\":\"pair\",\"net_weight_kg\":9,"
                    + "\"value_usd\":200}]}");
    Collected result =
        Collected.read(
            Format.NDJSON,
            declaration("J-1").replaceAll(",\"items\":\\[.*\\]}$", "}") + "\n" + twoItems + "\n");

    assertThat(result.accepted).isEmpty();
    assertThat(result.described())
        .containsExactly(
            "line 1, declaration J-1, field items: required: a declaration has at least one goods line",
            "line 2, declaration J-2, field items[1].line_no, value '1': line number 1 already used by items[0]");
  }

  @Test
  void aRepeatedIdIsAnErrorAndTheFirstStands() {
    Collected result =
        Collected.read(Format.NDJSON, declaration("J-1") + "\n" + declaration("J-1") + "\n");

    assertThat(result.acceptedIds()).containsExactly("J-1");
    assertThat(result.errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.field()).isEqualTo("declaration_id");
              assertThat(e.reason()).contains("already appeared earlier");
            });
  }

  @Test
  void invalidUtf8InANdjsonStringRejectsThatLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String[] parts = declaration("J-1").split("NdFeB");
    bytes.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    bytes.writeBytes(
        (parts[1] + "\n" + declaration("J-2") + "\n").getBytes(StandardCharsets.UTF_8));

    Collected result = Collected.read(Format.NDJSON, bytes.toByteArray());

    assertThat(result.acceptedIds()).containsExactly("J-2");
    assertThat(result.errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("items[0].description");
              assertThat(e.reason()).startsWith("invalid UTF-8");
            });
  }

  @Test
  void invalidUtf8InAnUnknownJsonFieldStillRejectsTheRecord() {
    String text =
        "["
            + declaration("J-1")
            + ","
            + declaration("J-2", "\"end_use\"", "\"remarks\":{\"note\":\"BROKEN\"},\"end_use\"")
            + "]";
    String[] parts = text.split("BROKEN");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
    bytes.write(0xC0);
    bytes.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));

    Collected result = Collected.read(Format.JSON, bytes.toByteArray());

    assertThat(result.acceptedIds()).containsExactly("J-1");
    assertThat(result.described())
        .singleElement()
        .asString()
        .startsWith("line 1, declaration J-2, field remarks.note: invalid UTF-8");
  }

  @Test
  void readsAPrettyPrintedArrayReportingTheLineWhereEachObjectStarts() {
    String text =
        "[\n  "
            + declaration("J-1").replace(",\"", ",\n    \"")
            + ",\n  "
            + declaration("J-2", "\"quantity\":5000", "\"quantity\":\"lots\"")
                .replace(",\"", ",\n    \"")
            + ",\n  42,\n  "
            + declaration("J-4")
            + "\n]\n";
    int j2Line =
        (int) text.substring(0, text.indexOf("J-2")).chars().filter(c -> c == '\n').count() + 1;

    Collected result = Collected.read(Format.JSON, text);

    assertThat(result.acceptedIds()).containsExactly("J-1", "J-4");
    assertThat(result.errors).hasSize(2);
    assertThat(result.errors.get(0).line()).isEqualTo(j2Line);
    assertThat(result.errors.get(0).describe())
        .endsWith("declaration J-2, field items[0].quantity, value 'lots': not a decimal number");
    assertThat(result.errors.get(1).reason())
        .isEqualTo("expected a declaration object, found a number");
    assertThat(result.summary).isEqualTo(new IngestSummary(4, 2, 2, 2));
  }

  @Test
  void readsASingleObject() {
    Collected result = Collected.read(Format.JSON, declaration("J-1").replace(",\"", ",\n\""));

    assertThat(result.acceptedIds()).containsExactly("J-1");
  }

  @Test
  void aSyntaxErrorInAJsonArrayStopsWithItsLineAfterDeliveringWhatCameBefore() {
    Collected collected = new Collected();
    String text =
        "[\n"
            + declaration("J-1")
            + ",\n"
            + declaration("J-2")
            + ",\n{\"declaration_id\": nope}\n]";

    assertThatThrownBy(
            () ->
                DeclarationReader.read(
                    new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    Format.JSON,
                    collected))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith("line 4, column 20: JSON syntax error: ")
        .hasMessageEndingWith("; reading stopped here, the declarations before it were delivered");
    assertThat(collected.acceptedIds()).containsExactly("J-1", "J-2");
  }

  @Test
  void somethingThatIsNotJsonAtAllIsAnIngestException() {
    assertThatThrownBy(() -> Collected.read(Format.JSON, "declaration_id,line_no\n"))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith("line 1, column ")
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> Collected.read(Format.JSON, "  \n"))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith("the file is empty");
    assertThatThrownBy(() -> Collected.read(Format.NDJSON, "\u0000\u0001garbage\n{}\n"))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith("line 1: not NDJSON");
  }

  @Test
  void anEmptyNdjsonStreamIsEmpty() {
    Collected result = Collected.read(Format.NDJSON, "\n \n");

    assertThat(result.summary).isEqualTo(new IngestSummary(0, 0, 0, 0));
  }

  @Test
  void aHugeDeclarationObjectIsRejectedWithoutStoppingTheArray() {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < BoundedTreeReader.MAX_VALUES; i++) {
      items.append(i == 0 ? "" : ",").append("{\"n\":[1,2]}");
    }
    String huge = declaration("J-2").replace("\"items\":[", "\"items\":[" + items + ",");
    Collected result =
        Collected.read(
            Format.JSON,
            "[" + declaration("J-1") + ",\n" + huge + ",\n" + declaration("J-3") + "]");

    assertThat(result.acceptedIds()).containsExactly("J-1", "J-3");
    assertThat(result.described())
        .containsExactly("line 2: the declaration is too large (over 50000 JSON values)");
  }

  @Test
  void anOverlongNdjsonLineIsOneError() {
    String longLine = "{\"declaration_id\":\"" + "x".repeat(LineReader.MAX_LINE_CHARS) + "\"}";
    Collected result =
        Collected.read(
            Format.NDJSON, declaration("J-1") + "\n" + longLine + "\n" + declaration("J-3"));

    assertThat(result.acceptedIds()).containsExactly("J-1", "J-3");
    assertThat(result.described())
        .containsExactly("line 2: the line is longer than 1048576 characters");
  }

  @Test
  void aNumberWithAHugeExponentIsARecordErrorAndTheNextDeclarationIsStillRead() {
    for (String huge : new String[] {"1e99999999999", "1e-99999999999", "-2.5E+99999999999"}) {
      String bad = declaration("J-2", "\"value_usd\":340000.5", "\"value_usd\":" + huge);
      Collected ndjson =
          Collected.read(
              Format.NDJSON, declaration("J-1") + "\n" + bad + "\n" + declaration("J-3") + "\n");
      Collected json =
          Collected.read(
              Format.JSON, "[" + declaration("J-1") + "," + bad + "," + declaration("J-3") + "]");

      for (Collected result : new Collected[] {ndjson, json}) {
        assertThat(result.acceptedIds()).as(huge).containsExactly("J-1", "J-3");
        assertThat(result.described())
            .containsExactly(
                "line "
                    + result.errors.getFirst().line()
                    + ", declaration J-2, field items[0].value_usd, value '"
                    + huge
                    + "': not a decimal number");
      }
    }
  }

  @Test
  void aKeyTwiceInOneObjectRejectsTheDeclarationNamingTheKey() {
    Collected result =
        Collected.read(
            Format.NDJSON,
            declaration(
                    "J-1",
                    "\"destination_country\":\"DE\"",
                    "\"destination_country\":\"DE\",\"destination_country\":\"KP\"")
                + "\n"
                + declaration(
                    "J-2",
                    "\"hs_code\":\"8505111000\"",
                    "\"hs_code\":\"8505111000\",\"hs_code\":\"2805301100\"")
                + "\n"
                + declaration("J-3"));

    assertThat(result.acceptedIds()).containsExactly("J-3");
    assertThat(result.errors)
        .extracting(RecordError::field)
        .containsExactly("destination_country", "items[0].hs_code");
    assertThat(result.errors.getFirst().reason()).contains("appears more than once");
    assertThat(result.summary.declarationsRejected()).isEqualTo(2);
  }
}
