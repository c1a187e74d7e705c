package org.kinerja.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates event payloads against the published JSON Schemas. Producers' tests, consumers' tests and the intake of
 * records that agencies publish straight to Kafka all use this one validator, so they agree on what is valid.
 */
public final class ContractSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<EventType, Schema> SCHEMAS = loadAll();

    private ContractSchemas() {
    }

    /** Problems with the payload, each naming the offending location; empty when the payload is valid. */
    public static List<String> validate(EventType type, byte[] payload) {
        JsonNode node;
        try {
            node = JSON.readTree(payload);
        } catch (JacksonException e) {
            return List.of("payload is not valid JSON: " + e.getOriginalMessage());
        }
        return validate(type, node);
    }

    public static List<String> validate(EventType type, JsonNode payload) {
        return SCHEMAS.get(type).validate(payload).stream().map(error -> error.toString()).toList();
    }

    private static Map<EventType, Schema> loadAll() {
        Map<EventType, Schema> schemas = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            try (InputStream in = ContractSchemas.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("missing schema " + type.schemaResource());
                }
                schemas.put(type, REGISTRY.getSchema(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schemas;
    }
}
