package org.kinerja.platform.events;

import java.time.Instant;

import org.kinerja.contracts.EventType;

/**
 * An event read from Kafka, its envelope checked and its data validated against the contract.
 *
 * @param actor who caused it, as its CloudEvents extensions say ({@link EventActor}); null when none is named
 */
public record ReceivedEvent(EventType type, String id, String source, String subject, Instant time, Record data,
        EventActor actor) {

    public ReceivedEvent(EventType type, String id, String source, String subject, Instant time, Record data) {
        this(type, id, source, subject, time, data, null);
    }

    public <T extends Record> T data(Class<T> expected) {
        return expected.cast(data);
    }
}
