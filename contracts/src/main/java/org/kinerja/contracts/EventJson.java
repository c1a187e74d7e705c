package org.kinerja.contracts;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of event data on the wire: ISO-8601 dates, numbers as written, unknown fields refused (the
 * schemas say {@code additionalProperties: false}, and a reader must not silently drop what it does not understand).
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            // 100, not 1E+2: a figure stripped of trailing zeros is still written as people and tools read it
            .enable(tools.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // A flag a later version added (TppCalculated.provisional, a scoring state's innovation) is absent from
            // what an earlier version wrote: it reads as false, so old events, documents and state read on.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private EventJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    public static <T> T read(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    public static JsonNode tree(byte[] json) {
        return MAPPER.readTree(json);
    }
}
