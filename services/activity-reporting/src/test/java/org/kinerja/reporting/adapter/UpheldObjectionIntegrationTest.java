package org.kinerja.reporting.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
 * A region whose atasan penilai rates an upheld objection (KINERJA_UPHELD_OBJECTION=ATASAN_RATES): the decision must
 * carry the two ratings, which become the evaluation's, reopened, rated and finalised by the atasan penilai, each an
 * audited event.
 */
class UpheldObjectionIntegrationTest {
    private static final String AGENCY = "dinsos-mks";
    private static final String STAFF = "199404042019032002";
    private static final String PENILAI = "198606062010011004";
    private static final String ATASAN = "197707072002121005";

    @RegisterExtension
    static final ServiceUnderTest reporting = ServiceUnderTest.of(
            ReportingApplication::application, "reporting-upheld", "kinerja.reporting.upheld-objection=ATASAN_RATES");
    private static ApiClient api;
    private static KafkaTestClient kafka;

    @BeforeAll
    static void start() {
        kafka = reporting.kafka();

        api = reporting.api();
        kafka.publish(EventType.EMPLOYEE_REGISTERED, STAFF, new EmployeeRegistered(STAFF, STAFF, "Rahmawati",
                "makassar", AGENCY, AGENCY + "-rehsos", "PNS", "PELAKSANA", null, "III/a", false, PENILAI, ATASAN,
                Instant.now()));
        kafka.publish(EventType.PLAN_APPROVED, STAFF, GoldenPlans.approvedFor(STAFF, "iki-upheld"));
    }

    @Test
    void theAtasanPenilaisOwnRatingsBecomeTheEvaluationsWhenTheyUpholdTheObjection() {
        String staff = TestTokens.employee(STAFF, AGENCY);
        String penilai = TestTokens.employee(PENILAI, AGENCY);
        String atasan = TestTokens.employee(ATASAN, AGENCY);
        String path = "/api/reporting/employees/" + STAFF + "/periods/2026";
        ApiClient.retryWhile(r -> r.status() == 422, () -> api.post(path + "/self-assessment", staff,
                Map.of("text", "Target tercapai")), Duration.ofSeconds(20));
        api.post(path + "/rating", penilai, Map.of("hasilKerja", "BELOW", "perilakuKerja", "MEETS"));
        api.post(path + "/finalise", penilai, "{}");
        assertThat(api.post(path + "/objection", staff, Map.of("reason", "Capaian layanan belum dihitung"))
                .status()).isEqualTo(201);
        api.post(path + "/objection/answer", penilai, Map.of("answer", "Sudah sesuai"));

        ApiClient.Response bare = api.post(path + "/objection/decision", atasan, Map.of("decision", "UPHELD",
                "note", "Capaian layanan dihitung"));
        assertThat(bare.status()).isEqualTo(422);
        assertThat(bare.text("code")).isEqualTo("ratings-required");
        assertThat(api.get(path + "/objection", staff).text("status")).as("nothing decided by a refused call")
                .isEqualTo("ANSWERED_BY_PENILAI");
        ApiClient.Response decided = api.post(path + "/objection/decision", atasan, Map.of("decision", "UPHELD",
                "note", "Capaian layanan dihitung", "hasilKerja", "MEETS", "perilakuKerja", "MEETS"));
        assertThat(decided.text("status")).isEqualTo("DECIDED_BY_ATASAN_PENILAI");
        ApiClient.Response evaluation = api.get(path, staff);
        assertThat(evaluation.text("status")).isEqualTo("PREDICATE_SET");
        assertThat(evaluation.text("hasilKerja")).isEqualTo("MEETS");

        List<EvaluationPeriodChanged> changes = kafka.awaitRecords(Topics.EVALUATION_PERIODS, r -> STAFF.equals(
                r.key()) && KafkaTestClient.ceType(r).equals(EventType.EVALUATION_PERIOD_CHANGED.type()), 6,
                Duration.ofSeconds(20)).stream().map(r -> CloudEventRecords.read(r.headers(), r.value(),
                        List.of(EventType.EVALUATION_PERIOD_CHANGED)).data(EvaluationPeriodChanged.class)).toList();
        assertThat(changes.subList(3, 6)).extracting(EvaluationPeriodChanged::status)
                .containsExactly("REOPENED", "RATED", "PREDICATE_SET");
        assertThat(changes.subList(3, 6)).extracting(EvaluationPeriodChanged::by).containsOnly(ATASAN);
        assertThat(changes.get(3).reason()).isEqualTo("Keberatan dikabulkan: Capaian layanan dihitung");
    }
}
