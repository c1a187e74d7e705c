package org.kinerja.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.localstack.PlatformHarness.AGENCY;
import static org.kinerja.localstack.PlatformHarness.OTHER_AGENCY;
import static org.kinerja.localstack.PlatformHarness.PATIENCE;
import static org.kinerja.localstack.PlatformHarness.STAFF;
import static org.kinerja.localstack.PlatformHarness.SUPERVISOR;
import static org.kinerja.localstack.PlatformHarness.UNIT;
import static org.kinerja.localstack.PlatformHarness.token;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinerja.gateway.GatewayApplication;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorisation matrix of every read of the public API: each GET operation that a service's OpenAPI description
 * lists, for each kind of caller, against the whole platform through the gateway, compared with the expected answer
 * written down in authorization-matrix-reads.csv. An operation missing from the file, or a row naming no operation,
 * fails the test, so a new endpoint cannot escape the matrix.
 */
class AuthorizationMatrixTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** The head of the agency: the staff member's atasan penilai once registered. */
    private static final String HEAD = "197001012000031001";
    private static final List<String> PERSONAS = List.of("own", "colleague", "penilai", "atasan", "hr",
            "other-operator", "other-system", "leader", "admin", "no-role");

    private static final Map<String, String> tokens = new LinkedHashMap<>();
    private static final Map<String, String> values = new LinkedHashMap<>();

    @BeforeAll
    static void platformWithAStaffMemberTheirPenilaiAndAtasan() {
        String planId = PlatformHarness.sliceWithApprovedPlan();
        ApiClient api = PlatformHarness.gateway();
        String operator = token("operator", "AGENCY_ADMIN", AGENCY);
        api.post("/api/registry/employees", operator, Map.of("nip", HEAD, "name", "Kepala Dinas",
                "unitId", AGENCY, "asnType", "PNS", "positionType", "JPT", "headOfUnit", true));
        tokens.put("own", token(STAFF, "EMPLOYEE", AGENCY));
        tokens.put("colleague", token("199505052020121009", "EMPLOYEE", AGENCY));
        tokens.put("penilai", token(SUPERVISOR, "EMPLOYEE", AGENCY));
        tokens.put("atasan", token(HEAD, "EMPLOYEE", AGENCY));
        tokens.put("hr", operator);
        tokens.put("other-operator", token("operator-" + OTHER_AGENCY, "AGENCY_ADMIN", OTHER_AGENCY));
        tokens.put("other-system", token("system-" + OTHER_AGENCY, "AGENCY_SYSTEM", OTHER_AGENCY));
        tokens.put("leader", token("sekda", "LEADER", null));
        tokens.put("admin", token("bkpsdm-admin", "ADMIN", null));
        tokens.put("no-role", TestTokens.sign("analytics-bps", List.of(), null, LocalStack.REGION,
                PlatformHarness.stack().signingKey()));

        ApiClient.Response report = PlatformHarness.retryWhileUnprocessable(() -> api.postWithHeader(
                "/api/reporting/activities", tokens.get("own"), Map.of("employeeId", STAFF, "agencyId", AGENCY,
                        "indicatorId", PlatformHarness.indicatorOf(planId), "activityDate", "2026-02-04",
                        "quantity", 1, "description", "Matriks otorisasi"), "Idempotency-Key", "matrix-report"));
        values.putAll(Map.ofEntries(Map.entry("agencyId", AGENCY), Map.entry("year", "2026"),
                Map.entry("planId", planId), Map.entry("unitId", UNIT), Map.entry("period", "2026"),
                Map.entry("jobId", "job-that-does-not-exist"), Map.entry("nip", STAFF), Map.entry("employeeId", STAFF),
                Map.entry("day", "2026-06-01"), Map.entry("regionId", "makassar"),
                Map.entry("reportId", report.text("reportId")), Map.entry("caseId", "case-that-does-not-exist"),
                Map.entry("month", "2026-03"), Map.entry("rewardId", "reward-that-does-not-exist")));
        // Every service learns the new head (the staff member's atasan penilai) from the registry's events.
        for (String path : List.of("/api/planning/plans/" + planId, "/api/scoring/employees/" + STAFF + "/scores",
                "/api/rewards/employees/" + STAFF + "/tpp", "/api/reporting/employees/" + STAFF + "/activities",
                "/api/reporting/activities/" + report.text("reportId"))) {
            api.await(path, tokens.get("atasan"), r -> r.status() == 200, PATIENCE);
        }
    }

    @Test
    void everyReadOfThePublicApiAnswersEachKindOfCallerAsWrittenDown() throws Exception {
        Map<String, Operation> operations = readOperations();
        Map<String, List<String>> expected = expectations();
        assertThat(new TreeSet<>(expected.keySet())).as("rows of authorization-matrix-reads.csv")
                .isEqualTo(new TreeSet<>(operations.keySet()));

        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<String, List<String>> row : expected.entrySet()) {
            String url = operations.get(row.getKey()).url(values);
            for (int i = 0; i < PERSONAS.size(); i++) {
                int status = get(url, tokens.get(PERSONAS.get(i)));
                String want = row.getValue().get(i);
                cells++;
                boolean ok = switch (want) {
                    case "A" -> status != 401 && status != 403 && status < 500;
                    case "D" -> status == 403;
                    case "N" -> status == 404;
                    default -> throw new IllegalStateException("unknown cell '" + want + "' in " + row.getKey());
                };
                if (!ok) {
                    mismatches.add(row.getKey() + " as " + PERSONAS.get(i) + ": expected " + want + ", got "
                            + status);
                }
            }
            Thread.sleep(60); // without a token, below the gateway's per-address limit
            int anonymous = get(url, null);
            cells++;
            if (anonymous != 401) {
                mismatches.add(row.getKey() + " without a token: expected 401, got " + anonymous);
            }
        }
        System.out.printf("authorisation matrix of reads: %d operations x %d callers = %d cells%n",
                expected.size(), PERSONAS.size() + 1, cells);
        assertThat(mismatches).as(cells + " cells").isEmpty();
    }

    /** A GET operation of the API and the query parameters it requires. */
    private record Operation(String path, List<String> requiredQuery) {
        String url(Map<String, String> values) {
            String filled = path;
            for (Map.Entry<String, String> value : values.entrySet()) {
                filled = filled.replace("{" + value.getKey() + "}", value.getValue());
            }
            if (filled.contains("{")) {
                throw new IllegalStateException("no value for a path variable of " + path);
            }
            List<String> query = requiredQuery.stream().map(name -> name + "=" + switch (name) {
                case "period" -> "2026-03";
                case "on" -> "2026-03-01";
                default -> throw new IllegalStateException("no value for query parameter " + name + " of " + path);
            }).toList();
            return query.isEmpty() ? filled : filled + "?" + String.join("&", query);
        }
    }

    private static Map<String, Operation> readOperations() throws IOException, InterruptedException {
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> service : PlatformHarness.stack().ports().entrySet()) {
            if (service.getKey().equals(GatewayApplication.NAME)) {
                continue;
            }
            HttpResponse<String> docs = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + service.getValue() + "/v3/api-docs")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(docs.statusCode()).as(service.getKey() + " API description").isEqualTo(200);
            JsonNode paths = JSON.readTree(docs.body()).path("paths");
            for (String path : paths.propertyNames()) {
                JsonNode get = paths.path(path).path("get");
                if (!path.startsWith("/api/") || get.isMissingNode()) {
                    continue;
                }
                List<String> query = new ArrayList<>();
                get.path("parameters").forEach(p -> {
                    if (p.path("in").asString().equals("query") && p.path("required").asBoolean()) {
                        query.add(p.path("name").asString());
                    }
                });
                operations.put(path, new Operation(path, query));
            }
        }
        return operations;
    }

    private static Map<String, List<String>> expectations() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream("/authorization-matrix-reads.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("path,"))
                    .toList()) {
                List<String> cells = List.of(line.split(","));
                assertThat(cells).as(line).hasSize(PERSONAS.size() + 1);
                rows.put(cells.get(0), cells.subList(1, cells.size()));
            }
        }
        return rows;
    }

    private static int get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PlatformHarness.stack().gatewayUrl() + path))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
