package dev.assay.flink;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes a JSON text to one topic under its key (declaration id: one partition per declaration).
 */
final class KeyedJsonSerializer implements KafkaRecordSerializationSchema<KeyedJson> {
  private final String topic;

  KeyedJsonSerializer(String topic) {
    this.topic = topic;
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(
      KeyedJson element, KafkaSinkContext context, Long timestamp) {
    return new ProducerRecord<>(
        topic,
        null,
        timestamp,
        element.key == null ? null : element.key.getBytes(StandardCharsets.UTF_8),
        element.json.getBytes(StandardCharsets.UTF_8));
  }
}
