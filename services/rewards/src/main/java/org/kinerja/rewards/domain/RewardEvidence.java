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

    /** What is missing, in words; empty when the evidence holds. */
    public static Optional<String> missing(RewardsPolicy.Rewards rules, BigDecimal averageCapaian,
            UnitPattern pattern) {
        if (averageCapaian == null || averageCapaian.compareTo(rules.minimumCapaian()) < 0) {
            return Optional.of("average capaian " + percent(averageCapaian) + " % is below the "
                    + percent(rules.minimumCapaian()) + " % a reward needs");
        }
        if (rules.requirePatternKept() && !pattern.keptOrJustified()) {
            return Optional.of("unit " + pattern.unitId() + " broke its distribution pattern in " + pattern.period()
                    + " (" + String.join("; ", pattern.violations()) + ") and the deviation is not justified");
        }
        return Optional.empty();
    }

    /** The evidence a granted reward stands on, in words. */
    public static String held(RewardsPolicy.Rewards rules, BigDecimal averageCapaian, UnitPattern pattern) {
        String capaian = "average capaian " + percent(averageCapaian) + " % (at least " + percent(
                rules.minimumCapaian()) + " %)";
        if (!rules.requirePatternKept()) {
            return capaian;
        }
        return capaian + "; unit " + pattern.unitId() + (pattern.violated()
                ? " deviated from its distribution pattern in " + pattern.period() + ", justified: "
                        + pattern.justification()
                : " within its distribution pattern in " + pattern.period());
    }

    private static String percent(BigDecimal value) {
        return value == null ? "unknown" : value.stripTrailingZeros().toPlainString();
    }
}
