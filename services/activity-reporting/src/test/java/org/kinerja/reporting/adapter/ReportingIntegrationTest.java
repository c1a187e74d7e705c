package org.kinerja.reporting.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.GoldenExamples;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.ActivityCorrected;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.ActivityRetracted;
import org.kinerja.contracts.events.EmployeeRegistered;
import org.kinerja.contracts.events.PlanApproved;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.kafka.DeadLetterReasons;
import org.kinerja.platform.retention.RetentionSweep;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.KafkaTestClient;
import org.kinerja.platform.test.ServiceUnderTest;
import org.kinerja.platform.test.TestTokens;
import org.kinerja.reporting.ReportingApplication;

/**
 * activity-reporting against a real broker, fed the registry's and planning's golden examples: event-first over REST
 * (published, acknowledged, read back), the same checks on the Kafka intake, refusals to problem details and the DLT.
 */
class ReportingIntegrationTest {
    private static final String STAFF = "199207252019032001";
    private static final String INDICATOR = "iki-1";

    @RegisterExtension
    static final ServiceUnderTest reporting = ServiceUnderTest.of(ReportingApplication::application, "reporting-it")
            .withAgencies("dukcapil-mks", "dishub-smg");
    private static ApiClient api;
    private static KafkaTestClient kafka;

    @BeforeAll
    static void start() {
        kafka = reporting.kafka();

        api = reporting.api();
        publishGolden(EventType.EMPLOYEE_REGISTERED, "valid-staff", EmployeeRegistered.class,
                EmployeeRegistered::employeeId);
        publishGolden(EventType.PLAN_APPROVED, "valid-staff-plan", PlanApproved.class, PlanApproved::employeeId);
    }

    @Test
    void aReportIsPublishedThenReadBackIntoTheView() {
        String staff = TestTokens.employee(STAFF, "dukcapil-mks");
        ApiClient.Response accepted = awaitAccepted(staff, report("2026-02-03", 42));
        String reportId = accepted.text("reportId");
        ConsumerRecord<String, byte[]> record = kafka.awaitRecord(Topics.ACTIVITIES,
                r -> new String(r.headers().lastHeader("ce_subject").value(), StandardCharsets.UTF_8)
                        .equals(reportId), Duration.ofSeconds(20));
        assertThat(record.key()).isEqualTo(STAFF);
        assertThat(CloudEventRecords.read(record.headers(), record.value(), List.of(EventType.ACTIVITY_REPORTED))
                .source()).isEqualTo("/agencies/dukcapil-mks");
        ApiClient.Response view = api.await("/api/reporting/activities/" + reportId, staff,
                r -> r.status() == 200, Duration.ofSeconds(20));
        assertThat(view.body().path("report").path("quantity").asInt()).isEqualTo(42);
        assertThat(view.body().path("revision").asInt()).isEqualTo(1);
        assertThat(api.get("/api/reporting/activities/" + reportId, TestTokens.employee("198001012005011001",
                "dishub-smg")).status()).isEqualTo(403);
    }

    /**
     * The retention policy on the service's own database: a report of an evaluation year closed more than five years
     * ago (kept as the view keeps any) is erased by the service's sweep, this year's stays.
     */
    @Test
    void theRetentionSweepErasesReportsPastThePolicysPeriodAndKeepsTheRest() {
        String staff = TestTokens.employee(STAFF, "dukcapil-mks");
        String reportId = awaitAccepted(staff, report("2026-02-05", 3)).text("reportId");
        api.await("/api/reporting/activities/" + reportId, staff, r -> r.status() == 200, Duration.ofSeconds(20));
        MongoCollection<Document> activities = reporting.context().getBean(MongoDatabase.class)
                .getCollection("activities");
        Document old = activities.find(new Document("_id", reportId)).first();
        old.put("_id", "report-of-2019");
        old.get("report", Document.class).append("reportId", "report-of-2019").append("activityDate", "2019-06-03");
        activities.insertOne(old);
        assertThat(api.get("/api/reporting/activities/report-of-2019", staff).status()).isEqualTo(200);

        Map<String, Long> erased = reporting.context().getBean(RetentionSweep.class).sweep();

        assertThat(erased.get("activities")).isGreaterThanOrEqualTo(1L);
        assertThat(api.get("/api/reporting/activities/report-of-2019", staff).status()).isEqualTo(404);
        assertThat(api.get("/api/reporting/activities/" + reportId, staff).status()).isEqualTo(200);
        assertThat(api.getText("/actuator/prometheus")).contains("kinerja_retention_erased_documents_total{")
                .contains("kind=\"daily-reports\"");
    }

    @Test
    void theCallersTraceCrossesKafkaAndIngestIsCounted() {
        String staff = TestTokens.employee(STAFF, "dukcapil-mks");
        awaitAccepted(staff, report("2026-02-07", 1));
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        ApiClient.Response accepted = api.postWithHeader("/api/reporting/activities", staff, report("2026-02-07", 2),
                "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
        String reportId = accepted.text("reportId");
        ConsumerRecord<String, byte[]> record = kafka.awaitRecord(Topics.ACTIVITIES,
                r -> new String(r.headers().lastHeader("ce_subject").value(), StandardCharsets.UTF_8)
                        .equals(reportId), Duration.ofSeconds(20));
        assertThat(new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                .startsWith("00-" + traceId + "-");
        assertThat(api.getText("/actuator/prometheus")).contains("kinerja_activity_reporting_reports_total{")
                .contains("agency=\"dukcapil-mks\"").contains("channel=\"rest\"").contains("outcome=\"accepted\"");
    }

    @Test
    void aReportIsCorrectedThenRetractedAndEachChangeIsARevision() {
        String staff = TestTokens.employee(STAFF, "dukcapil-mks");
        String reportId = awaitAccepted(staff, report("2026-02-09", 40)).text("reportId");
        api.await("/api/reporting/activities/" + reportId, staff, r -> r.status() == 200, Duration.ofSeconds(20));
        assertThat(api.post("/api/reporting/activities/" + reportId + "/correction",
                TestTokens.agencySystem("dishub-smg"), Map.of("quantity", 4, "reason", "x")).status()).isEqualTo(403);
        ApiClient.Response corrected = api.post("/api/reporting/activities/" + reportId + "/correction", staff,
                Map.of("quantity", 4, "reason", "Salah ketik: 4 bukan 40"));
        assertThat(corrected.status()).isEqualTo(202);
        assertThat(corrected.body().path("revision").asInt()).isEqualTo(2);
        ApiClient.Response view = api.await("/api/reporting/activities/" + reportId, staff,
                r -> r.body().path("revision").asInt() == 2, Duration.ofSeconds(20));
        assertThat(view.body().path("report").path("quantity").asInt()).isEqualTo(4);
        assertThat(view.body().path("lastReason").asString()).isEqualTo("Salah ketik: 4 bukan 40");

        ApiClient.Response retracted = api.post("/api/reporting/activities/" + reportId + "/retraction",
                TestTokens.agencyAdmin("dukcapil-mks"), Map.of("reason", "Laporan ganda"));
        assertThat(retracted.body().path("revision").asInt()).isEqualTo(3);
        api.await("/api/reporting/activities/" + reportId, staff, r -> r.body().path("retracted").asBoolean(),
                Duration.ofSeconds(20));
        ApiClient.Response again = api.post("/api/reporting/activities/" + reportId + "/correction", staff,
                Map.of("quantity", 5, "reason", "x"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("report-retracted");
    }

    @Test
    void aDaysLoggedWorkIsCapped() {
        String staff = TestTokens.employee(STAFF, "dukcapil-mks");
        Map<String, Object> morning = new java.util.HashMap<>(report("2026-02-10", 10));
        morning.put("startTime", "08:00");
        morning.put("endTime", "12:00");
        String first = awaitAccepted(staff, morning).text("reportId");
        api.await("/api/reporting/activities/" + first, staff, r -> r.status() == 200, Duration.ofSeconds(20));
        Map<String, Object> afternoon = new java.util.HashMap<>(report("2026-02-10", 10));
        afternoon.put("startTime", "13:00");
        afternoon.put("endTime", "17:00");
        ApiClient.Response tooMuch = api.post("/api/reporting/activities", staff, afternoon);
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.text("code")).isEqualTo("daily-minutes-exceeded");
        assertThat(tooMuch.text("detail")).contains("240").contains("450");
        afternoon.put("endTime", "12:30");
        assertThat(api.post("/api/reporting/activities", staff, afternoon).text("code"))
                .isEqualTo("invalid-time-span");

        // A retracted report's hours are free again.
        api.post("/api/reporting/activities/" + first + "/retraction", TestTokens.agencyAdmin("dukcapil-mks"),
                Map.of("reason", "Jam salah"));
        api.await("/api/reporting/activities/" + first, staff, r -> r.body().path("retracted").asBoolean(),
                Duration.ofSeconds(20));
        afternoon.put("endTime", "17:00");
        assertThat(api.post("/api/reporting/activities", staff, afternoon).status()).isEqualTo(202);
    }

    @Test
    void aMonthInOneCallAcceptsWhatPassesAndListsWhatDoesNot() {
        String system = TestTokens.agencySystem("dukcapil-mks");
        awaitAccepted(TestTokens.employee(STAFF, "dukcapil-mks"), report("2026-03-01", 1));
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int day = 2; day <= 21; day++) {
            Map<String, Object> r = new java.util.HashMap<>(report(String.format("2026-03-%02d", day), day));
            r.put("startTime", "08:00");
            r.put("endTime", "11:00");
            items.add(Map.of("report", r, "idempotencyKey", "maret-" + day));
        }
        Map<String, Object> sameDayTooLong = new java.util.HashMap<>(report("2026-03-02", 5));
        sameDayTooLong.put("startTime", "12:00");
        sameDayTooLong.put("endTime", "17:00");
        items.add(Map.of("report", sameDayTooLong));
        items.add(Map.of("report", Map.of("employeeId", STAFF, "agencyId", "dukcapil-mks", "indicatorId", "iki-x",
                "activityDate", "2026-03-03", "quantity", 1, "description", "x")));
        ApiClient.Response result = api.post("/api/reporting/activities/batch", system, Map.of("reports", items));
        assertThat(result.status()).as(result.body().toString()).isEqualTo(200);
        assertThat(result.body().path("accepted").asInt()).isEqualTo(20);
        assertThat(result.body().path("refused").asInt()).isEqualTo(2);
        assertThat(result.body().path("results").get(20).path("code").asString()).isEqualTo("daily-minutes-exceeded");
        assertThat(result.body().path("results").get(21).path("code").asString()).isEqualTo("indicator-not-approved");

        String firstId = result.body().path("results").get(0).path("reportId").asString();
        api.await("/api/reporting/activities/" + firstId, system, r -> r.status() == 200, Duration.ofSeconds(20));
        ApiClient.Response retried = api.post("/api/reporting/activities/batch", system,
                Map.of("reports", items.subList(0, 1)));
        assertThat(retried.body().path("results").get(0).path("status").asString()).isEqualTo("ALREADY_ACCEPTED");
        assertThat(retried.body().path("results").get(0).path("reportId").asString()).isEqualTo(firstId);
    }

    @Test
    void aFieldReportNeedsItsPlaceAndTime() {
        String staff = TestTokens.employee(STAFF, "dukcapil-mks");
        awaitAccepted(staff, report("2026-04-01", 1));
        Map<String, Object> field = new java.util.HashMap<>(report("2026-04-02", 1));
        field.put("reportType", "FIELD");
        ApiClient.Response incomplete = api.post("/api/reporting/activities", staff, field);
        assertThat(incomplete.text("code")).isEqualTo("field-report-incomplete");
        field.put("startTime", "07:40");
        field.put("endTime", "08:25");
        field.put("location", Map.of("latitude", -5.1477, "longitude", 119.4327, "description", "Loket keliling"));
        String reportId = api.post("/api/reporting/activities", staff, field).text("reportId");
        ApiClient.Response view = api.await("/api/reporting/activities/" + reportId, staff, r -> r.status() == 200,
                Duration.ofSeconds(20));
        assertThat(view.body().path("report").path("location").path("description").asString())
                .isEqualTo("Loket keliling");
        field.put("location", Map.of("latitude", -95, "longitude", 119));
        assertThat(api.post("/api/reporting/activities", staff, field).status()).isEqualTo(400);
    }

    @Test
    void aRetriedSubmissionWithTheSameIdempotencyKeyIsTheSameReport() {
        String staff = TestTokens.employee(STAFF, "dukcapil-mks");
        awaitAccepted(staff, report("2026-02-05", 1));
        ApiClient.Response first = api.postWithHeader("/api/reporting/activities", staff, report("2026-02-05", 7),
                "Idempotency-Key", "loket-2026-02-05");
        ApiClient.Response retry = api.postWithHeader("/api/reporting/activities", staff, report("2026-02-05", 7),
                "Idempotency-Key", "loket-2026-02-05");
        assertThat(retry.text("reportId")).isEqualTo(first.text("reportId"));
        api.await("/api/reporting/activities/" + first.text("reportId"), staff, r -> r.status() == 200,
                Duration.ofSeconds(20));
        ApiClient.Response another = api.postWithHeader("/api/reporting/activities", staff, report("2026-02-05", 8),
                "Idempotency-Key", "loket-2026-02-05");
        assertThat(another.status()).as("another report under a key already used").isEqualTo(422);
        assertThat(another.text("code")).isEqualTo("report-id-conflict");
        assertThat(api.get("/api/reporting/activities/" + first.text("reportId"), staff).body().path("report")
                .path("quantity").asInt()).as("the accepted report stands").isEqualTo(7);
    }

    @Test
    void anAgencysResentReportCountsOnceAndAnotherBodyUnderItsIdIsRefused() {
        String staff = TestTokens.employee(STAFF, "dukcapil-mks");
        ActivityReported report = new ActivityReported("rpt-resent-1", STAFF, "dukcapil-mks", INDICATOR, "DAILY",
                java.time.LocalDate.of(2026, 2, 9), null, null, null, java.math.BigDecimal.TEN, "Loket", null,
                Instant.now());
        submit("resent-event-1", "/agencies/dukcapil-mks", EventType.ACTIVITY_REPORTED, report);
        api.await("/api/reporting/activities/rpt-resent-1", staff, r -> r.status() == 200, Duration.ofSeconds(20));
        ActivityReported same = new ActivityReported("rpt-resent-1", STAFF, "dukcapil-mks", INDICATOR, null,
                java.time.LocalDate.of(2026, 2, 9), null, null, null, new java.math.BigDecimal("10.0"), "Loket", null,
                Instant.now());
        submit("resent-event-2", "/agencies/dukcapil-mks", EventType.ACTIVITY_REPORTED, same);
        ActivityReported other = new ActivityReported("rpt-resent-1", STAFF, "dukcapil-mks", INDICATOR, "DAILY",
                java.time.LocalDate.of(2026, 2, 9), null, null, null, java.math.BigDecimal.valueOf(99), "Loket", null,
                Instant.now());
        submit("resent-event-3", "/agencies/dukcapil-mks", EventType.ACTIVITY_REPORTED, other);

        ConsumerRecord<String, byte[]> dead = deadLettered("dukcapil-mks", "resent-event-3");
        assertThat(new String(dead.headers().lastHeader(DeadLetterReasons.CODE_HEADER).value(),
                StandardCharsets.UTF_8)).isEqualTo("report-id-conflict");
        assertThat(new String(dead.headers().lastHeader(DeadLetterReasons.REASON_HEADER).value(),
                StandardCharsets.UTF_8)).contains("another report was accepted under this reportId");
        // the three records share a partition (the employee's key): by the refusal of the third, the second is done
        assertThat(kafka.readAll(Topics.ACTIVITIES, Duration.ofMillis(500)).stream()
                .filter(r -> KafkaTestClient.text(r).contains("rpt-resent-1")))
                .as("the report once on the platform's topic, the resend acknowledged and not republished").hasSize(1);
        assertThat(kafka.readAll(Topics.deadLetter(Topics.activitySubmissions("dukcapil-mks")), Duration.ofMillis(500))
                .stream().filter(r -> KafkaTestClient.text(r).contains("rpt-resent-1"))).as("the resend is no refusal")
                .hasSize(1);
        assertThat(api.get("/api/reporting/activities/rpt-resent-1", staff).body().path("report").path("quantity")
                .asInt()).isEqualTo(10);
    }

    @Test
    void refusalsAreProblemDetails() {
        String staff = TestTokens.employee(STAFF, "dukcapil-mks");
        awaitAccepted(staff, report("2026-02-04", 1));
        ApiClient.Response otherAgency = api.post("/api/reporting/activities", TestTokens.agencySystem("dishub-smg"),
                report("2026-02-04", 3));
        assertThat(otherAgency.status()).isEqualTo(403);
        assertThat(otherAgency.text("code")).isEqualTo("not-your-agency");
        ApiClient.Response someoneElse = api.post("/api/reporting/activities",
                TestTokens.employee("198503122010011003", "dukcapil-mks"), report("2026-02-04", 3));
        assertThat(someoneElse.status()).isEqualTo(403);
        ApiClient.Response notApproved = api.post("/api/reporting/activities", staff,
                Map.of("employeeId", STAFF, "agencyId", "dukcapil-mks", "indicatorId", "iki-unknown",
                        "activityDate", "2026-02-04", "quantity", 3, "description", "x"));
        assertThat(notApproved.status()).isEqualTo(422);
        assertThat(notApproved.text("code")).isEqualTo("indicator-not-approved");
        ApiClient.Response invalid = api.post("/api/reporting/activities", staff,
                Map.of("employeeId", STAFF, "agencyId", "dukcapil-mks", "indicatorId", INDICATOR,
                        "activityDate", "2026-02-04", "quantity", -3, "description", "x",
                        "evidenceUrl", "ftp://x"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("quantity", "evidenceUrl");
    }

    @Test
    void anAgencySystemPublishingToKafkaIsHeldToTheSameRules() {
        ActivityReported foreign = new ActivityReported("rpt-foreign-1", STAFF, "dukcapil-mks", INDICATOR, "DAILY",
                java.time.LocalDate.of(2026, 2, 6), null, null, null, java.math.BigDecimal.TEN, "x", null, Instant.now());
        submit("agency-event-1", "/agencies/dishub-smg", EventType.ACTIVITY_REPORTED, foreign);
        ConsumerRecord<String, byte[]> dead = deadLettered("dishub-smg", "agency-event-1");
        assertThat(new String(dead.headers().lastHeader(DeadLetterReasons.REASON_HEADER).value(),
                StandardCharsets.UTF_8)).contains("not-your-agency");
        // What was wrong, in words; nothing of the service's insides (exception classes, listener signatures).
        for (String internal : List.of("kafka_dlt-exception-stacktrace", "kafka_dlt-exception-message",
                "kafka_dlt-exception-fqcn", "kafka_dlt-exception-cause-fqcn", "kafka_dlt-original-consumer-group")) {
            assertThat(dead.headers().lastHeader(internal)).as(internal).isNull();
        }
    }

    @Test
    void anEmployeesReportsAreForThoseWhoOverseeThemAndNoColleague() {
        awaitAccepted(TestTokens.employee(STAFF, "dukcapil-mks"), report("2026-02-10", 3));
        String path = "/api/reporting/employees/" + STAFF + "/activities";
        assertThat(api.get(path, TestTokens.employee("198503122010011003", "dukcapil-mks")).status()).as("penilai")
                .isEqualTo(200);
        assertThat(api.get(path, TestTokens.agencyAdmin("dukcapil-mks")).status()).as("HR").isEqualTo(200);
        assertThat(api.get(path, TestTokens.leader()).status()).as("leader").isEqualTo(200);
        assertThat(api.get(path, TestTokens.employee("199311112019031002", "dukcapil-mks")).status())
                .as("colleague").isEqualTo(403);
        assertThat(api.get("/api/reporting/employees/" + STAFF + "/realisations",
                TestTokens.employee("199311112019031002", "dukcapil-mks")).status()).as("colleague").isEqualTo(403);
        assertThat(api.get(path, TestTokens.agencyAdmin("dishub-smg")).status()).isEqualTo(403);
        assertThat(api.get("/api/reporting/employees/199901012024011001/activities",
                TestTokens.agencyAdmin("dishub-smg")).status()).as("nobody there").isEqualTo(403);
    }

    @Test
    void theAgencyIsTheTopicsNeverTheSourceThePublisherWrites() {
        ActivityReported report = new ActivityReported("rpt-claims-other-agency", STAFF, "dukcapil-mks", INDICATOR,
                "DAILY", java.time.LocalDate.of(2026, 2, 9), null, null, null, java.math.BigDecimal.ONE, "x", null,
                Instant.now());
        // dishub-smg's system writes on its own topic but claims to be dukcapil-mks, whose employee it reports.
        kafka.send(CloudEventRecords.toProducerRecord(Topics.activitySubmissions("dishub-smg"), OutgoingEvent.of(
                EventType.ACTIVITY_REPORTED, "agency-event-claim", "/agencies/dukcapil-mks", STAFF, report.reportId(),
                Instant.now(), report)));
        ConsumerRecord<String, byte[]> dead = deadLettered("dishub-smg", "agency-event-claim");
        assertThat(new String(dead.headers().lastHeader(DeadLetterReasons.REASON_HEADER).value(),
                StandardCharsets.UTF_8)).contains("not-your-agency").contains("ce_source must be /agencies/dishub-smg");
        assertThat(api.get("/api/reporting/activities/rpt-claims-other-agency",
                TestTokens.employee(STAFF, "dukcapil-mks")).status()).isEqualTo(404);
    }

    @Test
    void anAgencySystemCorrectsItsReportsOverKafkaUnderTheSameRules() {
        String staff = TestTokens.employee(STAFF, "dukcapil-mks");
        awaitAccepted(staff, report("2026-05-01", 1));
        ActivityReported original = new ActivityReported("rpt-agency-7", STAFF, "dukcapil-mks", INDICATOR, "DAILY",
                java.time.LocalDate.of(2026, 5, 4), null, null, null, java.math.BigDecimal.valueOf(70), "x", null,
                Instant.now());
        submit("agency-evt-7", "/agencies/dukcapil-mks", EventType.ACTIVITY_REPORTED, original);
        api.await("/api/reporting/activities/rpt-agency-7", staff, r -> r.status() == 200, Duration.ofSeconds(20));

        ActivityCorrected fix = new ActivityCorrected("rpt-agency-7", STAFF, "dukcapil-mks", INDICATOR,
                original.activityDate(), 2, "salah input", java.math.BigDecimal.valueOf(7), "x", null,
                "system-dukcapil-mks", Instant.now());
        submit("agency-evt-8", "/agencies/dukcapil-mks", EventType.ACTIVITY_CORRECTED, fix);
        submit("agency-evt-8-again", "/agencies/dukcapil-mks", EventType.ACTIVITY_CORRECTED, fix);
        ApiClient.Response view = api.await("/api/reporting/activities/rpt-agency-7", staff,
                r -> r.body().path("revision").asInt() == 2, Duration.ofSeconds(20));
        assertThat(view.body().path("report").path("quantity").asInt()).isEqualTo(7);

        submit("agency-evt-9", "/agencies/dishub-smg", EventType.ACTIVITY_RETRACTED, new ActivityRetracted(
                "rpt-agency-7", STAFF, "dukcapil-mks", INDICATOR, original.activityDate(), 3, "x", "system-dishub-smg",
                Instant.now()));
        ConsumerRecord<String, byte[]> dead = deadLettered("dishub-smg", "agency-evt-9");
        assertThat(new String(dead.headers().lastHeader(DeadLetterReasons.REASON_HEADER).value(),
                StandardCharsets.UTF_8)).contains("not-your-agency");
        assertThat(api.get("/api/reporting/activities/rpt-agency-7", staff).body().path("retracted").asBoolean())
                .isFalse();
    }

    @Test
    void aMonthsRealisationShortOfItsTargetNeedsAnExplanationAndReplacesTheLastOne() {
        String staff = TestTokens.employee(STAFF, "dukcapil-mks");
        awaitAccepted(staff, report("2026-02-11", 1));
        Map<String, Object> realisation = new java.util.HashMap<>(Map.of("employeeId", STAFF, "agencyId",
                "dukcapil-mks", "indicatorId", INDICATOR, "period", "2026-02", "realisation", 92));
        ApiClient.Response unexplained = api.post("/api/reporting/realisations", staff, realisation);
        assertThat(unexplained.status()).isEqualTo(422);
        assertThat(unexplained.text("code")).isEqualTo("explanation-required");
        assertThat(unexplained.text("detail")).contains("92").contains("100");
        realisation.put("explanation", "Blangko KTP-el habis selama empat hari kerja");
        ApiClient.Response first = api.post("/api/reporting/realisations", staff, realisation);
        assertThat(first.status()).isEqualTo(202);
        assertThat(first.body().path("periodTarget").asInt()).isEqualTo(100);
        api.await("/api/reporting/employees/" + STAFF + "/realisations", staff, r -> r.body().size() == 1,
                Duration.ofSeconds(20));
        realisation.put("realisation", 104);
        realisation.remove("explanation");
        assertThat(api.post("/api/reporting/realisations", staff, realisation).body().path("revision").asInt())
                .isEqualTo(2);
        ApiClient.Response latest = api.await("/api/reporting/employees/" + STAFF + "/realisations", staff,
                r -> r.body().size() == 1 && r.body().get(0).path("revision").asInt() == 2, Duration.ofSeconds(20));
        assertThat(latest.body().get(0).path("realisation").asInt()).isEqualTo(104);
        assertThat(api.get("/api/reporting/employees/" + STAFF + "/realisations",
                TestTokens.employee("197811052005011002", "dishub-smg")).status()).isEqualTo(403);

        org.kinerja.contracts.events.RealisationReported fromAgency = new org.kinerja.contracts.events
                .RealisationReported("ignored", STAFF, "dukcapil-mks", INDICATOR, "2026-01", java.math.BigDecimal
                        .valueOf(80), null, null, null, null, 1, "system-dukcapil-mks", Instant.now());
        submit("agency-realisation-1", "/agencies/dukcapil-mks", EventType.REALISATION_REPORTED, fromAgency);
        ConsumerRecord<String, byte[]> dead = deadLettered("dukcapil-mks", "agency-realisation-1");
        assertThat(new String(dead.headers().lastHeader(DeadLetterReasons.REASON_HEADER).value(),
                StandardCharsets.UTF_8)).contains("explanation-required");
        submit("agency-realisation-2", "/agencies/dukcapil-mks", EventType.REALISATION_REPORTED,
                new org.kinerja.contracts.events.RealisationReported("ignored", STAFF, "dukcapil-mks", INDICATOR,
                        "2026-01", java.math.BigDecimal.valueOf(101), null, null, null, null, 1,
                        "system-dukcapil-mks", Instant.now()));
        api.await("/api/reporting/employees/" + STAFF + "/realisations", staff, r -> r.body().size() == 2,
                Duration.ofSeconds(20));
    }

    @Test
    void anIndicatorWhosePlanRequiresEvidenceRefusesReportsAndRealisationsWithoutItOverRestAndKafka() {
        String indicator = "iki-bukti-2025";
        PlanApproved plan = new PlanApproved("skp-2025-" + STAFF, STAFF, "makassar", "dukcapil-mks",
                "dukcapil-mks-pelayanan", 2025, "KUANTITATIF", "198503122010011003", Instant.parse(
                        "2025-01-20T03:00:00Z"), List.of(new PlanApproved.Rhk("rhk-1", "UTAMA", null,
                                "Terlayaninya dokumen", List.of(new PlanApproved.Indicator(indicator,
                                        "Dokumen terbit dengan berita acara", "KUANTITAS",
                                        java.math.BigDecimal.valueOf(120), "dokumen", "HIGHER_IS_BETTER", "SUM",
                                        List.of(), "REALISASI", true)))));
        kafka.send(CloudEventRecords.toProducerRecord(OutgoingEvent.of(EventType.PLAN_APPROVED, "plan-2025-bukti",
                "/services/test/test", STAFF, plan.planId(), Instant.now(), plan)));
        String staff = TestTokens.employee(STAFF, "dukcapil-mks");
        Map<String, Object> realisation = new java.util.HashMap<>(Map.of("employeeId", STAFF, "agencyId",
                "dukcapil-mks", "indicatorId", indicator, "period", "2025-03", "realisation", 11));
        ApiClient.Response missing = ApiClient.retryWhile(r -> "indicator-not-approved".equals(r.text("code")),
                () -> api.post("/api/reporting/realisations", staff, realisation), Duration.ofSeconds(20));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.text("code")).isEqualTo("evidence-required");
        ApiClient.Response report = api.post("/api/reporting/activities", staff, Map.of("employeeId", STAFF,
                "agencyId", "dukcapil-mks", "indicatorId", indicator, "activityDate", "2025-03-04", "quantity", 1,
                "description", "Menerbitkan dokumen"));
        assertThat(report.text("code")).as("a daily report of the indicator too").isEqualTo("evidence-required");
        realisation.put("evidenceUrl", "https://arsip.dukcapil.makassarkota.go.id/ba/2025-03.pdf");
        assertThat(api.post("/api/reporting/realisations", staff, realisation).status()).isEqualTo(202);

        submit("agency-realisation-bukti", "/agencies/dukcapil-mks", EventType.REALISATION_REPORTED,
                new org.kinerja.contracts.events.RealisationReported("ignored", STAFF, "dukcapil-mks", indicator,
                        "2025-04", java.math.BigDecimal.valueOf(12), null, null, null, null, 1,
                        "system-dukcapil-mks", Instant.now()));
        ConsumerRecord<String, byte[]> dead = deadLettered("dukcapil-mks", "agency-realisation-bukti");
        assertThat(new String(dead.headers().lastHeader(DeadLetterReasons.REASON_HEADER).value(),
                StandardCharsets.UTF_8)).contains("evidence-required");
    }

    @Test
    void invalidFieldsAreExplainedInTheLanguageAsked() {
        Map<String, Object> bad = new java.util.HashMap<>(Map.of("employeeId", "12345", "agencyId", "dukcapil-mks",
                "indicatorId", "iki-1", "period", "2026-13"));
        String token = TestTokens.employee(STAFF, "dukcapil-mks");
        ApiClient.Response indonesian = api.postWithHeader("/api/reporting/realisations", token, bad,
                "Accept-Language", "id");
        assertThat(indonesian.status()).isEqualTo(400);
        assertThat(indonesian.text("title")).isEqualTo(indonesian.body().path("titles").path("id").asString());
        assertThat(indonesian.text("detail")).startsWith("Permintaan memiliki");
        assertThat(indonesian.body().path("errors")).extracting(e -> e.path("field").asString() + ": "
                + e.path("message").asString()).contains("employeeId: harus NIP 18 digit",
                "period: harus yyyy-mm atau yyyy-Qn", "realisation: wajib diisi");
        ApiClient.Response english = api.post("/api/reporting/realisations", token, bad);
        assertThat(english.body().path("errors")).extracting(e -> e.path("field").asString() + ": "
                + e.path("message").asString()).contains("employeeId: must be the 18-digit NIP",
                "period: must be yyyy-mm or yyyy-Qn", "realisation: must not be null");
    }

    /** Publishes as the agency named in {@code source} does: on its own topic. */
    private static void submit(String eventId, String source, EventType type, Record data) {
        String agency = source.substring("/agencies/".length());
        kafka.send(CloudEventRecords.toProducerRecord(Topics.activitySubmissions(agency), OutgoingEvent.of(type,
                eventId, source, STAFF, eventId, Instant.now(), data)));
    }

    private static ConsumerRecord<String, byte[]> deadLettered(String agency, String eventId) {
        return kafka.awaitRecord(Topics.deadLetter(Topics.activitySubmissions(agency)),
                r -> new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8).equals(eventId),
                Duration.ofSeconds(20));
    }

    private static ApiClient.Response awaitAccepted(String token, Map<String, Object> report) {
        ApiClient.Response response = ApiClient.retryWhile(r -> r.status() == 422,
                () -> api.post("/api/reporting/activities", token, report), Duration.ofSeconds(20));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(202);
        return response;
    }

    private static Map<String, Object> report(String date, int quantity) {
        return Map.of("employeeId", STAFF, "agencyId", "dukcapil-mks", "indicatorId", INDICATOR,
                "activityDate", date, "quantity", quantity, "description", "Menerbitkan KTP-el");
    }

    private static <T extends Record> void publishGolden(EventType type, String example, Class<T> dataClass,
            java.util.function.Function<T, String> key) {
        T data = EventJson.read(GoldenExamples.bytes(type, example), dataClass);
        ProducerRecord<String, byte[]> record = CloudEventRecords.toProducerRecord(OutgoingEvent.of(type,
                type.type() + ":" + example, "/services/test/test", key.apply(data), key.apply(data), Instant.now(),
                data));
        kafka.send(record);
    }
}
