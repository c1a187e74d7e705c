package org.kinerja.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.localstack.PlatformHarness.AGENCY;
import static org.kinerja.localstack.PlatformHarness.OTHER_AGENCY;
import static org.kinerja.localstack.PlatformHarness.PATIENCE;
import static org.kinerja.localstack.PlatformHarness.STAFF;
import static org.kinerja.localstack.PlatformHarness.SUPERVISOR;
import static org.kinerja.localstack.PlatformHarness.token;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.EvaluationUpdated;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.KafkaTestClient;

/**
 * The foundation's vertical slice through all five services and the gateway, with the platform started the way
 * command one starts it: registry → approved plan → report → incremental score → follow-up, every step read back
 * through the gateway, and the evaluation event checked on its topic.
 */
class PlatformEndToEndTest {

    private static ApiClient api;
    private static String planId;

    @BeforeAll
    static void slice() {
        api = PlatformHarness.gateway();
        planId = PlatformHarness.sliceWithApprovedPlan();
    }

    /** Every service and the gateway report UP to anyone; the components only to the region's administrator. */
    @Test
    void everyServiceIsHealthyAndShowsItsHealthDetailsToTheAdministratorOnly() {
        String admin = token("bkpsdm-admin", "ADMIN", null);
        PlatformHarness.stack().ports().forEach((service, port) -> {
            ApiClient direct = new ApiClient("http://127.0.0.1:" + port);
            ApiClient.Response anyone = direct.get("/actuator/health", null);
            assertThat(anyone.text("status")).as(service).isEqualTo("UP");
            assertThat(anyone.body().has("components")).as(service).isFalse();
            if (!service.equals("gateway")) {
                ApiClient.Response details = direct.get("/actuator/health", admin);
                assertThat(details.body().path("components").has("diskSpace")).as(service).isTrue();
                assertThat(details.body().path("components").path("mongo").path("status").asString())
                        .as(service + ": its MongoDB, the embedded server answering the health check's hello")
                        .isEqualTo("UP");
            }
        });
    }

    /** Scoring's Kafka Streams series the dashboard's panels and the not-running alert read, with what they mean. */
    @Test
    void scoringExposesTheKafkaStreamsSeriesItsPanelsAndAlertRead() {
        ApiClient scoring = new ApiClient("http://127.0.0.1:" + PlatformHarness.stack().ports().get("scoring"));
        java.util.function.Predicate<String> running = l -> l.startsWith("kafka_stream_client_state{")
                && l.contains("service=\"scoring\"") && l.endsWith(" 2.0");
        long deadline = System.nanoTime() + PlatformHarness.PATIENCE.toNanos();
        java.util.List<String> series = java.util.List.of();
        while (System.nanoTime() < deadline && series.stream().noneMatch(running)) { // a rebalance passes
            series = scoring.getText("/actuator/prometheus").lines().filter(l -> l.startsWith("kafka_stream_")).toList();
            PlatformHarness.sleep(200);
        }
        assertThat(series).as("KafkaStreams.State RUNNING is 2").anyMatch(running);
        for (String name : java.util.List.of("kafka_stream_alive_stream_threads{",
                "kafka_stream_failed_stream_threads_total{", "kafka_stream_thread_process_rate{",
                "kafka_stream_state_updater_active_restoring_tasks{",
                "kafka_stream_state_updater_restore_records_rate{")) {
            assertThat(series).as(name).anyMatch(l -> l.startsWith(name) && l.contains("region=\"local\""));
        }
    }

    /** Each service audited, as its own Kafka principal, the settings of the topics it uses: all as planned. */
    @Test
    void everyServiceFindsTheTopicsItUsesAsPlanned() {
        PlatformHarness.stack().ports().forEach((service, port) -> {
            if (service.equals("gateway")) {
                return;
            }
            ApiClient direct = new ApiClient("http://127.0.0.1:" + port);
            long deadline = System.nanoTime() + PlatformHarness.PATIENCE.toNanos();
            String gauge = "";
            while (System.nanoTime() < deadline) {
                gauge = direct.getText("/actuator/prometheus").lines()
                        .filter(l -> l.startsWith("kinerja_topic_settings_findings")).findFirst().orElse("");
                if (!gauge.isEmpty() && !gauge.endsWith(" -1.0")) {
                    break;
                }
                PlatformHarness.sleep(200);
            }
            assertThat(gauge).as(service).endsWith(" 0.0");
        });
    }

    @Test
    void aReportMovesTheScoreAndRewardsFollowsUp() {
        String staff = token(STAFF, "EMPLOYEE", AGENCY);
        assertThat(api.get("/api/registry/employees/" + STAFF, staff).text("penilaiId")).isEqualTo(SUPERVISOR);
        assertThat(api.get("/api/planning/plans/" + planId, staff).text("status")).isEqualTo("APPROVED");

        ApiClient.Response current = api.get("/api/scoring/employees/" + STAFF + "/scores/2026", staff);
        BigDecimal before = current.status() == 200 ? realisation(current) : BigDecimal.ZERO;
        ApiClient.Response accepted = PlatformHarness.retryWhileUnprocessable(() -> api.post(
                "/api/reporting/activities", staff, report("2026-02-03", 600, PlatformHarness.indicatorOf(planId))));
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
        String reportId = accepted.text("reportId");
        api.await("/api/reporting/activities/" + reportId, staff, r -> r.status() == 200, PATIENCE);

        BigDecimal expected = before.add(new BigDecimal("600"));
        ApiClient.Response score = api.await("/api/scoring/employees/" + STAFF + "/scores/2026", staff,
                r -> r.status() == 200 && realisation(r).compareTo(expected) >= 0, PATIENCE);
        assertThat(score.body().path("indicators").get(0).path("capaian").decimalValue())
                .isEqualByComparingTo(expected.multiply(new BigDecimal("100"))
                        .divide(new BigDecimal("1200"), 2, RoundingMode.HALF_UP).min(new BigDecimal("120")));

        ApiClient.Response followUps = api.await("/api/rewards/employees/" + STAFF + "/follow-ups", staff,
                r -> r.status() == 200 && r.body().size() == 2, PATIENCE);
        assertThat(followUps.body()).as("one per period: the year and February").extracting(
                f -> f.path("period").asString()).containsExactlyInAnyOrder("2026", "2026-02");
        assertThat(followUps.body().get(0).path("kind").asString()).isIn("COACHING_WATCH", "NO_ACTION",
                "REWARD_CANDIDATE");

        try (KafkaTestClient kafka = new KafkaTestClient(PlatformHarness.stack().kafkaAdminClientConfig())) {
            ConsumerRecord<String, byte[]> record = kafka.awaitRecord(Topics.EVALUATIONS,
                    r -> STAFF.equals(r.key()) && CloudEventRecords.read(r.headers(), r.value(),
                            List.of(EventType.EVALUATION_UPDATED)).data(EvaluationUpdated.class).period()
                            .equals("2026"), PATIENCE);
            EvaluationUpdated evaluation = CloudEventRecords.read(record.headers(), record.value(),
                    List.of(EventType.EVALUATION_UPDATED)).data(EvaluationUpdated.class);
            assertThat(evaluation.agencyId()).isEqualTo(AGENCY);
            assertThat(evaluation.period()).isEqualTo("2026");
        }
    }

    @Test
    void aReportForAnUnknownEmployeeIsRefused() {
        ApiClient.Response refused = api.post("/api/reporting/activities", token("operator", "AGENCY_ADMIN", AGENCY),
                Map.of("employeeId", "199001012015031002", "agencyId", AGENCY, "indicatorId",
                        PlatformHarness.indicatorOf(planId), "activityDate", "2026-02-03", "quantity", 1,
                        "description", "x"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("unknown-employee");
        assertThat(refused.text("type")).isEqualTo("https://kinerja.org/problems/unknown-employee");
    }

    @Test
    void aReportForAnIndicatorOutsideAnApprovedPlanIsRefused() {
        ApiClient.Response refused = PlatformHarness.retryWhileEmployeeUnknown(() -> api.post(
                "/api/reporting/activities", token(STAFF, "EMPLOYEE", AGENCY),
                report("2026-02-03", 5, "skp-2026-" + STAFF + "-rhk-9-iki-9")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("indicator-not-approved");
    }

    @Test
    void aReportFromAnotherAgencyIsRefused() {
        ApiClient.Response refused = PlatformHarness.retryWhileEmployeeUnknown(() -> api.post(
                "/api/reporting/activities", token("system-" + OTHER_AGENCY, "AGENCY_SYSTEM", OTHER_AGENCY),
                report("2026-02-03", 5, PlatformHarness.indicatorOf(planId))));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("not-your-agency");
    }

    @Test
    void theGatewayRefusesMissingAndForgedTokens() {
        assertThat(api.get("/api/scoring/employees/" + STAFF + "/scores", null).status()).isEqualTo(401);
        assertThat(api.get("/api/scoring/employees/" + STAFF + "/scores", "not.a.token").status()).isEqualTo(401);
    }

    private static BigDecimal realisation(ApiClient.Response score) {
        return score.body().path("indicators").get(0).path("realisation").decimalValue();
    }

    private static Map<String, Object> report(String date, int quantity, String indicatorId) {
        return Map.of("employeeId", STAFF, "agencyId", AGENCY, "indicatorId", indicatorId, "activityDate", date,
                "quantity", quantity, "description", "Menerbitkan KTP-el di loket pelayanan",
                "evidenceUrl", "https://disdukcapil.example.go.id/bukti/" + date + ".pdf");
    }
}
