package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.risk.Assessment;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Lane;
import dev.assay.risk.ModelScore;
import dev.assay.risk.Selection;
import dev.assay.risk.Severity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AssessmentWriterTest {

  @Test
  void writes_one_object_per_line_in_the_output_contract() throws Exception {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("hs_code", "8110101000");
    evidence.put("license_no", null);
    evidence.put("net_weight_kg", 1000.5);
    var finding =
        new Finding(
            FindingCode.UNLICENSED_CONTROLLED_EXPORT,
            Severity.HIGH,
            OptionalInt.of(2),
            "controlled item without license",
            evidence,
            "MOFCOM-GAC 2024 No. 33");
    var whole =
        new Finding(
            FindingCode.PROFILE_ANOMALY, Severity.LOW, OptionalInt.empty(), "m", Map.of(), "b");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (AssessmentWriter writer = new AssessmentWriter(out)) {
      writer.write(
          new Assessment(
              "D-1",
              0.712345,
              Lane.RED,
              List.of(finding, whole),
              List.of(0.6, 0.112345),
              Optional.of(new ModelScore("gbm-7", 0.25, 0.05)),
              Optional.of(new Selection(Lane.RED, Selection.Reason.SCORE, "5300", 4, 2))));
      writer.write(new Assessment("D-2 \"quoted\"", 0, Lane.GREEN, List.of()));
    }

    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
    assertThat(lines).hasSize(3);
    assertThat(lines[2]).isEmpty();
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines[0]);
    assertThat(first.get("declaration_id").asText()).isEqualTo("D-1");
    assertThat(first.get("score").asDouble()).isEqualTo(0.7123);
    assertThat(first.get("lane").asText()).isEqualTo("RED");
    JsonNode f = first.get("findings").get(0);
    assertThat(f.fieldNames())
        .toIterable()
        .containsExactly(
            "code", "severity", "line_no", "message", "evidence", "basis", "kind", "contribution");
    assertThat(f.get("line_no").asInt()).isEqualTo(2);
    assertThat(f.get("evidence").get("license_no").isNull()).isTrue();
    assertThat(f.get("evidence").get("net_weight_kg").asDouble()).isEqualTo(1000.5);
    assertThat(f.get("basis").asText()).isEqualTo("MOFCOM-GAC 2024 No. 33");
    assertThat(first.get("findings").get(1).get("line_no").isNull()).isTrue();
    assertThat(first.get("findings").get(1).get("contribution").asDouble()).isEqualTo(0.1123);
    assertThat(first.get("selection").get("reason").asText()).isEqualTo("SCORE");
    assertThat(first.get("selection").get("red_capacity").asInt()).isEqualTo(4);
    assertThat(first.get("model").get("version").asText()).isEqualTo("gbm-7");
    assertThat(first.get("model").get("probability").asDouble()).isEqualTo(0.25);
    JsonNode second = json.readTree(lines[1]);
    assertThat(second.fieldNames())
        .toIterable()
        .containsExactly("declaration_id", "score", "lane", "findings");
    assertThat(json.readTree(lines[1]).get("declaration_id").asText()).isEqualTo("D-2 \"quoted\"");
  }

  @Test
  void evidence_is_written_as_jackson_writes_it() throws Exception {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("text", "Sb\u2082O\u2083 \"99.9%\"\n");
    evidence.put("none", null);
    evidence.put("tenth", 0.1);
    evidence.put("huge", 1.0e21);
    evidence.put("tiny", 5.0e-7);
    evidence.put("not_a_number", Double.NaN);
    evidence.put("count", 7);
    evidence.put("long_count", 12_345_678_901L);
    evidence.put("flag", true);
    evidence.put("codes", List.of("8110101000", "81102000"));
    evidence.put("nested", Map.of("k", 1.5));
    var finding =
        new Finding(
            FindingCode.VALUE_ANOMALY, Severity.MEDIUM, OptionalInt.of(1), "m", evidence, "b");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (AssessmentWriter writer = new AssessmentWriter(out)) {
      writer.write(new Assessment("D-1", 0.5, Lane.YELLOW, List.of(finding)));
    }

    String line = out.toString(StandardCharsets.UTF_8);
    assertThat(line).contains("\"evidence\":" + new ObjectMapper().writeValueAsString(evidence));
  }
}
