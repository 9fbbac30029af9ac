package dev.assay.flink;

import dev.assay.declaration.Declaration;
import dev.assay.ingest.RecordError;
import dev.assay.report.AssessmentWriter;
import dev.assay.risk.Assessment;
import dev.assay.risk.Lane;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.BasicTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.runtime.state.KeyGroupRangeAssignment;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens the declarations of the exporters keyed to this subtask with the core's detectors, and
 * applies the control topic's reference data (broadcast state).
 *
 * <p>The detectors keep what they learn in their own objects, which Flink cannot snapshot or split.
 * So the job keeps, as its checkpointed state, the recent declarations of each exporter (at most
 * {@code historyPerExporter}); after a restore each subtask takes the entries of the exporters
 * whose key group it now owns, at any parallelism, and replays them through fresh detectors in the
 * order they were first screened. docs/flink.md, "State", says what this keeps and what it bounds.
 */
final class ScreeningFunction
    extends KeyedBroadcastProcessFunction<String, AcceptedRecord, String, KeyedJson>
    implements CheckpointedFunction {
  private static final Logger LOG = LoggerFactory.getLogger(ScreeningFunction.class);

  static final OutputTag<KeyedJson> ALERTS = new OutputTag<>("alerts") {};

  /** Declarations under an id already assessed: dead letters, like the parser's rejects. */
  static final OutputTag<KeyedJson> DUPLICATES = new OutputTag<>("duplicates") {};

  static final OutputTag<KeyedJson> CONTROL_ERRORS = new OutputTag<>("control-errors") {};

  /** The reference data in force: kind to the accepted control message. */
  static final MapStateDescriptor<String, String> REFERENCE =
      new MapStateDescriptor<>(
          "reference", BasicTypeInfo.STRING_TYPE_INFO, BasicTypeInfo.STRING_TYPE_INFO);

  private static final Comparator<HistoryEntry> LEARNING_ORDER =
      Comparator.<HistoryEntry>comparingLong(e -> e.timestamp)
          .thenComparingInt(e -> e.origin)
          .thenComparingLong(e -> e.sequence);

  private final int historyPerExporter;
  private final Duration duplicateWindow;

  private transient MapState<String, Long> assessedIds;
  private transient ScreeningEngine engine;
  private transient Map<String, ArrayDeque<HistoryEntry>> histories;
  private transient ListState<HistoryEntry> historyState;
  private transient List<HistoryEntry> restoredHistory;
  private transient List<String> restoredReference;
  private transient long sequence;
  private transient int subtask;
  private transient ByteArrayOutputStream buffer;
  private transient AssessmentWriter writer;
  private transient Counter screened;
  private transient Counter alerts;
  private transient Counter controlRejected;
  private transient Counter controlApplied;

  ScreeningFunction(int historyPerExporter, Duration duplicateWindow) {
    if (historyPerExporter < 0) {
      throw new IllegalArgumentException("history per exporter must be 0 or more");
    }
    this.historyPerExporter = historyPerExporter;
    this.duplicateWindow = duplicateWindow;
  }

  @Override
  public void initializeState(FunctionInitializationContext context) throws Exception {
    // Union state: on restore every subtask sees every entry and keeps those of its key groups,
    // which is what lets the history follow its exporters to a new parallelism.
    historyState =
        context
            .getOperatorStateStore()
            .getUnionListState(
                new ListStateDescriptor<>(
                    "exporter-history", TypeInformation.of(HistoryEntry.class)));
    var task = getRuntimeContext().getTaskInfo();
    subtask = task.getIndexOfThisSubtask();
    int parallelism = task.getNumberOfParallelSubtasks();
    int maxParallelism = task.getMaxNumberOfParallelSubtasks();
    restoredHistory = new ArrayList<>();
    restoredReference = new ArrayList<>();
    if (context.isRestored()) {
      for (HistoryEntry entry : historyState.get()) {
        if (KeyGroupRangeAssignment.assignKeyToParallelOperator(
                entry.exporterId, maxParallelism, parallelism)
            == subtask) {
          restoredHistory.add(entry);
        }
      }
      BroadcastState<String, String> reference =
          context.getOperatorStateStore().getBroadcastState(REFERENCE);
      for (ControlUpdate.Kind kind : ControlUpdate.Kind.values()) {
        String update = reference.get(kind.wireName());
        if (update != null) {
          restoredReference.add(update);
        }
      }
    }
  }

  @Override
  public void open(OpenContext openContext) {
    var metrics = getRuntimeContext().getMetricGroup().addGroup("assay");
    screened = metrics.counter("declarationsScreened");
    alerts = metrics.counter("alerts");
    controlRejected = metrics.counter("controlUpdatesRejected");
    controlApplied = metrics.counter("controlUpdatesApplied");
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
    assessedIds = getRuntimeContext().getMapState(ids);
    engine = new ScreeningEngine(reason -> LOG.warn("analyst rule failed: {}", reason));
    for (String update : restoredReference) {
      // Accepted before the checkpoint, so it passes again: the same checks, the same content.
      engine.apply(ControlUpdate.parse(update));
    }
    histories = new HashMap<>();
    buffer = new ByteArrayOutputStream(1024);
    writer = new AssessmentWriter(buffer);
    restoredHistory.sort(LEARNING_ORDER);
    long started = System.nanoTime();
    for (HistoryEntry entry : restoredHistory) {
      RecordIngest.Result parsed = RecordIngest.parse(entry.json);
      if (parsed.accepted()) {
        engine.screen(parsed.declaration());
      }
      remember(entry.exporterId, entry.json, entry.timestamp);
    }
    metrics.gauge("historyEntries", () -> historyEntries());
    if (!restoredHistory.isEmpty()) {
      LOG.info(
          "subtask {} relearned {} declarations of {} exporters in {} ms",
          subtask,
          restoredHistory.size(),
          histories.size(),
          (System.nanoTime() - started) / 1_000_000);
    }
    restoredHistory = null;
    restoredReference = null;
  }

  private long historyEntries() {
    long n = 0;
    for (ArrayDeque<HistoryEntry> h : histories.values()) {
      n += h.size();
    }
    return n;
  }

  @Override
  public void processElement(AcceptedRecord record, ReadOnlyContext ctx, Collector<KeyedJson> out)
      throws Exception {
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
      ctx.output(
          DUPLICATES,
          new KeyedJson(
              record.topic + "-" + record.partition + "-" + record.offset,
              ParseFunction.deadLetter(source, duplicate)));
      return;
    }
    assessedIds.put(record.declarationId, record.offset);
    RecordIngest.Result parsed = RecordIngest.parse(record.json);
    Declaration declaration = parsed.declaration();
    Assessment assessment = engine.screen(declaration);
    remember(record.exporterId, record.json, record.timestamp);
    String json = toJson(assessment);
    KeyedJson keyed = new KeyedJson(assessment.declarationId(), json);
    out.collect(keyed);
    screened.inc();
    if (assessment.lane() == Lane.RED || assessment.lane() == Lane.YELLOW) {
      ctx.output(ALERTS, keyed);
      alerts.inc();
    }
  }

  private void remember(String exporterId, String json, long timestamp) {
    if (historyPerExporter == 0) {
      return;
    }
    ArrayDeque<HistoryEntry> history =
        histories.computeIfAbsent(exporterId, k -> new ArrayDeque<>());
    history.addLast(new HistoryEntry(exporterId, json, timestamp, subtask, sequence++));
    if (history.size() > historyPerExporter) {
      history.removeFirst();
    }
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
  public void processBroadcastElement(String message, Context ctx, Collector<KeyedJson> out)
      throws Exception {
    ControlUpdate update;
    try {
      update = ControlUpdate.parse(message);
      engine.apply(update);
    } catch (IllegalArgumentException e) {
      controlRejected.inc();
      // Every subtask checks the same message alike; one of them reports it.
      if (subtask == 0) {
        ctx.output(CONTROL_ERRORS, new KeyedJson("control", controlError(message, e.getMessage())));
      }
      return;
    }
    ctx.getBroadcastState(REFERENCE).put(update.kind().wireName(), update.toJson());
    controlApplied.inc();
    LOG.info(
        "subtask {}: {} version {} in force", subtask, update.kind().wireName(), update.version());
  }

  static String controlError(String message, String reason) {
    var json = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    String kind = "";
    String version = "";
    try {
      var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(message);
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

  @Override
  public void snapshotState(FunctionSnapshotContext context) throws Exception {
    List<HistoryEntry> all = new ArrayList<>();
    for (ArrayDeque<HistoryEntry> h : histories.values()) {
      all.addAll(h);
    }
    historyState.update(all);
  }
}
