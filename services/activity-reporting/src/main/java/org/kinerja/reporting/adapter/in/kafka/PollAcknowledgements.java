package org.kinerja.reporting.adapter.in.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * A poll's records handled together: each is processed and what it publishes is sent without waiting, then every
 * acknowledgement is awaited before the listener returns, so the offsets Spring Kafka then commits never run ahead of
 * what Kafka holds. A record that fails is reported by its index ({@link BatchListenerFailedException}) once the
 * records before it are acknowledged: the error handler commits those, and retries or dead-letters that record as it
 * would a single one. A record whose publication was not acknowledged is retried from there (its event id is
 * deterministic, so a second publication is a duplicate that consumers ignore).
 */
final class PollAcknowledgements {

    private static final long ACK_TIMEOUT_SECONDS = 30;

    private PollAcknowledgements() {
    }

    static void admitAll(List<ConsumerRecord<String, byte[]>> records,
            Function<ConsumerRecord<String, byte[]>, CompletableFuture<?>> admit) {
        List<CompletableFuture<?>> acknowledgements = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                acknowledgements.add(admit.apply(records.get(i)));
            } catch (RuntimeException failure) {
                awaitAll(acknowledgements);
                throw new BatchListenerFailedException(failure.getMessage(), failure, i);
            }
        }
        awaitAll(acknowledgements);
    }

    private static void awaitAll(List<CompletableFuture<?>> acknowledgements) {
        for (int i = 0; i < acknowledgements.size(); i++) {
            try {
                acknowledgements.get(i).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BatchListenerFailedException("interrupted while awaiting Kafka", e, i);
            } catch (ExecutionException e) {
                throw new BatchListenerFailedException("not acknowledged by Kafka", e.getCause(), i);
            } catch (TimeoutException e) {
                throw new BatchListenerFailedException("not acknowledged by Kafka in time",
                        new org.apache.kafka.common.errors.TimeoutException(e.getMessage(), e), i);
            }
        }
    }
}
