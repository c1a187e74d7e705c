package org.kinerja.rewards.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kinerja.contracts.Periods;

/**
 * The monthly TPP allowance of one employee under a policy (R7), exactly as the Perkada writes it: every amount is
 * ceiling × its percent / 100 computed from the exact inputs (the average capaian is sum / count, never a rounded
 * figure) and rounded down to the rupiah once, at the end; the total is the sum of the three amounts. The average and
 * the percents are shown to six decimals for reading only. Attendance counts up to {@code attendanceCountedUntil}: the
 * month's last day once it is over, else the day before the calculation; a working day up to then with no fact at all
 * is deducted as the policy's calendar says. A month in progress is {@code provisional}.
 */
public record TppCalculation(BigDecimal ceiling, BigDecimal averageCappedCapaian, BigDecimal skpPercent,
        BigDecimal skpAmount, Integer behaviourSum, BigDecimal behaviourPercent, BigDecimal behaviourAmount,
        List<AttendanceDay.Deduction> deductions, BigDecimal deductionPercent, BigDecimal disciplinePercent,
        BigDecimal disciplineAmount, BigDecimal total, LocalDate attendanceCountedUntil, boolean provisional) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal SEVEN_HUNDRED = new BigDecimal("700");
    private static final int SHOWN_DECIMALS = 6;

    /**
     * @param capaian      the month's capaian per indicator (each capped by the policy before averaging); empty when
     *                     the employee has no score for the month, which earns no SKP part
     * @param behaviourSum the seven BerAKHLAK scores added up (0-700), null when none was given (no behaviour part)
     * @param days         the month's attendance facts
     * @param month        the month (yyyy-mm)
     * @param today        the region's day of the calculation
     */
    public static TppCalculation of(RewardsPolicy policy, BigDecimal ceiling, List<BigDecimal> capaian,
            Integer behaviourSum, Collection<AttendanceDay> days, String month, LocalDate today) {
        RewardsPolicy.Tpp tpp = policy.tpp();
        BigDecimal cappedSum = capaian.stream().map(c -> c.min(tpp.capaianCap())).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal count = BigDecimal.valueOf(capaian.size());
        BigDecimal skpAmount = capaian.isEmpty() ? BigDecimal.ZERO
                : rupiah(ceiling.multiply(cappedSum).multiply(tpp.skpPercent()), count.multiply(HUNDRED)
                        .multiply(HUNDRED));
        BigDecimal average = capaian.isEmpty() ? BigDecimal.ZERO : shown(cappedSum, count);
        BigDecimal skpPercent = capaian.isEmpty() ? BigDecimal.ZERO
                : shown(cappedSum.multiply(tpp.skpPercent()), count.multiply(HUNDRED));

        LocalDate lastDay = Periods.end(month);
        LocalDate countedUntil = today.minusDays(1).isBefore(lastDay) ? today.minusDays(1) : lastDay;
        List<AttendanceDay.Deduction> deductions = deductions(policy, days, Periods.start(month), countedUntil);
        BigDecimal deducted = deductions.stream().map(AttendanceDay.Deduction::percent)
                .reduce(BigDecimal.ZERO, BigDecimal::add).min(tpp.disciplinePercent());
        BigDecimal disciplinePercent = tpp.disciplinePercent().subtract(deducted);
        BigDecimal behaviourAmount = behaviourAmount(tpp, ceiling, behaviourSum);
        BigDecimal disciplineAmount = rupiah(ceiling.multiply(disciplinePercent), HUNDRED);
        return new TppCalculation(ceiling, average, skpPercent, skpAmount, behaviourSum,
                behaviourPercent(tpp, behaviourSum), behaviourAmount, deductions, deducted, disciplinePercent,
                disciplineAmount, skpAmount.add(behaviourAmount).add(disciplineAmount), countedUntil,
                countedUntil.isBefore(lastDay));
    }

    /**
     * The month's deductions in date order: each fact's under the policy's rates, and for each working day up to
     * {@code countedUntil} without any fact, the calendar's rule (no record by default).
     */
    static List<AttendanceDay.Deduction> deductions(RewardsPolicy policy, Collection<AttendanceDay> days,
            LocalDate first, LocalDate countedUntil) {
        RewardsPolicy.Deductions rates = policy.tpp().deductions();
        Map<LocalDate, AttendanceDay> byDate = days.stream().collect(Collectors.toMap(AttendanceDay::date,
                Function.identity(), (a, b) -> b));
        List<AttendanceDay.Deduction> deductions = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(countedUntil); day = day.plusDays(1)) {
            AttendanceDay fact = byDate.get(day);
            if (fact != null) {
                deductions.addAll(fact.deductions(rates));
            } else if (policy.calendar().workingDay(day)) {
                switch (policy.calendar().unrecordedWorkingDay()) {
                    case NO_RECORD -> deductions.add(new AttendanceDay.Deduction(day,
                            "no attendance record (working day without any)", rates.lateOver90OrNoRecord()));
                    case ABSENT_WITHOUT_LEAVE -> deductions.add(new AttendanceDay.Deduction(day,
                            "absent without leave (working day without any record)", rates.absentWithoutLeave()));
                    case NOT_DEDUCTED -> { }
                }
            }
        }
        // Facts after the counted days (reported ahead, or today's) still count: they are facts.
        byDate.values().stream().filter(d -> d.date().isAfter(countedUntil))
                .sorted(Comparator.comparing(AttendanceDay::date)).forEach(d -> deductions.addAll(d.deductions(rates)));
        return deductions;
    }

    /** The behaviour part's percent, shown: up to the floor nothing; above the full mark all; between sum / 700. */
    static BigDecimal behaviourPercent(RewardsPolicy.Tpp policy, Integer sum) {
        if (sum == null || sum <= policy.behaviourFloor()) {
            return BigDecimal.ZERO;
        }
        if (sum > policy.behaviourFull()) {
            return policy.behaviourPercent();
        }
        return shown(BigDecimal.valueOf(sum).multiply(policy.behaviourPercent()), SEVEN_HUNDRED);
    }

    private static BigDecimal behaviourAmount(RewardsPolicy.Tpp policy, BigDecimal ceiling, Integer sum) {
        if (sum == null || sum <= policy.behaviourFloor()) {
            return BigDecimal.ZERO;
        }
        if (sum > policy.behaviourFull()) {
            return rupiah(ceiling.multiply(policy.behaviourPercent()), HUNDRED);
        }
        return rupiah(ceiling.multiply(BigDecimal.valueOf(sum)).multiply(policy.behaviourPercent()),
                SEVEN_HUNDRED.multiply(HUNDRED));
    }

    /** numerator / denominator, exactly, rounded down to the rupiah: the only rounding an amount sees. */
    private static BigDecimal rupiah(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 0, RoundingMode.DOWN);
    }

    /** A figure for reading: six decimals, trailing zeros dropped, never in exponent form. */
    private static BigDecimal shown(BigDecimal numerator, BigDecimal denominator) {
        BigDecimal value = numerator.divide(denominator, SHOWN_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
