package org.kinerja.reporting.application;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.kinerja.platform.events.OutgoingEvent;

/**
 * Where the use cases publish accepted reports, corrections, retractions and realisations: the accepted-reports
 * stream ({@code reporting.activities.v1}) that scoring, the read models and the audit trail consume. The use cases
 * own this port; the Kafka adapter implements it.
 */
public interface ActivityEvents {

    /** Publishes the event and returns once the broker has acknowledged it. */
    void publish(OutgoingEvent event);

    /** Publishes the events (a poll's, in order) and returns once the broker has acknowledged every one. */
    void publishAll(List<OutgoingEvent> events);

    /** Sends the event without waiting; the future completes on the broker's acknowledgement. */
    CompletableFuture<Void> send(OutgoingEvent event);
}
