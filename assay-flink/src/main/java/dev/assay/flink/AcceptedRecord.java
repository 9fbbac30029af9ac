package dev.assay.flink;

/**
 * A declaration that passed the core's validation, carried as its NDJSON text (re-parsed where it
 * is screened: cheaper to keep than a Kryo-serialized object graph) with the exporter it is keyed
 * by and the record's place in the input.
 */
public class AcceptedRecord {
  public String exporterId;
  public String declarationId;
  public String json;
  public String topic;
  public long timestamp;
  public int partition;
  public long offset;

  public AcceptedRecord() {}

  public AcceptedRecord(
      String exporterId,
      String declarationId,
      String json,
      String topic,
      long timestamp,
      int partition,
      long offset) {
    this.exporterId = exporterId;
    this.declarationId = declarationId;
    this.json = json;
    this.topic = topic;
    this.timestamp = timestamp;
    this.partition = partition;
    this.offset = offset;
  }
}
