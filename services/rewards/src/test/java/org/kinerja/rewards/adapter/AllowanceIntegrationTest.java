package org.kinerja.rewards.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.platform.test.KafkaTestClient.ceType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinerja.contracts.ContractSchemas;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.AttendanceDayRecorded;
import org.kinerja.contracts.events.EmployeeRegistered;
import org.kinerja.contracts.events.FeedbackGiven;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.kafka.DeadLetterReasons;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.KafkaTestClient;
import org.kinerja.platform.test.ServiceUnderTest;
import org.kinerja.platform.test.TestTokens;
import org.kinerja.rewards.RewardsApplication;

/**
 * TPP and angka kredit through the real broker: the region's policy (defaults, a refused draft, a new version from a
 * later month), a month's score, the penilai's BerAKHLAK scores and an agency's attendance facts into a TPP with the
 * hand-computed breakdown; redeliveries change nothing; refused attendance goes to the DLT with the reason; a JF
 * employee's annual predicate into angka kredit; and the audited recomputation of a past month under a new policy.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AllowanceIntegrationTest {
    private static final String AGENCY = "dukcapil-mks";
    private static final String UNIT = "dukcapil-mks-pelayanan";
    private static final String STAFF = "199207252019032001";
    private static final String JF = "198811112012121001";
    private static final String PENILAI = "198503122010011003";
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @RegisterExtension
    static final ServiceUnderTest rewards = ServiceUnderTest.of(RewardsApplication::application, "rewards-it")
            .withAgencies(AGENCY, "dishub-smg");
    private static KafkaTestClient kafka;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        kafka = rewards.kafka();

        api = rewards.api();
        kafka.publish(EventType.EMPLOYEE_REGISTERED, STAFF, new EmployeeRegistered(STAFF, STAFF, "Staf Pelayanan",
                "makassar", AGENCY, UNIT, "PNS", "PELAKSANA", null, "II/c", false, PENILAI, null, Instant.now()));
        kafka.publish(EventType.EMPLOYEE_REGISTERED, JF, new EmployeeRegistered(JF, JF, "Pranata Komputer",
                "makassar", AGENCY, UNIT, "PNS", "JF", "AHLI_MUDA", "III/c", false, PENILAI, null, Instant.now()));
    }

    @Test
    @Order(1)
    void theDefaultsAreInForceAndABadDraftIsRefusedWithItsReasons() {
        ApiClient.Response policies = api.get("/api/rewards/policies", TestTokens.employee(STAFF, AGENCY));
        assertThat(policies.body().get(0).path("version").asLong()).isEqualTo(1);
        Map<String, Object> draft = draft("2026-04-01", "5000000");
        assertThat(api.post("/api/rewards/policies", TestTokens.agencyAdmin(AGENCY), draft).status()).isEqualTo(403);
        Map<String, Object> bad = draft("2026-04-15", "5000000");
        ((Map<String, Object>) bad.get("tpp")).put("disciplinePercent", 50);
        ApiClient.Response refused = api.post("/api/rewards/policies", TestTokens.admin(), bad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("detail")).contains("effectiveFrom must be the first day of a month")
                .contains("tpp.productivityPercent + tpp.disciplinePercent must be 100");
        assertThat(refused.body().path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                .as("each problem names its field, so a form shows it in place")
                .containsExactly("effectiveFrom", "tpp.productivityPercent");
        Map<String, Object> unknownType = draft("2026-04-01", "5000000");
        ((Map<String, Object>) unknownType.get("tpp")).put("ceilings", List.of(Map.of("positionType", "STAF",
                "amount", 1)));
        ApiClient.Response unknown = api.post("/api/rewards/policies", TestTokens.admin(), unknownType);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("type")).as(unknown.body().toString()).endsWith("invalid-request");
        assertThat(unknown.body().path("errors").get(0).path("field").asString())
                .as("a word outside the vocabulary is named by its place in the body")
                .isEqualTo("tpp.ceilings[0].positionType");
        assertThat(unknown.body().path("errors").get(0).path("message").asString())
                .isEqualTo("must be one of [JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA, JF]");
        assertThat(api.get("/api/rewards/policies/in-force?on=2026-05-01", TestTokens.admin()).body().path("version")
                .asLong()).as("the refused draft changed nothing").isEqualTo(1);

        ApiClient.Response published = api.post("/api/rewards/policies", TestTokens.admin(), draft);
        assertThat(published.status()).as(published.body().toString()).isEqualTo(201);
        assertThat(published.body().path("version").asLong()).isEqualTo(2);
        ConsumerRecord<String, byte[]> event = kafka.awaitRecord(Topics.POLICIES, r -> ceType(r).equals(
                EventType.POLICY_PUBLISHED.type()) && new String(r.value(), StandardCharsets.UTF_8)
                .contains("\"version\":2"), PATIENCE);
        assertThat(ContractSchemas.validate(EventType.POLICY_PUBLISHED, event.value())).isEmpty();
        assertThat(api.get("/api/rewards/policies/in-force?on=2026-03-31", TestTokens.admin()).body().path("version")
                .asLong()).isEqualTo(1);
        assertThat(api.get("/api/rewards/policies/in-force?on=2026-04-01", TestTokens.admin()).body().path("version")
                .asLong()).isEqualTo(2);
    }

    @Test
    @Order(2)
    void aMonthsTppFollowsTheScoreTheBehaviourScoresAndTheAttendanceFacts() {
        publishScore(STAFF, "2026-03", 3, "110", "95", "80");
        String[] values = {"BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF",
                "KOLABORATIF"};
        for (String value : values) {
            kafka.publish(EventType.FEEDBACK_GIVEN, STAFF, new FeedbackGiven("fb-" + value, STAFF, AGENCY, "2026-03",
                    "SUPERVISOR", null, value, "Baik", PENILAI, Instant.parse("2026-03-28T03:00:00Z"), 80));
        }
        attendance(AGENCY, "2026-03-03", "PRESENT", 15, false, false, 1);
        attendance(AGENCY, "2026-03-04", "PRESENT", 45, false, false, 1);
        attendance(AGENCY, "2026-03-05", "ABSENT_WITHOUT_LEAVE", 0, true, false, 1);
        attendance(AGENCY, "2026-03-09", "PRESENT", 0, false, true, 1);
        attendance(AGENCY, "2026-03-10", "PRESENT", 0, true, false, 1);
        attendance(AGENCY, "2026-03-11", "LEAVE", 0, true, false, 1);
        onTimeOnEveryOtherWorkingDay("2026-03", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-09",
                "2026-03-10", "2026-03-11");

        String staff = TestTokens.employee(STAFF, AGENCY);
        ApiClient.Response tpp = api.await("/api/rewards/employees/" + STAFF + "/tpp/2026-03", staff,
                r -> r.status() == 200 && !r.body().path("result").isNull()
                        && r.body().path("result").path("deductions").size() == 5
                        && r.body().path("behaviour").size() == 7, PATIENCE);
        // ceiling 4,000,000 (PELAKSANA, policy 1): SKP (100 + 95 + 80) / 3 × 30 % = 27.5 % exactly = 1,100,000;
        // behaviour 560/700 × 30 % = 960,000; discipline 40 % - 15 % = 1,000,000 (every other working day on time)
        assertThat(tpp.body().path("policyVersion").asLong()).isEqualTo(1);
        assertThat(tpp.body().path("result").path("skpAmount").decimalValue()).isEqualByComparingTo("1100000");
        assertThat(tpp.body().path("result").path("behaviourAmount").decimalValue()).isEqualByComparingTo("960000");
        assertThat(tpp.body().path("result").path("disciplineAmount").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(tpp.body().path("result").path("total").decimalValue()).isEqualByComparingTo("3060000");
        long version = tpp.body().path("version").asLong();

        publishScore(STAFF, "2026-03", 3, "110", "95", "80");
        attendance(AGENCY, "2026-03-03", "PRESENT", 15, false, false, 1);
        ConsumerRecord<String, byte[]> calculated = kafka.awaitRecord(Topics.OUTCOMES, r -> ceType(r).equals(
                EventType.TPP_CALCULATED.type()) && new String(r.value(), StandardCharsets.UTF_8)
                .contains("\"total\":3060000"), PATIENCE);
        assertThat(ContractSchemas.validate(EventType.TPP_CALCULATED, calculated.value())).isEmpty();
        assertThat(api.get("/api/rewards/employees/" + STAFF + "/tpp/2026-03", staff).body().path("version").asLong())
                .as("redelivered score and attendance change nothing").isEqualTo(version);

        assertThat(api.get("/api/rewards/employees/" + STAFF + "/tpp", TestTokens.employee("197811052005011002",
                "dishub-smg")).status()).isEqualTo(403);
        assertThat(api.get("/api/rewards/employees/" + STAFF + "/tpp", TestTokens.leader()).status()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void attendanceAnAgencyMayNotPublishGoesToTheDeadLetterTopicWithTheReason() {
        attendance("dishub-smg", "2026-03-12", "PRESENT", 5, false, false, 1);
        attendance(AGENCY, "2026-03-12", "PRESENT", 0, false, true, 1); // a Thursday
        List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>(kafka.awaitRecords(
                Topics.deadLetter(Topics.attendance("dishub-smg")), r -> STAFF.equals(r.key()), 1, PATIENCE));
        dead.addAll(kafka.awaitRecords(Topics.deadLetter(Topics.attendance(AGENCY)), r -> STAFF.equals(r.key()), 1,
                PATIENCE));
        List<String> reasons = new ArrayList<>();
        dead.forEach(r -> reasons.add(new String(r.headers().lastHeader(DeadLetterReasons.REASON_HEADER).value(),
                StandardCharsets.UTF_8)));
        assertThat(reasons).anySatisfy(reason -> assertThat(reason).contains(
                "not-your-agency: agency 'dishub-smg' published a record of agency 'dukcapil-mks'"))
                .anySatisfy(reason -> assertThat(reason).contains("the assembly is on Mondays"));
    }

    @Test
    @Order(4)
    void aLaterMonthFollowsTheNewPolicyAndAFunctionalEmployeeEarnsAngkaKredit() {
        publishScore(STAFF, "2026-04", 2, "100");
        ApiClient.Response april = api.await("/api/rewards/employees/" + STAFF + "/tpp/2026-04", TestTokens.admin(),
                r -> r.status() == 200 && !r.body().path("result").isNull(), PATIENCE);
        // policy 2: PELAKSANA 5,000,000; SKP 100 × 30 % = 1,500,000; no behaviour scores; discipline 40 % = 2,000,000
        // (policy 2 deducts nothing for a working day without any attendance record, and April has none)
        assertThat(april.body().path("policyVersion").asLong()).isEqualTo(2);
        assertThat(april.body().path("result").path("total").decimalValue()).isEqualByComparingTo("3500000");

        ScoreUpdated annual = score(JF, "2026", 41, "SANGAT_BAIK", "115");
        kafka.send(CloudEventRecords.toProducerRecord(OutgoingEvent.of(EventType.SCORE_UPDATED, "score-jf-2026",
                "/services/scoring/test", Topics.scoreKey(JF, "2026"), JF, Instant.now(), annual)));
        ApiClient.Response credit = api.await("/api/rewards/employees/" + JF + "/angka-kredit",
                TestTokens.employee(JF, AGENCY), r -> r.status() == 200 && r.body().size() == 1
                        && !r.body().get(0).path("result").isNull(), PATIENCE);
        assertThat(credit.body().get(0).path("result").path("credit").decimalValue()).isEqualByComparingTo("37.50");
        ConsumerRecord<String, byte[]> event = kafka.awaitRecord(Topics.OUTCOMES, r -> ceType(r).equals(
                EventType.ANGKA_KREDIT_CALCULATED.type()) && JF.equals(r.key()), PATIENCE);
        assertThat(ContractSchemas.validate(EventType.ANGKA_KREDIT_CALCULATED, event.value())).isEmpty();
    }

    @Test
    @Order(5)
    void aBackdatedPolicyRewritesNothingUntilTheAdministratorRecomputesThePeriod() {
        ApiClient.Response backdated = api.post("/api/rewards/policies", TestTokens.admin(), draft("2026-03-01",
                "6000000"));
        assertThat(backdated.body().path("version").asLong()).isEqualTo(3);
        attendance(AGENCY, "2026-03-16", "OFFICIAL_DUTY", 0, false, false, 2);
        ApiClient.Response march = api.await("/api/rewards/employees/" + STAFF + "/tpp/2026-03", TestTokens.admin(),
                r -> r.body().path("days").path("2026-03-16").path("revision").asInt() == 2, PATIENCE);
        assertThat(march.body().path("policyVersion").asLong()).as("March stays pinned to policy 1").isEqualTo(1);
        assertThat(march.body().path("result").path("total").decimalValue()).isEqualByComparingTo("3060000");

        String path = "/api/rewards/periods/2026-03/recomputation";
        assertThat(api.post(path, TestTokens.agencyAdmin(AGENCY), Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(api.post(path, TestTokens.admin(), Map.of()).status()).isEqualTo(400);
        ApiClient.Response recomputed = api.post(path, TestTokens.admin(),
                Map.of("reason", "Plafon TPP Maret dikoreksi oleh Perwali 12/2026"));
        assertThat(recomputed.status()).as(recomputed.body().toString()).isEqualTo(200);
        assertThat(recomputed.body().path("policyVersion").asLong()).isEqualTo(3);
        assertThat(recomputed.body().path("resultsRecomputed").asInt()).isEqualTo(1);
        // ceiling 6,000,000: 1,650,000 + 1,440,000 + 1,500,000
        ApiClient.Response after = api.get("/api/rewards/employees/" + STAFF + "/tpp/2026-03", TestTokens.admin());
        assertThat(after.body().path("policyVersion").asLong()).isEqualTo(3);
        assertThat(after.body().path("result").path("total").decimalValue()).isEqualByComparingTo("4590000");
        ConsumerRecord<String, byte[]> audit = kafka.awaitRecord(Topics.POLICIES, r -> ceType(r).equals(
                EventType.PERIOD_RECOMPUTED.type()), PATIENCE);
        assertThat(ContractSchemas.validate(EventType.PERIOD_RECOMPUTED, audit.value())).isEmpty();
        assertThat(new String(audit.value(), StandardCharsets.UTF_8)).contains("Perwali 12/2026");
    }

    /** The consumer side of the contracts: every producer's golden example rewards reads is accepted and used. */
    @Test
    @Order(6)
    void everyGoldenExampleOfWhatRewardsReadsIsAccepted() {
        List<EventType> consumed = List.of(EventType.EMPLOYEE_REGISTERED, EventType.EMPLOYEE_CHANGED,
                EventType.SCORE_UPDATED, EventType.EVALUATION_UPDATED, EventType.FEEDBACK_GIVEN,
                EventType.ATTENDANCE_DAY_RECORDED);
        kafka.publishGoldenExamples(consumed, "/agencies/" + AGENCY, data -> data instanceof ScoreUpdated score
                ? Topics.scoreKey(score.employeeId(), score.period()) : STAFF);
        api.await("/api/rewards/employees/" + STAFF + "/tpp/2026-02", TestTokens.admin(), r -> r.status() == 200
                && r.body().path("scorePeriod").asString().equals("2026-02"), PATIENCE);
        api.await("/api/rewards/employees/" + STAFF + "/tpp/2026-03", TestTokens.admin(),
                r -> r.body().path("days").has("2026-03-02"), PATIENCE);
        assertThat(kafka.deadLetteredGoldenExamples(consumed, "/agencies/" + AGENCY, Duration.ofMillis(300))).isEmpty();
    }

    /**
     * An employee's follow-up (TPP, angka kredit, rewards, coaching, follow-ups) is read by the employee, their penilai,
     * their agency's HR operators, the administrator and leaders, and by no colleague; another agency is refused
     * alike whether or not there is anything to read.
     */
    @Test
    @Order(7)
    void anEmployeesFollowUpIsForThoseWhoOverseeThemAndNoColleague() {
        List<String> personal = List.of("/tpp", "/tpp/2026-03", "/angka-kredit", "/rewards", "/coaching-cases",
                "/follow-ups");
        String colleague = TestTokens.employee(JF, AGENCY);
        // The golden examples of order 6 moved the staff member to another unit, under another penilai.
        String penilai = TestTokens.employee("198711202011011004", AGENCY);
        for (String path : personal) {
            String url = "/api/rewards/employees/" + STAFF + path;
            assertThat(api.get(url, penilai).status()).as("penilai " + path).isIn(200, 404);
            assertThat(api.get(url, TestTokens.employee(PENILAI, AGENCY)).status()).as("former penilai " + path)
                    .isEqualTo(403);
            assertThat(api.get(url, TestTokens.agencyAdmin(AGENCY)).status()).as("HR " + path).isIn(200, 404);
            assertThat(api.get(url, colleague).status()).as("colleague " + path).isEqualTo(403);
            assertThat(api.get(url, TestTokens.agencyAdmin("dishub-smg")).status()).as("other agency " + path)
                    .isEqualTo(403);
            assertThat(api.get("/api/rewards/employees/199901012024011001" + path,
                    TestTokens.agencyAdmin("dishub-smg")).status()).as("other agency, nobody " + path).isEqualTo(403);
        }
        assertThat(api.get("/api/rewards/employees/" + STAFF + "/tpp/2026-03", penilai).status()).isEqualTo(200);
        assertThat(api.get("/api/rewards/units/" + UNIT + "/training-needs/2026-03", TestTokens.agencyAdmin(
                "dishub-smg")).status()).isEqualTo(403);
        assertThat(api.get("/api/rewards/units/no-such-unit/training-needs/2026-03", TestTokens.agencyAdmin(
                "dishub-smg")).status()).isEqualTo(403);
        assertThat(api.get("/api/rewards/units/" + UNIT + "/training-needs/2026-03", TestTokens.employee(JF,
                AGENCY)).status()).isEqualTo(200);
        assertThat(api.get("/api/rewards/agencies/" + AGENCY + "/coaching-cases", TestTokens.agencyAdmin(
                "dishub-smg")).status()).isEqualTo(403);
        // Who is under pembinaan is not for colleagues, even of the same agency.
        assertThat(api.get("/api/rewards/agencies/" + AGENCY + "/coaching-cases", colleague).status())
                .isEqualTo(403);
        assertThat(api.get("/api/rewards/agencies/" + AGENCY + "/coaching-cases", TestTokens.agencyAdmin(AGENCY))
                .status()).isEqualTo(200);
    }

    private static void publishScore(String employee, String period, long version, String... capaian) {
        ScoreUpdated score = score(employee, period, version, null, capaian);
        kafka.send(CloudEventRecords.toProducerRecord(OutgoingEvent.of(EventType.SCORE_UPDATED, "score:" + employee
                + ":" + period + ":" + version, "/services/scoring/test", Topics.scoreKey(employee, period), employee,
                Instant.now(), score)));
    }

    private static ScoreUpdated score(String employee, String period, long version, String predicate,
            String... capaian) {
        List<ScoreUpdated.IndicatorScore> indicators = new ArrayList<>();
        for (int i = 0; i < capaian.length; i++) {
            indicators.add(new ScoreUpdated.IndicatorScore("iki-" + i, "UTAMA", "KUANTITAS", new BigDecimal("100"),
                    new BigDecimal(capaian[i]), new BigDecimal(capaian[i]), "MEETS", 3));
        }
        return new ScoreUpdated(employee, "makassar", AGENCY, UNIT, period, version, "MEETS", new BigDecimal(
                capaian[0]), indicators, predicate == null ? "OPEN" : "PREDICATE_SET", null, null, null, predicate,
                null, false, false, null, null);
    }

    private static void attendance(String publisher, String day, String status, int late, boolean noRecord,
            boolean assembly, int revision) {
        AttendanceDayRecorded fact = new AttendanceDayRecorded("absen-" + day + "-" + publisher, STAFF, AGENCY,
                LocalDate.parse(day), status, late, noRecord, assembly, revision, Instant.now());
        kafka.send(CloudEventRecords.toProducerRecord(Topics.attendance(publisher), OutgoingEvent.of(
                EventType.ATTENDANCE_DAY_RECORDED, fact.recordId() + ":" + revision, "/agencies/" + publisher, STAFF,
                fact.recordId(), Instant.now(), fact)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> draft(String effectiveFrom, String pelaksanaCeiling) {
        Map<String, Object> policy = (Map<String, Object>) EventJson.read(org.kinerja.contracts.GoldenExamples.bytes(
                EventType.POLICY_PUBLISHED, "valid-makassar-2027"), Map.class);
        policy.remove("regionId");
        policy.remove("version");
        policy.remove("publishedBy");
        policy.remove("publishedAt");
        policy.put("effectiveFrom", effectiveFrom);
        Map<String, Object> tpp = (Map<String, Object>) policy.get("tpp");
        tpp.put("ceilings", List.of(Map.of("positionType", "PELAKSANA", "amount", new BigDecimal(pelaksanaCeiling))));
        policy.put("calendar", Map.of("holidays", List.of("2026-08-17"), "unrecordedWorkingDay", "NOT_DEDUCTED"));
        return policy;
    }

    /** A present, on-time fact for every weekday of the month but the given days: a month fully recorded. */
    private static void onTimeOnEveryOtherWorkingDay(String month, String... except) {
        java.util.Set<String> skipped = java.util.Set.of(except);
        for (LocalDate day = LocalDate.parse(month + "-01"); day.toString().startsWith(month); day = day.plusDays(1)) {
            boolean weekday = day.getDayOfWeek().getValue() <= 5;
            if (weekday && !skipped.contains(day.toString())) {
                attendance(AGENCY, day.toString(), "PRESENT", 0, false, false, 1);
            }
        }
    }
}
