package org.kinerja.reporting.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.GoldenExamples;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.EmployeeRegistered;
import org.kinerja.contracts.events.PlanApproved;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.ContainerTestInfra;
import org.kinerja.platform.test.KafkaTestClient;
import org.kinerja.platform.test.TestTokens;
import org.kinerja.reporting.ReportingApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The event-first report path against the real Kafka and MongoDB images that docker-compose runs (a MongoDB replica
 * set, not the embedded wire-protocol server). Opt-in: runs only with KINERJA_TESTCONTAINERS=true and a Docker engine.
 */
@Testcontainers(disabledWithoutDocker = true)
@EnabledIfEnvironmentVariable(named = ContainerTestInfra.OPT_IN_VARIABLE, matches = "true")
class ReportingContainersTest {

    @Test
    void aReportIsAcceptedAndReadBackOnRealKafkaAndMongo() {
        try (ContainerTestInfra infra = new ContainerTestInfra().start();
                KafkaTestClient kafka = new KafkaTestClient(infra.adminClientConfig())) {
            String[] args = infra.serviceProperties("reporting-containers").entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
            try (ConfigurableApplicationContext context = ReportingApplication.application()
                    .run(append(args, "--server.port=0"))) {
                EmployeeRegistered staff = EventJson.read(GoldenExamples.bytes(EventType.EMPLOYEE_REGISTERED,
                        "valid-staff"), EmployeeRegistered.class);
                PlanApproved plan = EventJson.read(GoldenExamples.bytes(EventType.PLAN_APPROVED, "valid-staff-plan"),
                        PlanApproved.class);
                kafka.send(CloudEventRecords.toProducerRecord(OutgoingEvent.of(EventType.EMPLOYEE_REGISTERED, "e1",
                        "/services/test/test", staff.employeeId(), staff.employeeId(), Instant.now(), staff)));
                kafka.send(CloudEventRecords.toProducerRecord(OutgoingEvent.of(EventType.PLAN_APPROVED, "p1",
                        "/services/test/test", plan.employeeId(), plan.planId(), Instant.now(), plan)));
                ApiClient api = new ApiClient("http://127.0.0.1:"
                        + ((WebServerApplicationContext) context).getWebServer().getPort());
                String token = TestTokens.employee(staff.employeeId(), staff.agencyId());
                Map<String, Object> report = Map.of("employeeId", staff.employeeId(), "agencyId", staff.agencyId(),
                        "indicatorId", "iki-1", "activityDate", "2026-02-03", "quantity", 42,
                        "description", "Menerbitkan KTP-el");
                ApiClient.Response accepted = api.post("/api/reporting/activities", token, report);
                for (int attempt = 0; accepted.status() == 422 && attempt < 100; attempt++) {
                    pause();
                    accepted = api.post("/api/reporting/activities", token, report);
                }
                assertThat(accepted.status()).isEqualTo(202);
                kafka.awaitRecord(Topics.ACTIVITIES, r -> staff.employeeId().equals(r.key()), Duration.ofSeconds(30));
                assertThat(api.await("/api/reporting/activities/" + accepted.text("reportId"), token,
                        r -> r.status() == 200, Duration.ofSeconds(30)).body().path("report").path("quantity").asInt())
                        .isEqualTo(42);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String[] append(String[] args, String extra) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = extra;
        return all;
    }
}
