package org.kinerja.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.kinerja.contracts.ContractSchemas;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;

/**
 * An event about to be published: its CloudEvents attributes, the Kafka key, and the JSON data already serialised
 * (so an outbox can store it and a relay can publish it later, byte for byte).
 *
 * @param id      unique id, what consumers deduplicate on; deterministic where a retry must yield the same event
 * @param source  who publishes: {@code /services/<service>/<region>}, or {@code /agencies/<agencyId>} for reports
 * @param key     Kafka key (the employee id for everything that feeds scoring)
 * @param subject the aggregate the event is about
 * @param actor   who caused it (the request's verified caller), for the audit trail; null for what a service does
 *                on its own
 */
public record OutgoingEvent(EventType type, String id, String source, String key, String subject, Instant time,
        byte[] data, EventActor actor) {

    public OutgoingEvent(EventType type, String id, String source, String key, String subject, Instant time,
            byte[] data) {
        this(type, id, source, key, subject, time, data, null);
    }

    public OutgoingEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    /** An event with its data checked against its contract, caused by the caller of the current request if any. */
    public static OutgoingEvent of(EventType type, String id, String source, String key, String subject,
            Instant time, Record data) {
        if (!type.dataClass().isInstance(data)) {
            throw new IllegalArgumentException(type.type() + " carries " + type.dataClass().getSimpleName()
                    + ", not " + data.getClass().getSimpleName());
        }
        byte[] json = EventJson.write(data);
        // A producer is held to its own contract: an event its consumers would dead-letter is never written.
        List<String> problems = ContractSchemas.validate(type, json);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(type.type() + " " + id + " does not match its contract: "
                    + String.join("; ", problems));
        }
        return new OutgoingEvent(type, id, source, key, subject, time, json, EventActor.current().orElse(null));
    }

    public String topic() {
        return type.topic();
    }
}
