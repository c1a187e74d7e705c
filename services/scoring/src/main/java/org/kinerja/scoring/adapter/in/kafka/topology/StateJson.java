package org.kinerja.scoring.adapter.in.kafka.topology;

import org.kinerja.contracts.EventJson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The state stores' and internal topics' value format: JSON of the domain's records. */
final class StateJson {

    private static final JsonMapper MAPPER = EventJson.mapper().rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private StateJson() {
    }

    static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    static <T> T read(byte[] bytes, Class<T> type) {
        return MAPPER.readValue(bytes, type);
    }
}
