package org.kinerja.platform.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * A batch listener's poll, decoded ({@link Decoded}): the events in the order their records came, up to the first
 * record that does not decode, and that record's failure and index in the poll.
 *
 * <p>{@link #project} writes the events in one go (the store coalesces and bulk-writes them), so a backlog is caught
 * up a poll at a time instead of a round trip per record. A record that could not be read is reported by its index
 * ({@link BatchListenerFailedException}) once the events before it are written: the error handler commits those and
 * dead-letters that one as it would a single record, and the rest of the poll is delivered again. A write that fails
 * is reported at the poll's first record, so the whole poll is retried.
 */
public record DecodedPoll<T>(List<T> events, RuntimeException unreadable, int unreadableIndex) {

    public DecodedPoll {
        events = List.copyOf(events);
    }

    public static <T> DecodedPoll<T> of(List<T> events) {
        return new DecodedPoll<>(events, null, -1);
    }

    /**
     * Decodes a poll's records in order, up to the first whose {@code decode} throws; a record decoded to empty (not
     * for this consumer) adds nothing but keeps its place, so the failure's index is the record's in the poll.
     */
    public static <R, T> DecodedPoll<T> decode(List<R> records, Function<R, Optional<T>> decode) {
        List<T> events = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                decode.apply(records.get(i)).ifPresent(events::add);
            } catch (RuntimeException unreadable) {
                return new DecodedPoll<>(events, unreadable, i);
            }
        }
        return of(events);
    }

    public void project(Consumer<List<T>> write) {
        try {
            write.accept(events);
        } catch (RuntimeException failed) {
            // Nothing of the poll is known to be written: the first record stands for it, so the error handler
            // retries from there as it would a single record (for as long as it takes when MongoDB is away).
            throw new BatchListenerFailedException("writing the poll failed: " + failed.getMessage(), failed, 0);
        }
        if (unreadable != null) {
            throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, unreadableIndex);
        }
    }
}
