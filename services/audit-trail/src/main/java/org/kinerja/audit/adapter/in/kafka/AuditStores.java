package org.kinerja.audit.adapter.in.kafka;

import java.util.Map;

import org.apache.kafka.streams.state.KeyValueStore;
import org.kinerja.audit.domain.ChainHead;
import org.kinerja.contracts.EventJson;
import tools.jackson.core.type.TypeReference;

/**
 * The chain's state in Kafka Streams stores (RocksDB, with changelogs, committed with the outputs under exactly-once):
 * the head, each subject's last recorded state, and the events already chained.
 */
final class AuditStores {

    static final String HEAD = "audit-chain-head";
    static final String SUBJECTS = "audit-subject-states";
    static final String CHAINED = "audit-chained-events";

    private static final String HEAD_KEY = "head";
    private static final TypeReference<Map<String, String>> STATE = new TypeReference<>() {
    };

    private AuditStores() {
    }

    static ChainHead head(KeyValueStore<String, byte[]> store) {
        byte[] head = store.get(HEAD_KEY);
        return head == null ? ChainHead.EMPTY : EventJson.read(head, ChainHead.class);
    }

    static void putHead(KeyValueStore<String, byte[]> store, ChainHead head) {
        store.put(HEAD_KEY, EventJson.write(head));
    }

    static Map<String, String> state(KeyValueStore<String, byte[]> store, String subjectKey) {
        byte[] state = store.get(subjectKey);
        return state == null ? Map.of() : EventJson.mapper().readValue(state, STATE);
    }
}
