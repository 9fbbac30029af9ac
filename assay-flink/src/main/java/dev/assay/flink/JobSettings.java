package dev.assay.flink;

import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the job reads, writes and keeps, from {@code --name value} arguments (docs/flink.md lists
 * them): tests swap the topics and the bootstrap servers, operators the parallelism, the state
 * backend and the checkpoint storage.
 */
record JobSettings(
    String bootstrapServers,
    String declarationsTopic,
    String assessmentsTopic,
    String alertsTopic,
    String deadLettersTopic,
    String controlTopic,
    String controlErrorsTopic,
    String groupId,
    String transactionalIdPrefix,
    int parallelism,
    String stateBackend,
    String checkpointDirectory,
    Duration checkpointInterval,
    int historyPerExporter,
    Duration duplicateWindow,
    boolean fromEarliest,
    boolean bounded)
    implements Serializable {

  static final String USAGE =
      """
      Arguments (each --name value):
        --bootstrap-servers HOSTS   Kafka bootstrap servers (required)
        --declarations TOPIC        declarations, NDJSON, one per record (default assay.declarations)
        --assessments TOPIC         assessments, the JSON Lines contract (default assay.assessments)
        --alerts TOPIC              RED and YELLOW assessments (default assay.alerts)
        --dead-letters TOPIC        rejected records with their errors (default assay.dead-letters)
        --control TOPIC             reference data updates (default assay.control)
        --control-errors TOPIC      rejected updates with their reason (default assay.control-errors)
        --group-id ID               consumer group (default assay-screening)
        --transactional-id-prefix P Kafka transactions' id prefix, unique per job (default assay-screening)
        --parallelism N             (default 1)
        --state-backend NAME        hashmap or rocksdb (default hashmap)
        --checkpoint-dir URI        checkpoint storage, e.g. s3://bucket/assay or file:///data/ckpt
        --checkpoint-interval-ms N  (default 10000)
        --history-per-exporter N    declarations kept per exporter to relearn from (default 200)
        --duplicate-window-days N   how long a declaration id is remembered, to reject a
                                    second declaration under it (default 400)
        --from committed|earliest   where a new job starts reading (default earliest)
        --bounded true|false        stop at the offsets that are the latest when the job starts,
                                    a backfill of what a topic holds (default false)
      """;

  static JobSettings parse(String... args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (!name.startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, found '" + name + "'\n" + USAGE);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
      }
      values.put(name.substring(2), args[++i]);
    }
    String bootstrap = values.remove("bootstrap-servers");
    if (bootstrap == null || bootstrap.isBlank()) {
      throw new IllegalArgumentException("--bootstrap-servers is required\n" + USAGE);
    }
    JobSettings settings =
        new JobSettings(
            bootstrap,
            take(values, "declarations", "assay.declarations"),
            take(values, "assessments", "assay.assessments"),
            take(values, "alerts", "assay.alerts"),
            take(values, "dead-letters", "assay.dead-letters"),
            take(values, "control", "assay.control"),
            take(values, "control-errors", "assay.control-errors"),
            take(values, "group-id", "assay-screening"),
            take(values, "transactional-id-prefix", "assay-screening"),
            positive(take(values, "parallelism", "1"), "parallelism"),
            backend(take(values, "state-backend", "hashmap")),
            values.remove("checkpoint-dir"),
            Duration.ofMillis(
                positive(
                    take(values, "checkpoint-interval-ms", "10000"), "checkpoint-interval-ms")),
            Integer.parseInt(take(values, "history-per-exporter", "200")),
            Duration.ofDays(
                positive(take(values, "duplicate-window-days", "400"), "duplicate-window-days")),
            from(take(values, "from", "earliest")),
            bool(take(values, "bounded", "false"), "bounded"));
    if (!values.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown argument --" + values.keySet().iterator().next() + "\n" + USAGE);
    }
    return settings;
  }

  private static String take(Map<String, String> values, String name, String fallback) {
    String v = values.remove(name);
    return v == null ? fallback : v;
  }

  private static int positive(String text, String name) {
    try {
      int n = Integer.parseInt(text);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--" + name + ": a whole number of 1 or more, got " + text);
  }

  private static String backend(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (!n.equals("hashmap") && !n.equals("rocksdb")) {
      throw new IllegalArgumentException("--state-backend: hashmap or rocksdb, got " + name);
    }
    return n;
  }

  private static boolean bool(String text, String name) {
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("--" + name + ": true or false, got " + text);
    };
  }

  private static boolean from(String text) {
    return switch (text) {
      case "earliest" -> true;
      case "committed" -> false;
      default -> throw new IllegalArgumentException("--from: committed or earliest, got " + text);
    };
  }
}
