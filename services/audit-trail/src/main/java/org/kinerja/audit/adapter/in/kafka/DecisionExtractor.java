package org.kinerja.audit.adapter.in.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.kinerja.audit.domain.Decision;
import org.kinerja.audit.domain.Decisions;
import org.kinerja.audit.domain.EventMeta;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.EventActor;
import org.kinerja.platform.events.PoisonRecordException;
import org.kinerja.platform.events.ReceivedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the platform's events and passes on the decisions among them, keyed by the region (one chain per region).
 * Most records on these topics are not decisions (reports above all): their {@code ce_type} header alone says so, and
 * their data is never parsed. A record that does not read as its contract says is counted and logged, not chained:
 * the service that owns the topic dead-letters such records for its own consumers, and the trail records what the
 * platform decided, which such a record is not.
 */
final class DecisionExtractor implements Processor<String, byte[], String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(DecisionExtractor.class);

    private final String regionId;
    private final Counter unreadable;
    private ProcessorContext<String, byte[]> context;

    DecisionExtractor(String regionId, Counter unreadable) {
        this.regionId = regionId;
        this.unreadable = unreadable;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Optional<EventType> type = typeOf(record);
        if (type.isEmpty() || !Decisions.AUDITED.contains(type.get())) {
            return;
        }
        String topic = context.recordMetadata().map(m -> m.topic()).orElse(type.get().topic());
        try {
            CloudEventRecords.readRelevant(topic, record.headers(), record.value(), List.of(type.get()))
                    .flatMap(DecisionExtractor::decision)
                    .ifPresent(decision -> context.forward(new Record<>(regionId, EventJson.write(decision),
                            record.timestamp(), new RecordHeaders())));
        } catch (PoisonRecordException e) {
            unreadable.increment();
            log.warn("not auditable: {} record at {}: {}", topic,
                    context.recordMetadata().map(m -> m.partition() + "@" + m.offset()).orElse("?"), e.getMessage());
        }
    }

    private static Optional<Decision> decision(ReceivedEvent event) {
        EventActor actor = event.actor();
        EventMeta meta = new EventMeta(event.id(), event.type().type(), event.time(), event.source(),
                actor == null ? null : actor.subject(), actor == null ? null : actor.roles(),
                actor == null ? null : actor.requestId());
        return Decisions.of(event.type(), event.data(), meta);
    }

    private static Optional<EventType> typeOf(Record<String, byte[]> record) {
        Header type = record.headers().lastHeader("ce_type");
        return type == null ? Optional.empty()
                : EventType.fromType(new String(type.value(), StandardCharsets.UTF_8));
    }
}
