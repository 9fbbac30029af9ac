package dev.assay.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.cli.Assay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on Flink's MiniCluster against an in-JVM Kafka broker: the same answers as {@code assay
 * screen}, exactly once across a kill, reference data from the control topic, and learned state
 * kept across a savepoint and a change of parallelism. One broker and one cluster for the class;
 * each test has topics of its own.
 */
class ScreeningJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(4)
              .build());

  @TempDir static Path dir;
  private static EmbeddedKafka kafka;

  /** Simulated declarations, NDJSON, one per line, in declaration order. */
  private static List<String> declarations;

  @BeforeAll
  static void start() throws Exception {
    kafka = new EmbeddedKafka();
    Path file = dir.resolve("declarations.ndjson");
    int exit =
        Assay.run(
            "generate",
            "-n",
            "400",
            "--seed",
            "13",
            "--exporters",
            "25",
            "--violation-rate",
            "0.1",
            "--mineral-share",
            "0.3",
            "--labels",
            "observed",
            "--inspected-share",
            "0.3",
            "--format",
            "ndjson",
            "-o",
            file.toString(),
            "-q");
    assertThat(exit).isZero();
    declarations = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(declarations).hasSize(400);
  }

  @AfterAll
  static void stop() throws Exception {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void givesTheAnswersOfAssayScreenAtParallelismOne() throws Exception {
    List<String> input = new ArrayList<>(declarations);
    // Bad records among good ones: not JSON, a declaration id sent twice, and at the end a bad
    // field followed by the corrected declaration. The CLI and the job must report them alike,
    // except that the job accepts the correction (docs/flink.md, "Same answers").
    input.add(57, "{\"declaration_id\": \"BROKEN-1\", ");
    input.add(300, declarations.get(10));
    String last = input.getLast();
    input.add(
        input.size() - 1, last.replaceFirst("\"hs_code\":\"[0-9]+\"", "\"hs_code\":\"81129\""));
    assertThat(input.get(input.size() - 2)).contains("\"81129\"");
    String corrected = ids(List.of(last)).getFirst();
    Path file = dir.resolve("consistency.ndjson");
    Files.write(file, input, StandardCharsets.UTF_8);
    Path out = dir.resolve("consistency-assessments.jsonl");
    Path rejects = dir.resolve("consistency-rejects.jsonl");
    int exit =
        Assay.run(
            "screen", file.toString(), "-o", out.toString(), "--rejects", rejects.toString(), "-q");
    assertThat(exit).isEqualTo(4); // some records rejected, the others screened

    Topics t = new Topics("consistency");
    kafka.createTopics(1, t.all());
    kafka.produce(t.declarations, input);
    JobSettings settings = t.settings(1, true, null);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    ScreeningJob.configure(env, settings);
    ScreeningJob.build(env, settings);
    env.execute("consistency");

    List<String> cli = Files.readAllLines(out, StandardCharsets.UTF_8);
    List<String> job = kafka.readSettled(t.assessments);
    // The CLI rejects a corrected declaration whose id a rejected record used; the job takes it.
    assertThat(ids(cli)).doesNotContain(corrected);
    assertThat(ids(job.subList(0, job.size() - 1))).containsExactlyElementsOf(ids(cli));
    assertThat(ids(job).getLast()).isEqualTo(corrected);
    assertThat(job).hasSize(input.size() - 3);
    for (int i = 0; i < cli.size(); i++) {
      // Same declarations in the same order, each with the same score, lane and findings.
      assertThat(JSON.readTree(job.get(i))).isEqualTo(JSON.readTree(cli.get(i)));
    }

    List<JsonNode> alerts = trees(kafka.readSettled(t.alerts));
    alerts.removeIf(a -> a.path("declaration_id").asText().equals(corrected));
    List<JsonNode> expectedAlerts =
        trees(cli).stream()
            .filter(a -> Set.of("RED", "YELLOW").contains(a.path("lane").asText()))
            .toList();
    assertThat(alerts).isEqualTo(expectedAlerts).isNotEmpty();

    // Every rejected record is on the dead-letter topic with the CLI's report and its own text.
    List<JsonNode> cliRejects = trees(Files.readAllLines(rejects, StandardCharsets.UTF_8));
    List<JsonNode> deadLetters = new ArrayList<>(trees(kafka.readSettled(t.deadLetters)));
    deadLetters.sort(Comparator.comparingLong(n -> n.path("offset").asLong()));
    assertThat(deadLetters).hasSize(3);
    assertThat(cliRejects).hasSize(4);
    assertThat(cliRejects.getLast().path("declaration_id").asText()).isEqualTo(corrected);
    for (int i = 0; i < 3; i++) {
      JsonNode letter = deadLetters.get(i);
      JsonNode expected = cliRejects.get(i);
      JsonNode error = letter.path("errors").get(0);
      // One record per line in the file, one per offset in the topic.
      assertThat(letter.path("offset").asLong()).isEqualTo(expected.path("line").asLong() - 1);
      for (String field : List.of("declaration_id", "field", "value", "reason")) {
        assertThat(error.path(field)).as(field).isEqualTo(expected.path(field));
      }
      assertThat(letter.path("record").asText())
          .isEqualTo(input.get((int) letter.path("offset").asLong()));
    }
  }

  @Test
  void everyDeclarationHasExactlyOneAssessmentAfterAKillAndARestore() throws Exception {
    Topics t = new Topics("exactly-once");
    kafka.createTopics(2, t.all());
    Path checkpoints = dir.resolve("exactly-once-checkpoints");
    // RocksDB: the keyed state of a production job, restored after the kill.
    JobSettings settings = t.settings(2, false, checkpoints, "--state-backend", "rocksdb");

    kafka.produce(t.declarations, declarations.subList(0, 150));
    JobClient first = start(settings, Optional.empty());
    kafka.awaitCommitted(t.assessments, v -> v.size() >= 100, Duration.ofSeconds(90));
    // The rest is arriving, and being screened into an open transaction, when the job is killed.
    CompletableFuture<Void> producer =
        CompletableFuture.runAsync(
            () -> kafka.produce(t.declarations, declarations.subList(150, 400), 10));
    Thread.sleep(1000);
    first.cancel().get();
    awaitTerminal(first);
    assertThat(kafka.readCommitted(t.assessments).size())
        .as("committed at the kill")
        .isLessThan(400);
    Path checkpoint = latestCheckpoint(checkpoints);

    JobClient second = start(settings, Optional.of(checkpoint));
    producer.get(); // fails the test if a record was not written
    List<String> ids = ids(declarations);
    try {
      kafka.awaitCommitted(
          t.assessments, v -> new HashSet<>(ids(v)).size() == ids.size(), Duration.ofSeconds(120));
    } catch (AssertionError e) {
      Set<String> missing = new java.util.TreeSet<>(ids);
      ids(kafka.readCommitted(t.assessments)).forEach(missing::remove);
      throw new AssertionError(
          e.getMessage()
              + "; missing "
              + missing
              + "; dead letters "
              + kafka.readCommitted(t.deadLetters).size()
              + "; restored from "
              + checkpoint,
          e);
    }
    // Two more checkpoints: a duplicate would be committed by now.
    Thread.sleep(3 * settings.checkpointInterval().toMillis() + 500);
    List<String> assessments = kafka.readCommitted(t.assessments);
    second.cancel().get();

    assertThat(ids(assessments)).hasSize(ids.size()).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void referenceDataChangesWhileTheJobRunsAndABadUpdateIsRejected() throws Exception {
    Topics t = new Topics("control");
    kafka.createTopics(1, t.all());
    JobSettings settings = t.settings(1, false, null);
    JobClient job = start(settings, Optional.empty());
    String rule =
        """
        rules:
          - id: every-declaration
            description: every declaration, for the test
            expression: declaration.id != ''
            finding: PROFILE_ANOMALY
            severity: LOW
            basis: test memo 1
        """;
    kafka.produce(
        t.control,
        List.of(
            new ControlUpdate(ControlUpdate.Kind.RULES, "rules-1", rule).toJson(),
            new ControlUpdate(
                    ControlUpdate.Kind.RULES,
                    "rules-2",
                    rule.replace("declaration.id != ''", "declaration.destinaton == 'DE'"))
                .toJson(),
            new ControlUpdate(ControlUpdate.Kind.SCORING, "weights-2", "lanes: [1, 2").toJson(),
            "{\"kind\": \"weather\", \"version\": \"1\", \"content\": \"\"}"));
    // Once the last rejection is out, every update before it has been applied or rejected.
    List<JsonNode> errors =
        trees(kafka.awaitCommitted(t.controlErrors, v -> v.size() >= 3, Duration.ofSeconds(90)));
    assertThat(errors)
        .extracting(e -> e.path("version").asText())
        .containsExactly("rules-2", "weights-2", "1");
    assertThat(errors.get(0).path("reason").asText()).contains("destinaton");
    assertThat(errors.get(2).path("reason").asText()).contains("kind");

    List<String> some = declarations.subList(0, 40);
    kafka.produce(t.declarations, some);
    List<JsonNode> assessments =
        trees(kafka.awaitCommitted(t.assessments, v -> v.size() >= 40, Duration.ofSeconds(90)));
    job.cancel().get();
    // rules-1 stayed in force after rules-2 was rejected.
    assertThat(assessments)
        .hasSize(40)
        .allSatisfy(
            a ->
                assertThat(a.path("findings").findValuesAsText("rule"))
                    .contains("every-declaration"));
  }

  @Test
  void aSavepointResumedAtParallelismTwoKeepsWhatWasLearned() throws Exception {
    List<String> firstHalf = declarations.subList(0, 200);
    List<String> secondHalf = declarations.subList(200, 400);

    // The answers of an uninterrupted run at parallelism 2: one partition, so each exporter's
    // declarations reach its subtask in the same order in both runs.
    Topics reference = new Topics("rescale-reference");
    kafka.createTopics(1, reference.all());
    kafka.produce(reference.declarations, declarations);
    JobSettings referenceSettings = reference.settings(2, true, null);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    ScreeningJob.configure(env, referenceSettings);
    ScreeningJob.build(env, referenceSettings);
    env.execute("rescale reference");
    Map<String, JsonNode> expected = byId(kafka.readSettled(reference.assessments));
    assertThat(expected).hasSize(400);

    Topics t = new Topics("rescale");
    kafka.createTopics(1, t.all());
    kafka.produce(t.declarations, firstHalf);
    JobClient one = start(t.settings(1, false, null), Optional.empty());
    kafka.awaitCommitted(t.assessments, v -> v.size() >= 200, Duration.ofSeconds(120));
    String savepoint =
        one.stopWithSavepoint(
                false, dir.resolve("savepoints").toUri().toString(), SavepointFormatType.CANONICAL)
            .get();

    kafka.produce(t.declarations, secondHalf);
    JobClient two =
        start(t.settings(2, false, null), Optional.of(Path.of(java.net.URI.create(savepoint))));
    List<String> all =
        kafka.awaitCommitted(t.assessments, v -> v.size() >= 400, Duration.ofSeconds(120));
    Thread.sleep(1500);
    all = kafka.readCommitted(t.assessments);
    two.cancel().get();

    assertThat(ids(all)).hasSize(400).containsExactlyInAnyOrderElementsOf(ids(declarations));
    Map<String, JsonNode> resumed = byId(all);
    for (String id : ids(secondHalf)) {
      assertThat(resumed.get(id)).as(id).isEqualTo(expected.get(id));
    }

    // The comparison can fail: on this stream the second half's answers depend on what the
    // first half taught. A screening that forgot it answers differently.
    assertThat(screenedAlone(secondHalf)).isNotEqualTo(screenedAfter(firstHalf, secondHalf));
  }

  private static List<String> screenedAlone(List<String> lines) {
    return screenedAfter(List.of(), lines);
  }

  /** The core's screening of {@code lines} after it has learned from {@code before}. */
  private static List<String> screenedAfter(List<String> before, List<String> lines) {
    ScreeningEngine engine = new ScreeningEngine(reason -> {});
    before.forEach(line -> engine.screen(RecordIngest.parse(line).declaration()));
    List<String> out = new ArrayList<>();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (var writer = new dev.assay.report.AssessmentWriter(bytes)) {
      lines.forEach(line -> writer.write(engine.screen(RecordIngest.parse(line).declaration())));
    }
    out.addAll(List.of(bytes.toString(StandardCharsets.UTF_8).split("\n")));
    return out;
  }

  // ---------------------------------------------------------------------------------------------

  private static JobClient start(JobSettings settings, Optional<Path> restoreFrom)
      throws Exception {
    Configuration conf = new Configuration();
    restoreFrom.ifPresent(p -> conf.set(StateRecoveryOptions.SAVEPOINT_PATH, p.toString()));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    ScreeningJob.configure(env, settings);
    ScreeningJob.build(env, settings);
    return env.executeAsync("assay screening");
  }

  /** Waits until the job has stopped for good: until then it may still write its checkpoints. */
  private static void awaitTerminal(JobClient job) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!job.getJobStatus().get().isGloballyTerminalState()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("job " + job.getJobID() + " did not stop");
      }
      Thread.sleep(100);
    }
  }

  /** The newest complete checkpoint a cancelled job left. */
  private static Path latestCheckpoint(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.getFileName().toString().equals("_metadata"))
          .map(Path::getParent)
          .filter(p -> p.getFileName().toString().startsWith("chk-"))
          .max(
              Comparator.comparingInt(
                  p -> Integer.parseInt(p.getFileName().toString().substring(4))))
          .orElseThrow(() -> new AssertionError("no completed checkpoint under " + root));
    }
  }

  private static List<JsonNode> trees(List<String> lines) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : lines) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  private static List<String> ids(List<String> lines) {
    List<String> ids = new ArrayList<>();
    for (String line : lines) {
      try {
        ids.add(JSON.readTree(line).path("declaration_id").asText());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
    return ids;
  }

  private static Map<String, JsonNode> byId(List<String> lines) throws IOException {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    for (JsonNode n : trees(lines)) {
      map.put(n.path("declaration_id").asText(), n);
    }
    return map;
  }

  private static final AtomicInteger JOBS = new AtomicInteger();

  /** The topics of one test. */
  private static final class Topics {
    final String prefix;
    final String declarations;
    final String assessments;
    final String alerts;
    final String deadLetters;
    final String control;
    final String controlErrors;

    Topics(String prefix) {
      this.prefix = prefix;
      declarations = prefix + ".declarations";
      assessments = prefix + ".assessments";
      alerts = prefix + ".alerts";
      deadLetters = prefix + ".dead-letters";
      control = prefix + ".control";
      controlErrors = prefix + ".control-errors";
    }

    String[] all() {
      return new String[] {declarations, assessments, alerts, deadLetters, control, controlErrors};
    }

    JobSettings settings(int parallelism, boolean bounded, Path checkpoints, String... extra) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "--bootstrap-servers", kafka.bootstrapServers(),
                  "--declarations", declarations,
                  "--assessments", assessments,
                  "--alerts", alerts,
                  "--dead-letters", deadLetters,
                  "--control", control,
                  "--control-errors", controlErrors,
                  "--group-id", prefix,
                  "--transactional-id-prefix", prefix,
                  "--parallelism", String.valueOf(parallelism),
                  "--checkpoint-interval-ms", "300",
                  "--history-per-exporter", "1000",
                  "--bounded", String.valueOf(bounded)));
      args.addAll(List.of(extra));
      if (checkpoints != null) {
        args.addAll(List.of("--checkpoint-dir", checkpoints.toUri().toString()));
      }
      JOBS.incrementAndGet();
      return JobSettings.parse(args.toArray(String[]::new));
    }
  }
}
