package org.kinerja.platform.kafka;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.kinerja.platform.events.DecodedPoll;

/**
 * Helpers of listeners that write a poll together ({@link DecodedPoll}): a poll of records that are not platform events
 * (dead letters), and the newest version per key of a poll.
 */
public final class PollProjection {

    private PollProjection() {
    }

    /** Decodes each record with {@code decode} (up to the first that fails), then projects as {@link DecodedPoll}. */
    public static <T> void project(List<ConsumerRecord<String, byte[]>> records,
            Function<ConsumerRecord<String, byte[]>, T> decode, Consumer<List<T>> write) {
        DecodedPoll.decode(records, decode.andThen(Optional::of)).project(write);
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
