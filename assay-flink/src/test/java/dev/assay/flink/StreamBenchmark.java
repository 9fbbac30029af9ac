package dev.assay.flink;

import dev.assay.cli.Assay;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Benchmark, not a test (run by {@code assay-flink/bench/stream-bench.sh}, options there and in
 * docs/flink.md): declarations per second through the job for each state backend and parallelism
 * asked for, against {@code assay screen} on the same stream in the same JVM; checkpoint duration,
 * state size and bytes written per checkpoint; CPU seconds and resident memory per phase; and
 * end-to-end latency at a fixed input rate. Flink runs in local mode (a MiniCluster per job) and
 * Kafka in this JVM, so the machine's cores are shared by the broker, the job and the producer.
 *
 * <p>The stream is generated into a file by {@code assay generate} (also the input of {@code assay
 * screen}) and read from it into Kafka line by line as it goes, so a million declarations are never
 * held in memory. Every job run reads the same topic, written in full before the runs start: each
 * measures the job working off a backlog, the same for every run. A first, unreported job run warms
 * the JVM, so that the first measured run does not pay for compiling the code the later ones reuse.
 */
public final class StreamBenchmark {
  private static final Pattern COMPLETED =
      Pattern.compile(
          "Completed checkpoint (\\d+) for job (\\w+) \\((\\d+) bytes, checkpointDuration=(\\d+) ms");

  /** The benchmark's options, each {@code --name value}. */
  record Options(
      int declarations,
      List<String> backends,
      List<Integer> parallelism,
      int checkpointIntervalMs,
      int rate,
      int latencySeconds,
      int latencyCheckpointIntervalMs,
      boolean screen,
      long seed,
      int warmup,
      int rounds) {

    static final String USAGE =
        """
        stream-bench.sh [--name value]...
          --declarations N                    simulated declarations in the stream (default 20000)
          --backends LIST                     state backends to run, of hashmap,rocksdb (default hashmap)
          --parallelism LIST                  job parallelisms to run, e.g. 1,2 (default 1,2)
          --checkpoint-interval-ms N          checkpoint interval of the throughput runs (default 2000)
          --screen true|false                 assay screen on the same stream, the same-run baseline (default true)
          --latency-seconds N                 latency run at a fixed rate for N s, 0: none (default 15)
          --rate N                            input declarations/s of the latency run (default 200)
          --latency-checkpoint-interval-ms N  checkpoint interval of the latency run (default 1000)
          --seed N                            assay generate --seed (default 5)
          --warmup N                          declarations of the unreported warm-up job run, 0: none
                                              (default the smaller of 50000 and --declarations)
          --rounds N                          run every backend and parallelism N times, the order
                                              reversed in every second round (default 1)
        """;

    static Options parse(String... args) {
      Map<String, String> v = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i += 2) {
        if (!args[i].startsWith("--") || i + 1 >= args.length) {
          throw new IllegalArgumentException(
              "expected --name value at '" + args[i] + "'\n" + USAGE);
        }
        v.put(args[i].substring(2), args[i + 1]);
      }
      int n = whole(v.remove("declarations"), 20_000, "declarations", 1);
      List<String> backends = new ArrayList<>();
      for (String b : v.getOrDefault("backends", "hashmap").split(",")) {
        if (!b.equals("hashmap") && !b.equals("rocksdb")) {
          throw new IllegalArgumentException("--backends: hashmap or rocksdb, got " + b);
        }
        backends.add(b);
      }
      v.remove("backends");
      List<Integer> parallelism = new ArrayList<>();
      for (String p : v.getOrDefault("parallelism", "1,2").split(",")) {
        parallelism.add(whole(p, 1, "parallelism", 1));
      }
      v.remove("parallelism");
      Options o =
          new Options(
              n,
              backends,
              parallelism,
              whole(v.remove("checkpoint-interval-ms"), 2000, "checkpoint-interval-ms", 1),
              whole(v.remove("rate"), 200, "rate", 1),
              whole(v.remove("latency-seconds"), 15, "latency-seconds", 0),
              whole(
                  v.remove("latency-checkpoint-interval-ms"),
                  1000,
                  "latency-checkpoint-interval-ms",
                  1),
              bool(v.remove("screen"), true, "screen"),
              whole(v.remove("seed"), 5, "seed", 0),
              whole(v.remove("warmup"), Math.min(n, 50_000), "warmup", 0),
              whole(v.remove("rounds"), 1, "rounds", 1));
      if (!v.isEmpty()) {
        throw new IllegalArgumentException(
            "unknown option --" + v.keySet().iterator().next() + "\n" + USAGE);
      }
      return o;
    }

    private static int whole(String text, int fallback, String name, int least) {
      if (text == null) {
        return fallback;
      }
      try {
        int n = Integer.parseInt(text);
        if (n >= least) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(
          "--" + name + ": a whole number of " + least + " or more, got " + text);
    }

    private static boolean bool(String text, boolean fallback, String name) {
      if (text == null) {
        return fallback;
      }
      return switch (text) {
        case "true" -> true;
        case "false" -> false;
        default -> throw new IllegalArgumentException("--" + name + ": true or false, got " + text);
      };
    }
  }

  /** One job run's figures. */
  record Run(
      String name,
      String backend,
      int parallelism,
      double wallSeconds,
      double firstOutputSeconds,
      double steadyPerSecond,
      Phase.Cost cost,
      Checkpoints checkpoints) {}

  /** The completed checkpoints of one job: from the JobManager's log and the storage directory. */
  record Checkpoints(
      List<Long> durationsMs,
      long lastDurationMs,
      long lastFullBytes,
      long bytesWritten,
      int count) {
    long median() {
      List<Long> sorted = new ArrayList<>(durationsMs);
      Collections.sort(sorted);
      return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    long max() {
      return durationsMs.stream().mapToLong(Long::longValue).max().orElse(0);
    }
  }

  public static void main(String[] args) throws Exception {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("stream-bench: " + e.getMessage());
      System.exit(2);
      return;
    }
    int n = o.declarations();
    Path dir = Files.createTempDirectory("assay-stream-bench");
    Path file = dir.resolve("declarations.ndjson");
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores; JVM max heap %,d MB%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    try (Phase phase = new Phase("generate " + n + " declarations to a file")) {
      check(
          Assay.run(
              "generate",
              "-n",
              String.valueOf(n),
              "--seed",
              String.valueOf(o.seed()),
              "--format",
              "ndjson",
              "-o",
              file.toString(),
              "-q"));
    }
    System.out.printf(
        Locale.ROOT,
        "stream: %,d simulated declarations (assay generate --seed %d), %,.1f MB%n",
        n,
        o.seed(),
        Files.size(file) / 1e6);

    Phase.Cost screen = null;
    if (o.screen()) {
      // assay screen on the same stream, in this JVM: once to warm up, once measured.
      Path out = dir.resolve("screen.jsonl");
      try (Phase phase = new Phase("assay screen, warm-up (not reported)")) {
        check(Assay.run("screen", file.toString(), "-o", out.toString(), "-q"));
      }
      try (Phase phase = new Phase("assay screen, measured")) {
        check(Assay.run("screen", file.toString(), "-o", out.toString(), "-q"));
        screen = phase.close(n);
      }
      Files.delete(out);
    }

    try (EmbeddedKafka kafka = new EmbeddedKafka()) {
      kafka.createTopics(2, "in");
      try (Phase phase = new Phase("write the stream into Kafka (2 partitions)")) {
        long written = kafka.produceStream("in", lines(file, n, false), 0);
        if (written != n) {
          throw new IllegalStateException(written + " of " + n + " declarations written");
        }
      }
      if (o.warmup() > 0) {
        kafka.createTopics(2, "warm");
        kafka.produceStream("warm", lines(file, o.warmup(), false), 0);
        try (Phase phase = new Phase("job warm-up run, " + o.warmup() + " declarations")) {
          bounded(kafka, "warm", o.warmup(), o.backends().getFirst(), 1, "warmup", dir, o);
        }
      }
      List<Run> runs = new ArrayList<>();
      // Runs later in the JVM are faster (the JIT keeps compiling, the broker's caches fill): in
      // one order the last run gained 50% over the same run done first. So every second round
      // goes in the reverse order (ABBA), and the summary gives each setting's mean and worst.
      List<String[]> settings = new ArrayList<>();
      for (String backend : o.backends()) {
        for (int p : o.parallelism()) {
          settings.add(new String[] {backend, String.valueOf(p)});
        }
      }
      for (int round = 1; round <= o.rounds(); round++) {
        List<String[]> order = new ArrayList<>(settings);
        if (round % 2 == 0) {
          Collections.reverse(order);
        }
        for (String[] b : order) {
          int p = Integer.parseInt(b[1]);
          runs.add(bounded(kafka, "in", n, b[0], p, b[0] + "-p" + p + "-r" + round, dir, o));
        }
      }
      report(o, screen, runs);
      if (o.latencySeconds() > 0) {
        latency(kafka, file, o, dir);
      }
    }
    System.out.printf(
        Locale.ROOT, "peak resident memory of the JVM: %,d MB%n", Phase.kb("VmHWM") >> 10);
    // The stream file (0.76 GB for a million) and the retained checkpoints are not kept.
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Collections.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  /**
   * One bounded run of the job over a topic, from submission to its end. Fails unless every one of
   * the topic's {@code expected} declarations came out as an assessment or a dead letter: a
   * throughput over records that were never screened would be a false figure.
   *
   * <p>Besides the wall time, which includes starting and stopping a MiniCluster, it samples how
   * many assessments the job has written (the topic's end offset; the sink writes as it goes and
   * commits on checkpoints) every 250 ms, and gives the steady rate between the 10th and the 90th
   * percentile of the output: start-up, the first checkpoint and the final one do not count. The
   * earlier benchmark subtracted the wall time of a run over an empty topic instead; two noisy wall
   * times subtracted gave rates off by a factor of three.
   */
  private static Run bounded(
      EmbeddedKafka kafka,
      String topic,
      long expected,
      String backend,
      int p,
      String name,
      Path dir,
      Options o)
      throws Exception {
    kafka.createTopics(2, name + ".a", name + ".al", name + ".d", name + ".c", name + ".ce");
    Path checkpointDir = dir.resolve("ckpt-" + name);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    JobSettings settings =
        settings(kafka, topic, name, p, backend, o.checkpointIntervalMs(), checkpointDir, true);
    ScreeningJob.configure(env, settings);
    ScreeningJob.build(env, settings);

    List<long[]> progress = Collections.synchronizedList(new ArrayList<>());
    StorageWatch storage = new StorageWatch(checkpointDir);
    long t0 = System.nanoTime();
    Thread sampler =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try (Admin admin =
                      Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                    while (!Thread.currentThread().isInterrupted()) {
                      progress.add(
                          new long[] {System.nanoTime() - t0, kafka.endOffset(admin, name + ".a")});
                      storage.scan();
                      Thread.sleep(250);
                    }
                  } catch (InterruptedException e) {
                    // the run is over
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                });
    JobExecutionResult result;
    Phase.Cost cost;
    try (Phase phase = new Phase("job " + name)) {
      result = env.execute(name);
      cost = phase.close(expected);
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    sampler.interrupt();
    sampler.join();
    storage.scan();

    long assessments = kafka.countSettled(name + ".a");
    long out = assessments + kafka.countSettled(name + ".d");
    if (out != expected) {
      throw new IllegalStateException(
          name + ": " + out + " assessments and dead letters for " + expected + " declarations");
    }
    double first = Double.NaN;
    long[] low = null;
    long[] high = null;
    for (long[] s : progress) {
      if (Double.isNaN(first) && s[1] > 0) {
        first = s[0] / 1e9;
      }
      if (low == null && s[1] >= assessments * 0.1) {
        low = s;
      }
      if (high == null && s[1] >= assessments * 0.9) {
        high = s;
      }
    }
    double steady =
        low == null || high == null || high[0] == low[0]
            ? Double.NaN
            : (high[1] - low[1]) / ((high[0] - low[0]) / 1e9);
    Checkpoints checkpoints = checkpoints(result.getJobID().toString(), storage.bytes());
    Run run = new Run(name, backend, p, wall, first, steady, cost, checkpoints);
    System.out.printf(
        Locale.ROOT,
        "  %s: %,d declarations in %.1f s (%,.0f/s gross); first assessment after %.1f s;"
            + " steady %,.0f/s (10th to 90th percentile of the output)%n"
            + "  checkpoints: %d, last %,d ms, median %,d ms, max %,d ms; state after the stream"
            + " %,.1f MB; written to checkpoint storage %,.1f MB (%,.1f MB per checkpoint)%n",
        name,
        expected,
        wall,
        expected / wall,
        first,
        steady,
        checkpoints.count(),
        checkpoints.lastDurationMs(),
        checkpoints.median(),
        checkpoints.max(),
        checkpoints.lastFullBytes() / 1e6,
        checkpoints.bytesWritten() / 1e6,
        checkpoints.count() == 0 ? 0 : checkpoints.bytesWritten() / 1e6 / checkpoints.count());
    return run;
  }

  private static JobSettings settings(
      EmbeddedKafka kafka,
      String topic,
      String name,
      int p,
      String backend,
      int intervalMs,
      Path checkpointDir,
      boolean bounded) {
    return JobSettings.parse(
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
        "--state-backend",
        backend,
        "--checkpoint-interval-ms",
        String.valueOf(intervalMs),
        "--checkpoint-dir",
        checkpointDir.toUri().toString(),
        "--bounded",
        String.valueOf(bounded));
  }

  /**
   * A job's completed checkpoints as the CheckpointCoordinator logged them (INFO: id, full state
   * size, duration). The log gives the full size of each, which for incremental RocksDB checkpoints
   * is not what was written; that comes from watching the storage directory.
   */
  private static Checkpoints checkpoints(String jobId, long bytesWritten) throws IOException {
    Path log = Path.of(System.getProperty("bench.log", "target/stream-bench.log"));
    List<Long> durations = new ArrayList<>();
    long lastBytes = 0;
    long lastDuration = 0;
    if (Files.exists(log)) {
      try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
        for (String line : (Iterable<String>) lines::iterator) {
          Matcher m = COMPLETED.matcher(line);
          if (m.find() && m.group(2).equals(jobId)) {
            lastBytes = Long.parseLong(m.group(3));
            lastDuration = Long.parseLong(m.group(4));
            durations.add(lastDuration);
          }
        }
      }
    }
    return new Checkpoints(durations, lastDuration, lastBytes, bytesWritten, durations.size());
  }

  private static void report(Options o, Phase.Cost screen, List<Run> runs) {
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "| run | decl./s gross | decl./s steady | JVM CPU s | decl. per CPU s | others' CPU s"
            + " | load | RSS MB | checkpoints: n, last / median / max ms | state MB | MB per"
            + " checkpoint |%n|---|---|---|---|---|---|---|---|---|---|---|%n");
    if (screen != null) {
      System.out.printf(
          Locale.ROOT,
          "| assay screen (warm, in-process) | %,.0f | | %.1f | %,.0f | %.1f | %s | %,d | | | |%n",
          o.declarations() / screen.wallSeconds(),
          screen.cpuSeconds(),
          o.declarations() / screen.cpuSeconds(),
          screen.othersCpuSeconds(),
          screen.load(),
          screen.rssMb());
    }
    Map<String, List<Run>> byName = new LinkedHashMap<>();
    for (Run r : runs) {
      byName.computeIfAbsent(r.backend() + r.parallelism(), k -> new ArrayList<>()).add(r);
      Checkpoints c = r.checkpoints();
      System.out.printf(
          Locale.ROOT,
          "| job %s p%d (%s) | %,.0f | %,.0f | %.1f | %,.0f | %.1f | %s | %,d | %d, %,d / %,d / %,d |"
              + " %,.1f | %,.1f |%n",
          r.backend(),
          r.parallelism(),
          r.name(),
          o.declarations() / r.wallSeconds(),
          r.steadyPerSecond(),
          r.cost().cpuSeconds(),
          o.declarations() / r.cost().cpuSeconds(),
          r.cost().othersCpuSeconds(),
          r.cost().load(),
          r.cost().rssMb(),
          c.count(),
          c.lastDurationMs(),
          c.median(),
          c.max(),
          c.lastFullBytes() / 1e6,
          c.count() == 0 ? 0 : c.bytesWritten() / 1e6 / c.count());
    }
    System.out.println();
    Map<String, double[]> mean = new LinkedHashMap<>();
    byName.forEach(
        (key, list) -> {
          double steady = list.stream().mapToDouble(Run::steadyPerSecond).average().orElse(0);
          double worst = list.stream().mapToDouble(Run::steadyPerSecond).min().orElse(0);
          double gross =
              list.stream()
                  .mapToDouble(r -> o.declarations() / r.wallSeconds())
                  .average()
                  .orElse(0);
          double cpu =
              list.stream()
                  .mapToDouble(r -> o.declarations() / r.cost().cpuSeconds())
                  .average()
                  .orElse(0);
          mean.put(key, new double[] {steady, gross, cpu});
          System.out.printf(
              Locale.ROOT,
              "%s over %d run(s): steady mean %,.0f/s, worst %,.0f/s; gross mean %,.0f/s;"
                  + " %,.0f decl. per JVM CPU s%n",
              key.replaceFirst("(\\d+)$", " p$1"),
              list.size(),
              steady,
              worst,
              gross,
              cpu);
        });
    for (String backend : o.backends()) {
      double[] p1 = mean.get(backend + 1);
      double[] p2 = mean.get(backend + 2);
      if (p1 != null && p2 != null) {
        System.out.printf(
            Locale.ROOT,
            "%s: scaling efficiency p2 / (2 x p1), means: steady %.2f, gross %.2f%n",
            backend,
            p2[0] / (2 * p1[0]),
            p2[1] / (2 * p1[1]));
      }
      if (p1 != null && screen != null) {
        System.out.printf(
            Locale.ROOT,
            "%s: job p1 / assay screen: steady %.2f, per CPU second %.2f%n",
            backend,
            p1[0] / (o.declarations() / screen.wallSeconds()),
            p1[2] / (o.declarations() / screen.cpuSeconds()));
      }
    }
  }

  /**
   * Produces at a fixed rate into a running job (the last backend and the largest parallelism asked
   * for) and measures, for each assessment, the time from the declaration's Kafka timestamp (the
   * sink keeps it) to when a read_committed consumer receives it.
   */
  private static void latency(EmbeddedKafka kafka, Path file, Options o, Path dir)
      throws Exception {
    String name = "latency";
    String backend = o.backends().getLast();
    int p = Collections.max(o.parallelism());
    kafka.createTopics(
        2, name + ".in", name + ".a", name + ".al", name + ".d", name + ".c", name + ".ce");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    JobSettings settings =
        settings(
            kafka,
            name + ".in",
            name,
            p,
            backend,
            o.latencyCheckpointIntervalMs(),
            dir.resolve("ckpt-latency"),
            false);
    ScreeningJob.configure(env, settings);
    ScreeningJob.build(env, settings);
    JobClient job = env.executeAsync(name);
    Thread.sleep(5000); // the job's start, so that it does not count as latency

    int total = o.rate() * o.latencySeconds();
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
                    long deadline = System.currentTimeMillis() + (o.latencySeconds() + 60) * 1000L;
                    while (latencies.size() < total && System.currentTimeMillis() < deadline) {
                      for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(50))) {
                        latencies.add(System.currentTimeMillis() - r.timestamp());
                      }
                    }
                  }
                });
    double achieved;
    try (Phase phase = new Phase("latency run, " + backend + " p" + p)) {
      long t0 = System.nanoTime();
      // Fresh ids (the job rejects a declaration id it has assessed before), cycling the file.
      kafka.produceStream(name + ".in", lines(file, total, true), o.rate());
      achieved = total / ((System.nanoTime() - t0) / 1e9);
      consumer.join();
    }
    job.cancel().get();
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      System.out.println("latency: no assessment received");
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "latency at %,.0f declarations/s (asked %d) for %d s (%s p%d, exactly once, checkpoint every"
            + " %d ms): %,d of %,d assessments, p50 %,d ms, p99 %,d ms, max %,d ms%n",
        achieved,
        o.rate(),
        o.latencySeconds(),
        backend,
        p,
        o.latencyCheckpointIntervalMs(),
        sorted.size(),
        total,
        sorted.get(sorted.size() / 2),
        sorted.get((int) Math.min(sorted.size() - 1, Math.floor(sorted.size() * 0.99))),
        sorted.getLast());
  }

  /**
   * The first {@code count} lines of the file, read as they are taken. With {@code fresh}, each
   * gets a new declaration id (prefix {@code L<i>-}) and the file is read again from its start when
   * it runs out.
   */
  private static Iterator<String> lines(Path file, long count, boolean fresh) {
    return new Iterator<>() {
      private BufferedReader reader;
      private String next;
      private long taken;

      @Override
      public boolean hasNext() {
        if (next != null) {
          return true;
        }
        if (taken >= count) {
          close();
          return false;
        }
        try {
          if (reader == null) {
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
          }
          next = reader.readLine();
          if (next == null && fresh && taken > 0) {
            close();
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            next = reader.readLine();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (next == null) {
          close();
          return false;
        }
        if (fresh) {
          next = next.replaceFirst("\"declaration_id\":\"", "\"declaration_id\":\"L" + taken + "-");
        }
        return true;
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        String line = next;
        next = null;
        taken++;
        return line;
      }

      private void close() {
        try {
          if (reader != null) {
            reader.close();
            reader = null;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /**
   * Bytes written to a checkpoint directory: every file seen under it, at the largest size seen.
   * Subsumed checkpoints are deleted, so the directory's size at the end says little; an
   * incremental RocksDB checkpoint writes only the SST files the last one did not have.
   */
  private static final class StorageWatch {
    private final Path root;
    private final Map<Path, Long> seen = new ConcurrentHashMap<>();

    StorageWatch(Path root) {
      this.root = root;
    }

    void scan() {
      if (!Files.isDirectory(root)) {
        return;
      }
      try (Stream<Path> files = Files.walk(root)) {
        files.forEach(
            f -> {
              try {
                if (Files.isRegularFile(f)) {
                  seen.merge(f, Files.size(f), Math::max);
                }
              } catch (IOException e) {
                // deleted between listing and reading its size: a subsumed checkpoint
              }
            });
      } catch (IOException | UncheckedIOException e) {
        if (!(e.getCause() instanceof NoSuchFileException) && !(e instanceof NoSuchFileException)) {
          throw new IllegalStateException(e);
        }
      }
    }

    long bytes() {
      return seen.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Wall time, CPU seconds of this JVM (broker, producer, Flink and the job together) and of the
   * rest of the machine (the other users of the shared cores), load average and resident memory,
   * for one phase of the benchmark; printed when it closes.
   */
  static final class Phase implements AutoCloseable {
    record Cost(
        double wallSeconds, double cpuSeconds, double othersCpuSeconds, String load, long rssMb) {}

    private final String name;
    private final long t0 = System.nanoTime();
    private final long cpu0 = processCpuNanos();
    private final long busy0 = machineBusyTicks();
    private Cost cost;

    Phase(String name) {
      this.name = name;
    }

    Cost close(long declarations) {
      if (cost == null) {
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        double machine = (machineBusyTicks() - busy0) / 100.0; // USER_HZ
        cost = new Cost(wall, cpu, Math.max(0, machine - cpu), loadAverage(), kb("VmRSS") >> 10);
        System.out.printf(
            Locale.ROOT,
            "phase %s: %.1f s, JVM CPU %.1f s%s, other processes' CPU %.1f s, load %s, RSS %,d MB%n",
            name,
            wall,
            cpu,
            declarations > 0
                ? String.format(Locale.ROOT, " (%,.0f decl. per CPU s)", declarations / cpu)
                : "",
            cost.othersCpuSeconds(),
            cost.load(),
            cost.rssMb());
      }
      return cost;
    }

    @Override
    public void close() {
      close(0);
    }

    private static long processCpuNanos() {
      return ((com.sun.management.OperatingSystemMXBean)
              ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }

    /** Busy time of all cores, in clock ticks (user, nice, system, irq, softirq, steal). */
    private static long machineBusyTicks() {
      try {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
          busy += Long.parseLong(f[i]);
        }
        return busy;
      } catch (IOException | RuntimeException e) {
        return 0;
      }
    }

    private static String loadAverage() {
      try {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
      } catch (IOException e) {
        return "?";
      }
    }

    static long kb(String field) {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
          if (line.startsWith(field + ":")) {
            return Long.parseLong(line.replaceAll("[^0-9]", ""));
          }
        }
      } catch (IOException e) {
        // not Linux
      }
      return 0;
    }
  }

  private static void check(int exit) {
    if (exit != 0) {
      throw new IllegalStateException("assay command failed: " + exit);
    }
  }

  private StreamBenchmark() {}
}
