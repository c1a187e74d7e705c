package org.kinerja.rewards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpDecisionTest {

    @ParameterizedTest
    @CsvSource({"ABOVE, REWARD_CANDIDATE", "MEETS, NO_ACTION", "BELOW, COACHING_WATCH"})
    void withoutAPredicateTheProposedRatingDecidesTheKind(String rating, FollowUpKind expected) {
        FollowUpDecision decision = FollowUpDecision.decide("2026-03", null, rating, new BigDecimal("6.460"));
        assertThat(decision.kind()).isEqualTo(expected);
        assertThat(decision.reason()).isEqualTo("Proposed Hasil Kerja rating " + rating
                + " expectation (average capaian 6.46 %)");
    }

    @Test
    void aBadMonthIsAnEarlyWarningAndTheYearsResultTheGroundOfACase() {
        FollowUpDecision month = FollowUpDecision.decide("2026-03", Predicate.BUTUH_PERBAIKAN, "ABOVE",
                new BigDecimal("95"));
        assertThat(month.kind()).as("the predicate outweighs the proposal").isEqualTo(FollowUpKind.COACHING_WATCH);
        assertThat(month.reason()).isEqualTo("Predicate BUTUH_PERBAIKAN in 2026-03 (average capaian 95 %): an early "
                + "warning for the penilai; pembinaan follows the year's evaluation");
        assertThat(FollowUpDecision.decide("2026", Predicate.KURANG, "MEETS", new BigDecimal("88")).reason())
                .endsWith("a pembinaan case follows the year's result");
        assertThat(FollowUpDecision.decide("2026", Predicate.SANGAT_BAIK, "MEETS", new BigDecimal("112")).kind())
                .isEqualTo(FollowUpKind.REWARD_CANDIDATE);
    }
}
