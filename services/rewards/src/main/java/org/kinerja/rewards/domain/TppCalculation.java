package org.kinerja.rewards.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The monthly TPP allowance of one employee under a policy (R7), with a breakdown a person can check by hand: every
 * amount is ceiling × its percent / 100, rounded down to the rupiah, and the total is the sum of the three amounts.
 */
public record TppCalculation(BigDecimal ceiling, BigDecimal averageCappedCapaian, BigDecimal skpPercent,
        BigDecimal skpAmount, Integer behaviourSum, BigDecimal behaviourPercent, BigDecimal behaviourAmount,
        List<AttendanceDay.Deduction> deductions, BigDecimal deductionPercent, BigDecimal disciplinePercent,
        BigDecimal disciplineAmount, BigDecimal total) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal SEVEN_HUNDRED = new BigDecimal("700");

    /**
     * @param capaian       the month's capaian per indicator (each capped by the policy before averaging); empty when
     *                      the employee has no score for the month, which earns no SKP part
     * @param behaviourSum  the seven BerAKHLAK scores added up (0-700), null when none was given (no behaviour part)
     * @param days          the month's attendance facts
     */
    public static TppCalculation of(RewardsPolicy.Tpp policy, BigDecimal ceiling, List<BigDecimal> capaian,
            Integer behaviourSum, Collection<AttendanceDay> days) {
        BigDecimal average = capaian.isEmpty() ? BigDecimal.ZERO.setScale(2) : capaian.stream()
                .map(c -> c.min(policy.capaianCap()))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(capaian.size()), 2, RoundingMode.HALF_UP);
        BigDecimal skpPercent = average.multiply(policy.skpPercent()).divide(HUNDRED, 4, RoundingMode.HALF_UP);
        BigDecimal behaviourPercent = behaviourPercent(policy, behaviourSum);
        List<AttendanceDay.Deduction> deductions = new ArrayList<>();
        days.stream().sorted(java.util.Comparator.comparing(AttendanceDay::date))
                .forEach(day -> deductions.addAll(day.deductions(policy.deductions())));
        BigDecimal deducted = deductions.stream().map(AttendanceDay.Deduction::percent)
                .reduce(BigDecimal.ZERO, BigDecimal::add).min(policy.disciplinePercent());
        BigDecimal disciplinePercent = policy.disciplinePercent().subtract(deducted);
        BigDecimal skpAmount = share(ceiling, skpPercent);
        BigDecimal behaviourAmount = share(ceiling, behaviourPercent);
        BigDecimal disciplineAmount = share(ceiling, disciplinePercent);
        return new TppCalculation(ceiling, average, skpPercent, skpAmount, behaviourSum, behaviourPercent,
                behaviourAmount, deductions, deducted, disciplinePercent, disciplineAmount,
                skpAmount.add(behaviourAmount).add(disciplineAmount));
    }

    /** Up to the floor nothing; above the full mark all of it; in between sum / 700 of it. */
    static BigDecimal behaviourPercent(RewardsPolicy.Tpp policy, Integer sum) {
        if (sum == null || sum <= policy.behaviourFloor()) {
            return BigDecimal.ZERO;
        }
        if (sum > policy.behaviourFull()) {
            return policy.behaviourPercent();
        }
        return BigDecimal.valueOf(sum).multiply(policy.behaviourPercent()).divide(SEVEN_HUNDRED, 4,
                RoundingMode.HALF_UP);
    }

    /** ceiling × percent / 100, rounded down to the rupiah. */
    static BigDecimal share(BigDecimal ceiling, BigDecimal percent) {
        return ceiling.multiply(percent).divide(HUNDRED, 0, RoundingMode.DOWN);
    }
}
