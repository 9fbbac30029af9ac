package dev.assay.flink;

import dev.assay.declaration.Declaration;
import dev.assay.ingest.RecordError;
import dev.assay.report.AssessmentWriter;
import dev.assay.risk.Assessment;
import dev.assay.risk.Lane;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.BasicTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.TwoInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens the declarations of the exporters keyed to this subtask (input 1, keyed by exporter) with
 * the core's detectors, and applies the control topic's reference data (input 2, broadcast to every
 * subtask, kept in broadcast state).
 *
 * <p>The detectors keep what they learn in their own objects, which Flink can neither snapshot nor
 * split by key. So the job keeps in <b>keyed state</b> what that learning is made from: each
 * exporter's last {@code historyPerExporter} declarations. Flink redistributes it by key group, at
 * any parallelism; when a subtask starts from a checkpoint or savepoint it reads the histories of
 * the exporters it owns now and replays them through fresh detectors, in the order they were first
 * screened, before its first record. An operator rather than a {@code
 * KeyedBroadcastProcessFunction} because only an operator can visit all of its keys when it starts.
 * docs/flink.md, "State".
 */
final class ScreeningOperator extends AbstractStreamOperator<KeyedJson>
    implements TwoInputStreamOperator<AcceptedRecord, String, KeyedJson> {
  private static final Logger LOG = LoggerFactory.getLogger(ScreeningOperator.class);

  static final OutputTag<KeyedJson> ALERTS = new OutputTag<>("alerts") {};

  /**
   * Declarations rejected after parsing, dead letters like the parser's rejects: an id already
   * assessed, or a declaration the screening failed on.
   */
  static final OutputTag<KeyedJson> DUPLICATES = new OutputTag<>("duplicates") {};

  static final OutputTag<KeyedJson> CONTROL_ERRORS = new OutputTag<>("control-errors") {};

  /** The reference data in force: kind to the accepted control message. */
  static final MapStateDescriptor<String, String> REFERENCE =
      new MapStateDescriptor<>(
          "reference", BasicTypeInfo.STRING_TYPE_INFO, BasicTypeInfo.STRING_TYPE_INFO);

  /** An exporter's kept declarations, a ring of {@code historyPerExporter} slots. */
  private static final MapStateDescriptor<Integer, HistoryEntry> HISTORY =
      new MapStateDescriptor<>(
          "exporter-history", BasicTypeInfo.INT_TYPE_INFO, TypeInformation.of(HistoryEntry.class));

  /** How many declarations of the exporter were kept so far: the next slot of the ring. */
  private static final ValueStateDescriptor<Long> HISTORY_COUNT =
      new ValueStateDescriptor<>("exporter-history-count", BasicTypeInfo.LONG_TYPE_INFO);

  private static final Comparator<HistoryEntry> LEARNING_ORDER =
      Comparator.<HistoryEntry>comparingLong(e -> e.timestamp)
          .thenComparingInt(e -> e.origin)
          .thenComparingLong(e -> e.sequence);

  private final int historyPerExporter;
  private final Duration duplicateWindow;

  private transient ScreeningEngine engine;
  private transient BroadcastState<String, String> reference;
  private transient MapState<String, Long> assessedIds;
  private transient MapState<Integer, HistoryEntry> history;
  private transient ValueState<Long> historyCount;
  private transient boolean restored;
  private transient long sequence;
  private transient int subtask;
  private transient ByteArrayOutputStream buffer;
  private transient AssessmentWriter writer;
  private transient Counter screened;
  private transient Counter alerts;
  private transient Counter controlRejected;
  private transient Counter controlApplied;
  private transient Counter relearned;
  private transient Counter screeningFailures;

  ScreeningOperator(int historyPerExporter, Duration duplicateWindow) {
    if (historyPerExporter < 0) {
      throw new IllegalArgumentException("history per exporter must be 0 or more");
    }
    this.historyPerExporter = historyPerExporter;
    this.duplicateWindow = duplicateWindow;
  }

  @Override
  public void initializeState(StateInitializationContext context) throws Exception {
    super.initializeState(context);
    restored = context.isRestored();
    reference = context.getOperatorStateStore().getBroadcastState(REFERENCE);
    MapStateDescriptor<String, Long> ids =
        new MapStateDescriptor<>(
            "assessed-declaration-ids",
            BasicTypeInfo.STRING_TYPE_INFO,
            BasicTypeInfo.LONG_TYPE_INFO);
    // The ids an exporter's declarations were assessed under, forgotten after the window.
    ids.enableTimeToLive(
        StateTtlConfig.newBuilder(duplicateWindow)
            .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
            .cleanupFullSnapshot()
            .build());
    assessedIds = getPartitionedState(ids);
    history = getPartitionedState(HISTORY);
    historyCount = getPartitionedState(HISTORY_COUNT);
  }

  @Override
  public void open() throws Exception {
    super.open();
    subtask = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
    var metrics = getMetricGroup().addGroup("assay");
    screened = metrics.counter("declarationsScreened");
    alerts = metrics.counter("alerts");
    controlRejected = metrics.counter("controlUpdatesRejected");
    controlApplied = metrics.counter("controlUpdatesApplied");
    relearned = metrics.counter("declarationsRelearned");
    screeningFailures = metrics.counter("screeningFailures");
    engine = new ScreeningEngine(reason -> LOG.warn("analyst rule failed: {}", reason));
    buffer = new ByteArrayOutputStream(1024);
    writer = new AssessmentWriter(buffer);
    if (restored) {
      for (ControlUpdate.Kind kind : ControlUpdate.Kind.values()) {
        String update = reference.get(kind.wireName());
        if (update != null) {
          // Accepted before the checkpoint, so it passes again: the same checks, the same content.
          engine.apply(ControlUpdate.parse(update));
        }
      }
      relearn();
    }
  }

  /** Replays the kept declarations of every exporter this subtask owns, in their first order. */
  private void relearn() throws Exception {
    long started = System.nanoTime();
    List<HistoryEntry> entries = new ArrayList<>();
    int[] exporters = {0};
    getKeyedStateBackend()
        .applyToAllKeys(
            VoidNamespace.INSTANCE,
            VoidNamespaceSerializer.INSTANCE,
            HISTORY,
            (exporter, state) -> {
              exporters[0]++;
              for (HistoryEntry entry : state.values()) {
                entries.add(entry);
              }
            });
    entries.sort(LEARNING_ORDER);
    for (HistoryEntry entry : entries) {
      RecordIngest.Result parsed = RecordIngest.parse(entry.json);
      if (parsed.accepted()) {
        try {
          engine.screen(parsed.declaration());
        } catch (RuntimeException e) {
          // Screened before the restore; a new version of a detector may fail on it. Its lesson
          // is lost, the restore goes on.
          LOG.warn("relearning failed on a declaration of exporter {}", entry.exporterId, e);
        }
      }
      if (entry.origin == subtask) {
        sequence = Math.max(sequence, entry.sequence + 1);
      }
    }
    relearned.inc(entries.size());
    LOG.info(
        "subtask {} relearned {} declarations of {} exporters in {} ms",
        subtask,
        entries.size(),
        exporters[0],
        (System.nanoTime() - started) / 1_000_000);
  }

  @Override
  public void processElement1(StreamRecord<AcceptedRecord> element) throws Exception {
    AcceptedRecord record = element.getValue();
    if (assessedIds.contains(record.declarationId)) {
      // The CLI's rule for a file: the earlier declaration stands, the later one is rejected.
      SourceRecord source =
          new SourceRecord(
              record.topic, record.partition, record.offset, record.timestamp, record.json);
      RecordIngest.Result duplicate =
          new RecordIngest.Result(
              null,
              List.of(
                  new RecordError(
                      1,
                      record.declarationId,
                      "declaration_id",
                      record.declarationId,
                      "this declaration id already appeared earlier in the file (the earlier"
                          + " declaration stands)")));
      output.collect(
          DUPLICATES,
          element.replace(
              new KeyedJson(
                  record.topic + "-" + record.partition + "-" + record.offset,
                  ParseFunction.deadLetter(source, duplicate))));
      return;
    }
    Declaration declaration = RecordIngest.parse(record.json).declaration();
    Assessment assessment;
    try {
      assessment = engine.screen(declaration);
    } catch (RuntimeException e) {
      // A declaration that breaks a detector would fail the job again on every restart: it goes
      // to the dead letters with the error, the stream goes on, and the error is logged in full.
      LOG.error("screening failed on declaration {}", record.declarationId, e);
      screeningFailures.inc();
      output.collect(
          DUPLICATES,
          element.replace(
              new KeyedJson(
                  record.topic + "-" + record.partition + "-" + record.offset,
                  ParseFunction.deadLetter(
                      new SourceRecord(
                          record.topic,
                          record.partition,
                          record.offset,
                          record.timestamp,
                          record.json),
                      new RecordIngest.Result(
                          null,
                          List.of(
                              new RecordError(
                                  1, record.declarationId, "", "", "screening failed: " + e)))))));
      return;
    }
    assessedIds.put(record.declarationId, record.offset);
    remember(record);
    KeyedJson keyed = new KeyedJson(assessment.declarationId(), toJson(assessment));
    output.collect(new StreamRecord<>(keyed, element.getTimestamp()));
    screened.inc();
    if (assessment.lane() == Lane.RED || assessment.lane() == Lane.YELLOW) {
      output.collect(ALERTS, new StreamRecord<>(keyed, element.getTimestamp()));
      alerts.inc();
    }
  }

  private void remember(AcceptedRecord record) throws Exception {
    if (historyPerExporter == 0) {
      return;
    }
    Long count = historyCount.value();
    long n = count == null ? 0 : count;
    history.put(
        (int) (n % historyPerExporter),
        new HistoryEntry(record.exporterId, record.json, record.timestamp, subtask, sequence++));
    historyCount.update(n + 1);
  }

  private String toJson(Assessment assessment) {
    buffer.reset();
    writer.write(assessment);
    writer.flush();
    String text = buffer.toString(StandardCharsets.UTF_8);
    // The writer ends each object with a newline for files; a Kafka record is the object alone.
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  @Override
  public void processElement2(StreamRecord<String> element) throws Exception {
    String message = element.getValue();
    ControlUpdate update;
    try {
      update = ControlUpdate.parse(message);
      engine.apply(update);
    } catch (IllegalArgumentException e) {
      controlRejected.inc();
      // Every subtask checks the same message alike; one of them reports it.
      if (subtask == 0) {
        output.collect(
            CONTROL_ERRORS,
            element.replace(new KeyedJson("control", controlError(message, e.getMessage()))));
      }
      return;
    }
    reference.put(update.kind().wireName(), update.toJson());
    controlApplied.inc();
    LOG.info(
        "subtask {}: {} version {} in force", subtask, update.kind().wireName(), update.version());
  }

  static String controlError(String message, String reason) {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var json = mapper.createObjectNode();
    String kind = "";
    String version = "";
    try {
      var root = mapper.readTree(message);
      if (root != null && root.isObject()) {
        kind = root.path("kind").asText("");
        version = root.path("version").asText("");
      }
    } catch (java.io.IOException e) {
      // the reason already says it is not JSON
    }
    json.put("kind", kind);
    json.put("version", version);
    json.put("reason", reason);
    json.put("status", "rejected; the version in force stays");
    return json.toString();
  }
}
