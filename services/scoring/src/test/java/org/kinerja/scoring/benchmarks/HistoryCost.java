package org.kinerja.scoring.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.test.Stats;
import org.kinerja.scoring.adapter.in.kafka.topology.ScoringMetrics;
import org.kinerja.scoring.adapter.in.kafka.topology.ScoringTopology;
import org.kinerja.scoring.domain.ScoringPolicy;

/**
 * Per-event cost of a new report on scoring's employee-side processor, exactly as the topology runs it (CloudEvents
 * and schema validation of the input, the domain step, a RocksDB state store with JSON values, the output events
 * built and validated against their schemas), driven record by record, when the employee already has 10, 1,000 and
 * 100,000 reports of history. (Kafka Streams' TopologyTestDriver would add an fsync'd commit after every record,
 * which the service does every 100 ms, not per record.)
 */
final class HistoryCost {

    private HistoryCost() {
    }

    static void run(boolean quick) throws Exception {
        int[] histories = quick ? new int[] {10, 1_000, 10_000} : new int[] {10, 1_000, 100_000};
        int measured = quick ? 2_000 : 5_000;
        System.out.println();
        System.out.println("== Per-event cost against history (employee-side processor, RocksDB store) ==");
        measure(10_000, measured); // warm-up: JIT and RocksDB, discarded
        List<double[]> rows = new ArrayList<>();
        for (int history : histories) {
            Stats best = null;
            for (int round = 0; round < 3; round++) {
                Stats stats = measure(history, measured);
                best = best == null || stats.mean() < best.mean() ? stats : best;
            }
            rows.add(new double[] {history, best.mean(), best.percentile(50), best.percentile(99)});
            System.out.printf("history %,9d reports: mean %6.1f µs, p50 %6.1f µs, p99 %7.1f µs per new report "
                    + "(best of 3 rounds of %,d)%n", history, best.mean(), best.percentile(50),
                    best.percentile(99), best.count());
        }
        double[] first = rows.get(0);
        double[] last = rows.get(rows.size() - 1);
        System.out.printf("ratio %,d / %,d reports of history: mean %.2f, p50 %.2f (target ≤ 1.1)%n",
                (long) last[0], (long) first[0], last[1] / first[1], last[2] / first[2]);
    }

    /**
     * Each measured report goes to an employee who has {@code history} reports at that moment, give or take 2 %: many
     * employees with one measured report each for a short history, one employee for a long one. The store holds about
     * the same number of reports either way.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Stats measure(int history, int measured) throws Exception {
        int perEmployee = Math.max(1, history / 50);
        int employees = Math.max(1, measured / perEmployee);
        Path stateDir = Files.createTempDirectory("kinerja-bench-state");
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "scoring-benchmark");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        MockProcessorContext context = new MockProcessorContext<>(config, new TaskId(0, 0), stateDir.toFile());
        KeyValueStore<String, byte[]> store = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ScoringTopology.EMPLOYEE_STORE), Serdes.String(), Serdes.ByteArray())
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        Processor processor = ScoringTopology.employeeProcessor(ScoringPolicy.DEFAULT, "makassar",
                new ScoringMetrics(new SimpleMeterRegistry()));
        processor.init(context);
        context.setCurrentSystemTimeMs(System.currentTimeMillis());
        Workload workload = new Workload();
        try {
            for (int e = 0; e < employees; e++) {
                String employee = Workload.employee(e);
                context.setRecordMetadata(Topics.PLANS, 0, 0);
                processor.process(record(EventType.PLAN_APPROVED, "plan-" + employee, employee,
                        Workload.plan(employee)));
                context.setRecordMetadata(Topics.ACTIVITIES, 0, 0);
                for (int i = 0; i < history; i++) {
                    processor.process(report(workload, employee));
                    if (i % 1_000 == 0) {
                        context.resetForwards();
                    }
                }
                context.resetForwards();
            }
            double[] micros = new double[employees * perEmployee];
            int n = 0;
            for (int e = 0; e < employees; e++) {
                for (int i = 0; i < perEmployee; i++) {
                    Record<String, byte[]> next = report(workload, Workload.employee(e));
                    long start = System.nanoTime();
                    processor.process(next);
                    micros[n++] = (System.nanoTime() - start) / 1_000.0;
                    if (n % 500 == 0) {
                        context.resetForwards();
                    }
                }
            }
            return new Stats(micros);
        } finally {
            store.close();
        }
    }

    private static Record<String, byte[]> report(Workload workload, String employee) {
        ActivityReported report = workload.report(employee);
        return record(EventType.ACTIVITY_REPORTED, report.reportId(), employee, report);
    }

    private static Record<String, byte[]> record(EventType type, String id, String employee,
            java.lang.Record data) {
        ProducerRecord<String, byte[]> record = CloudEventRecords.toProducerRecord(OutgoingEvent.of(type,
                type.type() + ":" + id, "/agencies/" + Workload.AGENCY, employee, id, Instant.now(), data));
        return new Record<>(record.key(), record.value(), System.currentTimeMillis(), record.headers());
    }
}
