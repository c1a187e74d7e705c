package org.kinerja.localstack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kinerja.localstack.AuthorizationMatrix.Operation;
import org.kinerja.platform.test.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * One row's request of the write matrix, read from authorization-matrix-writes.json: the body (JSON, or text with its
 * content type), headers, values that replace the shared ones for this row (such as another plan id), and the steps
 * that put the object in the state the row needs, each made as a named persona (a step without a call repeats the
 * row's own request). {name} in a path, header or body takes a value. A bulk call ("items": the field of the answer
 * that lists each item's outcome) answers 200 with an outcome per item, so its answer counts as a refusal (403) when
 * every item was refused as not the caller's, as a success when one was accepted, and as 422 otherwise. "awaits" names
 * a GET to poll as the administrator until it answers 200 (an object another service creates from the events), and
 * "ruleRefusal" the problem code every allowed caller must meet where no one may succeed yet (a review before its date).
 */
record MatrixRequest(String method, String path, Map<String, String> headers, String contentType, String body,
        String items, String awaits, String ruleRefusal, List<Step> before) {

    private static final String NOT_YOURS = "not-your-agency";

    /** A call made before the row, as one of the personas (a submission before an approval, say). */
    record Step(String persona, String method, String path, String body, MatrixRequest row) {
        void run(Map<String, String> tokens) {
            ApiClient.Response response = method == null ? row.send(tokens.get(persona))
                    : PlatformHarness.gateway().call(method, path, tokens.get(persona), Map.of(),
                            "application/json", body);
            if (response.status() / 100 != 2) {
                throw new IllegalStateException("step " + (method == null ? row.path : method + " " + path) + " as "
                        + persona + " answered " + response.status() + " " + response.body());
            }
        }
    }

    static MatrixRequest of(Operation operation, JsonNode spec, Map<String, String> shared) {
        Map<String, String> values = new LinkedHashMap<>(shared);
        spec.path("values").properties().forEach(v -> values.put(v.getKey(),
                AuthorizationMatrix.fill(v.getValue().asString(), shared)));
        String path = AuthorizationMatrix.fill(operation.path(), values);
        if (path.contains("{")) {
            throw new IllegalStateException("no value for a path variable of " + operation.key());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        spec.path("headers").properties().forEach(h -> headers.put(h.getKey(),
                AuthorizationMatrix.fill(h.getValue().asString(), values)));
        boolean text = spec.has("text");
        String body = text ? AuthorizationMatrix.fill(spec.path("text").asString(), values)
                : spec.has("body") ? AuthorizationMatrix.fill(spec.path("body").toString(), values) : null;
        List<Step> before = new ArrayList<>();
        MatrixRequest row = new MatrixRequest(operation.method(), path, headers,
                text ? spec.path("contentType").asString() : "application/json", body,
                spec.path("items").asString(null), spec.has("awaits")
                        ? AuthorizationMatrix.fill(spec.path("awaits").asString(), values) : null,
                spec.path("ruleRefusal").asString(null), before);
        spec.path("before").forEach(step -> {
            if (!step.has("call")) {
                before.add(new Step(step.path("as").asString(), null, null, null, row));
                return;
            }
            String[] call = step.path("call").asString().split(" ", 2);
            before.add(new Step(step.path("as").asString(), call[0], AuthorizationMatrix.fill(call[1], values),
                    step.has("body") ? AuthorizationMatrix.fill(step.path("body").toString(), values) : null, row));
        });
        return row;
    }

    ApiClient.Response send(String token) {
        return PlatformHarness.gateway().call(method, path, token, headers, contentType, body);
    }

    /** The answer as the matrix reads it: for a bulk call, the status its items' outcomes amount to. */
    ApiClient.Response answer(String token) {
        ApiClient.Response response = send(token);
        if (items == null || response.status() / 100 != 2) {
            return response;
        }
        List<JsonNode> outcomes = new ArrayList<>();
        response.body().path(items).forEach(outcomes::add);
        if (outcomes.stream().anyMatch(o -> !o.path("status").asString().equals("REFUSED"))) {
            return response;
        }
        boolean notYours = !outcomes.isEmpty() && outcomes.stream()
                .allMatch(o -> o.path("code").asString().equals(NOT_YOURS));
        return new ApiClient.Response(notYours ? 403 : 422, response.body());
    }
}
