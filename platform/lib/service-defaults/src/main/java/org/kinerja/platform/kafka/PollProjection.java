package org.kinerja.platform.kafka;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * A projection listener's poll written together: every record is decoded, then what they say is written in one go
 * (the store coalesces and bulk-writes it), so a backlog is caught up a poll at a time instead of a round trip per
 * record. A record that cannot be read is reported by its index ({@link BatchListenerFailedException}) once the
 * records before it are written: the error handler commits those and dead-letters that one as it would a single
 * record, and the rest of the poll is delivered again. A write that fails is reported at the poll's first record.
 */
public final class PollProjection {

    private PollProjection() {
    }

    public static <T> void project(List<ConsumerRecord<String, byte[]>> records,
            Function<ConsumerRecord<String, byte[]>, T> decode, Consumer<List<T>> write) {
        List<T> decoded = new ArrayList<>(records.size());
        RuntimeException unreadable = null;
        for (int i = 0; i < records.size() && unreadable == null; i++) {
            try {
                decoded.add(decode.apply(records.get(i)));
            } catch (RuntimeException e) {
                unreadable = e;
            }
        }
        try {
            write.accept(decoded);
        } catch (RuntimeException failed) {
            // Nothing of the poll is known to be written: the first record stands for it, so the error handler
            // retries from there as it would a single record (for as long as it takes when MongoDB is away).
            throw new BatchListenerFailedException("writing the poll failed: " + failed.getMessage(), failed, 0);
        }
        if (unreadable != null) {
            throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, decoded.size());
        }
    }

    /**
     * The newest version of each key in a poll, in the order the poll's records came: a burst that updates one
     * employee's period many times is applied once, at its last version. Only for consumers whose outcome is a
     * function of the newest version alone (each version supersedes the ones before it).
     */
    public static <T, K> List<T> newestPerKey(List<T> items, Function<T, K> key, ToLongFunction<T> version) {
        Map<K, T> newest = new LinkedHashMap<>();
        for (T item : items) {
            newest.merge(key.apply(item), item,
                    (held, next) -> version.applyAsLong(next) >= version.applyAsLong(held) ? next : held);
        }
        return List.copyOf(newest.values());
    }
}
