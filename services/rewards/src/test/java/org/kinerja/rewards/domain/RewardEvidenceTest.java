package org.kinerja.rewards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinerja.contracts.events.Reason;

class RewardEvidenceTest {

    private static final RewardsPolicy.Rewards RULES = RewardsPolicy.defaults("semarang").rewards();
    private static final UnitPattern KEPT = UnitPattern.none("yankes", "2026");
    private static final UnitPattern BROKEN = KEPT.reported("VIOLATED", List.of("BAIK: at most 70 %"), 1);

    @Test
    void aRewardNeedsTheMinimumCapaian() {
        assertThat(RewardEvidence.missing(RULES, new BigDecimal("0.00"), KEPT)).contains(new Because(
                "average capaian 0 % is below the 100 % a reward needs",
                List.of(Reason.of("CAPAIAN_BELOW_MINIMUM", "0", "100"))));
        assertThat(RewardEvidence.missing(RULES, new BigDecimal("99.99"), KEPT)).isPresent();
        assertThat(RewardEvidence.missing(RULES, new BigDecimal("100"), KEPT)).isEmpty();
        assertThat(RewardEvidence.missing(RULES, null, KEPT)).isPresent();
    }

    @Test
    void aBrokenPatternWithholdsRewardsUntilJustifiedOrWhereThePolicyDoesNotAsk() {
        assertThat(RewardEvidence.missing(RULES, new BigDecimal("112"), BROKEN)).contains(new Because("unit yankes "
                + "broke its distribution pattern in 2026 (BAIK: at most 70 %) and the deviation is not justified",
                List.of(Reason.of("PATTERN_BROKEN_UNJUSTIFIED", "2026"))));
        UnitPattern justified = BROKEN.justified("Unit kecil", "bkpsdm", Instant.EPOCH);
        assertThat(RewardEvidence.missing(RULES, new BigDecimal("112"), justified)).isEmpty();
        Because held = RewardEvidence.held(RULES, new BigDecimal("112"), justified);
        assertThat(held.words()).isEqualTo("average capaian 112 % (at least 100 %); unit yankes deviated from its "
                + "distribution pattern in 2026, justified: Unit kecil");
        assertThat(held.codes()).containsExactly(Reason.of("CAPAIAN_AT_LEAST", "112", "100"),
                Reason.of("PATTERN_DEVIATION_JUSTIFIED", "2026", "Unit kecil"));
        RewardsPolicy.Rewards lenient = new RewardsPolicy.Rewards(1, 1, null, new BigDecimal("90"), false);
        assertThat(RewardEvidence.missing(lenient, new BigDecimal("95"), BROKEN)).isEmpty();
        assertThat(RewardEvidence.held(lenient, new BigDecimal("95"), BROKEN).words()).isEqualTo("average capaian "
                + "95 % (at least 90 %)");
    }

    @Test
    void aPatternFittingAgainKeepsItsJustificationAndAnOlderReportChangesNothingHere() {
        UnitPattern cleared = BROKEN.justified("x", "bkpsdm", Instant.EPOCH).reported("CLEARED", List.of(), 2);
        assertThat(cleared.keptOrJustified()).isTrue();
        assertThat(cleared.justification()).isEqualTo("x");
        assertThat(cleared.version()).isEqualTo(3);
    }
}
