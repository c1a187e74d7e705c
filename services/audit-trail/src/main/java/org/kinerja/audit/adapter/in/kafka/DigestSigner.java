package org.kinerja.audit.adapter.in.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.kinerja.audit.domain.AuditChain;
import org.kinerja.audit.domain.AuditKeys;
import org.kinerja.audit.domain.DigestSchedule;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.AuditDigestSigned;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;

/**
 * Signs a digest of the chain when one is due: on wall-clock time, so a quiet day still gets its digest at midnight
 * (the first check after it) as long as it had entries. It shares the chain's head store with {@link ChainAppender}
 * (same task, same thread); the entries reaching it are only what it is wired behind.
 */
final class DigestSigner implements Processor<String, byte[], String, byte[]> {

    private final String regionId;
    private final String source;
    private final DigestSchedule schedule;
    private final AuditKeys keys;
    private final Clock clock;
    private final Duration checkEvery;
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, byte[]> head;

    DigestSigner(AuditSettings settings) {
        this.regionId = settings.regionId();
        this.source = settings.source();
        this.schedule = settings.schedule();
        this.keys = settings.keys();
        this.clock = settings.clock();
        this.checkEvery = settings.digestCheckEvery();
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.head = context.getStateStore(AuditStores.HEAD);
        context.schedule(checkEvery, PunctuationType.WALL_CLOCK_TIME, now -> signIfDue());
    }

    @Override
    public void process(Record<String, byte[]> entry) {
        // Nothing per entry: the head store already counts it; the punctuation signs.
    }

    private void signIfDue() {
        AuditChain.digestIfDue(AuditStores.head(head), regionId, schedule, keys,
                clock.instant().truncatedTo(ChronoUnit.MILLIS)).ifPresent(signed -> {
                    AuditStores.putHead(head, signed.head());
                    AuditDigestSigned digest = signed.digest();
                    OutgoingEvent event = OutgoingEvent.of(EventType.AUDIT_DIGEST_SIGNED,
                            "audit-digest:" + regionId + ":" + digest.number(), source,
                            regionId, "digest/" + digest.number(), digest.signedAt(), digest);
                    context.forward(new Record<>(regionId, event.data(), digest.signedAt().toEpochMilli(),
                            new RecordHeaders(CloudEventRecords.headersOf(event).toArray())));
                });
    }
}
