package org.kinerja.reporting.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinerja.contracts.ContractSchemas;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.EmployeeRegistered;
import org.kinerja.contracts.events.EvaluationPeriodChanged;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.KafkaTestClient;
import org.kinerja.platform.test.ServiceUnderTest;
import org.kinerja.platform.test.TestTokens;
import org.kinerja.reporting.ReportingApplication;

/**
 * The evaluation workflow and feedback against a real broker: who may do what (employee, penilai, colleague,
 * administrator), and every change a contract-valid event.
 */
class EvaluationIntegrationTest {
    private static final String STAFF = "199207252019032001";
    private static final String PENILAI = "198503122010011003";
    private static final String AGENCY = "dukcapil-mks";

    @RegisterExtension
    static final ServiceUnderTest reporting = ServiceUnderTest.of(
            ReportingApplication::application, "reporting-evaluation");
    private static ApiClient api;
    private static KafkaTestClient kafka;

    @BeforeAll
    static void start() {
        kafka = reporting.kafka();

        api = reporting.api();
        for (String example : List.of("valid-supervisor", "valid-staff")) {
            EmployeeRegistered e = KafkaTestClient.golden(EventType.EMPLOYEE_REGISTERED, example,
                    EmployeeRegistered.class);
            kafka.publish(EventType.EMPLOYEE_REGISTERED, e.employeeId(), e);
        }
        approvePlanOf(STAFF);
    }

    /** The golden approved SKP, made this employee's: a period is evaluated against an approved plan. */
    private static void approvePlanOf(String employee) {
        kafka.publish(EventType.PLAN_APPROVED, employee, GoldenPlans.approvedFor(employee, "iki-" + employee));
    }

    @Test
    void anEvaluationGoesFromSelfAssessmentToLockAndOnlyTheAdminReopens() {
        String staff = TestTokens.employee(STAFF, AGENCY);
        String penilai = TestTokens.employee(PENILAI, AGENCY);
        String path = "/api/reporting/employees/" + STAFF + "/periods/2026";
        ApiClient.Response opened = api.await(path, staff, r -> r.status() == 200, Duration.ofSeconds(20));
        assertThat(opened.text("status")).isEqualTo("OPEN");
        assertThat(api.get("/api/reporting/employees/" + STAFF + "/periods/2026-03", staff).text("status"))
                .isEqualTo("OPEN");
        ApiClient.Response quarter = api.get("/api/reporting/employees/" + STAFF + "/periods/2026-Q1", staff);
        assertThat(quarter.status()).isEqualTo(422);
        assertThat(quarter.text("code")).isEqualTo("period-not-used-here");

        assertThat(api.post(path + "/self-assessment", penilai, Map.of("text", "x")).status()).isEqualTo(403);
        assertThat(ApiClient.retryWhile(r -> r.status() == 422, () -> api.post(path + "/self-assessment", staff,
                Map.of("text", "Target KTP-el tercapai")), Duration.ofSeconds(20)).text("status"))
                .as("once the approved SKP has arrived").isEqualTo("SELF_ASSESSED");
        ApiClient.Response selfRating = api.post(path + "/rating", staff, Map.of("hasilKerja", "ABOVE",
                "perilakuKerja", "ABOVE"));
        assertThat(selfRating.status()).isEqualTo(403);
        assertThat(selfRating.text("code")).isEqualTo("not-the-penilai");
        ApiClient.Response numeric = api.post(path + "/rating", penilai, Map.of("hasilKerja", "MEETS",
                "perilakuKerja", "ABOVE", "perilakuValue", 112, "innovation", "Layanan jemput bola"));
        assertThat(numeric.text("code")).as("a region on the PermenPANRB 6/2022 ratings alone")
                .isEqualTo("numeric-perilaku-not-used");
        assertThat(api.post(path + "/rating", penilai, Map.of("hasilKerja", "MEETS", "perilakuKerja", "ABOVE",
                "perilakuValue", 121)).status()).isEqualTo(400);
        assertThat(api.post(path + "/rating", penilai, Map.of("hasilKerja", "MEETS", "perilakuKerja", "ABOVE"))
                .text("status")).isEqualTo("RATED");
        assertThat(api.post(path + "/finalise", penilai, "{}").text("status")).isEqualTo("PREDICATE_SET");
        assertThat(api.post(path + "/lock", penilai, "{}").text("status")).isEqualTo("LOCKED");
        ApiClient.Response lateRating = api.post(path + "/rating", penilai, Map.of("hasilKerja", "ABOVE",
                "perilakuKerja", "ABOVE"));
        assertThat(lateRating.status()).isEqualTo(422);

        assertThat(api.post(path + "/reopen", penilai, Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(api.post(path + "/reopen", TestTokens.admin(), Map.of()).status()).isEqualTo(400);
        ApiClient.Response reopened = api.post(path + "/reopen", TestTokens.admin(),
                Map.of("reason", "Keberatan pegawai dikabulkan"));
        assertThat(reopened.text("status")).isEqualTo("REOPENED");

        ApiClient.Response periods = api.get("/api/reporting/employees/" + STAFF + "/periods", penilai);
        assertThat(periods.status()).isEqualTo(200);
        assertThat(periods.body().findValuesAsString("period")).as("the periods acted on; March stays OPEN, unlisted")
                .contains("2026").doesNotContain("2026-03");
        assertThat(periods.body().get(0).path("period").asString()).as("by period").isEqualTo("2026");
        assertThat(periods.body().get(0).path("status").asString()).isEqualTo("REOPENED");
        assertThat(api.get("/api/reporting/employees/" + STAFF + "/periods", TestTokens.employee(
                "199909092022031009", AGENCY)).status()).as("a colleague").isEqualTo(403);
        String workList = "/api/reporting/penilai/" + PENILAI + "/staff?month=2026-03";
        ApiClient.Response staffOfPenilai = api.get(workList, penilai);
        assertThat(staffOfPenilai.status()).isEqualTo(200);
        for (var entry : staffOfPenilai.body()) {
            if (STAFF.equals(entry.path("employeeId").asString())) {
                assertThat(entry.path("relation").asString()).isEqualTo("PENILAI");
                assertThat(entry.path("periods").findValuesAsString("status")).contains("REOPENED");
            }
        }
        assertThat(staffOfPenilai.body().findValuesAsString("employeeId")).contains(STAFF);
        assertThat(api.get(workList, staff).text("code")).as("the staff member does not read their penilai's list")
                .isEqualTo("not-your-appraisees");
        assertThat(api.get("/api/reporting/penilai/" + PENILAI + "/staff?month=2026-13", penilai).status())
                .isEqualTo(400);

        List<ConsumerRecord<String, byte[]>> events = kafka.awaitRecords(Topics.EVALUATION_PERIODS,
                r -> STAFF.equals(r.key()) && KafkaTestClient.ceType(r)
                        .equals(EventType.EVALUATION_PERIOD_CHANGED.type()), 5, Duration.ofSeconds(20));
        EvaluationPeriodChanged last = CloudEventRecords.read(events.get(4).headers(), events.get(4).value(),
                List.of(EventType.EVALUATION_PERIOD_CHANGED)).data(EvaluationPeriodChanged.class);
        assertThat(last.status()).isEqualTo("REOPENED");
        assertThat(last.reason()).isEqualTo("Keberatan pegawai dikabulkan");
        assertThat(last.by()).isEqualTo("bkpsdm-admin");
        assertThat(last.hasilKerjaRating()).isEqualTo("MEETS");
        assertThat(ContractSchemas.validate(EventType.EVALUATION_PERIOD_CHANGED, events.get(2).value())).isEmpty();
    }

    @Test
    void anObjectionIsFiledByTheEmployeeAnsweredByThePenilaiAndDecidedByTheAtasan() {
        String nip = "199101012015031004";
        String atasan = "197505152000031001";
        EmployeeRegistered objector = new EmployeeRegistered(nip, nip, "Rina", "makassar", AGENCY,
                "dukcapil-mks-pelayanan", "PNS", "PELAKSANA", null, "III/b", false, PENILAI, atasan, Instant.now());
        kafka.publish(EventType.EMPLOYEE_REGISTERED, nip, objector);
        approvePlanOf(nip);
        String employee = TestTokens.employee(nip, AGENCY);
        String penilai = TestTokens.employee(PENILAI, AGENCY);
        String path = "/api/reporting/employees/" + nip + "/periods/2026";
        ApiClient.retryWhile(r -> r.status() == 422, () -> api.post(path + "/self-assessment", employee,
                Map.of("text", "x")), Duration.ofSeconds(20));
        ApiClient.Response early = api.post(path + "/objection", employee, Map.of("reason", "x"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("code")).isEqualTo("evaluation-not-final");
        api.post(path + "/rating", penilai, Map.of("hasilKerja", "BELOW", "perilakuKerja", "MEETS"));
        api.post(path + "/finalise", penilai, "{}");

        assertThat(api.post(path + "/objection", penilai, Map.of("reason", "x")).status()).isEqualTo(403);
        ApiClient.Response filed = api.post(path + "/objection", employee,
                Map.of("reason", "Layanan keliling belum dihitung"));
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.text("status")).isEqualTo("FILED");
        assertThat(api.post(path + "/objection", employee, Map.of("reason", "lagi")).status()).isEqualTo(409);
        assertThat(api.post(path + "/objection/decision", TestTokens.employee(atasan, AGENCY),
                Map.of("decision", "UPHELD", "note", "x")).text("code")).isEqualTo("objection-not-answered");
        assertThat(api.post(path + "/objection/answer", employee, Map.of("answer", "x")).status()).isEqualTo(403);
        assertThat(api.post(path + "/objection/answer", penilai, Map.of("answer", "Laporan masuk terlambat"))
                .text("status")).isEqualTo("ANSWERED_BY_PENILAI");
        assertThat(api.post(path + "/objection/decision", penilai, Map.of("decision", "UPHELD", "note", "x"))
                .status()).isEqualTo(403);
        ApiClient.Response withRatings = api.post(path + "/objection/decision", TestTokens.employee(atasan, AGENCY),
                Map.of("decision", "UPHELD", "note", "x", "hasilKerja", "MEETS", "perilakuKerja", "MEETS"));
        assertThat(withRatings.text("code")).as("here the penilai rates again").isEqualTo("ratings-not-used");
        ApiClient.Response decided = api.post(path + "/objection/decision", TestTokens.employee(atasan, AGENCY),
                Map.of("decision", "UPHELD", "note", "Dibuka kembali untuk layanan keliling"));
        assertThat(decided.text("status")).isEqualTo("DECIDED_BY_ATASAN_PENILAI");
        assertThat(decided.text("decision")).isEqualTo("UPHELD");
        kafka.awaitRecords(Topics.EVALUATION_PERIODS, r -> nip.equals(r.key())
                && KafkaTestClient.ceType(r).equals(EventType.OBJECTION_CHANGED.type()), 3, Duration.ofSeconds(20))
                .forEach(r -> assertThat(ContractSchemas.validate(EventType.OBJECTION_CHANGED, r.value())).isEmpty());

        ApiClient.Response reopened = api.get(path, employee);
        assertThat(reopened.text("status")).as("the upheld objection reopens it").isEqualTo("REOPENED");
        assertThat(reopened.text("lastReason")).isEqualTo("Keberatan dikabulkan: Dibuka kembali untuk layanan keliling");
        assertThat(api.post(path + "/rating", penilai, Map.of("hasilKerja", "MEETS", "perilakuKerja", "MEETS"))
                .text("hasilKerja")).isEqualTo("MEETS");
        assertThat(api.post(path + "/finalise", penilai, "{}").text("status")).isEqualTo("PREDICATE_SET");
        List<EvaluationPeriodChanged> changes = kafka.awaitRecords(Topics.EVALUATION_PERIODS, r -> nip.equals(
                r.key()) && KafkaTestClient.ceType(r).equals(EventType.EVALUATION_PERIOD_CHANGED.type()), 6,
                Duration.ofSeconds(20)).stream().map(r -> CloudEventRecords.read(r.headers(), r.value(),
                        List.of(EventType.EVALUATION_PERIOD_CHANGED)).data(EvaluationPeriodChanged.class)).toList();
        assertThat(changes).extracting(EvaluationPeriodChanged::status).containsExactly("SELF_ASSESSED", "RATED",
                "PREDICATE_SET", "REOPENED", "RATED", "PREDICATE_SET");
        assertThat(changes.get(3).by()).as("decided by the atasan penilai").isEqualTo(atasan);
        assertThat(changes.get(5).hasilKerjaRating()).isEqualTo("MEETS");
        assertThat(api.post("/api/reporting/employees/" + nip + "/periods/2026-03/objection", employee,
                Map.of("reason", "x")).status()).isEqualTo(422);
    }

    @Test
    void anAgencyRecordsPublicSatisfactionPerServiceUnit() {
        String path = "/api/reporting/agencies/" + AGENCY + "/public-satisfaction";
        Map<String, Object> survey = Map.of("unitId", "dukcapil-mks-pelayanan", "period", "2026-03",
                "respondents", 412, "score", 86.4);
        assertThat(api.post(path, TestTokens.agencySystem("dishub-smg"), survey).status()).isEqualTo(403);
        assertThat(api.post(path, TestTokens.employee(STAFF, AGENCY), survey).status()).isEqualTo(403);
        ApiClient.Response recorded = api.post(path, TestTokens.agencySystem(AGENCY), survey);
        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.text("surveyId")).isEqualTo("ikm-dukcapil-mks-pelayanan-unit-2026-03");
        assertThat(api.post(path, TestTokens.agencySystem(AGENCY), Map.of("unitId", "x", "period", "2026-03",
                "respondents", 0, "score", 101)).body().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("respondents", "score");
        ApiClient.Response otherAgencysEmployee = ApiClient.retryWhile(r -> r.status() == 422, () -> api.post(
                "/api/reporting/agencies/dishub-smg/public-satisfaction", TestTokens.agencySystem("dishub-smg"),
                Map.of("unitId", "dishub-smg-lalin", "employeeId", STAFF, "period", "2026-03", "respondents", 10,
                        "score", 70)), Duration.ofSeconds(20));
        assertThat(otherAgencysEmployee.status()).isEqualTo(403);
        assertThat(api.get(path + "?period=2026-03", TestTokens.employee(STAFF, AGENCY)).body().size()).isEqualTo(1);
        kafka.awaitRecord(Topics.FEEDBACK, r -> "dukcapil-mks-pelayanan".equals(r.key()), Duration.ofSeconds(20));
    }

    @Test
    void feedbackComesFromThePenilaiPeersAndTheEmployee() {
        String penilai = TestTokens.employee(PENILAI, AGENCY);
        String feedback = "/api/reporting/employees/" + STAFF + "/feedback";
        ApiClient.Response given = ApiClient.retryWhile(r -> r.status() == 422, () -> api.post(feedback, penilai,
                Map.of("period", "2026-03", "kind", "SUPERVISOR", "behaviour", "BERORIENTASI_PELAYANAN",
                        "text", "Sangat sabar melayani warga lansia")), Duration.ofSeconds(20));
        assertThat(given.status()).as(given.body().toString()).isEqualTo(201);
        ApiClient.Response notPenilai = api.post(feedback, TestTokens.employee("197001011995031001", AGENCY),
                Map.of("period", "2026-03", "kind", "SUPERVISOR", "text", "x"));
        assertThat(notPenilai.status()).isEqualTo(403);
        assertThat(notPenilai.text("code")).isEqualTo("feedback-not-allowed");
        assertThat(api.post(feedback, TestTokens.employee("197001011995031001", AGENCY),
                Map.of("period", "2026-03", "kind", "PEER", "behaviour", "KOLABORATIF", "text", "Suka membantu"))
                .status()).isEqualTo(201);
        assertThat(api.post(feedback, TestTokens.employee("197001011995031001", "dishub-smg"),
                Map.of("period", "2026-03", "kind", "PEER", "text", "x")).status()).isEqualTo(403);
        assertThat(api.post(feedback, penilai, Map.of("period", "2026-03", "kind", "SUPERVISOR", "behaviour",
                "RAJIN", "text", "x")).status()).isEqualTo(400);
        ApiClient.Response listed = api.get(feedback + "?period=2026-03", TestTokens.employee(STAFF, AGENCY));
        assertThat(listed.body().findValuesAsString("kind")).containsExactly("SUPERVISOR", "PEER");
        kafka.awaitRecords(Topics.FEEDBACK, r -> STAFF.equals(r.key()), 2, Duration.ofSeconds(20))
                .forEach(r -> assertThat(ContractSchemas.validate(EventType.FEEDBACK_GIVEN, r.value())).isEmpty());
    }

    @Test
    void theKepalaDaerahRatesTheSekdaOrTheAdministratorRecordsTheirDecisionNamedAsSuch() {
        String sekda = "196805101990031003";
        String kepalaDaerah = "kdh-makassar";
        kafka.publish(EventType.EMPLOYEE_REGISTERED, sekda, new EmployeeRegistered(sekda, sekda, "Sekda",
                "makassar", "setda-mks", "setda-mks", "PNS", "JPT", null, "IV/d", true, kepalaDaerah, kepalaDaerah,
                Instant.now()));
        approvePlanOf(sekda);
        String self = TestTokens.employee(sekda, "setda-mks");
        String path = "/api/reporting/employees/" + sekda + "/periods/2026";
        ApiClient.retryWhile(r -> r.status() == 422, () -> api.post(path + "/self-assessment", self,
                Map.of("text", "RPJMD tahun kedua tercapai")), Duration.ofSeconds(20));

        Map<String, String> ratings = Map.of("hasilKerja", "ABOVE", "perilakuKerja", "ABOVE");
        assertThat(api.post(path + "/rating", TestTokens.leader(), ratings).status()).as("another leader")
                .isEqualTo(403);
        assertThat(api.post(path + "/rating", TestTokens.kepalaDaerah("kdh-mamuju"), ratings).status())
                .as("another region's kepala daerah").isEqualTo(403);
        ApiClient.Response rated = api.post(path + "/rating", TestTokens.kepalaDaerah(kepalaDaerah), ratings);
        assertThat(rated.status()).as(rated.body().toString()).isEqualTo(200);
        ApiClient.Response finalised = api.post(path + "/finalise", TestTokens.admin(), "{}");
        assertThat(finalised.text("status")).as("recorded by the administrator").isEqualTo("PREDICATE_SET");

        ApiClient.Response adminForAnAsnPenilai = api.post("/api/reporting/employees/" + STAFF
                + "/periods/2026-05/rating", TestTokens.admin(), ratings);
        assertThat(adminForAnAsnPenilai.status()).as("an ASN penilai decides themselves").isEqualTo(403);

        List<EvaluationPeriodChanged> changes = kafka.awaitRecords(Topics.EVALUATION_PERIODS, r -> sekda.equals(
                r.key()) && KafkaTestClient.ceType(r).equals(EventType.EVALUATION_PERIOD_CHANGED.type()), 3,
                Duration.ofSeconds(20)).stream().map(r -> {
                    assertThat(ContractSchemas.validate(EventType.EVALUATION_PERIOD_CHANGED, r.value())).isEmpty();
                    return CloudEventRecords.read(r.headers(), r.value(),
                            List.of(EventType.EVALUATION_PERIOD_CHANGED)).data(EvaluationPeriodChanged.class);
                }).toList();
        assertThat(changes.get(1).by()).isEqualTo(kepalaDaerah);
        assertThat(changes.get(1).onBehalfOf()).isNull();
        assertThat(changes.get(2).by()).isEqualTo("bkpsdm-admin");
        assertThat(changes.get(2).onBehalfOf()).isEqualTo(kepalaDaerah);

        // The Sekda's objection: the kepala daerah is penilai and atasan penilai alike (no one above in the region).
        assertThat(api.post(path + "/objection", self, Map.of("reason", "Capaian RPJMD belum lengkap")).status())
                .isEqualTo(201);
        assertThat(api.post(path + "/objection/answer", TestTokens.kepalaDaerah(kepalaDaerah),
                Map.of("answer", "Akan ditinjau")).text("status")).isEqualTo("ANSWERED_BY_PENILAI");
        ApiClient.Response decided = api.post(path + "/objection/decision", TestTokens.admin(),
                Map.of("decision", "DISMISSED", "note", "Capaian sudah lengkap"));
        assertThat(decided.text("status")).isEqualTo("DECIDED_BY_ATASAN_PENILAI");
        List<ConsumerRecord<String, byte[]>> objection = kafka.awaitRecords(Topics.EVALUATION_PERIODS,
                r -> sekda.equals(r.key()) && KafkaTestClient.ceType(r).equals(EventType.OBJECTION_CHANGED.type()), 3,
                Duration.ofSeconds(20));
        org.kinerja.contracts.events.ObjectionChanged last = CloudEventRecords.read(objection.get(2).headers(),
                objection.get(2).value(), List.of(EventType.OBJECTION_CHANGED))
                .data(org.kinerja.contracts.events.ObjectionChanged.class);
        assertThat(last.onBehalfOf()).isEqualTo(kepalaDaerah);
        assertThat(last.by()).isEqualTo("bkpsdm-admin");
        assertThat(api.get(path, self).text("status")).as("a dismissed objection leaves it").isEqualTo("PREDICATE_SET");
    }

    @Test
    void aPeriodIsEvaluatedOnceItCanBeStartedInItsWindowAndPlanned() {
        String penilai = TestTokens.employee(PENILAI, AGENCY);
        Map<String, String> ratings = Map.of("hasilKerja", "MEETS", "perilakuKerja", "MEETS");
        String base = "/api/reporting/employees/" + STAFF + "/periods/";
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Makassar"));
        String nextYear = String.valueOf(today.getYear() + 1);
        ApiClient.Response future = api.post(base + nextYear + "-02/rating", penilai, ratings);
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.text("code")).isEqualTo("period-in-future");
        ApiClient.Response futureSelf = api.post(base + nextYear + "-02/self-assessment",
                TestTokens.employee(STAFF, AGENCY), Map.of("text", "x"));
        assertThat(futureSelf.text("code")).isEqualTo("period-in-future");

        java.time.LocalDate windowOpens = today.withDayOfMonth(today.lengthOfMonth()).minusDays(4);
        String thisMonth = org.kinerja.contracts.Periods.month(today);
        ApiClient.Response current = api.post(base + thisMonth + "/rating", penilai, ratings);
        if (today.isBefore(windowOpens)) {
            assertThat(current.text("code")).as("before the last five days of the month")
                    .isEqualTo("rating-window-not-open");
            assertThat(current.text("detail")).contains(windowOpens.toString());
        } else {
            assertThat(current.text("code")).as("in the window, past the period checks")
                    .isNotIn("rating-window-not-open", "period-in-future");
        }

        ApiClient.Response unplanned = api.post(base + "2025-06/rating", penilai, ratings);
        assertThat(unplanned.status()).isEqualTo(422);
        assertThat(unplanned.text("code")).as("no approved SKP for 2025").isEqualTo("no-approved-skp");
    }
}
