package org.kinerja.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.localstack.PlatformHarness.OTHER_AGENCY;
import static org.kinerja.localstack.PlatformHarness.token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kinerja.gateway.GatewayApplication;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the two authorisation matrices (reads and writes) share: the kinds of caller, the operations the services'
 * OpenAPI descriptions list, and the expected answers written down in a CSV file.
 */
final class AuthorizationMatrix {

    static final List<String> PERSONAS = List.of("own", "colleague", "penilai", "atasan", "hr",
            "other-operator", "other-system", "leader", "admin", "no-role");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private AuthorizationMatrix() {
    }

    /** An operation of the API: its method, its path and the query parameters it requires. */
    record Operation(String method, String path, List<String> requiredQuery) {
        String key() {
            return method + " " + path;
        }
    }

    /**
     * The callers, relative to the slice's staff member: the head of the agency (registered here as a JPT at the top
     * of the agency's tree, so the staff's atasan penilai) and a colleague with no say over the staff member.
     */
    static Map<String, String> personas(PlatformHarness.Slice slice, String head, String colleague) {
        ApiClient api = PlatformHarness.gateway();
        String operator = token("operator", "AGENCY_ADMIN", slice.agency());
        api.post("/api/registry/employees", operator, Map.of("nip", head, "name", "Kepala Dinas",
                "unitId", slice.agency(), "asnType", "PNS", "positionType", "JPT", "headOfUnit", true));
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("own", token(slice.staff(), "EMPLOYEE", slice.agency()));
        tokens.put("colleague", token(colleague, "EMPLOYEE", slice.agency()));
        tokens.put("penilai", token(slice.supervisor(), "EMPLOYEE", slice.agency()));
        tokens.put("atasan", token(head, "EMPLOYEE", slice.agency()));
        tokens.put("hr", operator);
        tokens.put("other-operator", token("operator-" + OTHER_AGENCY, "AGENCY_ADMIN", OTHER_AGENCY));
        tokens.put("other-system", token("system-" + OTHER_AGENCY, "AGENCY_SYSTEM", OTHER_AGENCY));
        tokens.put("leader", token("sekda", "LEADER", null));
        tokens.put("admin", token("bkpsdm-admin", "ADMIN", null));
        tokens.put("no-role", TestTokens.sign("analytics-bps", List.of(), null, PlatformHarness.stack().region(),
                PlatformHarness.stack().signingKey()));
        return tokens;
    }

    /** Every operation under /api/ with one of the methods, from each service's own OpenAPI description. */
    static Map<String, Operation> operations(Set<String> methods) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> service : PlatformHarness.stack().ports().entrySet()) {
            if (service.getKey().equals(GatewayApplication.NAME)) {
                continue;
            }
            JsonNode paths = JSON.readTree(apiDescription(service.getKey(), service.getValue())).path("paths");
            for (String path : paths.propertyNames()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                for (String method : methods) {
                    JsonNode operation = paths.path(path).path(method.toLowerCase());
                    if (!operation.isMissingNode()) {
                        Operation found = new Operation(method, path, requiredQuery(operation));
                        operations.put(found.key(), found);
                    }
                }
            }
        }
        return operations;
    }

    private static List<String> requiredQuery(JsonNode operation) {
        List<String> query = new ArrayList<>();
        operation.path("parameters").forEach(p -> {
            if (p.path("in").asString().equals("query") && p.path("required").asBoolean()) {
                query.add(p.path("name").asString());
            }
        });
        return query;
    }

    private static String apiDescription(String service, int port) {
        try {
            HttpResponse<String> docs = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/v3/api-docs")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(docs.statusCode()).as(service + " API description").isEqualTo(200);
            return docs.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a matrix file in their order: the operation, then one expected answer per persona. */
    static Map<String, List<String>> expectations(String resource) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : resource(resource).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("operation,")).toList()) {
            List<String> cells = List.of(line.split(","));
            assertThat(cells).as(line).hasSize(PERSONAS.size() + 1);
            rows.put(cells.get(0), cells.subList(1, cells.size()));
        }
        return rows;
    }

    static String resource(String name) {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether an answer is the one a cell expects: A allowed (any answer but 401/403 or 5xx), D 403, N 404. */
    static boolean answers(String cell, int status, String where) {
        return switch (cell) {
            case "A" -> status != 401 && status != 403 && status < 500;
            case "D" -> status == 403;
            case "N" -> status == 404;
            default -> throw new IllegalStateException("unknown cell '" + cell + "' in " + where);
        };
    }

    /** The template with each {name} replaced by its value. */
    static String fill(String template, Map<String, String> values) {
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }
}
