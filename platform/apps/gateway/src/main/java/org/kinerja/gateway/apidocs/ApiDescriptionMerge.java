package org.kinerja.gateway.apidocs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One OpenAPI description of the whole region's API from the services' own: their paths side by side (each service
 * owns a prefix), one bearer scheme, one Problem schema, and where two services name different schemas or operations
 * alike, both renamed after their service (so no reference changes meaning). Every operation also gains the answers
 * the gateway itself gives: 429 past a rate limit, 503 when the service behind it is not answering.
 */
public final class ApiDescriptionMerge {

    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ApiDescriptionMerge() {
    }

    /** A service's description as fetched through its route. */
    public record ServiceDescription(String service, ObjectNode document) {
    }

    public static ObjectNode merge(List<ServiceDescription> services, List<String> unavailable) {
        Set<String> clashingSchemas = clashingSchemas(services);
        Set<String> clashingOperations = clashingOperationIds(services);
        ObjectNode merged = JSON.objectNode();
        merged.put("openapi", "3.1.0");
        merged.set("info", info(services, unavailable));
        ObjectNode paths = JSON.objectNode();
        ObjectNode schemas = JSON.objectNode();
        ObjectNode securitySchemes = JSON.objectNode();
        Map<String, JsonNode> tags = new LinkedHashMap<>();
        for (ServiceDescription description : services) {
            ObjectNode document = description.document().deepCopy();
            String prefix = typeName(description.service());
            Map<String, String> renamed = new HashMap<>();
            clashingSchemas.forEach(name -> renamed.put(name, prefix + name));
            rewriteReferences(document, renamed);
            copyInto(document.path("components").path("schemas"), schemas, renamed);
            copyInto(document.path("components").path("securitySchemes"), securitySchemes, Map.of());
            for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
                if (paths.has(path.getKey())) {
                    throw new IllegalStateException(description.service() + " describes " + path.getKey()
                            + " which another service describes too");
                }
                ObjectNode operations = (ObjectNode) path.getValue();
                for (JsonNode operation : operations) {
                    if (operation.isObject()) {
                        gatewayAnswers((ObjectNode) operation);
                        renameOperation((ObjectNode) operation, clashingOperations, lowerFirst(prefix));
                    }
                }
                paths.set(path.getKey(), operations);
            }
            for (JsonNode tag : document.path("tags")) {
                tags.merge(tag.path("name").asString(), tag, (kept, other) -> kept.has("description") ? kept : other);
            }
        }
        JsonNode first = services.isEmpty() ? JSON.objectNode() : services.get(0).document();
        merged.set("servers", first.path("servers").deepCopy());
        merged.set("security", first.path("security").deepCopy());
        merged.set("tags", JSON.arrayNode().addAll(tags.values()));
        merged.set("paths", paths);
        ObjectNode components = merged.putObject("components");
        components.set("schemas", schemas);
        components.set("securitySchemes", securitySchemes);
        return merged;
    }

    private static ObjectNode info(List<ServiceDescription> services, List<String> unavailable) {
        JsonNode first = services.isEmpty() ? JSON.objectNode() : services.get(0).document().path("info");
        StringBuilder description = new StringBuilder("The region's whole Kinerja API, as its gateway serves it. "
                + "Every call needs a bearer token; errors are problem details with a stable code.\n\n");
        for (ServiceDescription service : services) {
            JsonNode info = service.document().path("info");
            description.append("- **").append(info.path("title").asString(service.service())).append("**: ")
                    .append(info.path("description").asString("")).append('\n');
        }
        if (!unavailable.isEmpty()) {
            description.append("\nNot answering now, so not described here: ").append(String.join(", ", unavailable))
                    .append('\n');
        }
        ObjectNode info = JSON.objectNode();
        info.put("title", "Kinerja API");
        info.put("version", first.path("version").asString("unknown"));
        info.put("description", description.toString());
        if (first.has("license")) {
            info.set("license", first.path("license").deepCopy());
        }
        return info;
    }

    /** Schema names two services define differently (the same definition twice is shared, not renamed). */
    private static Set<String> clashingSchemas(List<ServiceDescription> services) {
        Map<String, JsonNode> seen = new HashMap<>();
        Set<String> clashes = new HashSet<>();
        for (ServiceDescription service : services) {
            for (Map.Entry<String, JsonNode> entry : service.document().path("components").path("schemas")
                    .properties()) {
                JsonNode before = seen.putIfAbsent(entry.getKey(), entry.getValue());
                if (before != null && !before.equals(entry.getValue())) {
                    clashes.add(entry.getKey());
                }
            }
        }
        return clashes;
    }

    private static Set<String> clashingOperationIds(List<ServiceDescription> services) {
        Map<String, String> owner = new HashMap<>();
        Set<String> clashes = new HashSet<>();
        for (ServiceDescription service : services) {
            for (JsonNode operations : service.document().path("paths")) {
                for (JsonNode operation : operations) {
                    String id = operation.path("operationId").asString(null);
                    if (id != null && owner.putIfAbsent(id, service.service()) != null
                            && !owner.get(id).equals(service.service())) {
                        clashes.add(id);
                    }
                }
            }
        }
        return clashes;
    }

    private static void rewriteReferences(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith(SCHEMA_REF)) {
                String name = ref.asString().substring(SCHEMA_REF.length());
                if (renamed.containsKey(name)) {
                    object.put("$ref", SCHEMA_REF + renamed.get(name));
                }
            }
        }
        for (JsonNode child : node) {
            rewriteReferences(child, renamed);
        }
    }

    private static void copyInto(JsonNode from, ObjectNode into, Map<String, String> renamed) {
        for (Map.Entry<String, JsonNode> entry : from.properties()) {
            into.set(renamed.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue());
        }
    }

    private static void renameOperation(ObjectNode operation, Set<String> clashing, String prefix) {
        String id = operation.path("operationId").asString(null);
        if (id != null && clashing.contains(id)) {
            operation.put("operationId", prefix + Character.toUpperCase(id.charAt(0)) + id.substring(1));
        }
    }

    private static void gatewayAnswers(ObjectNode operation) {
        ObjectNode responses = operation.has("responses") ? (ObjectNode) operation.get("responses")
                : operation.putObject("responses");
        if (!responses.has("429")) {
            responses.set("429", problem("Too many requests from this caller; Retry-After says when to try again."));
        }
        if (!responses.has("503")) {
            responses.set("503", problem("The service behind the gateway is not answering; nothing was changed."));
        }
    }

    private static ObjectNode problem(String description) {
        ObjectNode response = JSON.objectNode();
        response.put("description", description);
        response.putObject("content").putObject("application/problem+json").putObject("schema")
                .put("$ref", SCHEMA_REF + "Problem");
        return response;
    }

    /** employee-registry -> EmployeeRegistry. */
    static String typeName(String service) {
        StringBuilder name = new StringBuilder();
        for (String part : service.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
