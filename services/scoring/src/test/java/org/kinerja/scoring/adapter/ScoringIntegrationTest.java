package org.kinerja.scoring.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.GoldenExamples;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.EmployeeRegistered;
import org.kinerja.contracts.events.EvaluationPeriodChanged;
import org.kinerja.contracts.events.PlanApproved;
import org.kinerja.contracts.events.SakipEvaluated;
import org.kinerja.contracts.events.UnitPredicateSet;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.EmbeddedTestInfra;
import org.kinerja.platform.test.KafkaTestClient;
import org.kinerja.platform.test.RunningService;
import org.kinerja.platform.test.ServiceUnderTest;
import org.kinerja.platform.test.TestTokens;
import org.kinerja.scoring.ScoringApplication;

/**
 * scoring through the real broker (Kafka Streams with exactly_once_v2) into the MongoDB read model and its query API:
 * held reports, duplicates, unit figures and rollups with who may read them, and a rebuild from the topics into a
 * fresh application id and read model that ends up exactly equal to the live one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScoringIntegrationTest {

    private static final String STAFF = "199207252019032001";
    private static final String COLLEAGUE = "199311112019031002";
    private static final String AGENCY = "dukcapil-mks";
    private static final String UNIT = "dukcapil-mks-pelayanan";

    @RegisterExtension
    static final ServiceUnderTest scoring = ServiceUnderTest.of(ScoringApplication::application, "scoring-it")
            .withStreams("scoring-it");
    private static final EmbeddedTestInfra infra = EmbeddedTestInfra.shared();
    private static KafkaTestClient kafka;

    @BeforeAll
    static void start() {
        kafka = scoring.kafka();
    }

    @Test
    @Order(1)
    void reportsBeforeAndAfterThePlanAreScoredOnceAndReadable() {
        PlanApproved plan = EventJson.read(GoldenExamples.bytes(EventType.PLAN_APPROVED, "valid-staff-plan"),
                PlanApproved.class);
        ActivityReported early = report(STAFF, "rpt-early", 100);
        send(EventType.ACTIVITY_REPORTED, STAFF, early.reportId(), early);
        send(EventType.PLAN_APPROVED, STAFF, plan.planId(), plan);
        ActivityReported later = report(STAFF, "rpt-later", 200);
        send(EventType.ACTIVITY_REPORTED, STAFF, later.reportId(), later);
        send(EventType.ACTIVITY_REPORTED, STAFF, later.reportId(), later);

        ApiClient api = scoring.api();
        String token = TestTokens.employee(STAFF, AGENCY);
        ApiClient.Response score = api.await("/api/scoring/employees/" + STAFF + "/scores/2026", token,
                r -> r.status() == 200 && r.body().path("indicators").get(0).path("reportCount").asInt() == 2,
                Duration.ofSeconds(60));
        assertThat(score.body().path("indicators").get(0).path("realisation").decimalValue())
                .isEqualByComparingTo("300");
        assertThat(score.body().path("averageCapaian").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(score.body().path("version").asLong()).isEqualTo(3);
        assertThat(api.get("/api/scoring/employees/" + STAFF + "/scores", token).body()).extracting(
                n -> n.path("period").asString()).containsExactly("2026", "2026-02");
        assertThat(api.get("/api/scoring/employees/" + STAFF + "/scores/2026",
                TestTokens.employee("197811052005011002", "dishub-smg")).status()).isEqualTo(403);
        assertThat(api.get("/api/scoring/employees/" + STAFF + "/scores/2025", token).status()).isEqualTo(404);
        assertThat(api.get("/api/scoring/employees/" + STAFF + "/scores/2026-13", token).status()).isEqualTo(400);

        kafka.awaitRecord(Topics.EVALUATIONS, r -> STAFF.equals(r.key()), Duration.ofSeconds(10));
    }

    /** An employee's scores are theirs, their penilai's, their agency's HR's and the region's; not a colleague's. */
    @Test
    @Order(2)
    void anEmployeesScoresAreReadByThoseWhoOverseeThemAndNoColleague() {
        EmployeeRegistered staff = EventJson.read(GoldenExamples.bytes(EventType.EMPLOYEE_REGISTERED, "valid-staff"),
                EmployeeRegistered.class);
        send(EventType.EMPLOYEE_REGISTERED, STAFF, STAFF, staff);
        ApiClient api = scoring.api();
        String path = "/api/scoring/employees/" + STAFF + "/scores/2026";
        String penilai = TestTokens.employee(staff.penilaiId(), AGENCY);
        api.await(path, penilai, r -> r.status() == 200, Duration.ofSeconds(30));
        assertThat(api.get(path, TestTokens.agencyAdmin(AGENCY)).status()).as("the agency's HR").isEqualTo(200);
        assertThat(api.get(path, TestTokens.leader()).status()).as("a leader").isEqualTo(200);
        assertThat(api.get(path, TestTokens.employee(COLLEAGUE, AGENCY)).status()).as("a colleague").isEqualTo(403);
        assertThat(api.get("/api/scoring/employees/" + STAFF + "/scores", TestTokens.employee(COLLEAGUE, AGENCY))
                .status()).as("a colleague, the history").isEqualTo(403);
        assertThat(api.get(path, TestTokens.agencySystem(AGENCY)).status()).as("the agency's system").isEqualTo(403);
        // No existence oracle: another agency is refused alike for an employee with scores and one without.
        String outsider = TestTokens.agencyAdmin("dishub-smg");
        assertThat(api.get(path, outsider).status()).isEqualTo(403);
        assertThat(api.get("/api/scoring/employees/199901012024011001/scores/2026", outsider).status())
                .isEqualTo(403);
        assertThat(api.get("/api/scoring/employees/199901012024011001/scores", outsider).status()).isEqualTo(403);
        assertThat(api.get("/api/scoring/units/" + UNIT + "/scores", outsider).status()).isEqualTo(403);
        assertThat(api.get("/api/scoring/units/no-such-unit/scores", outsider).status()).isEqualTo(403);
        assertThat(api.get("/api/scoring/units/" + UNIT + "/scores", TestTokens.employee(COLLEAGUE, AGENCY))
                .status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void unitFiguresAndRollupsFollowRatingsAndTheUnitPredicate() {
        PlanApproved golden = EventJson.read(GoldenExamples.bytes(EventType.PLAN_APPROVED, "valid-staff-plan"),
                PlanApproved.class);
        PlanApproved colleaguePlan = new PlanApproved("skp-colleague", COLLEAGUE, golden.regionId(), AGENCY, UNIT,
                2026, golden.approach(), golden.approvedBy(), golden.approvedAt(), golden.rhk());
        send(EventType.PLAN_APPROVED, COLLEAGUE, colleaguePlan.planId(), colleaguePlan);
        send(EventType.ACTIVITY_REPORTED, COLLEAGUE, "rpt-colleague", report(COLLEAGUE, "rpt-colleague", 1300));
        send(EventType.EVALUATION_PERIOD_CHANGED, STAFF, "period-staff", rated(STAFF, "BELOW", "MEETS"));
        send(EventType.EVALUATION_PERIOD_CHANGED, COLLEAGUE, "period-colleague", rated(COLLEAGUE, "ABOVE", "ABOVE"));
        kafka.send(CloudEventRecords.toProducerRecord(OutgoingEvent.of(EventType.UNIT_PREDICATE_SET,
                "unit-predicate-it", "/services/target-planning/test", UNIT, UNIT, Instant.now(),
                new UnitPredicateSet(UNIT, AGENCY, "2026", "BAIK", "197505152000031001", 1, Instant.now(),
                        null))));

        ApiClient api = scoring.api();
        String agencyToken = TestTokens.employee(STAFF, AGENCY);
        ApiClient.Response unit = api.await("/api/scoring/units/" + UNIT + "/scores/2026", agencyToken,
                r -> r.status() == 200 && r.body().path("employees").asInt() == 2
                        && r.body().path("predicateCounts").size() == 2 && r.body().path("unitPredicate").isString(),
                Duration.ofSeconds(60));
        assertThat(unit.body().path("predicateCounts").path("SANGAT_BAIK").asInt()).isEqualTo(1);
        assertThat(unit.body().path("predicateCounts").path("BUTUH_PERBAIKAN").asInt()).isEqualTo(1);
        assertThat(unit.body().path("violations").size()).as("BAIK: at most 70 %% BAIK and one below; fits").isZero();
        assertThat(unit.body().path("flagged").asBoolean()).isTrue();

        String preview = "/api/scoring/units/" + UNIT + "/scores/2026/preview?employeeId=" + STAFF;
        ApiClient.Response better = api.get(preview + "&hasilKerja=MEETS&perilakuKerja=MEETS", agencyToken);
        assertThat(better.status()).isEqualTo(200);
        assertThat(better.text("predicate")).isEqualTo("BAIK");
        assertThat(better.body().path("predicateCounts").path("BAIK").asInt()).as("the staff member moved").isOne();
        assertThat(better.body().path("predicateCounts").path("BUTUH_PERBAIKAN").asInt()).isZero();
        assertThat(better.body().path("predicateCounts").path("SANGAT_BAIK").asInt()).isOne();
        assertThat(better.body().path("violations").get(0).asString()).as("a BAIK unit needs one below BAIK")
                .isEqualTo("at least one BUTUH_PERBAIKAN or KURANG");
        assertThat(api.get(preview + "&hasilKerja=BELOW&perilakuKerja=MEETS", agencyToken).body()
                .path("violations").size()).as("as scored: fits").isZero();
        assertThat(api.get(preview + "&hasilKerja=SUPERB&perilakuKerja=MEETS", agencyToken).status()).isEqualTo(400);
        assertThat(api.get(preview + "&hasilKerja=MEETS&perilakuKerja=MEETS", TestTokens.employee(
                "197811052005011002", "dishub-smg")).status()).as("another agency").isEqualTo(403);

        ApiClient.Response rollup = api.get("/api/scoring/agencies/" + AGENCY + "/rollups/2026", agencyToken);
        assertThat(rollup.status()).isEqualTo(200);
        assertThat(rollup.body().path("totals").path("employees").asInt()).isEqualTo(2);
        assertThat(rollup.body().path("units").get(0).path("unitId").asString()).isEqualTo(UNIT);
        assertThat(api.get("/api/scoring/agencies/" + AGENCY + "/trend", agencyToken).body().size()).isEqualTo(2);
        assertThat(api.get("/api/scoring/agencies/" + AGENCY + "/rollups/2026",
                TestTokens.employee("197811052005011002", "dishub-smg")).status()).isEqualTo(403);

        assertThat(api.get("/api/scoring/region/rollups/2026", agencyToken).status()).isEqualTo(403);
        ApiClient.Response region = api.get("/api/scoring/region/rollups/2026", TestTokens.leader());
        assertThat(region.status()).isEqualTo(200);
        assertThat(region.body().path("agencies").get(0).path("agencyId").asString()).isEqualTo(AGENCY);
        assertThat(region.body().path("flaggedUnits").get(0).path("unitId").asString()).isEqualTo(UNIT);
        assertThat(api.get("/api/scoring/flagged-units/2026", TestTokens.admin()).body().size()).isEqualTo(1);
        assertThat(api.get("/api/scoring/flagged-units/2026",
                TestTokens.employee("197811052005011002", "dishub-smg")).body().size()).isZero();
    }

    @Test
    @Order(3)
    void anAgencysSakipPointsAreGraded() {
        kafka.send(CloudEventRecords.toProducerRecord(OutgoingEvent.of(EventType.SAKIP_EVALUATED, "sakip-it",
                "/services/target-planning/test", AGENCY, AGENCY + ":2026", Instant.now(),
                KafkaTestClient.golden(EventType.SAKIP_EVALUATED, "valid-grade-a", SakipEvaluated.class))));
        ApiClient api = scoring.api();
        ApiClient.Response sakip = api.await("/api/scoring/agencies/" + AGENCY + "/sakip/2025",
                TestTokens.agencyAdmin(AGENCY), r -> r.status() == 200, Duration.ofSeconds(30));
        assertThat(sakip.text("grade")).isEqualTo("A");
        assertThat(sakip.body().path("total").decimalValue()).isEqualByComparingTo("82.75");
        assertThat(api.get("/api/scoring/agencies/" + AGENCY + "/sakip/2025",
                TestTokens.agencyAdmin("dishub-smg")).status()).isEqualTo(403);
        assertThat(api.get("/api/scoring/agencies/" + AGENCY + "/sakip/2024", TestTokens.admin()).status())
                .isEqualTo(404);
    }

    @Test
    @Order(4)
    void aRebuildFromTheTopicsEndsExactlyWhereTheLivePathIs() {
        try (RunningService rebuild = RunningService.start(ScoringApplication.application(), "scoring-it",
                "spring.kafka.streams.state-dir=" + infra.newStateDir(),
                "spring.kafka.streams.application-id=scoring-it", "kinerja.scoring.rebuild=r1");
                MongoClient mongo = MongoClients.create(infra.mongoUri())) {
            List<Document> live = readModel(mongo, "test-scoring-it");
            assertThat(live).as("4 employee periods, 2 unit periods, 1 SAKIP").hasSize(7);
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            List<Document> rebuilt = readModel(mongo, "test-scoring-it-rebuild-r1");
            while (!rebuilt.equals(live) && System.nanoTime() < deadline) {
                sleep();
                rebuilt = readModel(mongo, "test-scoring-it-rebuild-r1");
            }
            assertThat(rebuilt).isEqualTo(live);
            assertThat(rebuild.api().get("/api/scoring/units/" + UNIT + "/scores/2026", TestTokens.admin())
                    .body().path("version").asLong()).isEqualTo(live.stream()
                    .filter(d -> (UNIT + ":2026").equals(d.getString("_id"))).findFirst().orElseThrow()
                    .get("version", Number.class).longValue());
        }
    }

    private static List<Document> readModel(MongoClient mongo, String database) {
        List<Document> documents = new ArrayList<>();
        for (String collection : List.of("scores", "unit_scores", "agency_sakip")) {
            mongo.getDatabase(database).getCollection(collection).find().sort(Sorts.ascending("_id"))
                    .into(documents);
        }
        return documents;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static EvaluationPeriodChanged rated(String employee, String hasilKerja, String perilaku) {
        return new EvaluationPeriodChanged(employee, AGENCY, UNIT, "2026", "RATED", "SELF_ASSESSED",
                "198503122010011003", hasilKerja, perilaku, "198503122010011003", null, 3,
                Instant.parse("2026-12-20T03:00:00Z"), null, null, null);
    }

    private static ActivityReported report(String employee, String id, int quantity) {
        return new ActivityReported(id, employee, AGENCY, "iki-1", "DAILY", LocalDate.of(2026, 2, 3), null, null,
                null, BigDecimal.valueOf(quantity), "Menerbitkan KTP-el", null, Instant.parse("2026-02-03T09:30:00Z"));
    }

    private static void send(EventType type, String employee, String id, Record data) {
        kafka.send(CloudEventRecords.toProducerRecord(OutgoingEvent.of(type, type.type() + ":" + id,
                "/agencies/" + AGENCY, employee, id, Instant.now(), data)));
    }
}
