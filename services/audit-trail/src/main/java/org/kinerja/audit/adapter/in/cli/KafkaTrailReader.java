package org.kinerja.audit.adapter.in.cli;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.kinerja.contracts.EventType;
import org.kinerja.platform.events.CloudEventRecords;

/**
 * Reads a trail topic (one partition) from its first record to its end as of now, each record as its contract: what
 * the topic holds is what is verified, whatever the store made of it. Only committed records are read (a Streams
 * transaction that aborted left records no reader should see).
 */
public final class KafkaTrailReader {

    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> clientConfig;

    public KafkaTrailReader(Map<String, Object> clientConfig) {
        this.clientConfig = Map.copyOf(clientConfig);
    }

    public <T extends Record> void readAll(String topic, EventType type, Class<T> dataClass, Consumer<T> each) {
        Map<String, Object> config = new java.util.HashMap<>(clientConfig);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    each.accept(CloudEventRecords.readData(record, type, dataClass));
                }
            }
        }
    }
}
