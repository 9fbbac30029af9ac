package dev.assay.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.cli.Assay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Benchmark, not a test (run by {@code assay-flink/bench/stream-bench.sh}): declarations per second
 * through the job at parallelism 1 and 2 against {@code assay screen} on the same stream in the
 * same JVM, checkpoint duration and size, and end-to-end latency at a fixed input rate. Flink runs
 * in local mode (a MiniCluster per job) and Kafka in this JVM, so the machine's cores are shared by
 * the broker, the job and the producer.
 */
public final class StreamBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    Path dir = Files.createTempDirectory("assay-stream-bench");
    Path file = dir.resolve("declarations.ndjson");
    check(
        Assay.run(
            "generate",
            "-n",
            String.valueOf(n),
            "--seed",
            "5",
            "--format",
            "ndjson",
            "-o",
            file.toString(),
            "-q"));
    List<String> declarations = Files.readAllLines(file, StandardCharsets.UTF_8);
    System.out.printf(
        Locale.ROOT, "stream: %,d simulated declarations (assay generate --seed 5)%n", n);

    // assay screen on the same stream, in this JVM: once to warm up, once measured.
    Path out = dir.resolve("screen.jsonl");
    Assay.run("screen", file.toString(), "-o", out.toString(), "-q");
    long t0 = System.nanoTime();
    Assay.run("screen", file.toString(), "-o", out.toString(), "-q");
    double screenSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "assay screen (in-process, warm): %.2f s, %,.0f declarations/s%n",
        screenSeconds,
        n / screenSeconds);

    try (EmbeddedKafka kafka = new EmbeddedKafka()) {
      kafka.createTopics(2, "in", "in-empty");
      kafka.produce("in", declarations);
      double[] perSecond = new double[3];
      Map<String, String> fullRuns = new LinkedHashMap<>();
      for (int p : new int[] {1, 2}) {
        double empty = bounded(kafka, "in-empty", p, "empty-p" + p, dir, 0, null);
        double full = bounded(kafka, "in", p, "full-p" + p, dir, n, fullRuns);
        perSecond[p] = n / (full - empty);
        System.out.printf(
            Locale.ROOT,
            "job p%d (bounded, 2 partitions): %.2f s for the stream, %.2f s for an empty topic;"
                + " %,.0f declarations/s net of start and stop (%,.0f gross)%n",
            p,
            full,
            empty,
            perSecond[p],
            n / full);
      }
      System.out.printf(
          Locale.ROOT,
          "scaling efficiency p2 / (2 x p1): %.2f; job p1 / assay screen: %.2f%n",
          perSecond[2] / (2 * perSecond[1]),
          perSecond[1] / (n / screenSeconds));

      checkpoints(fullRuns);
      latency(kafka, declarations, rate, seconds, dir);
    }
  }

  /**
   * Wall time of a bounded run of the job over a topic, from submission to its end. Fails unless
   * every one of the topic's {@code expected} declarations came out as an assessment or a dead
   * letter: a throughput over records that were never screened would be a false figure.
   */
  private static double bounded(
      EmbeddedKafka kafka,
      String topic,
      int p,
      String name,
      Path dir,
      long expected,
      Map<String, String> jobs)
      throws Exception {
    kafka.createTopics(2, name + ".a", name + ".al", name + ".d", name + ".c", name + ".ce");
    JobSettings settings =
        JobSettings.parse(
            "--bootstrap-servers",
            kafka.bootstrapServers(),
            "--declarations",
            topic,
            "--assessments",
            name + ".a",
            "--alerts",
            name + ".al",
            "--dead-letters",
            name + ".d",
            "--control",
            name + ".c",
            "--control-errors",
            name + ".ce",
            "--group-id",
            name,
            "--transactional-id-prefix",
            name,
            "--parallelism",
            String.valueOf(p),
            "--checkpoint-interval-ms",
            "2000",
            "--checkpoint-dir",
            dir.resolve("ckpt-" + name).toUri().toString(),
            "--bounded",
            "true");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    ScreeningJob.configure(env, settings);
    ScreeningJob.build(env, settings);
    long t0 = System.nanoTime();
    JobExecutionResult result = env.execute(name);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long out = kafka.countSettled(name + ".a") + kafka.countSettled(name + ".d");
    if (out != expected) {
      throw new IllegalStateException(
          name + ": " + out + " assessments and dead letters for " + expected + " declarations");
    }
    if (jobs != null) {
      jobs.put(name, result.getJobID().toString());
    }
    return seconds;
  }

  /**
   * Checkpoint durations and sizes the bounded runs logged (CheckpointCoordinator, INFO), and the
   * last checkpoint of each full run: the state after the whole stream.
   */
  private static void checkpoints(Map<String, String> fullRuns) throws IOException {
    Path log = Path.of(System.getProperty("bench.log", "target/stream-bench.log"));
    if (!Files.exists(log)) {
      System.out.println("checkpoints: no log at " + log);
      return;
    }
    Pattern completed =
        Pattern.compile(
            "Completed checkpoint (\\d+) for job (\\w+) \\((\\d+) bytes, checkpointDuration=(\\d+) ms");
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    long maxBytes = 0;
    List<Long> durations = new ArrayList<>();
    Map<String, Matcher> lastOfJob = new LinkedHashMap<>();
    for (String line : lines) {
      Matcher m = completed.matcher(line);
      if (m.find()) {
        maxBytes = Math.max(maxBytes, Long.parseLong(m.group(3)));
        durations.add(Long.parseLong(m.group(4)));
        lastOfJob.put(m.group(2), m);
      }
    }
    fullRuns.forEach(
        (name, job) -> {
          Matcher last = lastOfJob.get(job);
          if (last != null) {
            System.out.printf(
                Locale.ROOT,
                "last checkpoint of %s (the state after the whole stream): #%s, %,.1f MB, %s ms%n",
                name,
                last.group(1),
                Long.parseLong(last.group(3)) / 1e6,
                last.group(4));
          }
        });
    Collections.sort(durations);
    if (durations.isEmpty()) {
      System.out.println("checkpoints: none logged");
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "checkpoints (all runs, interval 2 s): %d, duration median %d ms, max %d ms; largest %,.1f MB%n",
        durations.size(),
        durations.get(durations.size() / 2),
        durations.getLast(),
        maxBytes / 1e6);
  }

  /**
   * Produces at a fixed rate into a running job (parallelism 2, checkpoints every second) and
   * measures, for each assessment, the time from the declaration's Kafka timestamp to when a
   * read_committed consumer receives it.
   */
  private static void latency(
      EmbeddedKafka kafka, List<String> declarations, int rate, int seconds, Path dir)
      throws Exception {
    String name = "latency";
    kafka.createTopics(
        2, name + ".in", name + ".a", name + ".al", name + ".d", name + ".c", name + ".ce");
    JobSettings settings =
        JobSettings.parse(
            "--bootstrap-servers",
            kafka.bootstrapServers(),
            "--declarations",
            name + ".in",
            "--assessments",
            name + ".a",
            "--alerts",
            name + ".al",
            "--dead-letters",
            name + ".d",
            "--control",
            name + ".c",
            "--control-errors",
            name + ".ce",
            "--group-id",
            name,
            "--transactional-id-prefix",
            name,
            "--parallelism",
            "2",
            "--checkpoint-interval-ms",
            "1000",
            "--checkpoint-dir",
            dir.resolve("ckpt-latency").toUri().toString());
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    ScreeningJob.configure(env, settings);
    ScreeningJob.build(env, settings);
    JobClient job = env.executeAsync(name);
    Thread.sleep(5000); // the job's start, so that it does not count as latency

    int total = rate * seconds;
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    Thread consumer =
        Thread.ofPlatform()
            .start(
                () -> {
                  Properties props = new Properties();
                  props.put("bootstrap.servers", kafka.bootstrapServers());
                  props.put("key.deserializer", ByteArrayDeserializer.class.getName());
                  props.put("value.deserializer", ByteArrayDeserializer.class.getName());
                  props.put("isolation.level", "read_committed");
                  try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(props)) {
                    List<TopicPartition> parts =
                        List.of(
                            new TopicPartition(name + ".a", 0), new TopicPartition(name + ".a", 1));
                    c.assign(parts);
                    c.seekToBeginning(parts);
                    long deadline = System.currentTimeMillis() + (seconds + 60) * 1000L;
                    while (latencies.size() < total && System.currentTimeMillis() < deadline) {
                      for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(50))) {
                        latencies.add(System.currentTimeMillis() - r.timestamp());
                      }
                    }
                  }
                });
    List<String> sample = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      // Fresh ids: the job rejects a declaration id it has assessed before.
      String line = declarations.get(i % declarations.size());
      sample.add(line.replaceFirst("\"declaration_id\":\"", "\"declaration_id\":\"L" + i + "-"));
    }
    long pause = 1000L / rate;
    kafka.produce(name + ".in", sample, pause);
    consumer.join();
    job.cancel().get();
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      System.out.println("latency: no assessment received");
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "latency at ~%d declarations/s for %d s (p2, exactly once, checkpoint every 1 s): %,d"
            + " assessments, p50 %d ms, p99 %d ms, max %d ms%n",
        rate,
        seconds,
        sorted.size(),
        sorted.get(sorted.size() / 2),
        sorted.get((int) Math.min(sorted.size() - 1, Math.floor(sorted.size() * 0.99))),
        sorted.getLast());
  }

  private static void check(int exit) {
    if (exit != 0) {
      throw new IllegalStateException("assay generate failed: " + exit);
    }
  }

  private StreamBenchmark() {}
}
