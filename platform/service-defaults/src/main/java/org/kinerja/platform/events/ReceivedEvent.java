package org.kinerja.platform.events;

import java.time.Instant;

import org.kinerja.contracts.EventType;

/** An event read from Kafka, its envelope checked and its data validated against the contract. */
public record ReceivedEvent(EventType type, String id, String source, String subject, Instant time, Record data) {

    public <T extends Record> T data(Class<T> expected) {
        return expected.cast(data);
    }
}
