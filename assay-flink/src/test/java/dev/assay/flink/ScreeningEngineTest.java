package dev.assay.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.cli.Assay;
import dev.assay.declaration.Declaration;
import dev.assay.risk.Assessment;
import dev.assay.risk.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference data replaced at run time: what is accepted, what is rejected and why. */
class ScreeningEngineTest {
  private static final Declaration DECLARATION =
      RecordIngest.parse(
              "{\"declaration_id\": \"D-2025-0013\", \"declared_at\": \"2025-04-15\","
                  + " \"customs_office\": \"5316\", \"exporter\": {\"id\": \"91330206MA2H9L6C2B\","
                  + " \"name\": \"Ningbo Beilun General Trading Co., Ltd.\"}, \"consignee\":"
                  + " {\"name\": \"Hai Phong Trading JSC\", \"country\": \"VN\", \"address\": \"12 Le"
                  + " Thanh Tong, Hai Phong\"}, \"destination_country\": \"VN\","
                  + " \"transit_countries\": [], \"transport\": {\"mode\": \"SEA\","
                  + " \"container_count\": 1, \"gross_weight_kg\": 6161}, \"items\": [{\"line_no\":"
                  + " 1, \"hs_code\": \"9403600000\", \"description\": \"wooden furniture\","
                  + " \"quantity\": 200, \"unit\": \"piece\", \"net_weight_kg\": 3600.0,"
                  + " \"value_usd\": 27000.0}]}")
          .declaration();

  private static final String RULE =
      """
      rules:
        - id: to-vietnam
          description: goods to Viet Nam, for the test
          expression: declaration.destination == 'VN'
          finding: TRANSSHIPMENT_RISK
          severity: HIGH
          basis: test memo 2
      """;

  private static List<String> rules(Assessment a) {
    return a.findings().stream()
        .map(Finding::evidence)
        .filter(e -> e.containsKey("rule"))
        .map(e -> String.valueOf(e.get("rule")))
        .toList();
  }

  @Test
  void aRuleUpdateTakesEffectAndABadOneLeavesItInForce() {
    ScreeningEngine engine = new ScreeningEngine(reason -> {});
    assertThat(rules(engine.screen(DECLARATION))).isEmpty();
    engine.apply(new ControlUpdate(ControlUpdate.Kind.RULES, "r1", RULE));
    assertThat(rules(engine.screen(DECLARATION))).containsExactly("to-vietnam");

    assertThatThrownBy(
            () ->
                engine.apply(
                    new ControlUpdate(
                        ControlUpdate.Kind.RULES,
                        "r2",
                        RULE.replace("destination ==", "destinaton =="))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("destinaton");
    assertThat(rules(engine.screen(DECLARATION))).containsExactly("to-vietnam");
  }

  @Test
  void scoringWeightsChangeTheScoreAndBadWeightsAreRejected() {
    ScreeningEngine engine = new ScreeningEngine(reason -> {});
    engine.apply(new ControlUpdate(ControlUpdate.Kind.RULES, "r1", RULE));
    double before = engine.screen(DECLARATION).score();
    String weights =
        """
        severity_weights: {LOW: 0.05, MEDIUM: 0.1, HIGH: 0.9, CRITICAL: 1.0}
        lanes: {red: 0.8, yellow: 0.5, blue: 0.2}
        """;
    engine.apply(new ControlUpdate(ControlUpdate.Kind.SCORING, "w2", weights));
    double after = engine.screen(DECLARATION).score();
    assertThat(after).isGreaterThan(before);

    assertThatThrownBy(
            () ->
                engine.apply(
                    new ControlUpdate(
                        ControlUpdate.Kind.SCORING, "w3", weights.replace("HIGH: 0.9", "HIGH: 7"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 0 and 1");
    assertThat(engine.screen(DECLARATION).score()).isEqualTo(after);
  }

  @Test
  void aPartyListUpdateFlagsItsPartiesFromTheNextDeclaration() {
    ScreeningEngine engine = new ScreeningEngine(reason -> {});
    assertThat(engine.screen(DECLARATION).findings())
        .noneMatch(f -> f.code() == dev.assay.risk.FindingCode.RESTRICTED_PARTY);
    String list =
        "list,action,announcement,publish_date,effective_date,name_zh,name_en,entity_type,source_url\n"
            + "UNRELIABLE_ENTITY_LIST,listed,商务部公告2025年第99号,2025-01-02,2025-01-02,"
            + "海防贸易股份公司,Hai Phong Trading JSC,organization,https://example.org/99\n";
    engine.apply(new ControlUpdate(ControlUpdate.Kind.PARTIES, "parties-2025-99", list));
    assertThat(engine.screen(DECLARATION).findings())
        .anyMatch(f -> f.code() == dev.assay.risk.FindingCode.RESTRICTED_PARTY);
  }

  @Test
  void aTrainedModelBlendsIntoTheScoresOnceItArrives(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("labelled.csv");
    Path model = dir.resolve("ranking.model");
    assertThat(Assay.run("generate", "-n", "3000", "--seed", "3", "-o", data.toString(), "-q"))
        .isZero();
    assertThat(
            Assay.run(
                "ml",
                "train",
                "--data",
                data.toString(),
                "--out",
                model.toString(),
                "--depth",
                "3",
                "--rounds",
                "10",
                "--patience",
                "5"))
        .isZero();
    ScreeningEngine engine = new ScreeningEngine(reason -> {});
    assertThat(engine.screen(DECLARATION).model()).isEmpty();
    engine.apply(
        new ControlUpdate(
            ControlUpdate.Kind.MODEL, "model-1", Files.readString(model, StandardCharsets.UTF_8)));
    assertThat(engine.screen(DECLARATION).model())
        .hasValueSatisfying(m -> assertThat(m.version()).startsWith("assay-gbt-"));
  }

  @Test
  void badControlListModelAndPartyUpdatesAreRejectedWithTheirReason() {
    ScreeningEngine engine = new ScreeningEngine(reason -> {});
    assertThatThrownBy(
            () ->
                engine.apply(
                    new ControlUpdate(ControlUpdate.Kind.CONTROL_LIST, "m1", "announcement: [")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> engine.apply(new ControlUpdate(ControlUpdate.Kind.MODEL, "x", "{\"trees\": 3}")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> engine.apply(new ControlUpdate(ControlUpdate.Kind.PARTIES, "p1", "no,header\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("header lacks column");
    // Still screening with what it had.
    assertThat(engine.screen(DECLARATION).declarationId()).isEqualTo("D-2025-0013");
  }

  @Test
  void controlMessagesNameWhatIsMissing() {
    assertThatThrownBy(() -> ControlUpdate.parse("not json"))
        .hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> ControlUpdate.parse("{\"kind\": \"weather\"}"))
        .hasMessageContaining("field kind");
    assertThatThrownBy(() -> ControlUpdate.parse("{\"kind\": \"rules\", \"content\": \"x\"}"))
        .hasMessageContaining("field version");
    assertThatThrownBy(() -> ControlUpdate.parse("{\"kind\": \"rules\", \"version\": \"1\"}"))
        .hasMessageContaining("field content");
    ControlUpdate update = new ControlUpdate(ControlUpdate.Kind.CONTROL_LIST, "v1", "a: b");
    assertThat(ControlUpdate.parse(update.toJson())).isEqualTo(update);
  }
}
