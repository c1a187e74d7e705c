package org.kinerja.rewards.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinerja.contracts.events.Reason;

/** R8's pembinaan lifecycle: open, sessions and goals, the review six months on, improved or escalated, never dismissed. */
class CoachingCaseTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 4, 5);

    private static CoachingCase open(PositionType positionType) {
        EmployeeProfile employee = new EmployeeProfile("199207252019032001", "Siti", "dukcapil", "pelayanan",
                positionType, null, "198503122010011003", null, true, 3);
        return CoachingCase.open(employee, new CoachingCase.Trigger("2026-03", Predicate.BUTUH_PERBAIKAN, 7), OPENED, 6,
                List.of(Because.of("Raise iki-1", "RAISE_INDICATOR", "iki-1", "70", 90)));
    }

    @Test
    void aCaseOpensWithGoalsAndAReviewSixMonthsOn() {
        CoachingCase opened = open(PositionType.PELAKSANA);
        assertThat(opened.status()).isEqualTo(CoachingCase.Status.OPEN);
        assertThat(opened.reviewDue()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(opened.caseId()).isEqualTo("199207252019032001:2026-03");
        CoachingCase worked = opened.withSession(new CoachingCase.Session(LocalDate.of(2026, 5, 2), "penilai",
                "Target harian disepakati")).withGoal("Hadir tepat waktu");
        assertThat(worked.sessions()).hasSize(1);
        assertThat(worked.goals()).containsExactly("Raise iki-1", "Hadir tepat waktu");
        assertThat(worked.goalCodes()).as("the opening goal as a code; the penilai's own words have none")
                .containsExactly(Reason.of("RAISE_INDICATOR", "iki-1", "70", "90"));
        assertThat(worked.version()).isEqualTo(3);
    }

    @Test
    void theReviewIsNotBeforeItsDate() {
        assertThatThrownBy(() -> open(PositionType.PELAKSANA).reviewed(LocalDate.of(2026, 10, 4), "penilai", "early"))
                .hasMessageContaining("due on 2026-10-05");
    }

    @Test
    void aBaikOrBetterPredicateAfterwardsClosesTheCaseAsImproved() {
        CoachingCase improved = open(PositionType.PELAKSANA)
                .seen(new CoachingCase.Trigger("2026-08", Predicate.BAIK, 4))
                .reviewed(LocalDate.of(2026, 10, 5), "penilai", "membaik");
        assertThat(improved.status()).isEqualTo(CoachingCase.Status.IMPROVED_CLOSED);
        assertThat(improved.escalation()).isNull();
        assertThat(improved.review().latestPredicate()).isEqualTo(Predicate.BAIK);
        assertThatThrownBy(() -> improved.withSession(new CoachingCase.Session(OPENED, "p", "x")))
                .hasMessageContaining("IMPROVED_CLOSED");
    }

    @Test
    void stillBelowBaikEscalatesByPositionAndNeverDismisses() {
        CoachingCase staff = open(PositionType.PELAKSANA).seen(new CoachingCase.Trigger("2026-08", Predicate.KURANG, 4))
                .reviewed(LocalDate.of(2026, 11, 1), "penilai", "belum membaik");
        assertThat(staff.status()).isEqualTo(CoachingCase.Status.ESCALATED);
        assertThat(staff.escalation()).isEqualTo(CoachingCase.Escalation.REASSIGNMENT);
        assertThat(staff.triggers()).extracting(CoachingCase.Trigger::period).containsExactly("2026-03", "2026-08");
        assertThat(open(PositionType.JF).reviewed(LocalDate.of(2026, 10, 5), "p", "n").escalation())
                .as("no later predicate: not improved").isEqualTo(CoachingCase.Escalation.REASSIGNMENT);
        assertThat(open(PositionType.JPT).reviewed(LocalDate.of(2026, 10, 5), "p", "n").escalation())
                .isEqualTo(CoachingCase.Escalation.COMPETENCY_RETEST);
        assertThat(CoachingCase.Status.values()).extracting(Enum::name).doesNotContain("DISMISSED");
    }
}
