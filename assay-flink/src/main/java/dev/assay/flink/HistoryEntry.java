package dev.assay.flink;

/**
 * One declaration an exporter's screening has learned from, kept in the job's state so that the
 * core's detectors can be rebuilt from it after a restore or a change of parallelism
 * (docs/flink.md, "State").
 */
public class HistoryEntry {
  public String exporterId;
  public String json;
  public long timestamp;

  /** The subtask that screened it and its running number there: the order it was learned in. */
  public int origin;

  public long sequence;

  public HistoryEntry() {}

  public HistoryEntry(String exporterId, String json, long timestamp, int origin, long sequence) {
    this.exporterId = exporterId;
    this.json = json;
    this.timestamp = timestamp;
    this.origin = origin;
    this.sequence = sequence;
  }
}
