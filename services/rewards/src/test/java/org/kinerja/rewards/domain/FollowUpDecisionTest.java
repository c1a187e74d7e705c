package org.kinerja.rewards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpDecisionTest {

    @ParameterizedTest
    @CsvSource({"ABOVE, REWARD_CANDIDATE", "MEETS, NO_ACTION", "BELOW, COACHING_WATCH"})
    void theProposedRatingDecidesTheKind(String rating, FollowUpKind expected) {
        FollowUpDecision decision = FollowUpDecision.decide(rating, new BigDecimal("6.460"));
        assertThat(decision.kind()).isEqualTo(expected);
        assertThat(decision.reason()).isEqualTo("Proposed Hasil Kerja rating " + rating
                + " expectation (average capaian 6.46 %)");
    }
}
