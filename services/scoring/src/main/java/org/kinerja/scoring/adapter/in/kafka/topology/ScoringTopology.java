package org.kinerja.scoring.adapter.in.kafka.topology;

import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.BranchedKStream;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.state.Stores;
import org.kinerja.contracts.Topics;
import org.kinerja.scoring.domain.ScoringPolicy;

/**
 * The scoring topology. The employee side reads everything keyed by employee (plans, accepted reports, evaluation
 * periods, feedback; co-partitioned) plus unit predicates re-keyed to the unit's head, and holds each employee's state;
 * it emits scores and evaluations, and re-keys what changed in a unit's figures by unit. The unit side reads those
 * contributions and planning's unit predicates (keyed by unit) and emits unit scores and distribution changes. Runs
 * with exactly_once_v2, so state, outputs, re-keying topics and offsets commit together.
 */
public final class ScoringTopology {

    public static final String EMPLOYEE_STORE = "employee-scoring-state";
    public static final String UNIT_STORE = "unit-scoring-state";
    /** Name of the internal topic carrying employees' contributions to their units (keyed by unit). */
    static final String UNIT_CONTRIBUTIONS = "unit-contributions";
    /** Name of the internal topic carrying unit predicates to the unit's head (keyed by employee). */
    static final String HEAD_PREDICATES = "head-unit-predicates";

    private ScoringTopology() {
    }

    /**
     * The employee side's processor on its own, for the benchmark to drive record by record (it needs the
     * {@link #EMPLOYEE_STORE} store in its context). The topology is what runs it in the service.
     */
    public static Processor<String, byte[], String, ?> employeeProcessor(ScoringPolicy policy, String region,
            ScoringMetrics metrics) {
        return new EmployeeProcessor(new ProcessorSettings(policy, region, metrics, ScoringOutputs.LIVE));
    }

    public static void build(StreamsBuilder builder, ScoringPolicy policy, String region, ScoringMetrics metrics) {
        build(builder, policy, region, metrics, ScoringOutputs.LIVE);
    }

    public static void build(StreamsBuilder builder, ScoringPolicy policy, String region, ScoringMetrics metrics,
            ScoringOutputs outputs) {
        ProcessorSettings settings = new ProcessorSettings(policy, region, metrics, outputs);
        // Cached stores: a burst's many puts to one key (an employee's tally, a unit's figures) reach RocksDB and the
        // changelog once per commit instead of once per report; the cache is flushed before each commit, so state,
        // outputs and offsets still commit together.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EMPLOYEE_STORE),
                Serdes.String(), Serdes.ByteArray()).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(UNIT_STORE),
                Serdes.String(), Serdes.ByteArray()).withCachingEnabled());
        Consumed<String, byte[]> consumed = Consumed.with(Serdes.String(), Serdes.ByteArray());
        Repartitioned<String, byte[]> rekeyed = Repartitioned.with(Serdes.String(), Serdes.ByteArray());

        KStream<String, byte[]> organisation = builder.stream(Topics.ORGANISATION_PLANNING,
                consumed.withName("unit-predicates"));
        KStream<String, byte[]> toHeads = organisation
                .process(HeadRouter::new, Named.as("route-predicates-to-heads"))
                .repartition(rekeyed.withName(HEAD_PREDICATES));

        KStream<String, Routed> employeeSide = builder.stream(Topics.PLANS, consumed.withName("plans"))
                .merge(builder.stream(Topics.ACTIVITIES, consumed.withName("accepted-reports")))
                .merge(builder.stream(Topics.EVALUATION_PERIODS, consumed.withName("evaluation-periods")))
                .merge(builder.stream(Topics.FEEDBACK, consumed.withName("feedback")))
                .merge(toHeads)
                .process(() -> new EmployeeProcessor(settings), Named.as("employee-scoring"),
                        EMPLOYEE_STORE);
        toTopics(employeeSide.filter((key, routed) -> !routed.toUnits(), Named.as("employee-outputs")), "employee",
                List.of(outputs.scores(), outputs.topic(Topics.EVALUATIONS), Topics.deadLetter(Topics.PLANS),
                        Topics.deadLetter(Topics.ACTIVITIES), Topics.deadLetter(Topics.EVALUATION_PERIODS),
                        Topics.deadLetter(Topics.FEEDBACK), Topics.deadLetter(Topics.ORGANISATION_PLANNING)));

        KStream<String, byte[]> contributions = employeeSide.filter((key, routed) -> routed.toUnits())
                .mapValues(Routed::value)
                .repartition(rekeyed.withName(UNIT_CONTRIBUTIONS));
        toTopics(organisation.merge(contributions)
                .process(() -> new UnitProcessor(settings), Named.as("unit-scoring"), UNIT_STORE), "unit",
                List.of(outputs.units(), outputs.topic(Topics.DISTRIBUTION),
                        Topics.deadLetter(Topics.ORGANISATION_PLANNING)));
    }

    /**
     * Each output topic its own named sink, so that the topology's description names every topic scoring writes and
     * each sink writes plain bytes; a record routed to a topic without a sink is a bug, and fails the task loudly.
     */
    private static void toTopics(KStream<String, Routed> routed, String side, List<String> topics) {
        BranchedKStream<String, Routed> split = routed.split(Named.as(side + "-to-"));
        for (String topic : topics) {
            split.branch((key, value) -> topic.equals(value.topic()), Branched.withConsumer(stream -> stream
                    .mapValues(Routed::value, Named.as(side + "-value-of-" + topic))
                    .to(topic, Produced.with(Serdes.String(), Serdes.ByteArray()).withName(side + "-sink-" + topic)),
                    topic));
        }
        split.defaultBranch(Branched.withConsumer(stream -> stream.foreach((key, value) -> {
            throw new IllegalStateException("scoring routed a record to " + value.topic() + ", which has no sink");
        }, Named.as(side + "-unrouted")), "unrouted"));
    }
}
