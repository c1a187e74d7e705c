package org.kinerja.reporting.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.KafkaTestClient;
import org.kinerja.platform.test.ServiceUnderTest;
import org.kinerja.platform.test.TestTokens;
import org.kinerja.reporting.ReportingApplication;

/**
 * The agency Kafka intake whatever the order an agency's system sends in: corrections and retractions before the
 * reports they revise, reports before their employee and SKP, and a record that will never be valid among good ones.
 * Records that may be early are parked, not retried in place, so nothing behind them waits; the result equals the
 * in-order one, each accepted revision is republished exactly once, and only after the wait (here 10 s) does a record
 * still refused reach the DLT.
 */
class OrderTolerantIntakeIntegrationTest {
    private static final String AGENCY = "bapenda-order";
    private static final String UNIT = "bapenda-order-pajak";
    private static final String STAFF = "199404042019032004";
    private static final String PENILAI = "198404042010011004";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final ServiceUnderTest reporting = ServiceUnderTest.of(
            ReportingApplication::application, "reporting-order",
            "kinerja.parking.max-wait=" + System.getProperty("kinerja.order.max-wait", "10s"))
            .withAgencies(AGENCY);
    private static ApiClient api;
    private static KafkaTestClient kafka;
    private static final String ADMIN = TestTokens.admin();

    @BeforeAll
    static void start() {
        kafka = reporting.kafka();

        api = reporting.api();
        register(STAFF);
        approvePlanOf(STAFF);
        api.await("/api/reporting/employees/" + STAFF + "/activities", ADMIN, r -> r.status() == 200, PATIENCE);
    }

    /**
     * 40 reports by default; {@code -Dkinerja.order.reports=1500 -Dkinerja.order.max-wait=15m} measures a larger stream
     * with the production wait (the time is printed).
     */
    @Test
    void aShuffledStreamOfReportsCorrectionsAndRetractionsEndsAsTheInOrderOne() {
        Random random = new Random(17);
        List<OutgoingEvent> inOrder = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        int reports = Integer.getInteger("kinerja.order.reports", 40);
        for (int i = 1; i <= reports; i++) {
            String reportId = "rpt-shuffled-" + i;
            LocalDate day = LocalDate.of(2026, 2, 1 + i % 28);
            inOrder.add(event(EventType.ACTIVITY_REPORTED, reportId + ":1", new ActivityReported(reportId, STAFF,
                    AGENCY, indicatorOf(STAFF), "DAILY", day, null, null, null, BigDecimal.valueOf(i), "Pendataan",
                    null, Instant.now())));
            int revisions = random.nextInt(4); // 0-3 changes after the report
            BigDecimal quantity = BigDecimal.valueOf(i);
            boolean retracted = false;
            for (int r = 2; r <= revisions + 1; r++) {
                if (r == revisions + 1 && random.nextBoolean()) {
                    inOrder.add(event(EventType.ACTIVITY_RETRACTED, reportId + ":" + r, new ActivityRetracted(
                            reportId, STAFF, AGENCY, indicatorOf(STAFF), day, r, "Laporan ganda", "system", Instant
                                    .now())));
                    retracted = true;
                } else {
                    quantity = BigDecimal.valueOf(i * 10L + r);
                    inOrder.add(event(EventType.ACTIVITY_CORRECTED, reportId + ":" + r, new ActivityCorrected(
                            reportId, STAFF, AGENCY, indicatorOf(STAFF), day, r, "Salah hitung", quantity, "Pendataan", null,
                            "system", Instant.now())));
                }
            }
            expected.add(new Expected(reportId, revisions + 1, quantity, retracted));
        }
        List<OutgoingEvent> shuffled = new ArrayList<>(inOrder);
        Collections.shuffle(shuffled, random);
        long start = System.nanoTime();
        shuffled.forEach(OrderTolerantIntakeIntegrationTest::submit);
        Duration patience = PATIENCE.multipliedBy(Math.max(1, reports / 100));

        for (Expected want : expected) {
            ApiClient.Response view = api.await("/api/reporting/activities/" + want.reportId(), ADMIN,
                    r -> r.status() == 200 && r.body().path("revision").asInt() == want.revision(), patience);
            assertThat(view.body().path("retracted").asBoolean()).as(want.reportId()).isEqualTo(want.retracted());
            if (!want.retracted()) {
                assertThat(view.body().path("report").path("quantity").decimalValue()).as(want.reportId())
                        .isEqualByComparingTo(want.quantity());
            }
        }
        System.out.printf("shuffled stream: %d reports, %d corrections and retractions, all in the view as in order "
                + "%.1f s after the first was sent%n", reports, inOrder.size() - reports,
                (System.nanoTime() - start) / 1e9);
        // every revision republished once, in revision order per report
        Set<String> reportIds = new HashSet<>(expected.stream().map(Expected::reportId).toList());
        List<ConsumerRecord<String, byte[]>> accepted = kafka.readAll(Topics.ACTIVITIES, Duration.ofSeconds(1))
                .stream().filter(r -> reportIds.contains(subject(r))).toList();
        assertThat(accepted).as("nothing republished twice").hasSize(inOrder.size());
        assertThat(accepted.stream().map(r -> header(r, "ce_id")).distinct()).hasSize(inOrder.size());
    }

    @Test
    void aRecordThatWaitsHoldsUpNothingBehindItAndIsRefusedOnlyAfterTheWait() {
        String nobody = "199909092024011999";
        submit(event(EventType.ACTIVITY_REPORTED, "waits-for-nobody", report("rpt-of-nobody", nobody, 1)));
        List<String> behind = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            behind.add("rpt-behind-" + i);
            submit(event(EventType.ACTIVITY_REPORTED, "behind-" + i, report("rpt-behind-" + i, STAFF, i)));
        }
        for (String reportId : behind) {
            api.await("/api/reporting/activities/" + reportId, ADMIN, r -> r.status() == 200, PATIENCE);
        }
        assertThat(kafka.readAll(Topics.deadLetter(Topics.activitySubmissions(AGENCY)), Duration.ofMillis(500))
                .stream().filter(r -> "waits-for-nobody".equals(header(r, "ce_id"))))
                .as("still waiting while the records behind it were accepted").isEmpty();

        ConsumerRecord<String, byte[]> dead = kafka.awaitRecord(Topics.deadLetter(Topics.activitySubmissions(AGENCY)),
                r -> "waits-for-nobody".equals(header(r, "ce_id")), PATIENCE);
        assertThat(header(dead, DeadLetterReasons.REASON_HEADER)).contains("unknown-employee")
                .contains("still so after waiting 10 s");
        assertThat(header(dead, DeadLetterReasons.KIND_HEADER)).isEqualTo("REFUSED");
        assertThat(header(dead, DeadLetterReasons.CODE_HEADER)).as("the refusal's code, for the agency's system")
                .isEqualTo("unknown-employee");
        assertThat(EventJson.read(dead.value(), ActivityReported.class).reportId()).isEqualTo("rpt-of-nobody");
    }

    @Test
    void aReportAndItsCorrectionBeforeTheEmployeeAndSkpAreAppliedWhenTheyArrive() {
        String newcomer = "199808082024012008";
        ActivityReported report = report("rpt-newcomer-1", newcomer, 5);
        submit(event(EventType.ACTIVITY_CORRECTED, "newcomer-fix", new ActivityCorrected("rpt-newcomer-1", newcomer,
                AGENCY, indicatorOf(newcomer), report.activityDate(), 2, "Salah hitung", BigDecimal.valueOf(6), "Pendataan",
                null, "system", Instant.now())));
        submit(event(EventType.ACTIVITY_REPORTED, "newcomer-report", report));
        register(newcomer);
        approvePlanOf(newcomer);
        ApiClient.Response view = api.await("/api/reporting/activities/rpt-newcomer-1", ADMIN,
                r -> r.status() == 200 && r.body().path("revision").asInt() == 2, PATIENCE);
        assertThat(view.body().path("report").path("quantity").asInt()).isEqualTo(6);
    }

    private record Expected(String reportId, int revision, BigDecimal quantity, boolean retracted) {
    }

    private static ActivityReported report(String reportId, String employee, int quantity) {
        return new ActivityReported(reportId, employee, AGENCY, indicatorOf(employee), "DAILY",
                LocalDate.of(2026, 3, 2), null, null, null, BigDecimal.valueOf(quantity), "Pendataan", null,
                Instant.now());
    }

    private static OutgoingEvent event(EventType type, String eventId, Record data) {
        return OutgoingEvent.of(type, eventId, "/agencies/" + AGENCY, STAFF, eventId, Instant.now(), data);
    }

    /** On the agency's own topic, all under one key: one partition, so any wait in place would hold up the rest. */
    private static void submit(OutgoingEvent event) {
        kafka.send(CloudEventRecords.toProducerRecord(Topics.activitySubmissions(AGENCY), event));
    }

    private static String indicatorOf(String employee) {
        return "iki-order-" + employee;
    }

    private static void register(String employee) {
        EmployeeRegistered registered = new EmployeeRegistered(employee, employee, "Pegawai " + employee, "makassar",
                AGENCY, UNIT, "PNS", "PELAKSANA", null, "III/a", false, PENILAI, null, Instant.now());
        kafka.send(CloudEventRecords.toProducerRecord(OutgoingEvent.of(EventType.EMPLOYEE_REGISTERED,
                "registered:" + employee, "/services/test/test", employee, employee, Instant.now(), registered)));
    }

    /** The golden plan, made this employee's in this agency, with an indicator of its own. */
    private static void approvePlanOf(String employee) {
        String json = new String(GoldenExamples.bytes(EventType.PLAN_APPROVED, "valid-staff-plan"),
                StandardCharsets.UTF_8).replace("199207252019032001", employee).replace("dukcapil-mks-pelayanan", UNIT)
                .replace("dukcapil-mks", AGENCY).replace("\"iki-1\"", "\"" + indicatorOf(employee) + "\"");
        PlanApproved plan = EventJson.read(json.getBytes(StandardCharsets.UTF_8), PlanApproved.class);
        kafka.send(CloudEventRecords.toProducerRecord(OutgoingEvent.of(EventType.PLAN_APPROVED,
                "approved:" + plan.planId(), "/services/test/test", employee, plan.planId(), Instant.now(), plan)));
    }

    private static String subject(ConsumerRecord<String, byte[]> record) {
        return header(record, "ce_subject");
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return record.headers().lastHeader(name) == null ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
