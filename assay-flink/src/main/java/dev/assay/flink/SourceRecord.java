package dev.assay.flink;

/**
 * One Kafka record as read, with where it came from: the dead-letter report and the replay order of
 * the learned state both need the partition and offset. A Flink POJO (public fields, no-arg
 * constructor) so that Flink serializes it without Kryo.
 */
public class SourceRecord {
  public String topic;
  public int partition;
  public long offset;
  public long timestamp;
  public String value;

  public SourceRecord() {}

  public SourceRecord(String topic, int partition, long offset, long timestamp, String value) {
    this.topic = topic;
    this.partition = partition;
    this.offset = offset;
    this.timestamp = timestamp;
    this.value = value;
  }
}
