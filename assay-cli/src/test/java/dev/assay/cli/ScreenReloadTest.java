package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A screen reading a stream from standard input picks up an edited rule file and a new measure file
 * without restart, and keeps the version in force when an edit is broken.
 */
class ScreenReloadTest {
  @TempDir Path dir;

  private static final String RULES =
      """
      rules:
        - id: %s
          description: shipment to %s
          expression: "declaration.destination == '%s'"
          finding: TRANSSHIPMENT_RISK
          severity: MEDIUM
          basis: analyst memo 2027-1
      """;

  private static String declaration(String id, String to, String hs, String description) {
    return """
        {"declaration_id": "%s", "declared_at": "2027-03-02", "customs_office": "4900", \
        "exporter": {"id": "91431300MA4L2K7P3P", "name": "Hunan Trading"}, \
        "consignee": {"name": "Buyer", "country": "%s", "address": "1 Road"}, \
        "destination_country": "%s", "transit_countries": [], \
        "transport": {"mode": "AIR", "container_count": 0, "gross_weight_kg": 11}, \
        "items": [{"line_no": 1, "hs_code": "%s", "description": "%s", "quantity": 10, \
        "unit": "kg", "net_weight_kg": 10.0, "value_usd": 300000.0}]}
        """
        .formatted(id, to, to, hs, description);
  }

  @Test
  void rule_and_control_list_edits_reach_a_running_screen() throws Exception {
    Path rules = dir.resolve("rules.yaml");
    Files.writeString(rules, RULES.formatted("to-hk", "HK", "HK"));
    Path measures = Files.createDirectory(dir.resolve("measures"));
    Path out = dir.resolve("out.jsonl");
    StringWriter err = new StringWriter();
    PipedOutputStream feed = new PipedOutputStream();
    InputStream stdin = System.in;
    System.setIn(new PipedInputStream(feed, 1 << 16));
    try {
      var cli = Assay.commandLine();
      cli.setOut(new PrintWriter(new StringWriter(), true));
      cli.setErr(new PrintWriter(err, true));
      CompletableFuture<Integer> screen =
          CompletableFuture.supplyAsync(
              () ->
                  cli.execute(
                      "screen",
                      "-",
                      "--format",
                      "NDJSON",
                      "-o",
                      out.toString(),
                      "--rules",
                      rules.toString(),
                      "--control-list",
                      measures.toString(),
                      "--reload-every",
                      "0.1"));

      send(feed, declaration("D-1", "HK", "6403990000", "shoes"));
      await(() -> lines(out).size() == 1, err);

      Files.writeString(rules, RULES.formatted("to-de", "DE", "DE"));
      await(() -> err.toString().contains("reloaded rules from " + rules + ": 1 rules"), err);
      send(feed, declaration("D-2", "HK", "6403990000", "shoes"));
      send(feed, declaration("D-3", "DE", "6403990000", "shoes"));
      await(() -> lines(out).size() == 3, err);

      Files.writeString(
          rules, RULES.formatted("broken", "US", "US").replace("destination", "dest"));
      await(() -> err.toString().contains("did not reload rules from " + rules), err);
      // A regex bomb arriving by reload is refused at load like any broken rule.
      Files.writeString(
          rules,
          RULES
              .formatted("bomb", "US", "US")
              .replace(
                  "declaration.destination == 'US'",
                  "declaration.exporter_name.matches('((x{1000}){1000}){1000}')"));
      await(() -> err.toString().contains("rule bomb: "), err);
      Files.writeString(measures.resolve("2027-001-platinum.yaml"), PLATINUM);
      await(() -> err.toString().contains("reloaded control list from " + measures), err);
      send(feed, declaration("D-4", "DE", "7110110000", "platinum sponge"));
      feed.close();

      assertThat(screen.get()).isZero();
      List<String> assessments = lines(out);
      assertThat(assessments.get(0)).contains("\"rule\":\"to-hk\"");
      assertThat(assessments.get(1)).doesNotContain("\"rule\"");
      assertThat(assessments.get(2)).contains("\"rule\":\"to-de\"");
      assertThat(assessments.get(3))
          .as("the broken edit kept to-de; the new measure controls platinum")
          .contains("\"rule\":\"to-de\"")
          .contains("UNLICENSED_CONTROLLED_EXPORT");
      assertThat(err.toString())
          .contains("rule broken: ")
          .contains("undefined field 'dest'")
          .contains("expands to more than")
          .contains("the previous version stays in force");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void a_rule_file_with_one_broken_rule_screens_with_the_others_and_says_so() throws IOException {
    Path rules = dir.resolve("rules.yaml");
    Files.writeString(
        rules,
        RULES.formatted("to-us", "US", "US")
            + RULES
                .formatted("typo", "US", "US")
                .replace("rules:\n", "")
                .replace("destination", "destinaton"));

    Path out = dir.resolve("out.jsonl");
    CommandRun run =
        CommandRun.of(
            "screen",
            "../examples/declarations.ndjson",
            "--rules",
            rules.toString(),
            "-q",
            "-o",
            out.toString());

    assertThat(run.err())
        .contains("assay: rule not loaded: " + rules + ": rule typo: ")
        .contains("undefined field 'destinaton'")
        .contains("1 of 2 rules loaded from " + rules);
    assertThat(Files.readString(out))
        .contains("\"rule\":\"to-us\"")
        .doesNotContain("\"rule\":\"typo\"");
  }

  private static final String PLATINUM =
      """
      id: TEST-2027-1
      citation: TEST 2027 No. 1
      title: Fictitious control on platinum items
      authorities: [MOFCOM, GAC]
      issued: 2027-02-01
      effective: 2027-03-01
      kind: LICENSE_REQUIRED
      sources: [TEST]
      confidence: confirmed
      items:
        - id: platinum-1
          mineral: platinum
          name: unwrought platinum
          hs: ["7110110000"]
          sources: [TEST]
          confidence: confirmed
      """;

  private static void send(OutputStream feed, String line) throws IOException {
    feed.write(line.getBytes(StandardCharsets.UTF_8));
    feed.flush();
  }

  private static List<String> lines(Path file) {
    try {
      return Files.exists(file) ? Files.readAllLines(file) : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static void await(BooleanSupplier condition, StringWriter err)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting; stderr so far:\n" + err);
      }
      Thread.sleep(20);
    }
  }
}
