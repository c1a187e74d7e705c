package org.kinerja.rewards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinerja.rewards.domain.AttendanceDay.Status;

/**
 * R7 with the default policy, every figure worked by hand in the comments as the Perkada formula gives it: full
 * precision through every step, the rupiah rounded down once at the end. March 2026 has 22 working days (Mondays
 * 2, 9, 16, 23, 30).
 */
class TppCalculationTest {

    private static final RewardsPolicy DEFAULTS = RewardsPolicy.defaults("makassar");
    /** The default policy with unrecorded days not deducted: for the cases about the recorded facts alone. */
    private static final RewardsPolicy FACTS_ONLY = new RewardsPolicy("makassar", 1, DEFAULTS.effectiveFrom(), null,
            DEFAULTS.tpp(), DEFAULTS.angkaKredit(), DEFAULTS.rewards(), DEFAULTS.pembinaan(), DEFAULTS.training(),
            new RewardsPolicy.Calendar(List.of(), RewardsPolicy.UnrecordedDay.NOT_DEDUCTED));
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 10);

    private static BigDecimal rp(String amount) {
        return new BigDecimal(amount);
    }

    private static AttendanceDay day(int dayOfMonth, Status status, int late, boolean noRecord, boolean assembly) {
        return new AttendanceDay(LocalDate.of(2026, 3, dayOfMonth), status, late, noRecord, assembly);
    }

    private static TppCalculation march(RewardsPolicy policy, String ceiling, List<BigDecimal> capaian, Integer sum,
            List<AttendanceDay> days) {
        return TppCalculation.of(policy, rp(ceiling), capaian, sum, days, "2026-03", APRIL);
    }

    @Test
    void aMonthWithEveryKindOfFactComputedAtFullPrecision() {
        TppCalculation tpp = march(FACTS_ONLY, "4000000", List.of(rp("110"), rp("95"), rp("80")), 560,
                List.of(day(3, Status.PRESENT, 15, false, false), // 0.5 %
                        day(4, Status.PRESENT, 45, false, false), // 1 %
                        day(5, Status.ABSENT_WITHOUT_LEAVE, 0, true, false), // 10 %, nothing else
                        day(9, Status.PRESENT, 0, false, true), // Monday assembly missed: 2 %
                        day(10, Status.PRESENT, 0, true, false), // no record: 1.5 %
                        day(11, Status.LEAVE, 0, true, true))); // leave: nothing
        // capaian capped at 100: (100 + 95 + 80) / 3 = 91.666...; × 30 % = 27.5 % exactly of 4,000,000 = 1,100,000
        // (rounding the average to 91.67 first would give 27.501 % and 1,100,040: 40 rupiah too many)
        assertThat(tpp.averageCappedCapaian()).isEqualByComparingTo("91.666667");
        assertThat(tpp.skpPercent()).isEqualByComparingTo("27.5");
        assertThat(tpp.skpAmount()).isEqualByComparingTo("1100000");
        // behaviour 560 / 700 × 30 % = 24 % = 960,000
        assertThat(tpp.behaviourAmount()).isEqualByComparingTo("960000");
        // discipline 40 % - (0.5 + 1 + 10 + 2 + 1.5) % = 25 % = 1,000,000
        assertThat(tpp.deductions()).extracting(AttendanceDay.Deduction::cause).containsExactly("late 15 min",
                "late 45 min", "absent without leave", "missed Monday assembly", "no attendance record");
        assertThat(tpp.deductionPercent()).isEqualByComparingTo("15");
        assertThat(tpp.disciplineAmount()).isEqualByComparingTo("1000000");
        assertThat(tpp.total()).isEqualByComparingTo("3060000");
        assertThat(tpp.provisional()).isFalse();
        assertThat(tpp.attendanceCountedUntil()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aThirdOfARupiahIsNeverPaidAndNeverLostBeforeTheEnd() {
        // (100 + 100 + 99) / 3 = 99.666...; × 30 % = 29.9 % of 3,333,333 = 996,666.567 → 996,666
        // (99.67 first: 29.901 % → 996,699.9 → 996,699)
        TppCalculation tpp = march(FACTS_ONLY, "3333333", List.of(rp("100"), rp("100"), rp("99")), null, List.of());
        assertThat(tpp.skpAmount()).isEqualByComparingTo("996666");
        // 457 / 700 × 30 % = 19.5857142...% of 3,333,333 = 652,857.07 → 652,857 (19.5857 % first: 652,856.6 → 652,856)
        TppCalculation behaviour = march(FACTS_ONLY, "3333333", List.of(), 457, List.of());
        assertThat(behaviour.behaviourPercent()).isEqualByComparingTo("19.585714");
        assertThat(behaviour.behaviourAmount()).isEqualByComparingTo("652857");
    }

    @Test
    void aWorkingDayWithoutAnyRecordIsDeductedAsNoRecordAndHolidaysAndWeekendsAreNot() {
        // Only the 2nd recorded (on time); 21 other working days without a fact: 21 × 1.5 % = 31.5 %
        TppCalculation tpp = march(DEFAULTS, "4000000", List.of(rp("100")), 700, List.of(day(2, Status.PRESENT, 0,
                false, false)));
        assertThat(tpp.deductions()).hasSize(21).allSatisfy(d -> assertThat(d.percent())
                .isEqualByComparingTo("1.5"));
        assertThat(tpp.deductionPercent()).isEqualByComparingTo("31.5");
        // discipline 8.5 % of 4,000,000 = 340,000
        assertThat(tpp.disciplineAmount()).isEqualByComparingTo("340000");

        RewardsPolicy nyepi = new RewardsPolicy("makassar", 2, DEFAULTS.effectiveFrom(), null, DEFAULTS.tpp(),
                DEFAULTS.angkaKredit(), DEFAULTS.rewards(), DEFAULTS.pembinaan(), DEFAULTS.training(),
                new RewardsPolicy.Calendar(List.of(LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20)), null));
        assertThat(march(nyepi, "4000000", List.of(rp("100")), 700, List.of(day(2, Status.PRESENT, 0, false,
                false))).deductionPercent()).as("two holidays off the calendar").isEqualByComparingTo("28.5");

        RewardsPolicy absent = new RewardsPolicy("makassar", 2, DEFAULTS.effectiveFrom(), null, DEFAULTS.tpp(),
                DEFAULTS.angkaKredit(), DEFAULTS.rewards(), DEFAULTS.pembinaan(), DEFAULTS.training(),
                new RewardsPolicy.Calendar(null, RewardsPolicy.UnrecordedDay.ABSENT_WITHOUT_LEAVE));
        assertThat(march(absent, "4000000", List.of(), null, List.of()).disciplineAmount())
                .as("a region counting such days as absent: 22 × 10 %, capped at the 40 %").isEqualByComparingTo("0");
    }

    @Test
    void aMonthInProgressCountsTheDaysOverAndIsProvisional() {
        // computed on Thursday 12 March: the 2nd to the 11th are over (8 working days), one of them recorded
        TppCalculation tpp = TppCalculation.of(DEFAULTS, rp("4000000"), List.of(rp("100")), 700,
                List.of(day(3, Status.PRESENT, 0, false, false), day(12, Status.PRESENT, 45, false, false)),
                "2026-03", LocalDate.of(2026, 3, 12));
        assertThat(tpp.provisional()).isTrue();
        assertThat(tpp.attendanceCountedUntil()).isEqualTo(LocalDate.of(2026, 3, 11));
        // 7 working days without a fact × 1.5 % + today's late arrival 1 % = 11.5 %
        assertThat(tpp.deductionPercent()).isEqualByComparingTo("11.5");
    }

    @Test
    void latenessBandsAndTheirEdges() {
        RewardsPolicy.Deductions rates = DEFAULTS.tpp().deductions();
        assertThat(day(2, Status.PRESENT, 0, false, false).deductions(rates)).isEmpty();
        assertThat(day(2, Status.PRESENT, 30, false, false).deductions(rates).get(0).percent()).isEqualByComparingTo("0.5");
        assertThat(day(2, Status.PRESENT, 31, false, false).deductions(rates).get(0).percent()).isEqualByComparingTo("1");
        assertThat(day(2, Status.PRESENT, 60, false, false).deductions(rates).get(0).percent()).isEqualByComparingTo("1");
        assertThat(day(2, Status.PRESENT, 61, false, false).deductions(rates).get(0).percent()).isEqualByComparingTo("1.25");
        assertThat(day(2, Status.PRESENT, 90, false, false).deductions(rates).get(0).percent()).isEqualByComparingTo("1.25");
        assertThat(day(2, Status.PRESENT, 91, false, false).deductions(rates).get(0).percent()).isEqualByComparingTo("1.5");
        assertThat(day(2, Status.SICK_LEAVE, 0, true, false).deductions(rates)).isEmpty();
        assertThat(day(2, Status.OFFICIAL_DUTY, 0, true, false).deductions(rates)).isEmpty();
    }

    @Test
    void behaviourBandsAndRupiahRoundedDown() {
        RewardsPolicy.Tpp policy = DEFAULTS.tpp();
        // 209 and below: nothing
        assertThat(TppCalculation.behaviourPercent(policy, 209)).isEqualByComparingTo("0");
        assertThat(TppCalculation.behaviourPercent(policy, null)).isEqualByComparingTo("0");
        // 210 / 700 × 30 = 9 %; of 3,333,333 = 299,999.97 → 299,999
        TppCalculation low = march(FACTS_ONLY, "3333333", List.of(), 210, List.of());
        assertThat(low.behaviourAmount()).isEqualByComparingTo("299999");
        // 678 / 700 × 30 = 29.057142...%; above 678 all 30 %: of 3,333,333 = 999,999.9 → 999,999
        assertThat(TppCalculation.behaviourPercent(policy, 678)).isEqualByComparingTo("29.057143");
        TppCalculation full = march(FACTS_ONLY, "3333333", List.of(), 679, List.of());
        assertThat(full.behaviourAmount()).isEqualByComparingTo("999999");
        // no score for the month: no SKP part; a clean month keeps all 40 %: 1,333,333.2 → 1,333,333
        assertThat(full.skpAmount()).isEqualByComparingTo("0");
        assertThat(full.disciplineAmount()).isEqualByComparingTo("1333333");
        assertThat(full.total()).isEqualByComparingTo("2333332");
    }

    @Test
    void deductionsNeverTakeMoreThanTheDisciplinePart() {
        List<AttendanceDay> absent = List.of(day(2, Status.ABSENT_WITHOUT_LEAVE, 0, false, false),
                day(3, Status.ABSENT_WITHOUT_LEAVE, 0, false, false), day(4, Status.ABSENT_WITHOUT_LEAVE, 0, false,
                        false), day(5, Status.ABSENT_WITHOUT_LEAVE, 0, false, false),
                day(6, Status.ABSENT_WITHOUT_LEAVE, 0, false, false));
        TppCalculation tpp = march(FACTS_ONLY, "4000000", List.of(rp("100")), 700, absent);
        assertThat(tpp.deductionPercent()).isEqualByComparingTo("40");
        assertThat(tpp.disciplineAmount()).isEqualByComparingTo("0");
        assertThat(tpp.total()).isEqualByComparingTo("2400000");
    }
}
