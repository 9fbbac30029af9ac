package dev.assay.flink;

/** A JSON text for a Kafka topic with the record key it is written under. */
public class KeyedJson {
  public String key;
  public String json;

  public KeyedJson() {}

  public KeyedJson(String key, String json) {
    this.key = key;
    this.json = json;
  }
}
