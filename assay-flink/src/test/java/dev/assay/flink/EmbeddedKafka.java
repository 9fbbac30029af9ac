package dev.assay.flink;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.IsolationLevel;
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

  /**
   * Writes the values, pausing between records: a stream that is still arriving. Fails if any
   * record was not written: a test must never run on an input that silently lost records.
   */
  void produce(String topic, List<String> values, long pauseMillis) {
    Properties props = producerProperties();
    props.put("linger.ms", "0");
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
      for (String value : values) {
        sent.add(
            producer.send(new ProducerRecord<>(topic, value.getBytes(StandardCharsets.UTF_8))));
        if (pauseMillis > 0) {
          producer.flush();
          try {
            Thread.sleep(pauseMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to " + topic, e);
          }
        }
      }
      producer.flush();
    }
    int lost = 0;
    ExecutionException first = null;
    for (Future<RecordMetadata> record : sent) {
      try {
        record.get();
      } catch (ExecutionException e) {
        lost++;
        first = first == null ? e : first;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while writing to " + topic, e);
      }
    }
    if (first != null) {
      throw new IllegalStateException(
          lost + " of " + values.size() + " records not written to " + topic, first.getCause());
    }
  }

  /**
   * Writes the values as they come, without holding them (a benchmark's million declarations read
   * from a file), at {@code perSecond} records a second on a fixed schedule, or as fast as the
   * broker takes them when it is 0. Returns how many were written; fails, like {@link #produce},
   * naming how many were not.
   */
  long produceStream(String topic, Iterator<String> values, double perSecond) {
    Properties props = producerProperties();
    props.put("linger.ms", perSecond > 0 ? "0" : "20");
    AtomicLong lost = new AtomicLong();
    AtomicReference<Exception> first = new AtomicReference<>();
    long count = 0;
    long start = System.nanoTime();
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
      while (values.hasNext()) {
        if (perSecond > 0) {
          // A schedule, not a pause after each record: the rate holds however long a send takes.
          long due = start + (long) (count * 1e9 / perSecond);
          long wait = due - System.nanoTime();
          if (wait > 0) {
            LockSupport.parkNanos(wait);
          }
        }
        producer.send(
            new ProducerRecord<>(topic, values.next().getBytes(StandardCharsets.UTF_8)),
            (metadata, e) -> {
              if (e != null) {
                lost.incrementAndGet();
                first.compareAndSet(null, e);
              }
            });
        count++;
      }
      producer.flush();
    }
    if (first.get() != null) {
      throw new IllegalStateException(
          lost.get() + " of " + count + " records not written to " + topic, first.get());
    }
    return count;
  }

  private Properties producerProperties() {
    Properties props = new Properties();
    props.put("bootstrap.servers", bootstrapServers());
    props.put("key.serializer", ByteArraySerializer.class.getName());
    props.put("value.serializer", ByteArraySerializer.class.getName());
    // One request in flight. With the default five, a producer writing to a topic created a
    // moment before loses records (KAFKA-15591): its first request arrives before the broker
    // leads the new partition and fails with NOT_LEADER_OR_FOLLOWER, the requests after it are
    // appended, and every retry of the first is then an out-of-order sequence until
    // delivery.timeout.ms (120 s) expires it. That lost the rescale test 18 or 356 of its
    // declarations under load (docs/flink.md). With one in flight nothing overtakes a retry.
    props.put("max.in.flight.requests.per.connection", "1");
    // Records land in partitions in turn, so both of a two-partition topic get half.
    props.put("partitioner.class", RoundRobin.class.getName());
    return props;
  }

  /** The records in a topic now, committed or not (the sum of its partitions' end offsets). */
  long endOffset(Admin admin, String topic) throws Exception {
    return admin
        .listOffsets(
            latestOffsets(admin, topic), new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED))
        .all()
        .get()
        .values()
        .stream()
        .mapToLong(o -> o.offset())
        .sum();
  }

  /** What a read_committed consumer sees of a topic now: every committed record's value. */
  List<String> readCommitted(String topic) {
    List<String> values = new ArrayList<>();
    readToEnd(
        topic,
        Duration.ofSeconds(30),
        r -> values.add(new String(r.value(), StandardCharsets.UTF_8)));
    return values;
  }

  /**
   * Reads a topic from its beginning to the end a read_committed consumer may reach (the last
   * stable offset), giving each record to {@code each}; fails if that end is not reached within
   * {@code limit} (none when null).
   */
  private void readToEnd(
      String topic, Duration limit, Consumer<ConsumerRecord<byte[], byte[]>> each) {
    try (KafkaConsumer<byte[], byte[]> consumer = committedConsumer()) {
      List<TopicPartition> partitions = new ArrayList<>();
      consumer
          .partitionsFor(topic)
          .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      Set<TopicPartition> open = new java.util.HashSet<>(partitions);
      long deadline = limit == null ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
      while (!open.isEmpty() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(each);
        open.removeIf(tp -> consumer.position(tp) >= end.get(tp));
      }
      if (!open.isEmpty()) {
        throw new IllegalStateException("could not read " + topic + " to its end");
      }
    }
  }

  /**
   * Everything a finished job committed to a topic. A producer's commit returns once the
   * transaction coordinator has logged it; the commit markers reach the partitions afterwards, and
   * until they do a read_committed reader stops before the last transaction. So this waits until no
   * partition has an open transaction (last stable offset = high watermark), then reads.
   */
  List<String> readSettled(String topic) throws Exception {
    awaitSettled(topic);
    return readCommitted(topic);
  }

  /** How many records a finished job committed to a topic (without holding them in memory). */
  long countSettled(String topic) throws Exception {
    awaitSettled(topic);
    long[] count = {0};
    readToEnd(topic, null, r -> count[0]++);
    return count[0];
  }

  private KafkaConsumer<byte[], byte[]> committedConsumer() {
    Properties props = new Properties();
    props.put("bootstrap.servers", bootstrapServers());
    props.put("key.deserializer", ByteArrayDeserializer.class.getName());
    props.put("value.deserializer", ByteArrayDeserializer.class.getName());
    props.put("isolation.level", "read_committed");
    props.put("enable.auto.commit", "false");
    return new KafkaConsumer<>(props);
  }

  /** The latest offset of every partition of a topic, as {@code Admin.listOffsets} asks for it. */
  private static Map<TopicPartition, OffsetSpec> latestOffsets(Admin admin, String topic)
      throws Exception {
    Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
    admin
        .describeTopics(List.of(topic))
        .allTopicNames()
        .get()
        .get(topic)
        .partitions()
        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
    return latest;
  }

  private void awaitSettled(String topic) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
      Map<TopicPartition, OffsetSpec> latest = latestOffsets(admin, topic);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (true) {
        var stable =
            admin
                .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all()
                .get();
        var end =
            admin
                .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED))
                .all()
                .get();
        boolean settled =
            latest.keySet().stream()
                .allMatch(tp -> stable.get(tp).offset() == end.get(tp).offset());
        if (settled) {
          return;
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError(
              topic + " still has an open transaction: stable " + stable + ", end " + end);
        }
        Thread.sleep(100);
      }
    }
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
