package org.kinerja.platform.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes events with the idempotent, acks=all producer and waits for the broker's acknowledgement, so a caller
 * only reports success once the event is durably in Kafka.
 */
public class EventPublisher {

    private static final long ACK_TIMEOUT_SECONDS = 15;

    private final KafkaTemplate<String, byte[]> kafka;
    private final MeterRegistry meters;
    private final String metricName;

    public EventPublisher(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters, String serviceName) {
        this.kafka = kafka;
        this.meters = meters;
        this.metricName = "kinerja." + serviceName + ".events.published";
    }

    public void publish(OutgoingEvent event) {
        publish(event.topic(), event);
    }

    /**
     * Publishes several events at once (the producer batches them) and returns once Kafka acknowledged every one;
     * if any was not acknowledged, the exception names the first such event and none should be reported as done.
     */
    public void publishAll(String topic, List<OutgoingEvent> events) {
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (OutgoingEvent event : events) {
            sent.add(kafka.send(CloudEventRecords.toProducerRecord(topic, event)));
        }
        for (int i = 0; i < sent.size(); i++) {
            try {
                sent.get(i).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                meters.counter(metricName, "type", events.get(i).type().type()).increment();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EventPublicationException(events.get(i), e);
            } catch (ExecutionException | TimeoutException e) {
                throw new EventPublicationException(events.get(i), e);
            }
        }
    }

    public void publish(String topic, OutgoingEvent event) {
        await(send(topic, event), event);
    }

    /**
     * Sends without waiting: the future completes once Kafka acknowledged the event (or fails with an
     * {@link EventPublicationException}). For a consumer that handles a poll's records together and waits for all
     * their acknowledgements before its offsets are committed, instead of one round trip per record.
     */
    public CompletableFuture<Void> send(String topic, OutgoingEvent event) {
        return kafka.send(CloudEventRecords.toProducerRecord(topic, event)).handle((result, failure) -> {
            if (failure != null) {
                throw new EventPublicationException(event, failure);
            }
            meters.counter(metricName, "type", event.type().type()).increment();
            return null;
        });
    }

    /** Waits for an acknowledgement {@link #send} promised. */
    public static void await(CompletableFuture<?> acknowledgement, OutgoingEvent event) {
        try {
            acknowledgement.get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventPublicationException(event, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof EventPublicationException published ? published
                    : new EventPublicationException(event, e.getCause());
        } catch (TimeoutException e) {
            throw new EventPublicationException(event, e);
        }
    }

    /** Kafka did not acknowledge an event in time; nothing was confirmed, the caller may retry. */
    public static class EventPublicationException extends RuntimeException {
        public EventPublicationException(OutgoingEvent event, Throwable cause) {
            super("Kafka did not acknowledge " + event.type().type() + " " + event.id(), cause);
        }
    }
}
