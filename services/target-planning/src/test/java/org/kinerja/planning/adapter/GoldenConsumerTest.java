package org.kinerja.planning.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinerja.contracts.EventType;
import org.kinerja.planning.PlanningApplication;
import org.kinerja.platform.test.EmbeddedTestInfra;
import org.kinerja.platform.test.KafkaTestClient;
import org.kinerja.platform.test.RunningService;

/** The consumer side of the contracts: every golden example of the registry's events planning reads is accepted. */
class GoldenConsumerTest {
    private static final List<EventType> CONSUMED = List.of(EventType.REGIONAL_GOVERNMENT_REGISTERED,
            EventType.UNIT_REGISTERED, EventType.EMPLOYEE_REGISTERED, EventType.EMPLOYEE_CHANGED);

    @Test
    void everyGoldenExampleOfWhatPlanningReadsIsAccepted() throws InterruptedException {
        EmbeddedTestInfra infra = EmbeddedTestInfra.shared();
        try (KafkaTestClient kafka = new KafkaTestClient(infra.adminClientConfig());
                RunningService planning = RunningService.start(PlanningApplication.application(),
                        "planning-golden")) {
            kafka.publishGoldenExamples(CONSUMED, "/services/test/test", data -> "golden");
            Thread.sleep(3000); // a refused record is dead-lettered at once, a failing one within about a second
            assertThat(kafka.deadLetteredGoldenExamples(CONSUMED, "/services/test/test", Duration.ofSeconds(2))).isEmpty();
        }
    }
}
