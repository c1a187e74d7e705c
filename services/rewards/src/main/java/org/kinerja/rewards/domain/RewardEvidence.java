package org.kinerja.rewards.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The evidence a reward needs (R8 and the issue of rewards given without it): an average capaian of at least the
 * policy's minimum, and, where the policy requires it, the unit's distribution pattern kept in the period or its
 * deviation justified. A reward's reason says which evidence it stands on; a withheld one says what is missing.
 */
public final class RewardEvidence {

    private RewardEvidence() {
    }

    /**
     * What is missing (codes {@code CAPAIAN_BELOW_MINIMUM} [average or "unknown", minimum] and
     * {@code PATTERN_BROKEN_UNJUSTIFIED} [period]); empty when the evidence holds.
     */
    public static Optional<Because> missing(RewardsPolicy.Rewards rules, BigDecimal averageCapaian,
            UnitPattern pattern) {
        if (averageCapaian == null || averageCapaian.compareTo(rules.minimumCapaian()) < 0) {
            return Optional.of(Because.of("average capaian " + percent(averageCapaian) + " % is below the "
                    + percent(rules.minimumCapaian()) + " % a reward needs", "CAPAIAN_BELOW_MINIMUM",
                    percent(averageCapaian), percent(rules.minimumCapaian())));
        }
        if (rules.requirePatternKept() && !pattern.keptOrJustified()) {
            return Optional.of(Because.of("unit " + pattern.unitId() + " broke its distribution pattern in "
                    + pattern.period() + " (" + String.join("; ", pattern.violations())
                    + ") and the deviation is not justified", "PATTERN_BROKEN_UNJUSTIFIED", pattern.period()));
        }
        return Optional.empty();
    }

    /**
     * The evidence a granted reward stands on (codes {@code CAPAIAN_AT_LEAST} [average, minimum], then where the
     * policy asks for the pattern {@code PATTERN_KEPT} [period] or {@code PATTERN_DEVIATION_JUSTIFIED} [period,
     * justification]).
     */
    public static Because held(RewardsPolicy.Rewards rules, BigDecimal averageCapaian, UnitPattern pattern) {
        Because capaian = Because.of("average capaian " + percent(averageCapaian) + " % (at least " + percent(
                rules.minimumCapaian()) + " %)", "CAPAIAN_AT_LEAST", percent(averageCapaian),
                percent(rules.minimumCapaian()));
        if (!rules.requirePatternKept()) {
            return capaian;
        }
        return capaian.then("; ", pattern.violated()
                ? Because.of("unit " + pattern.unitId() + " deviated from its distribution pattern in "
                        + pattern.period() + ", justified: " + pattern.justification(),
                        "PATTERN_DEVIATION_JUSTIFIED", pattern.period(), pattern.justification())
                : Because.of("unit " + pattern.unitId() + " within its distribution pattern in " + pattern.period(),
                        "PATTERN_KEPT", pattern.period()));
    }

    private static String percent(BigDecimal value) {
        return value == null ? "unknown" : value.stripTrailingZeros().toPlainString();
    }
}
