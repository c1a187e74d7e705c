package org.kinerja.audit.adapter.in.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.kinerja.contracts.Topics;
import org.kinerja.platform.kafka.access.ServiceAccess;

/**
 * The audit trail's topology. Every topic that carries decisions is read; the decisions among its records go, keyed
 * by region, through one single-partition repartition topic, so one task sees them all in one order; the chain
 * appender hashes each onto the chain ({@value Topics#AUDIT_TRAIL}), and the digest signer behind it signs a digest
 * of the chain when one is due ({@value Topics#AUDIT_DIGESTS}). With exactly_once_v2 an entry, the head it moved and
 * the input offsets commit together: a crash never skips, repeats or forks a link.
 */
public final class AuditTopology {

    /** The internal topic that puts every decision of the region in one order. */
    static final String DECISIONS = "decisions";

    private AuditTopology() {
    }

    public static void build(StreamsBuilder builder, AuditSettings settings, MeterRegistry meters) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AuditStores.HEAD),
                Serdes.String(), Serdes.ByteArray()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AuditStores.SUBJECTS),
                Serdes.String(), Serdes.ByteArray()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AuditStores.CHAINED),
                Serdes.String(), Serdes.ByteArray()));
        Consumed<String, byte[]> consumed = Consumed.with(Serdes.String(), Serdes.ByteArray());
        Produced<String, byte[]> produced = Produced.with(Serdes.String(), Serdes.ByteArray());

        KStream<String, byte[]> entries = builder.stream(decisionTopics(), consumed.withName("read-decision-topics"))
                .process(() -> new DecisionExtractor(settings.regionId(),
                        meters.counter("kinerja.audit.unreadable.records")), Named.as("extract-decisions"))
                .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray()).withName(DECISIONS)
                        .withNumberOfPartitions(1))
                .process(() -> new ChainAppender(settings, meters.counter("kinerja.audit.entries.appended"),
                        meters.counter("kinerja.audit.entries.duplicate")), Named.as("append-to-chain"),
                        AuditStores.HEAD, AuditStores.SUBJECTS, AuditStores.CHAINED);
        entries.to(Topics.AUDIT_TRAIL, produced.withName("write-trail"));
        entries.process(() -> new DigestSigner(settings), Named.as("sign-digests"), AuditStores.HEAD)
                .to(Topics.AUDIT_DIGESTS, produced.withName("write-digests"));
    }

    /** The topics the audit trail reads decisions from: all it may read but its own. */
    static java.util.List<String> decisionTopics() {
        return ServiceAccess.AUDIT_TRAIL.reads().stream()
                .filter(topic -> !topic.equals(Topics.AUDIT_TRAIL) && !topic.equals(Topics.AUDIT_DIGESTS)).toList();
    }
}
