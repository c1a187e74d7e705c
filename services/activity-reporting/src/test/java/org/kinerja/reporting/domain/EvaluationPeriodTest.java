package org.kinerja.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kinerja.reporting.domain.EvaluationPeriod.Rating;

class EvaluationPeriodTest {

    private static EvaluationPeriod open() {
        return EvaluationPeriod.open("e", "a", "u", "2026", "p");
    }

    @Test
    void theWorkflowRunsInOrder() {
        EvaluationPeriod locked = open().selfAssess("Target tercapai").rate(Rating.MEETS, Rating.ABOVE).finalise()
                .lock();
        assertThat(locked.status()).isEqualTo(PeriodStatus.LOCKED);
        assertThat(locked.hasilKerja()).isEqualTo(Rating.MEETS);
        assertThat(locked.version()).isEqualTo(4);
    }

    @Test
    void ratingsMayChangeUntilFinalisedButNotAfter() {
        EvaluationPeriod rated = open().selfAssess("x").rate(Rating.BELOW, Rating.MEETS).rate(Rating.MEETS,
                Rating.MEETS);
        assertThat(rated.hasilKerja()).isEqualTo(Rating.MEETS);
        EvaluationPeriod finalised = rated.finalise();
        assertThatThrownBy(() -> finalised.rate(Rating.ABOVE, Rating.ABOVE)).isInstanceOf(PeriodRuleViolation.class);
    }

    @Test
    void skippingStepsIsRefused() {
        assertThatThrownBy(() -> open().rate(Rating.MEETS, Rating.MEETS)).isInstanceOf(PeriodRuleViolation.class)
                .hasMessageContaining("cannot be rated");
        assertThatThrownBy(() -> open().finalise()).isInstanceOf(PeriodRuleViolation.class);
        assertThatThrownBy(() -> open().lock()).isInstanceOf(PeriodRuleViolation.class);
        assertThatThrownBy(() -> open().reopen("x")).isInstanceOf(PeriodRuleViolation.class);
    }

    @Test
    void reopeningNeedsAReasonAndLeadsToANewRating() {
        EvaluationPeriod locked = open().selfAssess("x").rate(Rating.MEETS, Rating.MEETS).finalise().lock();
        assertThatThrownBy(() -> locked.reopen(" ")).hasMessageContaining("reason");
        EvaluationPeriod reopened = locked.reopen("Keberatan dikabulkan");
        assertThat(reopened.lastReason()).isEqualTo("Keberatan dikabulkan");
        assertThat(reopened.rate(Rating.ABOVE, Rating.MEETS).finalise().lock().status())
                .isEqualTo(PeriodStatus.LOCKED);
    }

    @Test
    void anObjectionFollowsItsOwnOrderOnFinalisedAnnualEvaluationsOnly() {
        EvaluationPeriod finalised = open().selfAssess("x").rate(Rating.BELOW, Rating.MEETS).finalise();
        Objection filed = Objection.file(finalised, "atasan", "Belum dihitung");
        assertThatThrownBy(() -> filed.decide(Objection.Decision.UPHELD, "x"))
                .isInstanceOf(PeriodRuleViolation.class);
        Objection decided = filed.answer("Terlambat").decide(Objection.Decision.DISMISSED, "Sudah sesuai");
        assertThat(decided.status()).isEqualTo(Objection.Status.DECIDED_BY_ATASAN_PENILAI);
        assertThat(decided.version()).isEqualTo(3);
        assertThatThrownBy(() -> decided.answer("x")).isInstanceOf(PeriodRuleViolation.class);
        EvaluationPeriod monthly = EvaluationPeriod.open("e", "a", "u", "2026-03", "p").selfAssess("x")
                .rate(Rating.MEETS, Rating.MEETS).finalise();
        assertThatThrownBy(() -> Objection.file(monthly, "atasan", "x")).hasMessageContaining("annual");
        assertThatThrownBy(() -> Objection.file(open(), "atasan", "x")).hasMessageContaining("finalised");
    }

    @Test
    void periodsAreYearsOrMonths() {
        assertThat(org.kinerja.contracts.Periods.valid("2026")).isTrue();
        assertThat(org.kinerja.contracts.Periods.valid("2026-03")).isTrue();
        assertThat(org.kinerja.contracts.Periods.valid("2026-Q4")).isTrue();
        assertThat(org.kinerja.contracts.Periods.valid("2026-13")).isFalse();
        assertThat(org.kinerja.contracts.Periods.valid("2026-Q5")).isFalse();
        assertThatThrownBy(() -> EvaluationPeriod.open("e", "a", "u", "Q1-2026", "p"))
                .hasMessageContaining("a month (2026-03) or a quarter");
    }

    @Test
    void feedbackComesFromWhomTheRulesAllow() {
        ReportRules.KnownEmployee staff = new ReportRules.KnownEmployee("staff", "dukcapil", "u", "boss", null, null, 1);
        assertThat(FeedbackRules.refusal(FeedbackRules.Kind.SELF, "staff", "dukcapil", "boss", staff)).isEmpty();
        assertThat(FeedbackRules.refusal(FeedbackRules.Kind.SUPERVISOR, "boss", "dukcapil", null, staff)).isEmpty();
        assertThat(FeedbackRules.refusal(FeedbackRules.Kind.SUPERVISOR, "colleague", "dukcapil", "boss", staff))
                .isPresent();
        assertThat(FeedbackRules.refusal(FeedbackRules.Kind.PEER, "colleague", "dukcapil", "boss", staff)).isEmpty();
        assertThat(FeedbackRules.refusal(FeedbackRules.Kind.PEER, "stranger", "dishub", null, staff)).isPresent();
        assertThat(FeedbackRules.refusal(FeedbackRules.Kind.SUBORDINATE, "junior", "dukcapil", "staff", staff))
                .isEqualTo(Optional.empty());
        assertThat(FeedbackRules.refusal(FeedbackRules.Kind.SUBORDINATE, "junior", "dukcapil", "boss", staff))
                .isPresent();
    }

    @Test
    void anUpheldObjectionReopensAFinalisedOrLockedEvaluationForThePenilaiToRateAgain() {
        EvaluationPeriod finalised = open().selfAssess("x").rate(Rating.BELOW, Rating.MEETS).finalise();
        EvaluationPeriod reopened = finalised.reopenForUpheldObjection("Layanan keliling dihitung");
        assertThat(reopened.status()).isEqualTo(PeriodStatus.REOPENED);
        assertThat(reopened.lastReason()).isEqualTo("Keberatan dikabulkan: Layanan keliling dihitung");
        assertThat(reopened.hasilKerja()).as("kept until the penilai rates again").isEqualTo(Rating.BELOW);
        assertThat(reopened.rate(Rating.MEETS, Rating.MEETS).finalise().hasilKerja()).isEqualTo(Rating.MEETS);
        assertThat(finalised.lock().reopenForUpheldObjection(null).lastReason()).isEqualTo("Keberatan dikabulkan");
        assertThatThrownBy(() -> open().reopenForUpheldObjection("x")).isInstanceOf(PeriodRuleViolation.class);
    }
}
