package org.kinerja.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.localstack.AuthorizationMatrix.PERSONAS;
import static org.kinerja.localstack.PlatformHarness.AGENCY;
import static org.kinerja.localstack.PlatformHarness.PATIENCE;
import static org.kinerja.localstack.PlatformHarness.STAFF;
import static org.kinerja.localstack.PlatformHarness.UNIT;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinerja.localstack.AuthorizationMatrix.Operation;
import org.kinerja.platform.test.ApiClient;

/**
 * The authorisation matrix of every read of the public API: each GET operation that a service's OpenAPI description
 * lists, for each kind of caller, against the whole platform through the gateway, compared with the expected answer
 * written down in authorization-matrix-reads.csv (AuthorizationMatrixWritesTest does the same for the writes). An operation missing from the file, or a row naming no operation,
 * fails the test, so a new endpoint cannot escape the matrix.
 */
class AuthorizationMatrixTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** The head of the agency: the staff member's atasan penilai once registered. */
    private static final String HEAD = "197001012000031001";

    private static final Map<String, String> tokens = new LinkedHashMap<>();
    private static final Map<String, String> values = new LinkedHashMap<>();

    @BeforeAll
    static void platformWithAStaffMemberTheirPenilaiAndAtasan() {
        String planId = PlatformHarness.sliceWithApprovedPlan();
        ApiClient api = PlatformHarness.gateway();
        tokens.putAll(AuthorizationMatrix.personas(PlatformHarness.E2E, HEAD, "199505052020121009"));

        ApiClient.Response report = PlatformHarness.retryWhileUnprocessable(() -> api.postWithHeader(
                "/api/reporting/activities", tokens.get("own"), Map.of("employeeId", STAFF, "agencyId", AGENCY,
                        "indicatorId", PlatformHarness.indicatorOf(planId), "activityDate", "2026-02-04",
                        "quantity", 1, "description", "Matriks otorisasi"), "Idempotency-Key", "matrix-report"));
        values.putAll(Map.ofEntries(Map.entry("agencyId", AGENCY), Map.entry("year", "2026"),
                Map.entry("planId", planId), Map.entry("unitId", UNIT), Map.entry("period", "2026"),
                Map.entry("jobId", "job-that-does-not-exist"), Map.entry("nip", STAFF), Map.entry("employeeId", STAFF),
                Map.entry("penilaiId", STAFF),
                Map.entry("day", "2026-06-01"), Map.entry("regionId", "makassar"),
                Map.entry("reportId", report.text("reportId")), Map.entry("caseId", STAFF + ":2025-01"),
                Map.entry("month", "2026-03"), Map.entry("rewardId", "certificate:" + STAFF + ":2025-01")));
        // Every service learns the new head (the staff member's atasan penilai) from the registry's events.
        for (String path : List.of("/api/planning/plans/" + planId, "/api/scoring/employees/" + STAFF + "/scores",
                "/api/rewards/employees/" + STAFF + "/tpp", "/api/reporting/employees/" + STAFF + "/activities",
                "/api/reporting/activities/" + report.text("reportId"))) {
            api.await(path, tokens.get("atasan"), r -> r.status() == 200, PATIENCE);
        }
    }

    @Test
    void everyReadOfThePublicApiAnswersEachKindOfCallerAsWrittenDown() throws Exception {
        Map<String, Operation> operations = AuthorizationMatrix.operations(Set.of("GET"));
        Map<String, List<String>> expected = AuthorizationMatrix.expectations("authorization-matrix-reads.csv");
        assertThat(new TreeSet<>(expected.keySet())).as("rows of authorization-matrix-reads.csv")
                .isEqualTo(new TreeSet<>(operations.keySet()));

        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<String, List<String>> row : expected.entrySet()) {
            String url = url(operations.get(row.getKey()));
            for (int i = 0; i < PERSONAS.size(); i++) {
                int status = get(url, tokens.get(PERSONAS.get(i)));
                cells++;
                if (!AuthorizationMatrix.answers(row.getValue().get(i), status, row.getKey())) {
                    mismatches.add(row.getKey() + " as " + PERSONAS.get(i) + ": expected " + row.getValue().get(i)
                            + ", got " + status);
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

    /** The operation's URL with its path variables and required query parameters filled in. */
    private static String url(Operation operation) {
        String filled = AuthorizationMatrix.fill(operation.path(), values);
        if (filled.contains("{")) {
            throw new IllegalStateException("no value for a path variable of " + operation.path());
        }
        List<String> query = operation.requiredQuery().stream().map(name -> name + "=" + switch (name) {
            case "period" -> "2026-03";
            case "on" -> "2026-03-01";
            case "employeeId" -> STAFF;
            case "month" -> "2026-03";
            case "year" -> "2026";
            case "hasilKerja", "perilakuKerja" -> "MEETS";
            default -> throw new IllegalStateException("no value for query parameter " + name + " of "
                    + operation.path());
        }).toList();
        return query.isEmpty() ? filled : filled + "?" + String.join("&", query);
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
