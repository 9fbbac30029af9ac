package dev.assay.flink;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads a Kafka record as text with where it came from. Never fails: bytes that are not UTF-8 come
 * out with replacement characters, which the core's ingest reports as invalid UTF-8.
 */
final class RecordDeserializer implements KafkaRecordDeserializationSchema<SourceRecord> {
  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<SourceRecord> out) {
    byte[] value = record.value();
    out.collect(
        new SourceRecord(
            record.topic(),
            record.partition(),
            record.offset(),
            record.timestamp(),
            value == null ? null : new String(value, StandardCharsets.UTF_8)));
  }

  @Override
  public TypeInformation<SourceRecord> getProducedType() {
    return TypeInformation.of(SourceRecord.class);
  }
}
