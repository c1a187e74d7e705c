package org.kinerja.platform.mongo;

/** Declares a collection whose documents carry an {@link Outbox}; the relay watches every declared collection. */
public record OutboxCollection(String name) {
}
