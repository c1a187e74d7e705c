package org.kinerja.audit.adapter.in.kafka;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.kinerja.audit.domain.AuditChain;
import org.kinerja.audit.domain.ChainHead;
import org.kinerja.audit.domain.Decision;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.AuditEntryRecorded;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;

/**
 * Appends each decision to the region's chain, once per event id (a relay that published an event twice, a replay):
 * the next sequence, the previous entry's hash, the subject's state before. One partition feeds it, so one task holds
 * the chain and its order is the order of that partition.
 */
final class ChainAppender implements Processor<String, byte[], String, byte[]> {

    private final String regionId;
    private final String source;
    private final Clock clock;
    private final Counter appended;
    private final Counter duplicates;
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, byte[]> head;
    private KeyValueStore<String, byte[]> subjects;
    private KeyValueStore<String, byte[]> chained;

    ChainAppender(AuditSettings settings, Counter appended, Counter duplicates) {
        this.regionId = settings.regionId();
        this.source = settings.source();
        this.clock = settings.clock();
        this.appended = appended;
        this.duplicates = duplicates;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.head = context.getStateStore(AuditStores.HEAD);
        this.subjects = context.getStateStore(AuditStores.SUBJECTS);
        this.chained = context.getStateStore(AuditStores.CHAINED);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Decision decision = EventJson.read(record.value(), Decision.class);
        if (chained.get(decision.eventId()) != null) {
            duplicates.increment();
            return;
        }
        ChainHead current = AuditStores.head(head);
        Map<String, String> before = AuditStores.state(subjects, decision.subjectKey());
        AuditChain.Appended next = AuditChain.append(current, regionId, decision, before,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        AuditStores.putHead(head, next.head());
        subjects.put(decision.subjectKey(), EventJson.write(decision.after()));
        chained.put(decision.eventId(), EventJson.write(next.entry().sequence()));
        AuditEntryRecorded entry = next.entry();
        OutgoingEvent event = OutgoingEvent.of(EventType.AUDIT_ENTRY_RECORDED,
                "audit-entry:" + regionId + ":" + entry.sequence(), source, regionId,
                "entry/" + entry.sequence(), entry.recordedAt(), entry);
        context.forward(new Record<>(regionId, event.data(), record.timestamp(),
                new RecordHeaders(CloudEventRecords.headersOf(event).toArray())));
        appended.increment();
    }
}
