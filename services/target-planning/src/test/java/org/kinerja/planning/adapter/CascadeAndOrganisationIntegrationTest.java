package org.kinerja.planning.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinerja.contracts.ContractSchemas;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.GoldenExamples;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.EmployeeChanged;
import org.kinerja.contracts.events.EmployeeRegistered;
import org.kinerja.contracts.events.SakipEvaluated;
import org.kinerja.contracts.events.UnitPredicateSet;
import org.kinerja.contracts.events.UnitRegistered;
import org.kinerja.planning.PlanningApplication;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.KafkaTestClient;
import org.kinerja.platform.test.ServiceUnderTest;
import org.kinerja.platform.test.TestTokens;

/**
 * The cascade (a staff RHK supports an approved RHK of the actual superior; the OPD head's RHK come from the agency's
 * performance agreement) and units' organisation predicates, set by the head of the parent organisation.
 */
class CascadeAndOrganisationIntegrationTest {
    private static final String AGENCY = "dukcapil-mks";
    private static final String OPD_HEAD = "197505152000031001";
    private static final String SUPERVISOR = "198503122010011003";
    private static final String STAFF = "199207252019032001";

    @RegisterExtension
    static final ServiceUnderTest planning = ServiceUnderTest.of(PlanningApplication::application, "planning-cascade");
    private static ApiClient api;
    private static KafkaTestClient kafka;

    @BeforeAll
    static void start() {
        kafka = planning.kafka();

        api = planning.api();
        for (String unit : List.of("valid-opd", "valid-subbag")) {
            UnitRegistered u = EventJson.read(GoldenExamples.bytes(EventType.UNIT_REGISTERED, unit),
                    UnitRegistered.class);
            send(EventType.UNIT_REGISTERED, u.unitId(), u);
        }
        // The head of an OPD, rated by the Walikota (the region's leadership recorded, no Sekda)
        send(EventType.EMPLOYEE_REGISTERED, OPD_HEAD, new EmployeeRegistered(OPD_HEAD, OPD_HEAD, "Kepala Dinas",
                "makassar", AGENCY, AGENCY, "PNS", "JPT", null, "IV/c", true, "kdh-makassar", "kdh-makassar",
                Instant.now()));
        for (String example : List.of("valid-supervisor", "valid-staff")) {
            EmployeeRegistered e = EventJson.read(GoldenExamples.bytes(EventType.EMPLOYEE_REGISTERED, example),
                    EmployeeRegistered.class);
            send(EventType.EMPLOYEE_REGISTERED, e.employeeId(), e);
        }
        send(EventType.EMPLOYEE_CHANGED, SUPERVISOR, new EmployeeChanged(SUPERVISOR, "PENILAI_CHANGED",
                LocalDate.of(2026, 1, 5), null, "Andi Rahman", "III/d", "makassar", AGENCY, "dukcapil-mks-pelayanan",
                "PNS", "ADMINISTRATOR", null, true, OPD_HEAD, null, true, 2, Instant.now()));
    }

    private static void send(EventType type, String key, Record data) {
        kafka.publish(type, key, data);
    }

    private static Map<String, Object> plan(String nip, String parentRhkId) {
        java.util.Map<String, Object> rhk = new java.util.HashMap<>(Map.of("kind", "UTAMA", "description",
                "Meningkatnya layanan " + nip, "indicators", List.of(Map.of("description", "Dokumen diterbitkan",
                        "aspect", "KUANTITAS", "target", 100, "unit", "dokumen", "polarity", "HIGHER_IS_BETTER",
                        "aggregation", "SUM"))));
        rhk.put("parentRhkId", parentRhkId);
        return Map.of("employeeId", nip, "year", 2026, "approach", "KUANTITATIF", "rhk", List.of(rhk));
    }

    private static ApiClient.Response create(String nip, String parent) {
        return ApiClient.retryWhile(r -> r.status() == 422, () -> api.post("/api/planning/plans",
                TestTokens.employee(nip, AGENCY), plan(nip, parent)), Duration.ofSeconds(20));
    }

    @Test
    void rhkCascadeFromTheAgreementDownToTheStaff() {
        String operator = TestTokens.agencyAdmin(AGENCY);
        assertThat(api.put("/api/planning/agencies/" + AGENCY + "/agreements/2026", TestTokens.agencyAdmin("dishub"),
                Map.of("targets", List.of())).status()).isIn(400, 403);
        assertThat(api.put("/api/planning/agencies/" + AGENCY + "/agreements/2026", operator, Map.of("targets",
                List.of(Map.of("targetId", "pk-2026-1", "description", "Kepemilikan dokumen kependudukan",
                        "indicator", "Persentase penduduk ber-KTP-el", "target", 98, "unit", "%")))).status())
                .isEqualTo(200);

        String head = TestTokens.employee(OPD_HEAD, AGENCY);
        String headPlan = create(OPD_HEAD, "pk-2026-1").text("planId");
        assertThat(api.post("/api/planning/plans/" + headPlan + "/submit", head, "{}").text("status"))
                .isEqualTo("SUBMITTED");

        String supervisor = TestTokens.employee(SUPERVISOR, AGENCY);
        String supervisorPlan = create(SUPERVISOR, "skp-2026-" + OPD_HEAD + "-rhk-1").text("planId");
        ApiClient.Response early = api.post("/api/planning/plans/" + supervisorPlan + "/submit", supervisor, "{}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("code")).isEqualTo("invalid-cascade");

        assertThat(api.post("/api/planning/plans/" + headPlan + "/approve", supervisor, "{}").status())
                .isEqualTo(403);
        assertThat(api.post("/api/planning/plans/" + headPlan + "/approve", TestTokens.admin(), "{}").text("status"))
                .as("the administrator records the Walikota's approval").isEqualTo("APPROVED");
        org.kinerja.contracts.events.PlanStatusChanged approval = CloudEventRecords.read(kafka.awaitRecord(
                Topics.PLANS, r -> OPD_HEAD.equals(r.key()) && KafkaTestClient.ceType(r).equals(
                        EventType.PLAN_STATUS_CHANGED.type()) && KafkaTestClient.text(r).contains("\"APPROVED\""),
                Duration.ofSeconds(20)), List.of(EventType.PLAN_STATUS_CHANGED))
                .data(org.kinerja.contracts.events.PlanStatusChanged.class);
        assertThat(approval.by()).isEqualTo("bkpsdm-admin");
        assertThat(approval.onBehalfOf()).isEqualTo("kdh-makassar");
        assertThat(api.post("/api/planning/plans/" + supervisorPlan + "/submit", supervisor, "{}").text("status"))
                .isEqualTo("SUBMITTED");
        assertThat(api.post("/api/planning/plans/" + supervisorPlan + "/approve", head, "{}").text("status"))
                .isEqualTo("APPROVED");

        String staff = TestTokens.employee(STAFF, AGENCY);
        String staffPlan = create(STAFF, "skp-2026-" + OPD_HEAD + "-rhk-1").text("planId");
        ApiClient.Response skipping = api.post("/api/planning/plans/" + staffPlan + "/submit", staff, "{}");
        assertThat(skipping.text("code")).isEqualTo("invalid-cascade");
        assertThat(skipping.text("detail")).contains(SUPERVISOR);
        Map<String, Object> content = Map.of("rhk", ((List<?>) plan(STAFF, "skp-2026-" + SUPERVISOR + "-rhk-1")
                .get("rhk")));
        assertThat(api.put("/api/planning/plans/" + staffPlan + "/content", staff, content).status()).isEqualTo(200);
        assertThat(api.post("/api/planning/plans/" + staffPlan + "/submit", staff, "{}").text("status"))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aUnitsPredicateIsSetByTheHeadOfItsParentOrganisation() {
        String path = "/api/planning/units/dukcapil-mks-pelayanan/predicates/2026";
        ApiClient.Response bySupervisor = ApiClient.retryWhile(r -> r.status() == 422, () -> api.put(path,
                TestTokens.employee(SUPERVISOR, AGENCY), Map.of("predicate", "ISTIMEWA")), Duration.ofSeconds(20));
        assertThat(bySupervisor.status()).isEqualTo(403);
        ApiClient.Response byHead = ApiClient.retryWhile(r -> r.status() == 403, () -> api.put(path,
                TestTokens.employee(OPD_HEAD, AGENCY), Map.of("predicate", "BAIK")), Duration.ofSeconds(20));
        assertThat(byHead.status()).as(byHead.body().toString()).isEqualTo(200);
        assertThat(byHead.text("predicate")).isEqualTo("BAIK");
        assertThat(api.put(path, TestTokens.employee(OPD_HEAD, AGENCY), Map.of("predicate", "SANGAT_BAIK"))
                .status()).isEqualTo(400);
        assertThat(api.put("/api/planning/units/" + AGENCY + "/predicates/2026",
                TestTokens.employee(OPD_HEAD, AGENCY), Map.of("predicate", "BAIK")).status()).isEqualTo(403);
        assertThat(api.put("/api/planning/units/" + AGENCY + "/predicates/2026", TestTokens.admin(),
                Map.of("predicate", "ISTIMEWA")).status()).isEqualTo(200);
        kafka.awaitRecords(Topics.ORGANISATION_PLANNING, r -> "dukcapil-mks-pelayanan".equals(r.key()), 1,
                Duration.ofSeconds(20)).forEach(r -> assertThat(ContractSchemas.validate(EventType.UNIT_PREDICATE_SET,
                        r.value())).isEmpty());
        UnitPredicateSet opd = CloudEventRecords.readData(kafka.awaitRecord(Topics.ORGANISATION_PLANNING,
                r -> AGENCY.equals(r.key())
                        && KafkaTestClient.ceType(r).equals(EventType.UNIT_PREDICATE_SET.type()),
                Duration.ofSeconds(20)), EventType.UNIT_PREDICATE_SET, UnitPredicateSet.class);
        assertThat(opd.headEmployeeId()).as("the OPD head takes the OPD's rating (R3)").isEqualTo(OPD_HEAD);
    }

    @Test
    void sakipPointsAreRecordedByTheAdministratorWithinEachComponentsWeight() {
        String path = "/api/planning/agencies/" + AGENCY + "/sakip/2025";
        Map<String, Object> points = Map.of("perencanaan", 26.5, "pengukuran", 24.1, "pelaporan", 12.3,
                "evaluasiInternal", 19.85);
        assertThat(api.put(path, TestTokens.agencyAdmin(AGENCY), points).status()).isEqualTo(403);
        ApiClient.Response outOfRange = api.put(path, TestTokens.admin(), Map.of("perencanaan", 31, "pengukuran", 24,
                "pelaporan", 12, "evaluasiInternal", 19.999));
        assertThat(outOfRange.status()).isEqualTo(422);
        assertThat(outOfRange.text("detail")).contains("perencanaan must be between 0 and 30")
                .contains("evaluasiInternal has at most two decimals");
        assertThat(api.put(path, TestTokens.admin(), Map.of("perencanaan", 20)).status()).isEqualTo(400);

        ApiClient.Response recorded = api.put(path, TestTokens.admin(), points);
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(200);
        assertThat(recorded.body().path("total").decimalValue()).isEqualByComparingTo("82.75");
        assertThat(api.get(path, TestTokens.agencyAdmin(AGENCY)).body().path("version").asLong()).isEqualTo(1);
        SakipEvaluated event = CloudEventRecords.readData(kafka.awaitRecord(Topics.ORGANISATION_PLANNING,
                r -> AGENCY.equals(r.key())
                        && KafkaTestClient.ceType(r).equals(EventType.SAKIP_EVALUATED.type()),
                Duration.ofSeconds(20)), EventType.SAKIP_EVALUATED, SakipEvaluated.class);
        assertThat(event.total()).isEqualByComparingTo("82.75");
    }
}
