package org.kinerja.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.scoring.adapter.in.kafka.ScoringMetrics;
import org.kinerja.scoring.adapter.in.kafka.ScoringTopology;
import org.kinerja.scoring.domain.ScoringPolicy;

/**
 * Per-event cost of a new report on the real topology (the processors, RocksDB state stores, JSON, CloudEvents and
 * schema validation; Kafka Streams' TopologyTestDriver instead of a broker) when the employee already has 10, 1,000
 * and 100,000 reports of history.
 */
final class HistoryCost {

    private static final String EMPLOYEE = Workload.employee(1);

    private HistoryCost() {
    }

    static void run(boolean quick) throws Exception {
        int[] histories = quick ? new int[] {10, 1_000, 10_000} : new int[] {10, 1_000, 100_000};
        int measured = quick ? 2_000 : 5_000;
        System.out.println();
        System.out.println("== Per-event cost against history (real topology, RocksDB stores) ==");
        measure(20_000, measured); // warm-up: JIT and RocksDB, discarded
        List<double[]> rows = new ArrayList<>();
        for (int history : histories) {
            Stats stats = measure(history, measured);
            rows.add(new double[] {history, stats.mean(), stats.percentile(50), stats.percentile(99)});
            System.out.printf("history %,9d reports: mean %7.1f µs, p50 %7.1f µs, p99 %7.1f µs per new report "
                    + "(%,d measured)%n", history, stats.mean(), stats.percentile(50), stats.percentile(99),
                    stats.count());
        }
        double[] first = rows.get(0);
        double[] last = rows.get(rows.size() - 1);
        System.out.printf("ratio %,d / %,d reports of history: mean %.2f, p50 %.2f (target ≤ 1.1)%n",
                (long) last[0], (long) first[0], last[1] / first[1], last[2] / first[2]);
    }

    private static Stats measure(int history, int measured) throws Exception {
        Path stateDir = Files.createTempDirectory("kinerja-bench-state");
        StreamsBuilder builder = new StreamsBuilder();
        ScoringTopology.build(builder, ScoringPolicy.DEFAULT, "makassar", new ScoringMetrics(new SimpleMeterRegistry()));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "scoring-benchmark");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        Workload workload = new Workload();
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), config)) {
            TestInputTopic<String, byte[]> plans = driver.createInputTopic(Topics.PLANS, new StringSerializer(),
                    new ByteArraySerializer());
            TestInputTopic<String, byte[]> activities = driver.createInputTopic(Topics.ACTIVITIES,
                    new StringSerializer(), new ByteArraySerializer());
            List<TestOutputTopic<String, byte[]>> outputs = new ArrayList<>();
            for (String topic : List.of(Topics.SCORES, Topics.EVALUATIONS, Topics.UNIT_SCORES, Topics.DISTRIBUTION)) {
                outputs.add(driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer()));
            }
            plans.pipeInput(record(EventType.PLAN_APPROVED, "plan", Workload.plan(EMPLOYEE)));
            for (int i = 0; i < history; i++) {
                activities.pipeInput(report(workload));
                if (i % 1_000 == 0) {
                    outputs.forEach(TestOutputTopic::readRecordsToList);
                }
            }
            outputs.forEach(TestOutputTopic::readRecordsToList);
            double[] micros = new double[measured];
            for (int i = 0; i < measured; i++) {
                TestRecord<String, byte[]> next = report(workload);
                long start = System.nanoTime();
                activities.pipeInput(next);
                micros[i] = (System.nanoTime() - start) / 1_000.0;
                if (i % 500 == 0) {
                    outputs.forEach(TestOutputTopic::readRecordsToList);
                }
            }
            return new Stats(micros);
        }
    }

    private static TestRecord<String, byte[]> report(Workload workload) {
        ActivityReported report = workload.report(EMPLOYEE);
        return record(EventType.ACTIVITY_REPORTED, report.reportId(), report);
    }

    private static TestRecord<String, byte[]> record(EventType type, String id, Record data) {
        ProducerRecord<String, byte[]> record = CloudEventRecords.toProducerRecord(OutgoingEvent.of(type,
                type.type() + ":" + id, "/agencies/" + Workload.AGENCY, EMPLOYEE, id, Instant.now(), data));
        return new TestRecord<>(record.key(), record.value(), record.headers());
    }
}
