package org.kinerja.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.localstack.AuthorizationMatrix.PERSONAS;
import static org.kinerja.localstack.PlatformHarness.PATIENCE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinerja.localstack.AuthorizationMatrix.Operation;
import org.kinerja.platform.test.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorisation matrix of every write of the public API (each POST, PUT, PATCH and DELETE that a service's OpenAPI
 * description lists), for each kind of caller, through the gateway, with a valid request so that the answer is the
 * access decision and not a validation error. The rows of authorization-matrix-writes.csv run in their order (an SKP is
 * created before it is submitted, a period rated before it is finalised), with the requests and the steps that put an
 * object in the state a row needs in authorization-matrix-writes.json. In each row the callers who must be refused go
 * first, so a refusal is tested against the object as it was, and at least one allowed caller must succeed (2xx): a row
 * whose request is wrong cannot pass as "allowed" (or, where no one may succeed yet, every allowed caller meets the
 * rule that stops them, with its problem code). The slice is an agency of its own, since these calls change it.
 */
class AuthorizationMatrixWritesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PlatformHarness.Slice SLICE = new PlatformHarness.Slice("bapenda-matrix",
            "bapenda-matrix-pendataan", "199703032021012003", "198802022012011002");
    private static final String HEAD = "197104042001031004";
    private static final String COLLEAGUE = "199606062021012006";

    private static final Map<String, String> tokens = new LinkedHashMap<>();
    private static final Map<String, String> values = new LinkedHashMap<>();

    @BeforeAll
    static void anAgencyOfItsOwnWithAStaffMemberTheirPenilaiAtasanAndAColleague() {
        String planId = PlatformHarness.sliceWithApprovedPlan(SLICE);
        ApiClient api = PlatformHarness.gateway();
        tokens.putAll(AuthorizationMatrix.personas(SLICE, HEAD, COLLEAGUE));
        api.post("/api/registry/employees", tokens.get("hr"), Map.of("nip", COLLEAGUE, "name", "Rina Marlina",
                "unitId", SLICE.unit(), "asnType", "PNS", "positionType", "PELAKSANA"));
        String indicatorId = PlatformHarness.indicatorOf(planId);
        ApiClient.Response report = PlatformHarness.retryWhileUnprocessable(() -> api.post(
                "/api/reporting/activities", tokens.get("own"), Map.of("employeeId", SLICE.staff(),
                        "agencyId", SLICE.agency(), "indicatorId", indicatorId, "activityDate", "2026-02-04",
                        "quantity", 1, "description", "Matriks otorisasi")));
        values.putAll(Map.ofEntries(Map.entry("agencyId", SLICE.agency()), Map.entry("unitId", SLICE.unit()),
                Map.entry("staff", SLICE.staff()), Map.entry("nip", SLICE.staff()),
                Map.entry("employeeId", SLICE.staff()), Map.entry("supervisor", SLICE.supervisor()),
                Map.entry("colleague", COLLEAGUE), Map.entry("planId", planId), Map.entry("indicatorId", indicatorId),
                Map.entry("year", "2026"), Map.entry("reportId", report.text("reportId")),
                Map.entry("caseId", "case-that-does-not-exist")));
        // Every service learns the head (the staff member's atasan penilai) and the colleague from the registry.
        for (String path : List.of("/api/planning/plans/" + planId,
                "/api/reporting/employees/" + SLICE.staff() + "/activities",
                "/api/reporting/activities/" + report.text("reportId"))) {
            api.await(path, tokens.get("atasan"), r -> r.status() == 200, PATIENCE);
        }
        api.await("/api/registry/employees/" + COLLEAGUE, tokens.get("hr"), r -> r.status() == 200, PATIENCE);
    }

    @Test
    void everyWriteOfThePublicApiAnswersEachKindOfCallerAsWrittenDown() throws Exception {
        Map<String, Operation> operations = AuthorizationMatrix.operations(Set.of("POST", "PUT", "PATCH", "DELETE"));
        Map<String, List<String>> expected = AuthorizationMatrix.expectations("authorization-matrix-writes.csv");
        JsonNode requests = JSON.readTree(AuthorizationMatrix.resource("authorization-matrix-writes.json"));
        assertThat(new TreeSet<>(expected.keySet())).as("rows of authorization-matrix-writes.csv")
                .isEqualTo(new TreeSet<>(operations.keySet()));
        assertThat(new TreeSet<>(requests.propertyNames())).as("requests of authorization-matrix-writes.json")
                .isEqualTo(new TreeSet<>(operations.keySet()));

        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<String, List<String>> row : expected.entrySet()) {
            MatrixRequest request = MatrixRequest.of(operations.get(row.getKey()), requests.path(row.getKey()),
                    values);
            Thread.sleep(60); // without a token, below the gateway's per-address limit
            ApiClient.Response anonymous = request.send(null);
            cells++;
            if (anonymous.status() != 401) {
                mismatches.add(row.getKey() + " without a token: expected 401, got " + anonymous.status());
            }
            for (MatrixRequest.Step step : request.before()) {
                step.run(tokens);
            }
            if (request.awaits() != null) {
                PlatformHarness.gateway().await(request.awaits(), tokens.get("admin"), r -> r.status() == 200,
                        PATIENCE);
            }
            boolean succeeded = false;
            for (int i : refusalsFirst(row.getValue())) {
                String cell = row.getValue().get(i);
                ApiClient.Response response = request.answer(tokens.get(PERSONAS.get(i)));
                cells++;
                System.out.printf("%s as %s: %s expected, %d %s%n", row.getKey(), PERSONAS.get(i), cell,
                        response.status(), response.body().path("code").asString(""));
                succeeded |= cell.equals("A") && response.status() / 100 == 2;
                boolean metTheRule = request.ruleRefusal() == null || !cell.equals("A")
                        || request.ruleRefusal().equals(response.body().path("code").asString(""));
                if (!metTheRule || !AuthorizationMatrix.answers(cell, response.status(), row.getKey())) {
                    mismatches.add(row.getKey() + " as " + PERSONAS.get(i) + ": expected " + cell + ", got "
                            + response.status() + " " + response.body());
                }
            }
            if (row.getValue().contains("A") && !succeeded && request.ruleRefusal() == null) {
                mismatches.add(row.getKey() + ": no allowed caller succeeded (is the request valid?)");
            }
        }
        System.out.printf("authorisation matrix of writes: %d operations x %d callers = %d cells%n",
                expected.size(), PERSONAS.size() + 1, cells);
        assertThat(mismatches).as(cells + " cells").isEmpty();
    }

    /** The personas' indexes with the refused ones (D, N) first, each group in the file's order. */
    private static List<Integer> refusalsFirst(List<String> cells) {
        return IntStream.range(0, cells.size()).boxed()
                .sorted(Comparator.comparing(i -> cells.get(i).equals("A"))).toList();
    }
}
