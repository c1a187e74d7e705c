package org.kinerja.platform.kafka.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinerja.contracts.Topics;
import org.kinerja.platform.embedded.EmbeddedKafkaBroker;

/**
 * The history a rebuild replays from survives the broker's default retention. A broker that deletes anything older
 * than two seconds by default (and rolls segments every half second, so retention can act) holds records stamped 400
 * days ago: on a topic left to the default they are deleted within seconds, on the planned topics (retention -1, or
 * compaction for current state) every one is still read from offset 0 by a new consumer group, as a scoring rebuild
 * (a new application id) reads them.
 */
class RetentionTest {

    private static final Instant LONG_AGO = Instant.now().minus(Duration.ofDays(400));
    private static final int RECORDS = 50;
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void aBrokerWithAShortDefaultRetention() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "retention-");
        broker = EmbeddedKafkaBroker.start(dir, 0, Map.of("log.retention.ms", "2000",
                "log.retention.check.interval.ms", "500", "log.roll.ms", "500", "log.segment.delete.delay.ms", "0"));
        try (KafkaProvisioner provisioner = new KafkaProvisioner(broker.adminClientConfig(), TopicPlan.SINGLE_BROKER)) {
            provisioner.ensurePlatformTopics();
        }
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void recordsOlderThanTheBrokersDefaultRetentionStayOnThePlannedTopics() throws Exception {
        String unplanned = "left-to-the-broker-default";
        try (Admin admin = Admin.create(broker.adminClientConfig())) {
            admin.createTopics(List.of(new NewTopic(unplanned, 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
        }
        List<String> planned = List.of(Topics.EMPLOYEES, Topics.PLANS, Topics.ACTIVITIES, Topics.SCORES);
        // Two waves, a few seconds apart, so the first wave's segments are closed and old enough to be deleted.
        produceOldRecords(planned, unplanned, 0);
        Thread.sleep(1500);
        produceOldRecords(planned, unplanned, RECORDS);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (earliestOffset(unplanned) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(earliestOffset(unplanned)).as("the broker's default retention deleted the unplanned topic's "
                + "old records").isPositive();
        for (String topic : planned) {
            assertThat(replayFromTheStart(topic)).as(topic).hasSize(2 * RECORDS);
        }
    }

    private static void produceOldRecords(List<String> planned, String unplanned, int from) throws Exception {
        Map<String, Object> config = new HashMap<>(broker.adminClientConfig());
        config.put("acks", "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = from; i < from + RECORDS; i++) {
                byte[] value = ("record " + i).getBytes(StandardCharsets.UTF_8);
                // distinct keys: compaction keeps every one
                for (String topic : planned) {
                    producer.send(new ProducerRecord<>(topic, 0, LONG_AGO.toEpochMilli(), "key-" + i, value));
                }
                producer.send(new ProducerRecord<>(unplanned, 0, LONG_AGO.toEpochMilli(), "key-" + i, value));
            }
            producer.flush();
        }
    }

    private static long earliestOffset(String topic) throws Exception {
        try (Admin admin = Admin.create(broker.adminClientConfig())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            return admin.listOffsets(Map.of(partition, OffsetSpec.earliest())).partitionResult(partition)
                    .get(10, TimeUnit.SECONDS).offset();
        }
    }

    private static List<ConsumerRecord<String, byte[]>> replayFromTheStart(String topic) {
        Map<String, Object> config = new HashMap<>(broker.adminClientConfig());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "rebuild-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (records.size() < 2 * RECORDS && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
