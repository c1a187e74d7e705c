package org.kinerja.scoring.adapter.in.kafka;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.kinerja.contracts.Topics;
import org.kinerja.scoring.domain.ScoringPolicy;

/**
 * The scoring topology: approved plans and accepted reports, both keyed by employee (so co-partitioned), go through
 * one processor holding each employee's state; its outputs are routed to scoring.scores.v1, scoring.evaluations.v1 or
 * a dead-letter topic. The application runs with exactly_once_v2, so state, outputs and offsets commit together.
 */
public final class ScoringTopology {

    public static final String STATE_STORE = "employee-scoring-state";

    private ScoringTopology() {
    }

    public static void build(StreamsBuilder builder, ScoringPolicy policy, String region, ScoringMetrics metrics) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STATE_STORE),
                Serdes.String(), Serdes.ByteArray()));
        Consumed<String, byte[]> consumed = Consumed.with(Serdes.String(), Serdes.ByteArray());
        KStream<String, byte[]> plans = builder.stream(Topics.PLANS, consumed.withName("plans"));
        KStream<String, byte[]> reports = builder.stream(Topics.ACTIVITIES, consumed.withName("accepted-reports"));
        plans.merge(reports)
                .process(() -> new ScoringProcessor(policy, region, metrics), STATE_STORE)
                .to((key, routed, context) -> routed.topic(), Produced.with(Serdes.String(), Routed.serde()));
    }
}
