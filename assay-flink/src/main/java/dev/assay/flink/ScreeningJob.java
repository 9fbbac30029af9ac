package dev.assay.flink;

import java.util.Properties;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The screening job: declarations from Kafka, validated by the core's ingest (rejects to a
 * dead-letter topic), screened per exporter by the core's detectors with reference data from a
 * control topic, assessments and alerts to Kafka in Kafka transactions (exactly once).
 *
 * <pre>flink run -c dev.assay.flink.ScreeningJob assay-flink-job.jar --bootstrap-servers kafka:9092
 * </pre>
 */
public final class ScreeningJob {
  /** How long a Kafka transaction may stay open: more than a checkpoint interval plus a restart. */
  static final String TRANSACTION_TIMEOUT_MS = "600000";

  private ScreeningJob() {}

  public static void main(String[] args) throws Exception {
    JobSettings settings;
    try {
      settings = JobSettings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("assay-flink: " + e.getMessage());
      System.exit(2);
      return;
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    configure(env, settings);
    build(env, settings);
    JobExecutionResult result = env.execute("assay screening");
    System.out.println(result);
  }

  /** Parallelism, exactly-once checkpoints and the state backend the settings name. */
  static void configure(StreamExecutionEnvironment env, JobSettings settings) {
    Configuration conf = new Configuration();
    conf.set(StateBackendOptions.STATE_BACKEND, settings.stateBackend());
    if (settings.checkpointDirectory() != null) {
      conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, settings.checkpointDirectory());
    }
    if (settings.stateBackend().equals("rocksdb")) {
      conf.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);
    }
    // A cancelled job leaves its last checkpoint to restart from (flink run -s DIR).
    conf.set(
        CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
        ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    env.configure(conf);
    env.setParallelism(settings.parallelism());
    env.enableCheckpointing(
        settings.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
  }

  /** Adds the job's operators, each with a stable uid so that savepoints map onto them. */
  static void build(StreamExecutionEnvironment env, JobSettings s) {
    var declarationsBuilder =
        KafkaSource.<SourceRecord>builder()
            .setBootstrapServers(s.bootstrapServers())
            .setTopics(s.declarationsTopic())
            .setGroupId(s.groupId())
            .setStartingOffsets(
                s.fromEarliest()
                    ? OffsetsInitializer.earliest()
                    : OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
            .setDeserializer(new RecordDeserializer())
            .setProperty("isolation.level", "read_committed");
    var controlBuilder =
        KafkaSource.<SourceRecord>builder()
            .setBootstrapServers(s.bootstrapServers())
            .setTopics(s.controlTopic())
            .setGroupId(s.groupId() + "-control")
            // Reference data is the sum of every update: a new job reads them all, in order.
            .setStartingOffsets(OffsetsInitializer.earliest())
            .setDeserializer(new RecordDeserializer())
            .setProperty("isolation.level", "read_committed");
    if (s.bounded()) {
      declarationsBuilder.setBounded(OffsetsInitializer.latest());
      controlBuilder.setBounded(OffsetsInitializer.latest());
    }
    KafkaSource<SourceRecord> declarations = declarationsBuilder.build();
    KafkaSource<SourceRecord> control = controlBuilder.build();

    SingleOutputStreamOperator<AcceptedRecord> accepted =
        env.fromSource(declarations, WatermarkStrategy.noWatermarks(), "declarations")
            .uid("declarations-source")
            .process(new ParseFunction())
            .uid("parse")
            .name("parse and validate");
    DataStream<String> reference =
        env.fromSource(control, WatermarkStrategy.noWatermarks(), "control")
            .uid("control-source")
            .setParallelism(1)
            .map(r -> r.value == null ? "" : r.value)
            .returns(Types.STRING)
            .uid("control-text")
            .setParallelism(1)
            .broadcast();
    SingleOutputStreamOperator<KeyedJson> assessments =
        accepted
            .keyBy(r -> r.exporterId, Types.STRING)
            .connect(reference)
            .transform(
                "screen per exporter",
                TypeInformation.of(KeyedJson.class),
                new ScreeningOperator(s.historyPerExporter(), s.duplicateWindow()))
            .uid("screen");

    sink(assessments, s, s.assessmentsTopic(), "assessments");
    sink(assessments.getSideOutput(ScreeningOperator.ALERTS), s, s.alertsTopic(), "alerts");
    sink(
        accepted.getSideOutput(ParseFunction.DEAD_LETTERS),
        s,
        s.deadLettersTopic(),
        "dead-letters");
    // Repeated ids are found where the keyed state is, after the parser: a second writer (with
    // transactions of its own) to the same dead-letter topic.
    sink(
        assessments.getSideOutput(ScreeningOperator.DUPLICATES),
        s,
        s.deadLettersTopic(),
        "duplicates");
    sink(
        assessments.getSideOutput(ScreeningOperator.CONTROL_ERRORS),
        s,
        s.controlErrorsTopic(),
        "control-errors");
  }

  private static void sink(DataStream<KeyedJson> stream, JobSettings s, String topic, String name) {
    Properties producer = new Properties();
    producer.setProperty("transaction.timeout.ms", TRANSACTION_TIMEOUT_MS);
    KafkaSink<KeyedJson> sink =
        KafkaSink.<KeyedJson>builder()
            .setBootstrapServers(s.bootstrapServers())
            .setRecordSerializer(new KeyedJsonSerializer(topic))
            .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
            // One prefix per sink and per job: two writers sharing ids would fence each other.
            .setTransactionalIdPrefix(s.transactionalIdPrefix() + "-" + name)
            .setKafkaProducerConfig(producer)
            .build();
    stream.sinkTo(sink).uid(name + "-sink").name(name + " to " + topic);
  }
}
