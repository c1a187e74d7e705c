package org.kinerja.planning.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.EmployeeRegistered;
import org.kinerja.contracts.events.PlanApproved;
import org.kinerja.contracts.events.PlanStatusChanged;
import org.kinerja.planning.PlanningApplication;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.KafkaTestClient;
import org.kinerja.platform.test.ServiceUnderTest;
import org.kinerja.platform.test.TestTokens;

/**
 * planning against a real broker: it learns employees from the registry's golden example events, and an approved
 * plan comes out as a contract-valid PlanApproved event. Only the employee's own penilai may approve.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanningIntegrationTest {
    private static final String STAFF = "199207252019032001";
    private static final String SUPERVISOR = "198503122010011003";

    @RegisterExtension
    static final ServiceUnderTest planning = ServiceUnderTest.of(PlanningApplication::application, "planning-it");
    private static ApiClient api;
    private static KafkaTestClient kafka;

    @BeforeAll
    static void start() {
        kafka = planning.kafka();

        api = planning.api();
        for (String example : List.of("valid-supervisor", "valid-staff")) {
            EmployeeRegistered employee = KafkaTestClient.golden(EventType.EMPLOYEE_REGISTERED, example,
                    EmployeeRegistered.class);
            kafka.publish(EventType.EMPLOYEE_REGISTERED, employee.employeeId(), employee);
        }
    }

    @Test
    @Order(1)
    void theStaffPlanIsApprovedByTheirPenilaiOnlyAndPublished() {
        String staff = TestTokens.employee(STAFF, "dukcapil-mks");
        ApiClient.Response created = awaitCreated(staff);
        assertThat(created.status()).isEqualTo(201);
        String planId = created.text("planId");
        String indicatorId = created.body().path("rhk").get(0).path("indicators").get(0).path("indicatorId")
                .asString();

        assertThat(api.post("/api/planning/plans/" + planId + "/approve", staff, "{}").status()).isEqualTo(403);
        assertThat(api.post("/api/planning/plans/" + planId + "/submit", staff, "{}").text("status"))
                .isEqualTo("SUBMITTED");
        String workList = "/api/planning/penilai/" + SUPERVISOR + "/plans?year=" + created.body().path("year").asInt();
        ApiClient.Response awaiting = api.get(workList, TestTokens.employee(SUPERVISOR, "dukcapil-mks"));
        assertThat(awaiting.status()).isEqualTo(200);
        assertThat(awaiting.body().findValuesAsString("planId")).as("the SKPs of the penilai's staff").contains(planId);
        assertThat(awaiting.body().findValuesAsString("status")).contains("SUBMITTED");
        assertThat(api.get(workList, staff).text("code")).isEqualTo("not-your-appraisees");
        ApiClient.Response someoneElse = api.post("/api/planning/plans/" + planId + "/approve",
                TestTokens.employee("197001011995031001", "dukcapil-mks"), "{}");
        assertThat(someoneElse.status()).isEqualTo(403);
        assertThat(someoneElse.text("code")).isEqualTo("not-the-penilai");
        ApiClient.Response noNote = api.post("/api/planning/plans/" + planId + "/reject",
                TestTokens.employee(SUPERVISOR, "dukcapil-mks"), Map.of("note", ""));
        assertThat(noNote.status()).isEqualTo(400);

        ApiClient.Response approved = api.post("/api/planning/plans/" + planId + "/approve",
                TestTokens.employee(SUPERVISOR, "dukcapil-mks"), "{}");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("APPROVED");
        assertThat(api.post("/api/planning/plans/" + planId + "/approve",
                TestTokens.employee(SUPERVISOR, "dukcapil-mks"), "{}").status()).isEqualTo(422);

        ConsumerRecord<String, byte[]> record = kafka.awaitRecord(Topics.PLANS, r -> STAFF.equals(r.key())
                && KafkaTestClient.ceType(r).equals(EventType.PLAN_APPROVED.type()),
                Duration.ofSeconds(20));
        PlanApproved event = CloudEventRecords.read(record.headers(), record.value(),
                List.of(EventType.PLAN_APPROVED)).data(PlanApproved.class);
        assertThat(event.approvedBy()).isEqualTo(SUPERVISOR);
        assertThat(event.rhk().get(0).indicators().get(0).indicatorId()).isEqualTo(indicatorId);
    }

    /**
     * An SKP is read by its employee, their penilai, their agency's HR operators, the region's readers and the
     * employees who cascade from it; not by a colleague, and another agency is refused alike for a plan that exists
     * and one that does not.
     */
    @Test
    @Order(3)
    void anSkpIsReadByThoseWhoOverseeItAndNoColleagueNorAnotherAgency() {
        String staffPlan = "skp-2026-" + STAFF;
        String supervisorPlan = "skp-2026-" + SUPERVISOR;
        String path = "/api/planning/plans/" + staffPlan;
        api.await(path, TestTokens.employee(STAFF, "dukcapil-mks"), r -> r.status() == 200, Duration.ofSeconds(20));
        assertThat(api.get(path, TestTokens.employee(SUPERVISOR, "dukcapil-mks")).status()).as("penilai")
                .isEqualTo(200);
        assertThat(api.get(path, TestTokens.agencyAdmin("dukcapil-mks")).status()).as("HR").isEqualTo(200);
        assertThat(api.get(path, TestTokens.leader()).status()).as("leader").isEqualTo(200);
        assertThat(api.get(path, TestTokens.employee("199311112019031002", "dukcapil-mks")).status())
                .as("colleague").isEqualTo(403);
        String outsider = TestTokens.agencyAdmin("dishub-smg");
        assertThat(api.get(path, outsider).status()).as("another agency").isEqualTo(403);
        assertThat(api.get("/api/planning/plans/skp-2025-" + STAFF, outsider).status()).as("no such plan")
                .isEqualTo(403);
        assertThat(api.get("/api/planning/plans/skp-2025-" + STAFF, TestTokens.admin()).status()).isEqualTo(404);
        // The staff member reads their penilai's SKP, which theirs cascades from (whether written yet or not).
        assertThat(api.get("/api/planning/plans/" + supervisorPlan, TestTokens.employee(STAFF, "dukcapil-mks"))
                .status()).isIn(200, 404);
        assertThat(api.get("/api/planning/agencies/dukcapil-mks/agreements/2026", outsider).status())
                .isEqualTo(403);
        assertThat(api.get("/api/planning/units/dukcapil-mks-pelayanan/predicates/2026", outsider).status())
                .isEqualTo(403);
        assertThat(api.get("/api/planning/units/no-such-unit/predicates/2026", outsider).status()).isEqualTo(403);
    }

    @Test
    @Order(2)
    void aRevisionKeepsTheApprovedVersionInForceAndEveryTransitionIsAnEvent() {
        String staff = TestTokens.employee(STAFF, "dukcapil-mks");
        String supervisor = TestTokens.employee(SUPERVISOR, "dukcapil-mks");
        String planId = "skp-2026-" + STAFF;
        ApiClient.Response current = api.get("/api/planning/plans/" + planId, staff);
        if (current.status() == 404) {
            awaitCreated(staff);
        }
        if (!"APPROVED".equals(api.get("/api/planning/plans/" + planId, staff).text("status"))) {
            api.post("/api/planning/plans/" + planId + "/submit", staff, "{}");
            api.post("/api/planning/plans/" + planId + "/approve", supervisor, "{}");
        }
        String kept = planId + "-rhk-1-iki-1";
        Map<String, Object> revision = Map.of("rhk", List.of(Map.of("rhkId", planId + "-rhk-1", "kind", "UTAMA",
                "description", "Terlayaninya penerbitan dokumen kependudukan", "indicators", List.of(
                        Map.of("indicatorId", kept, "description", "Jumlah KTP-el diterbitkan", "aspect",
                                "KUANTITAS", "target", 1500, "unit", "dokumen", "polarity", "HIGHER_IS_BETTER",
                                "aggregation", "SUM"),
                        Map.of("description", "Waktu layanan", "aspect", "WAKTU", "target", 3, "unit", "hari",
                                "polarity", "LOWER_IS_BETTER", "aggregation", "AVERAGE")))));
        ApiClient.Response revising = api.post("/api/planning/plans/" + planId + "/revision", staff, revision);
        assertThat(revising.status()).as(revising.body().toString()).isEqualTo(200);
        assertThat(revising.text("status")).isEqualTo("REVISION_SUBMITTED");
        assertThat(revising.body().path("rhk").get(0).path("indicators").size()).isEqualTo(1);

        ApiClient.Response unknownId = api.post("/api/planning/plans/" + planId + "/revision", staff,
                Map.of("rhk", List.of(Map.of("rhkId", "not-mine", "kind", "UTAMA", "description", "x",
                        "indicators", List.of(Map.of("description", "x", "aspect", "KUANTITAS", "target", 1, "unit",
                                "x", "polarity", "HIGHER_IS_BETTER", "aggregation", "SUM"))))));
        assertThat(unknownId.status()).isEqualTo(422);

        ApiClient.Response approved = api.post("/api/planning/plans/" + planId + "/approve", supervisor, "{}");
        assertThat(approved.text("status")).isEqualTo("APPROVED");
        assertThat(approved.body().path("rhk").get(0).path("indicators").findValuesAsString("indicatorId"))
                .hasSize(2).contains(kept);

        List<ConsumerRecord<String, byte[]>> transitions = kafka.awaitRecords(Topics.PLANS, r -> STAFF.equals(r.key())
                && KafkaTestClient.ceType(r).equals(EventType.PLAN_STATUS_CHANGED.type()),
                5, Duration.ofSeconds(20));
        assertThat(transitions).extracting(r -> CloudEventRecords.read(r.headers(), r.value(),
                List.of(EventType.PLAN_STATUS_CHANGED)).data(PlanStatusChanged.class).status())
                .contains("DRAFT", "SUBMITTED", "APPROVED", "REVISION_SUBMITTED");
    }

    @Test
    void anUnknownEmployeeOrInvalidPlanIsRefused() {
        ApiClient.Response unknown = api.post("/api/planning/plans", TestTokens.employee("199001012015031002", "x"),
                plan("199001012015031002"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text("code")).isEqualTo("unknown-employee");
        ApiClient.Response invalid = api.post("/api/planning/plans", TestTokens.employee(STAFF, "dukcapil-mks"),
                Map.of("employeeId", STAFF, "year", 2026, "approach", "KUANTITATIF", "rhk", List.of()));
        assertThat(invalid.status()).as(invalid.body().toString()).isEqualTo(400);
        assertThat(invalid.body().path("errors").findValuesAsString("field")).as(invalid.body().toString())
                .containsExactly("rhk");
    }

    private static ApiClient.Response awaitCreated(String token) {
        return ApiClient.retryWhile(r -> r.status() == 422, () -> api.post("/api/planning/plans", token, plan(STAFF)),
                Duration.ofSeconds(20));
    }

    static Map<String, Object> plan(String employeeId) {
        return Map.of("employeeId", employeeId, "year", 2026, "approach", "KUANTITATIF", "rhk", List.of(Map.of(
                "kind", "UTAMA", "description", "Terlayaninya penerbitan dokumen kependudukan",
                "indicators", List.of(Map.of("description", "Jumlah KTP-el diterbitkan", "aspect", "KUANTITAS",
                        "target", 1200, "unit", "dokumen", "polarity", "HIGHER_IS_BETTER", "aggregation", "SUM")))));
    }
}
