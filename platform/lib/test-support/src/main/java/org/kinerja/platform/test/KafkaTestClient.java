package org.kinerja.platform.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.GoldenExamples;
import org.kinerja.contracts.Topics;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;

/** Plain Kafka clients for tests: send raw records as an outside system would, and wait for records on a topic. */
public final class KafkaTestClient implements AutoCloseable {

    private final Map<String, Object> clientConfig;
    private final KafkaProducer<String, byte[]> producer;

    /** A client signing in as {@code clientConfig} says (the cluster's address and a principal's credentials). */
    public KafkaTestClient(Map<String, Object> clientConfig) {
        this.clientConfig = Map.copyOf(clientConfig);
        Map<String, Object> config = new java.util.HashMap<>(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** The administrator of the shared test broker: may do anything, as another service or an agency would. */
    public static KafkaTestClient asAdmin() {
        return new KafkaTestClient(EmbeddedTestInfra.shared().adminClientConfig());
    }

    public void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + record.topic(), e);
        }
    }

    /** Publishes an event as another service would (CloudEvents binary mode, the event's own topic). */
    public void publish(EventType type, String key, Record data) {
        send(CloudEventRecords.toProducerRecord(OutgoingEvent.of(type, type.type() + ":" + key + ":"
                + Integer.toHexString(data.hashCode()), "/services/test/test", key, key, Instant.now(), data)));
    }

    /**
     * The consumer side of the contracts: publishes every valid golden example of the types, as their producer would
     * (ce_id {@code golden:<type>:<example>}, source {@code source}, key from {@code key}), for a test to check that
     * the consumer accepts them all ({@link #deadLetteredGoldenExamples}).
     */
    public void publishGoldenExamples(List<EventType> types, String source,
            java.util.function.Function<Record, String> key) {
        for (EventType type : types) {
            GoldenExamples.valid(type).forEach((name, json) -> {
                Record data = EventJson.read(json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        type.dataClass());
                send(CloudEventRecords.toProducerRecord(topicOf(type, source), OutgoingEvent.of(type, "golden:"
                        + type + ":" + name, source, key.apply(data), name, Instant.now(), data)));
            });
        }
    }

    /**
     * The topic an event of the type travels on when published by {@code source}: its own, or for what agencies'
     * systems publish ({@link Topics#AGENCY_FAMILIES}), the publishing agency's topic of that family.
     */
    public static String topicOf(EventType type, String source) {
        if (Topics.AGENCY_FAMILIES.contains(type.topic()) && source.startsWith("/agencies/")) {
            return Topics.agencyTopic(type.topic(), source.substring("/agencies/".length()));
        }
        return type.topic();
    }

    /** The golden examples published by {@link #publishGoldenExamples} that ended in a DLT of their topic. */
    public List<ConsumerRecord<String, byte[]>> deadLetteredGoldenExamples(List<EventType> types, String source,
            Duration quiet) {
        return types.stream().map(type -> topicOf(type, source)).distinct()
                .flatMap(topic -> readAll(Topics.deadLetter(topic), quiet).stream())
                .filter(r -> r.headers().lastHeader("ce_id") != null && new String(r.headers().lastHeader("ce_id")
                        .value(), java.nio.charset.StandardCharsets.UTF_8).startsWith("golden:"))
                .toList();
    }

    /** The record's CloudEvents type ({@code ce_type} header), or "" when it has none. */
    public static String ceType(ConsumerRecord<String, byte[]> record) {
        return record.headers().lastHeader("ce_type") == null ? ""
                : new String(record.headers().lastHeader("ce_type").value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The record's value as text. */
    public static String text(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A golden example of contracts/examples as the record it is, for tests on the consuming side. */
    public static <T extends Record> T golden(EventType type, String example, Class<T> dataClass) {
        return EventJson.read(GoldenExamples.bytes(type, example), dataClass);
    }

    /** Reads the topic from the start until a record matches, or fails after the timeout. */
    public ConsumerRecord<String, byte[]> awaitRecord(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
            Duration timeout) {
        List<ConsumerRecord<String, byte[]>> found = awaitRecords(topic, match, 1, timeout);
        return found.get(0);
    }

    public List<ConsumerRecord<String, byte[]>> awaitRecords(String topic,
            Predicate<ConsumerRecord<String, byte[]>> match, int count, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> matched = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && matched.size() < count) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        matched.add(record);
                    }
                }
            }
        }
        if (matched.size() < count) {
            throw new AssertionError("expected " + count + " matching record(s) on " + topic + " within " + timeout
                    + ", found " + matched.size());
        }
        return matched;
    }

    /** Every record on the topic now, read from the start. */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic, Duration quiet) {
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long lastSeen = System.nanoTime();
            while (System.nanoTime() - lastSeen < quiet.toNanos()) {
                var records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    records.forEach(all::add);
                    lastSeen = System.nanoTime();
                }
            }
        }
        return all;
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = new java.util.HashMap<>(clientConfig);
        config.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public void close() {
        producer.close();
    }
}
