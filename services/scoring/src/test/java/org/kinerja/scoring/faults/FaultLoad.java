package org.kinerja.scoring.faults;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.PlanApproved;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.kafka.access.KafkaClientSecurity;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.EmbeddedTestInfra;
import org.kinerja.platform.test.TestTokens;

/**
 * One fault test's load and its oracle: plans for its own employees, then reports paced at a rate on scoring's input
 * topic as activity-reporting publishes them (idempotent, acks=all), one in ten sent a second time and a poison record
 * every hundred. A report counts in the oracle once the broker acknowledged it; one whose send failed is sent again,
 * as a diligent client would, until it is acknowledged.
 */
final class FaultLoad implements AutoCloseable {

    private static final String AGENCY = "dishub-mks";
    private static final String INDICATOR = "iki-sum";
    private static final Map<String, Integer> CODES = Map.of("kill", 11, "broker", 12, "mongo", 13, "pair", 14,
            "rebuild", 15);

    private final String test;
    private final int employees;
    private final String bootstrap;
    private final String adminPassword;
    private final KafkaProducer<String, byte[]> planner;
    private final KafkaProducer<String, byte[]> reporter;
    /** reportId -> (employee, quantity), for every acknowledged report. */
    private final Map<String, String[]> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger poison = new AtomicInteger();
    private final AtomicLong lastAcknowledged = new AtomicLong();
    private Thread sender;
    /** The records' Kafka timestamp (CreateTime), or null for now. */
    private Long stampedAt;

    FaultLoad(String test, String bootstrap, String adminPassword, int employees) {
        this.test = test;
        this.employees = employees;
        this.bootstrap = bootstrap;
        this.adminPassword = adminPassword;
        this.planner = producer("target-planning");
        this.reporter = producer("activity-reporting");
    }

    private KafkaProducer<String, byte[]> producer(String service) {
        Properties config = new Properties();
        config.putAll(KafkaClientSecurity.scram(service, EmbeddedTestInfra.servicePassword(service))
                .clientConfig(bootstrap));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Stamps every record with this time, as records written long ago would be. */
    FaultLoad stampedAt(Instant time) {
        this.stampedAt = time.toEpochMilli();
        return this;
    }

    private ProducerRecord<String, byte[]> stamped(ProducerRecord<String, byte[]> record) {
        return stampedAt == null ? record : new ProducerRecord<>(record.topic(), null, stampedAt, record.key(),
                record.value(), record.headers());
    }

    String employee(int n) {
        return String.format("199001012015%02d%04d", CODES.get(test), n % employees);
    }

    void plans() {
        for (int e = 0; e < employees; e++) {
            String employee = employee(e);
            PlanApproved plan = new PlanApproved("skp-2026-" + employee, employee, "makassar", AGENCY,
                    "dishub-mks-lalin", 2026, "KUANTITATIF", "198001012005011001", Instant.now(), List.of(
                            new PlanApproved.Rhk("rhk-1", "UTAMA", null, "Penanganan kejadian", List.of(
                                    new PlanApproved.Indicator(INDICATOR, "kejadian ditangani", "KUANTITAS",
                                            new BigDecimal("100000"), "kejadian", "HIGHER_IS_BETTER", "SUM",
                                            List.of())))));
            planner.send(stamped(CloudEventRecords.toProducerRecord(OutgoingEvent.of(EventType.PLAN_APPROVED,
                    "plan:" + plan.planId(), "/services/target-planning/test", employee, plan.planId(),
                    Instant.now(), plan))));
        }
        planner.flush();
    }

    /** Sends {@code total} reports at {@code perSecond} in the background. */
    void start(int total, int perSecond) {
        sender = new Thread(() -> {
            long next = System.nanoTime();
            for (int n = 0; n < total; n++) {
                ActivityReported report = report(n);
                send(report);
                if (n % 10 == 0) {
                    send(report); // the same report again: counted once
                    duplicates.incrementAndGet();
                }
                if (n % 100 == 50) {
                    sendPoison(report.employeeId());
                }
                next += 1_000_000_000L / perSecond;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    sleep(wait / 1_000_000);
                }
            }
        }, "fault-load-" + test);
        sender.start();
    }

    private ActivityReported report(int n) {
        return new ActivityReported("rpt-fault-" + test + "-" + n, employee(n), AGENCY, INDICATOR, "DAILY",
                LocalDate.of(2026, 1, 5).plusDays(n % 300), null, null, null, BigDecimal.valueOf(1 + n % 7),
                "Penanganan kejadian", null, Instant.now());
    }

    private void send(ActivityReported report) {
        ProducerRecord<String, byte[]> record = stamped(CloudEventRecords.toProducerRecord(OutgoingEvent.of(
                EventType.ACTIVITY_REPORTED, "activity-reported:" + report.reportId(), "/agencies/" + AGENCY,
                report.employeeId(), report.reportId(), Instant.now(), report)));
        reporter.send(record, (metadata, failure) -> {
            if (failure == null) {
                acknowledged.put(report.reportId(), new String[] {report.employeeId(),
                        report.quantity().toPlainString()});
                lastAcknowledged.set(System.nanoTime());
            } else {
                send(report); // not acknowledged: send again
            }
        });
    }

    private void sendPoison(String employee) {
        reporter.send(stamped(new ProducerRecord<>(Topics.ACTIVITIES, employee,
                "{not a cloud event".getBytes(StandardCharsets.UTF_8))));
        poison.incrementAndGet();
    }

    void awaitAcknowledged(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (acknowledged.size() < count && System.nanoTime() < deadline) {
            sleep(50);
        }
    }

    /** Waits for the sender, then until every report sent is acknowledged. */
    void finish() throws InterruptedException {
        sender.join();
        reporter.flush();
    }

    /**
     * Waits until, for every employee, the committed year score on scoring.scores.v1 and the read model over REST
     * count exactly the acknowledged reports (their number and the sum of their quantities).
     */
    Recovery awaitScoresEqualTheOracle(String scoringUrl, Duration timeout, long faultEnded) {
        Map<String, long[]> oracle = oracle();
        ApiClient api = new ApiClient(scoringUrl);
        String admin = TestTokens.admin();
        long deadline = System.nanoTime() + timeout.toNanos();
        int diffs = employees;
        while (System.nanoTime() < deadline) {
            Map<String, ScoreUpdated> committed = committedYearScores();
            diffs = 0;
            for (Map.Entry<String, long[]> want : oracle.entrySet()) {
                ScoreUpdated score = committed.get(want.getKey());
                if (score == null || !counts(score.indicators().get(0).reportCount(),
                        score.indicators().get(0).realisation(), want.getValue())) {
                    diffs++;
                    continue;
                }
                ApiClient.Response view = api.get("/api/scoring/employees/" + want.getKey() + "/scores/2026", admin);
                if (view.status() != 200 || !counts(view.body().path("indicators").get(0).path("reportCount")
                        .asLong(), view.body().path("indicators").get(0).path("realisation").decimalValue(),
                        want.getValue())) {
                    diffs++;
                }
            }
            if (diffs == 0) {
                break;
            }
            sleep(500);
        }
        long now = System.nanoTime();
        return new Recovery(acknowledged.size(), duplicates.get(), poison.get(), diffs, (now - faultEnded) / 1e9,
                (now - lastAcknowledged.get()) / 1e9);
    }

    private static boolean counts(long reportCount, BigDecimal realisation, long[] want) {
        return reportCount == want[0] && realisation.compareTo(BigDecimal.valueOf(want[1])) == 0;
    }

    /** Per employee: the number of acknowledged reports and the sum of their quantities. */
    private Map<String, long[]> oracle() {
        Map<String, long[]> oracle = new HashMap<>();
        for (String[] report : acknowledged.values()) {
            long[] sums = oracle.computeIfAbsent(report[0], e -> new long[2]);
            sums[0]++;
            sums[1] += Long.parseLong(report[1]);
        }
        return oracle;
    }

    /** The latest committed year score of each of this test's employees, read from the start of the topic. */
    private Map<String, ScoreUpdated> committedYearScores() {
        Map<String, Object> config = new HashMap<>(KafkaClientSecurity.plain(org.kinerja.platform.embedded.EmbeddedKafkaBroker.ADMIN_USER, adminPassword)
                .clientConfig(bootstrap));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-oracle-" + UUID.randomUUID());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, ScoreUpdated> latest = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.SCORES).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<TopicPartition> open = new ArrayList<>(partitions);
            while (!open.isEmpty()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (!record.key().startsWith(String.format("199001012015%02d", CODES.get(test)))) {
                        continue;
                    }
                    ScoreUpdated score = EventJson.read(record.value(), ScoreUpdated.class);
                    if (score.period().equals("2026")) {
                        latest.merge(score.employeeId(), score, (a, b) -> b.version() >= a.version() ? b : a);
                    }
                }
                open.removeIf(p -> consumer.position(p) >= end.get(p));
            }
        }
        return latest;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        planner.close(Duration.ofSeconds(5));
        reporter.close(Duration.ofSeconds(5));
    }
}
