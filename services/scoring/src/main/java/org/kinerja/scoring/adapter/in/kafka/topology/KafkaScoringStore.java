package org.kinerja.scoring.adapter.in.kafka.topology;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.kinerja.scoring.domain.ScoringStore;

/** The domain's store on a Kafka Streams state store (RocksDB, changelogged), entries as JSON. */
final class KafkaScoringStore implements ScoringStore {

    private static final StringSerializer PREFIX = new StringSerializer();

    private final KeyValueStore<String, byte[]> store;

    KafkaScoringStore(KeyValueStore<String, byte[]> store) {
        this.store = store;
    }

    @Override
    public <T> T get(String key, Class<T> type) {
        byte[] bytes = store.get(key);
        return bytes == null ? null : StateJson.read(bytes, type);
    }

    @Override
    public void put(String key, Object value) {
        store.put(key, StateJson.write(value));
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }

    @Override
    public List<String> keys(String prefix) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> entries = store.prefixScan(prefix, PREFIX)) {
            while (entries.hasNext()) {
                KeyValue<String, byte[]> entry = entries.next();
                keys.add(entry.key);
            }
        }
        return keys;
    }
}
