package org.kinerja.rewards.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A functional position's yearly angka kredit (R5): the level's coefficient × the predicate's multiplier, two
 * decimals, half up.
 */
public record AngkaKreditCalculation(JfLevel jfLevel, BigDecimal coefficient, Predicate predicate,
        BigDecimal multiplier, BigDecimal credit) {

    public static AngkaKreditCalculation of(RewardsPolicy.AngkaKredit policy, JfLevel jfLevel, Predicate predicate) {
        BigDecimal coefficient = policy.coefficients().get(jfLevel);
        BigDecimal multiplier = policy.multipliers().get(predicate);
        if (coefficient == null || multiplier == null) {
            throw new IllegalArgumentException("no coefficient for " + jfLevel + " or multiplier for " + predicate);
        }
        BigDecimal credit = coefficient.multiply(multiplier).divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
        return new AngkaKreditCalculation(jfLevel, coefficient, predicate, multiplier, credit);
    }
}
