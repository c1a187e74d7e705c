package org.kinerja.scoring.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.test.EmbeddedTestInfra;
import org.kinerja.platform.test.RunningService;
import org.kinerja.platform.test.Stats;
import org.kinerja.scoring.ScoringApplication;

/**
 * Throughput and report-to-score latency on the embedded stack: a real KRaft broker, the scoring service (Kafka
 * Streams, exactly_once_v2, commit interval 100 ms) and its read model. Latency is from the producer handing a report
 * to Kafka to a read_committed consumer seeing the year score that counts it (the score's version tells which
 * report it counts: the plan is version 1, the k-th report version k + 1).
 *
 * <p>Authentication is on, as in production: the broker takes SASL/SCRAM only and authorises by ACL, scoring signs in
 * as its own principal, plans are published as target-planning's and reports as activity-reporting's principal, and
 * the watcher reads scores as an analytics subscriber.
 */
final class EndToEnd {

    private static final int EMPLOYEES = 200;

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaProducer<String, byte[]> planner;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final Map<String, Integer> reportsSent = new ConcurrentHashMap<>();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Workload workload = new Workload();

    private EndToEnd(EmbeddedTestInfra infra) {
        producer = producer(infra, "activity-reporting");
        planner = producer(infra, "target-planning");
    }

    private static KafkaProducer<String, byte[]> producer(EmbeddedTestInfra infra, String service) {
        Properties config = new Properties();
        config.putAll(infra.clientConfig(service, EmbeddedTestInfra.servicePassword(service)));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    static void run(boolean quick) throws Exception {
        System.out.println();
        System.out.println("== Throughput and report-to-score latency (embedded stack: KRaft broker, scoring service) ==");
        EmbeddedTestInfra infra = EmbeddedTestInfra.shared();
        String[] credentials = infra.serviceCredentials("scoring");
        try (RunningService scoring = RunningService.start(ScoringApplication.application(), "benchmark",
                "spring.kafka.streams.state-dir=" + infra.newStateDir(),
                "spring.kafka.streams.application-id=scoring-benchmark", "logging.level.root=WARN",
                "logging.level.org.kinerja=WARN", credentials[0], credentials[1], credentials[2])) {
            EndToEnd bench = new EndToEnd(infra);
            AtomicBoolean running = new AtomicBoolean(true);
            Map<String, Object> watcherConfig = infra.clientConfig("analytics-benchmark",
                    infra.ensureAnalytics("benchmark"));
            Thread watcher = new Thread(() -> bench.watchScores(watcherConfig, running), "score-watcher");
            watcher.start();
            bench.plans();
            bench.await(Duration.ofSeconds(120));

            int burst = quick ? 5_000 : 20_000;
            long start = System.nanoTime();
            for (int i = 0; i < burst; i++) {
                bench.send(Workload.employee(i % EMPLOYEES), false);
            }
            bench.producer.flush();
            bench.await(Duration.ofMinutes(10));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("throughput: %,d reports scored (each re-scoring its month and its year) in %.1f s = "
                    + "%,.0f reports/s%n", burst, seconds, burst / seconds);

            int rate = 200;
            int paced = rate * (quick ? 10 : 30);
            List<String> measuredKeys = new ArrayList<>();
            long next = System.nanoTime();
            for (int i = 0; i < paced; i++) {
                measuredKeys.add(bench.send(Workload.employee(i % EMPLOYEES), true));
                next += 1_000_000_000L / rate;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            bench.producer.flush();
            bench.await(Duration.ofMinutes(5));
            double[] millis = measuredKeys.stream().mapToDouble(k -> (bench.seen.get(k) - bench.sentAt.get(k)) / 1e6)
                    .toArray();
            Stats latency = new Stats(millis);
            System.out.printf("latency at %d reports/s for %d s (%,d reports): p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    rate, paced / rate, latency.count(), latency.percentile(50), latency.percentile(99),
                    latency.max());
            running.set(false);
            watcher.join();
            bench.producer.close();
            bench.planner.close();
        }
    }

    private void plans() {
        for (int e = 0; e < EMPLOYEES; e++) {
            String employee = Workload.employee(e);
            planner.send(CloudEventRecords.toProducerRecord(OutgoingEvent.of(EventType.PLAN_APPROVED,
                    "plan:" + employee, "/services/target-planning/makassar", employee, employee, Instant.now(),
                    Workload.plan(employee))));
            reportsSent.put(employee, 0);
        }
        planner.flush();
    }

    /** Sends the employee's next report; returns the key under which its score will be seen. */
    private String send(String employee, boolean timed) {
        ActivityReported report = workload.report(employee);
        int k = reportsSent.merge(employee, 1, Integer::sum);
        String key = employee + "@" + (k + 1);
        if (timed) {
            sentAt.put(key, System.nanoTime());
        }
        producer.send(CloudEventRecords.toProducerRecord(OutgoingEvent.of(EventType.ACTIVITY_REPORTED,
                "report:" + report.reportId(), "/agencies/" + Workload.AGENCY, employee, report.reportId(),
                Instant.now(), report)));
        return key;
    }

    /** Waits until every employee's year score counts every report sent to them. */
    private void await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean done = reportsSent.entrySet().stream()
                    .allMatch(e -> seen.containsKey(e.getKey() + "@" + (e.getValue() + 1)));
            if (done) {
                return;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("scores did not catch up within " + timeout);
    }

    private void watchScores(Map<String, Object> client, AtomicBoolean running) {
        Properties config = new Properties();
        config.putAll(client);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.SCORES).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.nanoTime();
                    ScoreUpdated score = EventJson.read(record.value(), ScoreUpdated.class);
                    if (score.period().length() == 4) {
                        seen.putIfAbsent(score.employeeId() + "@" + score.version(), now);
                    }
                }
            }
        }
    }
}
