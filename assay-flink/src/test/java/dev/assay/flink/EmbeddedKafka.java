package dev.assay.flink;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** One Kafka broker in KRaft mode inside the test JVM (Kafka's own test kit), transactions on. */
final class EmbeddedKafka implements AutoCloseable {
  private final KafkaClusterTestKit cluster;

  EmbeddedKafka() throws Exception {
    cluster =
        new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .setConfigProp("auto.create.topics.enable", "false")
            .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
  }

  String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  void createTopics(int partitions, String... names) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
      List<NewTopic> topics = new ArrayList<>();
      for (String name : names) {
        topics.add(new NewTopic(name, partitions, (short) 1));
      }
      admin.createTopics(topics).all().get();
    }
  }

  /** Writes each value as one record, in order, without a key (round robin over partitions). */
  void produce(String topic, List<String> values) {
    produce(topic, values, 0);
  }

  /** Writes the values, pausing between records: a stream that is still arriving. */
  void produce(String topic, List<String> values, long pauseMillis) {
    Properties props = new Properties();
    props.put("bootstrap.servers", bootstrapServers());
    props.put("key.serializer", ByteArraySerializer.class.getName());
    props.put("value.serializer", ByteArraySerializer.class.getName());
    props.put("linger.ms", "0");
    // Records land in partitions in turn, so both of a two-partition topic get half.
    props.put("partitioner.class", RoundRobin.class.getName());
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
      for (String value : values) {
        producer.send(new ProducerRecord<>(topic, value.getBytes(StandardCharsets.UTF_8)));
        if (pauseMillis > 0) {
          producer.flush();
          try {
            Thread.sleep(pauseMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
      producer.flush();
    }
  }

  /** What a read_committed consumer sees of a topic now: every committed record's value. */
  List<String> readCommitted(String topic) {
    Properties props = new Properties();
    props.put("bootstrap.servers", bootstrapServers());
    props.put("key.deserializer", ByteArrayDeserializer.class.getName());
    props.put("value.deserializer", ByteArrayDeserializer.class.getName());
    props.put("isolation.level", "read_committed");
    props.put("enable.auto.commit", "false");
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
      List<TopicPartition> partitions = new ArrayList<>();
      consumer
          .partitionsFor(topic)
          .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      // The end a read_committed consumer may reach: the last stable offset.
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      Set<TopicPartition> open = new java.util.HashSet<>(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!open.isEmpty() && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          values.add(new String(r.value(), StandardCharsets.UTF_8));
        }
        open.removeIf(tp -> consumer.position(tp) >= end.get(tp));
      }
      if (!open.isEmpty()) {
        throw new IllegalStateException("could not read " + topic + " to its end");
      }
    }
    return values;
  }

  /** Reads a topic until the values satisfy {@code done}, or fails after the timeout. */
  List<String> awaitCommitted(String topic, Predicate<List<String>> done, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<String> values = readCommitted(topic);
    while (!done.test(values)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timed out waiting on " + topic + ": " + values.size() + " committed records");
      }
      Thread.sleep(250);
      values = readCommitted(topic);
    }
    return values;
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }

  /** Sends records to the partitions in turn. */
  public static final class RoundRobin implements org.apache.kafka.clients.producer.Partitioner {
    private int next;

    @Override
    public int partition(
        String topic,
        Object key,
        byte[] keyBytes,
        Object value,
        byte[] valueBytes,
        org.apache.kafka.common.Cluster cluster) {
      int n = cluster.partitionCountForTopic(topic);
      return Math.floorMod(next++, n);
    }

    @Override
    public void close() {}

    @Override
    public void configure(Map<String, ?> configs) {}
  }
}
