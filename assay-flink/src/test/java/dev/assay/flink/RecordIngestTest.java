package dev.assay.flink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One Kafka record through the core's NDJSON ingest: one declaration, or why not. */
class RecordIngestTest {
  private static final String GOOD =
      "{\"declaration_id\": \"D-2025-0001\", \"declared_at\": \"2025-01-08\", \"customs_office\":"
          + " \"4900\", \"exporter\": {\"id\": \"91431300MA4L2K7P3P\", \"name\": \"Lengshuijiang"
          + " Xikuangshan Antimony Trading Co., Ltd.\"}, \"consignee\": {\"name\": \"Midwest Alloys"
          + " Inc.\", \"country\": \"US\", \"address\": \"1200 Industrial Pkwy, Cleveland, OH\"},"
          + " \"destination_country\": \"US\", \"transit_countries\": [], \"transport\": {\"mode\":"
          + " \"SEA\", \"container_count\": 1, \"gross_weight_kg\": 18745}, \"items\":"
          + " [{\"line_no\": 1, \"hs_code\": \"8110101000\", \"description\": \"antimony ingots"
          + " 99.65%\", \"quantity\": 18000, \"unit\": \"kg\", \"net_weight_kg\": 18000.0,"
          + " \"value_usd\": 936000.0}]}";

  @Test
  void acceptsAValidDeclaration() {
    RecordIngest.Result result = RecordIngest.parse(GOOD);
    assertThat(result.accepted()).isTrue();
    assertThat(result.declaration().id()).isEqualTo("D-2025-0001");
    assertThat(result.declaration().exporter().code().value()).isEqualTo("91431300MA4L2K7P3P");
  }

  @Test
  void rejectsABadFieldNamingFieldValueAndReason() {
    RecordIngest.Result result = RecordIngest.parse(GOOD.replace("8110101000", "81129"));
    assertThat(result.accepted()).isFalse();
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.declarationId()).isEqualTo("D-2025-0001");
              assertThat(e.field()).contains("hs_code");
              assertThat(e.value()).isEqualTo("81129");
              assertThat(e.reason()).isNotBlank();
            });
  }

  @Test
  void rejectsWhatIsNotOneJsonDeclaration() {
    assertThat(RecordIngest.parse("{\"declaration_id\": \"X\", ").errors().getFirst().reason())
        .contains("not valid JSON");
    assertThat(RecordIngest.parse("").errors().getFirst().reason()).contains("empty");
    assertThat(RecordIngest.parse("[1, 2]").errors().getFirst().reason()).contains("NDJSON");
    assertThat(
            RecordIngest.parse(GOOD + "\n" + GOOD.replace("D-2025-0001", "D-2"))
                .errors()
                .getLast()
                .reason())
        .contains("2 declarations");
  }
}
