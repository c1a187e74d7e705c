package org.kinerja.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.GoldenExamples;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.EmployeeRegistered;
import org.kinerja.contracts.events.EvaluationPeriodChanged;
import org.kinerja.contracts.events.ObjectionChanged;
import org.kinerja.contracts.events.TppCalculated;

/** What the trail records of each kind of event: kind, subject, actor, reason, the state left; and what it skips. */
class DecisionsTest {

    private static final Instant AT = Instant.parse("2026-12-20T03:00:00Z");

    @Test
    void aRatingIsRecordedWithTheVerifiedCallerBeforeTheFieldThatNamesThem() {
        EvaluationPeriodChanged rated = golden(EventType.EVALUATION_PERIOD_CHANGED, "valid-rated",
                EvaluationPeriodChanged.class);
        Decision decision = Decisions.of(EventType.EVALUATION_PERIOD_CHANGED, rated,
                meta("198503122010011003", List.of("EMPLOYEE"), "0af7651916cd43dd8448eb211c80319c")).orElseThrow();
        assertThat(decision.kind()).isEqualTo("evaluation.rated");
        assertThat(decision.subjectType()).isEqualTo("evaluation-period");
        assertThat(decision.subjectId()).isEqualTo("199207252019032001:2026");
        assertThat(decision.employeeId()).isEqualTo("199207252019032001");
        assertThat(decision.agencyId()).isEqualTo("dukcapil-mks");
        assertThat(decision.actor().subject()).isEqualTo("198503122010011003");
        assertThat(decision.actor().roles()).containsExactly("EMPLOYEE");
        assertThat(decision.requestId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(decision.after()).containsEntry("hasilKerjaRating", "MEETS").containsEntry("status", "RATED")
                .containsEntry("perilakuKerjaValue", "112").doesNotContainKey("reason");
        assertThat(decision.decidedAt()).isEqualTo(AT);
    }

    @Test
    void withoutACallerTheFieldThatNamesWhoDecidedIsTheActorAndTheDecisionNoteTheReason() {
        ObjectionChanged upheld = golden(EventType.OBJECTION_CHANGED, "valid-upheld", ObjectionChanged.class);
        Decision decision = Decisions.of(EventType.OBJECTION_CHANGED, upheld, meta(null, null, null)).orElseThrow();
        assertThat(decision.kind()).isEqualTo("objection.decided-by-atasan-penilai");
        assertThat(decision.actor().subject()).isEqualTo("197505152000031001");
        assertThat(decision.actor().roles()).isEmpty();
        assertThat(decision.reason()).isEqualTo("Penilaian dibuka kembali untuk memperhitungkan layanan keliling");
    }

    @Test
    void whatAServiceDecidesByItsRulesIsTheServicesAndNamesAreLeftOut() {
        EmployeeRegistered staff = golden(EventType.EMPLOYEE_REGISTERED, "valid-staff", EmployeeRegistered.class);
        Decision decision = Decisions.of(EventType.EMPLOYEE_REGISTERED, staff, meta(null, null, null)).orElseThrow();
        assertThat(decision.actor().subject()).isEqualTo("system:employee-registry");
        assertThat(decision.actor().roles()).containsExactly("SYSTEM");
        assertThat(decision.after()).doesNotContainKeys("name", "nip").containsEntry("employeeId", staff.employeeId());
    }

    @Test
    void evidenceAndProvisionalFiguresAreNotDecisions() {
        ActivityReported report = golden(EventType.ACTIVITY_REPORTED, "valid-daily-report", ActivityReported.class);
        assertThat(Decisions.of(EventType.ACTIVITY_REPORTED, report, meta(null, null, null))).isEmpty();
        TppCalculated tpp = new TppCalculated("199207252019032001", "dukcapil-mks", "dukcapil-mks-pelayanan",
                "2026-11", 1, 1, new BigDecimal("5000000"), new BigDecimal("100"), new BigDecimal("40"),
                new BigDecimal("2000000"), 10, new BigDecimal("20"), new BigDecimal("1000000"), List.of(),
                BigDecimal.ZERO, new BigDecimal("40"), new BigDecimal("2000000"), new BigDecimal("5000000"), AT, null,
                true);
        assertThat(Decisions.of(EventType.TPP_CALCULATED, tpp, meta(null, null, null))).isEmpty();
        TppCalculated closed = new TppCalculated(tpp.employeeId(), tpp.agencyId(), tpp.unitId(), tpp.month(), 2, 1,
                tpp.ceiling(), tpp.averageCappedCapaian(), tpp.skpPercent(), tpp.skpAmount(), tpp.behaviourSum(),
                tpp.behaviourPercent(), tpp.behaviourAmount(), List.of(), tpp.deductionPercent(),
                tpp.disciplinePercent(), tpp.disciplineAmount(), tpp.total(), AT, null, false);
        assertThat(Decisions.of(EventType.TPP_CALCULATED, closed, meta(null, null, null))).hasValueSatisfying(d -> {
            assertThat(d.kind()).isEqualTo("tpp.calculated");
            assertThat(d.after()).containsEntry("total", "5000000");
        });
    }

    private static EventMeta meta(String subject, List<String> roles, String requestId) {
        return new EventMeta("evt-1", "kinerja.test.v1", AT, "/services/employee-registry/test", subject, roles,
                requestId);
    }

    private static <T> T golden(EventType type, String name, Class<T> dataClass) {
        return EventJson.read(GoldenExamples.bytes(type, name), dataClass);
    }
}
