package org.kinerja.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.kinerja.platform.test.ApiClient;

/**
 * One platform for the end-to-end tests of this JVM, started exactly as command one starts it (on free ports, with a
 * fresh data folder), and the steps of the slice as a user would take them through the gateway.
 */
final class PlatformHarness {

    /** Not the demo's people or agency: the demo data set loads into the same platform in DemoDataTest. */
    static final String STAFF = "199612122020122001";
    static final String SUPERVISOR = "198711202011011004";
    static final String AGENCY = "disdukcapil-e2e";
    static final String UNIT = "disdukcapil-e2e-pelayanan";
    static final String OTHER_AGENCY = "dishub-smg";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private static LocalStack stack;

    private PlatformHarness() {
    }

    static synchronized LocalStack stack() {
        if (stack == null) {
            try {
                Files.createDirectories(Path.of("target"));
                stack = LocalStack.start(LocalStackOptions.forTests(Files.createTempDirectory(Path.of("target"),
                        "e2e-")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
        }
        return stack;
    }

    static ApiClient gateway() {
        return new ApiClient(stack().gatewayUrl());
    }

    static String token(String subject, String role, String agency) {
        Map<String, Object> request = agency == null ? Map.of("subject", subject, "roles", List.of(role))
                : Map.of("subject", subject, "roles", List.of(role), "agency", agency);
        ApiClient.Response response = gateway().post("/dev/tokens", null, request);
        if (response.status() != 200) {
            throw new IllegalStateException("token endpoint answered " + response.status());
        }
        return response.text("access_token");
    }

    /**
     * An agency of its own for a group of tests: the agency (an OPD) with one unit (a bidang), the unit's head (the
     * staff member's penilai) and a staff member.
     */
    record Slice(String agency, String unit, String staff, String supervisor) {
        String planId() {
            return "skp-2026-" + staff;
        }
    }

    /** The slice most end-to-end tests share. */
    static final Slice E2E = new Slice(AGENCY, UNIT, STAFF, SUPERVISOR);

    /** Registers the region, the agency and unit, a supervisor and a staff member; returns the staff's plan id. */
    static String sliceWithApprovedPlan() {
        return sliceWithApprovedPlan(E2E);
    }

    /** Registers the region and the slice, and the staff member's SKP for 2026, approved; returns its plan id. */
    static synchronized String sliceWithApprovedPlan(Slice slice) {
        registerSlice(slice);
        ApiClient api = gateway();
        String staff = token(slice.staff(), "EMPLOYEE", slice.agency());
        String planId = slice.planId();
        ApiClient.Response existing = api.get("/api/planning/plans/" + planId, staff);
        if (existing.status() == 200 && existing.text("status").equals("APPROVED")) {
            return planId;
        }
        Map<String, Object> plan = Map.of("employeeId", slice.staff(), "year", 2026, "approach", "KUANTITATIF",
                "rhk", List.of(Map.of("kind", "UTAMA", "description", "Terlayaninya dokumen kependudukan",
                        "indicators", List.of(Map.of("description", "KTP-el diterbitkan", "aspect", "KUANTITAS",
                                "target", 1200, "unit", "dokumen", "polarity", "HIGHER_IS_BETTER",
                                "aggregation", "SUM")))));
        ApiClient.Response created = retryWhileUnprocessable(() -> api.post("/api/planning/plans", staff, plan));
        if (created.status() != 201) {
            throw new IllegalStateException("plan not created: " + created.status() + " " + created.body());
        }
        api.post("/api/planning/plans/" + planId + "/submit", staff, "{}");
        ApiClient.Response approved = api.post("/api/planning/plans/" + planId + "/approve",
                token(slice.supervisor(), "EMPLOYEE", slice.agency()), "{}");
        if (approved.status() != 200) {
            throw new IllegalStateException("plan not approved: " + approved.status() + " " + approved.body());
        }
        return planId;
    }

    /** Registers the region, the slice's agency and unit, its head (the penilai) and the staff member, each once. */
    static synchronized void registerSlice(Slice slice) {
        ApiClient api = gateway();
        String admin = token("bkpsdm-admin", "ADMIN", null);
        api.post("/api/registry/regional-governments", admin, Map.of("regionId", "makassar",
                "name", "Pemerintah Kota Makassar", "kind", "KOTA"));
        api.post("/api/registry/units", admin, Map.of("unitId", slice.agency(), "regionId", "makassar",
                "name", "Dinas Kependudukan dan Pencatatan Sipil", "unitType", "OPD"));
        String operator = token("operator", "AGENCY_ADMIN", slice.agency());
        api.post("/api/registry/units", operator, Map.of("unitId", slice.unit(), "regionId", "makassar",
                "parentUnitId", slice.agency(), "name", "Bidang Pelayanan", "unitType", "BIDANG"));
        api.post("/api/registry/employees", operator, Map.of("nip", slice.supervisor(), "name", "Andi Rahman",
                "unitId", slice.unit(), "asnType", "PNS", "positionType", "ADMINISTRATOR",
                "headOfUnit", true));
        api.post("/api/registry/employees", operator, Map.of("nip", slice.staff(), "name", "Siti Nurhaliza",
                "unitId", slice.unit(), "asnType", "PNS", "positionType", "PELAKSANA"));
    }

    static String indicatorOf(String planId) {
        return planId + "-rhk-1-iki-1";
    }

    /** Retries while a projection has not caught up yet (the platform is eventually consistent). */
    static ApiClient.Response retryWhileUnprocessable(Supplier<ApiClient.Response> call) {
        return retryWhile(response -> response.status() == 422, call);
    }

    /** Retries while reporting's projection does not know the employee yet. */
    static ApiClient.Response retryWhileEmployeeUnknown(Supplier<ApiClient.Response> call) {
        return retryWhile(response -> "unknown-employee".equals(response.text("code")), call);
    }

    static ApiClient.Response retryWhile(Predicate<ApiClient.Response> notYet, Supplier<ApiClient.Response> call) {
        return ApiClient.retryWhile(notYet, call, PATIENCE);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
