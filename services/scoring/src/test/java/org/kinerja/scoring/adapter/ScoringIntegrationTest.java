package org.kinerja.scoring.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.GoldenExamples;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.PlanApproved;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.EmbeddedTestInfra;
import org.kinerja.platform.test.KafkaTestClient;
import org.kinerja.platform.test.RunningService;
import org.kinerja.platform.test.TestTokens;
import org.kinerja.scoring.ScoringApplication;

/**
 * scoring through the real broker (Kafka Streams with exactly_once_v2) into the MongoDB read model and its query API:
 * a report that arrives before its plan is held, a duplicate changes nothing, and only the employee's agency reads it.
 */
class ScoringIntegrationTest {

    private static final String STAFF = "199207252019032001";

    private static RunningService scoring;
    private static KafkaTestClient kafka;

    @BeforeAll
    static void start() {
        EmbeddedTestInfra infra = EmbeddedTestInfra.shared();
        kafka = new KafkaTestClient(infra.bootstrapServers());
        scoring = RunningService.start(ScoringApplication.application(), "scoring-it",
                "spring.kafka.streams.state-dir=" + infra.newStateDir(), "spring.kafka.streams.application-id=scoring-it");
    }

    @AfterAll
    static void stop() {
        kafka.close();
        scoring.close();
    }

    @Test
    void reportsBeforeAndAfterThePlanAreScoredOnceAndReadable() {
        PlanApproved plan = EventJson.read(GoldenExamples.bytes(EventType.PLAN_APPROVED, "valid-staff-plan"),
                PlanApproved.class);
        ActivityReported early = report("rpt-early", 100);
        send(EventType.ACTIVITY_REPORTED, early.reportId(), early);
        send(EventType.PLAN_APPROVED, plan.planId(), plan);
        ActivityReported later = report("rpt-later", 200);
        send(EventType.ACTIVITY_REPORTED, later.reportId(), later);
        send(EventType.ACTIVITY_REPORTED, later.reportId(), later);

        ApiClient api = scoring.api();
        String token = TestTokens.employee(STAFF, "dukcapil-mks");
        ApiClient.Response score = api.await("/api/scoring/employees/" + STAFF + "/scores/2026", token,
                r -> r.status() == 200 && r.body().path("indicators").get(0).path("reportCount").asInt() == 2,
                Duration.ofSeconds(60));
        assertThat(score.body().path("indicators").get(0).path("realisation").decimalValue())
                .isEqualByComparingTo("300");
        assertThat(score.body().path("averageCapaian").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(api.get("/api/scoring/employees/" + STAFF + "/scores", token).body().size()).isEqualTo(1);
        assertThat(api.get("/api/scoring/employees/" + STAFF + "/scores/2026",
                TestTokens.employee("197811052005011002", "dishub-smg")).status()).isEqualTo(403);
        assertThat(api.get("/api/scoring/employees/" + STAFF + "/scores/2025", token).status()).isEqualTo(404);

        kafka.awaitRecord(Topics.EVALUATIONS, r -> STAFF.equals(r.key()), Duration.ofSeconds(10));
    }

    private static ActivityReported report(String id, int quantity) {
        return new ActivityReported(id, STAFF, "dukcapil-mks", "iki-1", "DAILY", LocalDate.of(2026, 2, 3), null, null,
                null,
                BigDecimal.valueOf(quantity), "Menerbitkan KTP-el", null, Instant.parse("2026-02-03T09:30:00Z"));
    }

    private static void send(EventType type, String id, Record data) {
        kafka.send(CloudEventRecords.toProducerRecord(OutgoingEvent.of(type, type.type() + ":" + id,
                "/agencies/dukcapil-mks", STAFF, id, Instant.now(), data)));
    }
}
