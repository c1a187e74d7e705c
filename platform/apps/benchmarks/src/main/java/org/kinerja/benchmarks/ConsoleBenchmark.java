package org.kinerja.benchmarks;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kinerja.localstack.LocalStack;
import org.kinerja.localstack.LocalStackOptions;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.ConsoleSession;
import org.kinerja.platform.test.Stats;

/**
 * How fast the console renders its pages on the co-located platform (command one's stack, authentication on): a
 * pejabat penilai with {@value #STAFF} staff, each with an approved SKP, a self-assessed month and a day's report,
 * signs in; then each page is requested one after the other and timed from the request to the last byte of the
 * rendered HTML (every call the page makes to the gateway included), after a warm-up.
 *
 * <p>{@code ./mvnw -q -Pbench-console -pl platform/apps/benchmarks -am install -DskipTests}
 */
public final class ConsoleBenchmark {

    static final int STAFF = 20;
    private static final int WARM_UP = 20;
    private static final int MEASURED = 100;
    /**
     * An employee's pages are requested one every 800 ms: faster than a person reads, and below the gateway's per-user
     * limit (20 calls a second for EMPLOYEE, a burst of 100) with the 13 calls the employee's own page makes (400 ms
     * did not stay below it once the page showed realisasi, evaluation, TPP, angka kredit and pembinaan); the
     * administrator's limit is ten times that.
     */
    private static final long EMPLOYEE_PACE_MILLIS = 800;
    private static final String AGENCY = "bapenda-bench";
    private static final String UNIT = "bapenda-bench-pajak";
    private static final String PENILAI = "198001012005011001";

    private final LocalStack stack;
    private final ApiClient api;

    private ConsoleBenchmark(LocalStack stack) {
        this.stack = stack;
        this.api = new ApiClient(stack.gatewayUrl());
    }

    public static void main(String[] args) throws Exception {
        LocalStack stack = LocalStack.start(LocalStackOptions.forTests(Files.createTempDirectory("kinerja-console-")));
        int status = 0;
        try {
            new ConsoleBenchmark(stack).run();
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            stack.close();
        }
        System.exit(status);
    }

    private void run() throws Exception {
        System.out.printf("%n== Console pages, server-side render through the gateway (a penilai with %d staff) ==%n",
                STAFF);
        List<String> staff = unitWithStaff();
        ConsoleSession penilai = ConsoleSession.signedIn(stack.consoleUrl(), PENILAI, "EMPLOYEE", AGENCY);
        ConsoleSession admin = ConsoleSession.signedIn(stack.consoleUrl(), "bkpsdm-admin", "ADMIN", null);
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Makassar")).minusMonths(1).toString();
        Map<String, ConsoleSession> pages = new java.util.LinkedHashMap<>();
        pages.put("/penilai", penilai);
        pages.put("/saya", penilai);
        pages.put("/penilai/nilai/" + staff.get(0) + "/" + month, penilai);
        pages.put("/daerah", admin);
        pages.put("/daerah/opd/" + AGENCY, admin);
        pages.put("/daerah/unit/" + UNIT, admin);
        System.out.printf("%d requests a page after %d to warm up; an employee's one every %d ms%n", MEASURED,
                WARM_UP, EMPLOYEE_PACE_MILLIS);
        System.out.printf("%-44s %8s %8s %8s %8s%n", "page", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (Map.Entry<String, ConsoleSession> page : pages.entrySet()) {
            Stats stats = time(page.getValue(), page.getKey(), page.getValue() == penilai ? EMPLOYEE_PACE_MILLIS : 0);
            System.out.printf("%-44s %8.1f %8.1f %8.1f %8.1f%n", page.getKey().replace(staff.get(0), "{nip}"),
                    stats.percentile(50), stats.percentile(95), stats.percentile(99), stats.max());
        }
    }

    private Stats time(ConsoleSession session, String path, long paceMillis) throws Exception {
        double[] millis = new double[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> page = session.bytes(path);
            long elapsed = System.nanoTime() - start;
            if (page.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + page.statusCode() + ": "
                        + new String(page.body(), StandardCharsets.UTF_8));
            }
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = elapsed / 1e6;
            }
            Thread.sleep(Math.max(0, paceMillis - elapsed / 1_000_000));
        }
        return new Stats(millis);
    }

    /** The unit, its head (the penilai) and the staff, each with an approved SKP, a report and a self-assessment. */
    private List<String> unitWithStaff() {
        String admin = token("bkpsdm-admin", "ADMIN", null);
        api.post("/api/registry/regional-governments", admin, Map.of("regionId", "makassar", "name",
                "Pemerintah Kota Makassar", "kind", "KOTA"));
        api.post("/api/registry/units", admin, Map.of("unitId", AGENCY, "regionId", "makassar", "name",
                "Badan Pendapatan Daerah", "unitType", "OPD"));
        String operator = token("operator", "AGENCY_ADMIN", AGENCY);
        api.post("/api/registry/units", operator, Map.of("unitId", UNIT, "regionId", "makassar", "parentUnitId",
                AGENCY, "name", "Bidang Pajak Daerah", "unitType", "BIDANG"));
        api.post("/api/registry/employees", operator, Map.of("nip", PENILAI, "name", "Kepala Bidang Pajak", "unitId",
                UNIT, "asnType", "PNS", "positionType", "ADMINISTRATOR", "headOfUnit", true));
        int year = java.time.LocalDate.now().getYear();
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Makassar")).minusMonths(1).toString();
        List<String> staff = new ArrayList<>();
        for (int i = 1; i <= STAFF; i++) {
            String nip = String.format("19950101202001%04d", 1000 + i);
            staff.add(nip);
            api.post("/api/registry/employees", operator, Map.of("nip", nip, "name", "Staf Pajak " + i, "unitId",
                    UNIT, "asnType", "PNS", "positionType", "PELAKSANA"));
        }
        String head = token(PENILAI, "EMPLOYEE", AGENCY);
        for (String nip : staff) {
            String own = token(nip, "EMPLOYEE", AGENCY);
            String planId = "skp-" + year + "-" + nip;
            ApiClient.retryWhile(r -> r.status() == 422, () -> api.post("/api/planning/plans", own, Map.of(
                    "employeeId", nip, "year", year, "approach", "KUANTITATIF", "rhk", List.of(Map.of("kind",
                            "UTAMA", "description", "Meningkatnya penerimaan pajak daerah", "indicators", List.of(
                                    Map.of("description", "Wajib pajak dilayani", "aspect", "KUANTITAS", "target",
                                            1200, "unit", "wajib pajak", "polarity", "HIGHER_IS_BETTER",
                                            "aggregation", "SUM")))))), java.time.Duration.ofSeconds(30));
            api.post("/api/planning/plans/" + planId + "/submit", own, "{}");
            api.post("/api/planning/plans/" + planId + "/approve", head, "{}");
            ApiClient.retryWhile(r -> r.status() == 422, () -> api.post("/api/reporting/activities", own, Map.of(
                    "employeeId", nip, "agencyId", AGENCY, "indicatorId", planId + "-rhk-1-iki-1", "activityDate",
                    month + "-10", "quantity", 9, "description", "Pelayanan wajib pajak")),
                    java.time.Duration.ofSeconds(30));
            api.post("/api/reporting/employees/" + nip + "/periods/" + month + "/self-assessment", own,
                    Map.of("text", "Pelayanan sesuai target"));
        }
        return staff;
    }

    private String token(String subject, String role, String agency) {
        Map<String, Object> body = agency == null ? Map.of("subject", subject, "roles", List.of(role))
                : Map.of("subject", subject, "roles", List.of(role), "agency", agency);
        return api.post("/dev/tokens", null, body).text("access_token");
    }
}
