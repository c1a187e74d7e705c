package org.kinerja.reporting.adapter.out.kafka;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.kinerja.contracts.Topics;
import org.kinerja.platform.events.EventPublisher;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.reporting.application.ActivityEvents;

/** The accepted-reports stream on Kafka: every event to {@code reporting.activities.v1}, keyed by its employee. */
public class KafkaActivityEvents implements ActivityEvents {

    private final EventPublisher publisher;

    public KafkaActivityEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(OutgoingEvent event) {
        publisher.publish(Topics.ACTIVITIES, event);
    }

    @Override
    public void publishAll(List<OutgoingEvent> events) {
        publisher.publishAll(Topics.ACTIVITIES, events);
    }

    @Override
    public CompletableFuture<Void> send(OutgoingEvent event) {
        return publisher.send(Topics.ACTIVITIES, event);
    }
}
