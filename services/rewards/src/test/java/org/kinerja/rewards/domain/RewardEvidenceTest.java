package org.kinerja.rewards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class RewardEvidenceTest {

    private static final RewardsPolicy.Rewards RULES = RewardsPolicy.defaults("semarang").rewards();
    private static final UnitPattern KEPT = UnitPattern.none("yankes", "2026");
    private static final UnitPattern BROKEN = KEPT.reported("VIOLATED", List.of("BAIK: at most 70 %"), 1);

    @Test
    void aRewardNeedsTheMinimumCapaian() {
        assertThat(RewardEvidence.missing(RULES, new BigDecimal("0.00"), KEPT))
                .contains("average capaian 0 % is below the 100 % a reward needs");
        assertThat(RewardEvidence.missing(RULES, new BigDecimal("99.99"), KEPT)).isPresent();
        assertThat(RewardEvidence.missing(RULES, new BigDecimal("100"), KEPT)).isEmpty();
        assertThat(RewardEvidence.missing(RULES, null, KEPT)).isPresent();
    }

    @Test
    void aBrokenPatternWithholdsRewardsUntilJustifiedOrWhereThePolicyDoesNotAsk() {
        assertThat(RewardEvidence.missing(RULES, new BigDecimal("112"), BROKEN)).contains("unit yankes broke its "
                + "distribution pattern in 2026 (BAIK: at most 70 %) and the deviation is not justified");
        UnitPattern justified = BROKEN.justified("Unit kecil", "bkpsdm", Instant.EPOCH);
        assertThat(RewardEvidence.missing(RULES, new BigDecimal("112"), justified)).isEmpty();
        assertThat(RewardEvidence.held(RULES, new BigDecimal("112"), justified)).isEqualTo("average capaian 112 % "
                + "(at least 100 %); unit yankes deviated from its distribution pattern in 2026, justified: Unit kecil");
        RewardsPolicy.Rewards lenient = new RewardsPolicy.Rewards(1, 1, null, new BigDecimal("90"), false);
        assertThat(RewardEvidence.missing(lenient, new BigDecimal("95"), BROKEN)).isEmpty();
        assertThat(RewardEvidence.held(lenient, new BigDecimal("95"), BROKEN)).isEqualTo("average capaian 95 % "
                + "(at least 90 %)");
    }

    @Test
    void aPatternFittingAgainKeepsItsJustificationAndAnOlderReportChangesNothingHere() {
        UnitPattern cleared = BROKEN.justified("x", "bkpsdm", Instant.EPOCH).reported("CLEARED", List.of(), 2);
        assertThat(cleared.keptOrJustified()).isTrue();
        assertThat(cleared.justification()).isEqualTo("x");
        assertThat(cleared.version()).isEqualTo(3);
    }
}
