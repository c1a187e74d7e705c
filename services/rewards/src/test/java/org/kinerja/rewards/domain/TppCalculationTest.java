package org.kinerja.rewards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinerja.rewards.domain.AttendanceDay.Status;

/** R7 with the default policy, every figure computed by hand in the comments. */
class TppCalculationTest {

    private static final RewardsPolicy.Tpp POLICY = RewardsPolicy.defaults("makassar").tpp();

    private static BigDecimal rp(String amount) {
        return new BigDecimal(amount);
    }

    private static AttendanceDay day(int dayOfMonth, Status status, int late, boolean noRecord, boolean assembly) {
        return new AttendanceDay(LocalDate.of(2026, 3, dayOfMonth), status, late, noRecord, assembly);
    }

    @Test
    void aMonthWithEveryKindOfFact() {
        TppCalculation tpp = TppCalculation.of(POLICY, rp("4000000"), List.of(rp("110"), rp("95"), rp("80")), 560,
                List.of(day(3, Status.PRESENT, 15, false, false), // 0.5 %
                        day(4, Status.PRESENT, 45, false, false), // 1 %
                        day(5, Status.ABSENT_WITHOUT_LEAVE, 0, true, false), // 10 %, nothing else
                        day(9, Status.PRESENT, 0, false, true), // Monday assembly missed: 2 %
                        day(10, Status.PRESENT, 0, true, false), // no record: 1.5 %
                        day(11, Status.LEAVE, 0, true, true))); // leave: nothing
        // capaian capped at 100: (100 + 95 + 80) / 3 = 91.67; × 30 % = 27.5010 % of 4,000,000 = 1,100,040
        assertThat(tpp.averageCappedCapaian()).isEqualByComparingTo("91.67");
        assertThat(tpp.skpPercent()).isEqualByComparingTo("27.501");
        assertThat(tpp.skpAmount()).isEqualByComparingTo("1100040");
        // behaviour 560 / 700 × 30 % = 24 % = 960,000
        assertThat(tpp.behaviourAmount()).isEqualByComparingTo("960000");
        // discipline 40 % - (0.5 + 1 + 10 + 2 + 1.5) % = 25 % = 1,000,000
        assertThat(tpp.deductions()).extracting(AttendanceDay.Deduction::cause).containsExactly("late 15 min",
                "late 45 min", "absent without leave", "missed Monday assembly", "no attendance record");
        assertThat(tpp.deductionPercent()).isEqualByComparingTo("15");
        assertThat(tpp.disciplineAmount()).isEqualByComparingTo("1000000");
        assertThat(tpp.total()).isEqualByComparingTo("3060040");
    }

    @Test
    void latenessBandsAndTheirEdges() {
        RewardsPolicy.Deductions rates = POLICY.deductions();
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
        // 209 and below: nothing
        assertThat(TppCalculation.behaviourPercent(POLICY, 209)).isEqualByComparingTo("0");
        assertThat(TppCalculation.behaviourPercent(POLICY, null)).isEqualByComparingTo("0");
        // 210 / 700 × 30 = 9 %; of 3,333,333 = 299,999.97 → 299,999
        TppCalculation low = TppCalculation.of(POLICY, rp("3333333"), List.of(), 210, List.of());
        assertThat(low.behaviourAmount()).isEqualByComparingTo("299999");
        // 678 / 700 × 30 = 29.0571 %; above 678 all 30 %: of 3,333,333 = 999,999.9 → 999,999
        assertThat(TppCalculation.behaviourPercent(POLICY, 678)).isEqualByComparingTo("29.0571");
        TppCalculation full = TppCalculation.of(POLICY, rp("3333333"), List.of(), 679, List.of());
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
        TppCalculation tpp = TppCalculation.of(POLICY, rp("4000000"), List.of(rp("100")), 700, absent);
        assertThat(tpp.deductionPercent()).isEqualByComparingTo("40");
        assertThat(tpp.disciplineAmount()).isEqualByComparingTo("0");
        assertThat(tpp.total()).isEqualByComparingTo("2400000");
    }
}
