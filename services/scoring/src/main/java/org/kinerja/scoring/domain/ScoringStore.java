package org.kinerja.scoring.domain;

import java.util.List;

/**
 * Where scoring keeps its state, one small entry per key: a plan, a report, a running tally, a period's state. The
 * live path stores them in a Kafka Streams state store (RocksDB with a changelog); tests and the oracle keep them in
 * memory. Everything the step functions do per event is a handful of point reads and writes, so the cost of an event
 * does not grow with the employee's history.
 */
public interface ScoringStore {

    <T> T get(String key, Class<T> type);

    void put(String key, Object value);

    void delete(String key);

    /**
     * Keys that start with {@code prefix}, in order. Only used where what is scanned is bounded by the plan, not the
     * history: a year's periods, the reports held for a plan, and (rarely) one indicator's reports in one period.
     */
    List<String> keys(String prefix);
}
