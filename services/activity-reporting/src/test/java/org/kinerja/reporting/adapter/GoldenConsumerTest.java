package org.kinerja.reporting.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinerja.contracts.EventType;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.EmbeddedTestInfra;
import org.kinerja.platform.test.KafkaTestClient;
import org.kinerja.platform.test.RunningService;
import org.kinerja.platform.test.TestTokens;
import org.kinerja.reporting.ReportingApplication;

/**
 * The consumer side of the contracts: every golden example of what activity-reporting reads (the registry's
 * employees, planning's plans, its own accepted reports and realisations) is accepted, none dead-lettered.
 */
class GoldenConsumerTest {

    private static final String STAFF = "199207252019032001";
    private static final List<EventType> CONSUMED = List.of(EventType.EMPLOYEE_REGISTERED, EventType.EMPLOYEE_CHANGED,
            EventType.PLAN_APPROVED, EventType.PLAN_STATUS_CHANGED, EventType.ACTIVITY_REPORTED,
            EventType.ACTIVITY_CORRECTED, EventType.ACTIVITY_RETRACTED, EventType.REALISATION_REPORTED);

    @Test
    void everyGoldenExampleOfWhatReportingReadsIsAccepted() {
        EmbeddedTestInfra infra = EmbeddedTestInfra.shared();
        try (KafkaTestClient kafka = new KafkaTestClient(infra.adminClientConfig());
                RunningService reporting = RunningService.start(ReportingApplication.application(),
                        "reporting-golden")) {
            kafka.publishGoldenExamples(CONSUMED, "/services/test/test", data -> STAFF);
            ApiClient.Response report = reporting.api().await("/api/reporting/activities/rpt-20260203-0001",
                    TestTokens.admin(), r -> r.status() == 200 && r.body().path("revision").asInt() >= 1,
                    Duration.ofSeconds(40));
            assertThat(report.body().toString()).contains(STAFF);
            assertThat(kafka.deadLetteredGoldenExamples(CONSUMED, "/services/test/test", Duration.ofSeconds(2))).isEmpty();
        }
    }
}
