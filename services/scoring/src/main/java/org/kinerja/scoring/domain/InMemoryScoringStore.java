package org.kinerja.scoring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** A {@link ScoringStore} in a sorted map: for unit tests, the randomised oracle test and the benchmark's baseline. */
public final class InMemoryScoringStore implements ScoringStore {

    private final TreeMap<String, Object> entries = new TreeMap<>();

    @Override
    public <T> T get(String key, Class<T> type) {
        return type.cast(entries.get(key));
    }

    @Override
    public void put(String key, Object value) {
        entries.put(key, value);
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
    }

    @Override
    public List<String> keys(String prefix) {
        List<String> keys = new ArrayList<>();
        for (String key : entries.tailMap(prefix, true).keySet()) {
            if (!key.startsWith(prefix)) {
                break;
            }
            keys.add(key);
        }
        return keys;
    }

    public int size() {
        return entries.size();
    }
}
