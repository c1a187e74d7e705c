package org.kinerja.rewards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RewardsPolicyTest {

    private final RewardsPolicy defaults = RewardsPolicy.defaults("makassar");

    private RewardsPolicy withTpp(RewardsPolicy.Tpp tpp) {
        return new RewardsPolicy("makassar", 2, LocalDate.of(2027, 1, 1), null, tpp, defaults.angkaKredit(),
                defaults.rewards(), defaults.pembinaan(), defaults.training(), null);
    }

    @Test
    void theDefaultsOfTheDomainBriefAreValid() {
        assertThat(defaults.problems()).isEmpty();
        assertThat(defaults.ceilingOf(PositionType.JF, JfLevel.AHLI_MUDA)).isEqualByComparingTo("5000000");
        assertThat(defaults.ceilingOf(PositionType.PELAKSANA, null)).isEqualByComparingTo("4000000");
    }

    @Test
    void sharesMustAddUpAndBandsMustBeOrdered() {
        RewardsPolicy.Tpp t = defaults.tpp();
        RewardsPolicy bad = withTpp(new RewardsPolicy.Tpp(t.ceilings(), t.defaultCeiling(), new BigDecimal("70"),
                new BigDecimal("40"), t.skpPercent(), t.behaviourPercent(), t.capaianCap(), 700, 678,
                t.deductions()));
        assertThat(bad.problems()).containsExactly("tpp.productivityPercent + tpp.disciplinePercent must be 100",
                "tpp.skpPercent + tpp.behaviourPercent must be tpp.productivityPercent",
                "tpp.behaviourFloor must be below tpp.behaviourFull");
        RewardsPolicy skp = withTpp(new RewardsPolicy.Tpp(t.ceilings(), t.defaultCeiling(), t.productivityPercent(),
                t.disciplinePercent(), new BigDecimal("35"), t.behaviourPercent(), t.capaianCap(), 209, 678,
                t.deductions()));
        assertThat(skp.problems()).containsExactly("tpp.skpPercent + tpp.behaviourPercent must be "
                + "tpp.productivityPercent");
    }

    @Test
    void ceilingsCoefficientsAndDatesAreChecked() {
        RewardsPolicy.Tpp t = defaults.tpp();
        Map<JfLevel, BigDecimal> coefficients = new HashMap<>(defaults.angkaKredit().coefficients());
        coefficients.remove(JfLevel.AHLI_UTAMA);
        RewardsPolicy bad = new RewardsPolicy("makassar", 2, LocalDate.of(2027, 1, 15), null,
                new RewardsPolicy.Tpp(List.of(
                        new RewardsPolicy.Ceiling(PositionType.PELAKSANA, JfLevel.MAHIR, new BigDecimal("1")),
                        new RewardsPolicy.Ceiling(PositionType.JF, JfLevel.AHLI_MUDA, BigDecimal.ZERO)),
                        t.defaultCeiling(),
                        t.productivityPercent(), t.disciplinePercent(), t.skpPercent(), t.behaviourPercent(),
                        t.capaianCap(), t.behaviourFloor(), t.behaviourFull(), t.deductions()),
                new RewardsPolicy.AngkaKredit(coefficients, defaults.angkaKredit().multipliers()),
                new RewardsPolicy.Rewards(0, 1, null, new BigDecimal("130"), null), defaults.pembinaan(),
                defaults.training(), null);
        assertThat(bad.problems()).containsExactly("effectiveFrom must be the first day of a month",
                "tpp.ceilings: a jfLevel only goes with positionType JF",
                "tpp.ceilings.JF.AHLI_MUDA must be a positive number",
                "angkaKredit.coefficients.AHLI_UTAMA must be a positive number",
                "rewards.certificateAfterConsecutiveSangatBaik must be a whole number between 1 and 12",
                "rewards.minimumCapaian must be between 0 and 120");
    }

    @Test
    void aVersionPublishedBeforeTriggersAndTheCalendarReadsAsTheDefaults() {
        RewardsPolicy older = new RewardsPolicy("makassar", 1, LocalDate.of(2026, 1, 1), null, defaults.tpp(),
                defaults.angkaKredit(), new RewardsPolicy.Rewards(2, 1, null, null, null),
                new RewardsPolicy.Pembinaan(6, null), defaults.training(), null);
        assertThat(older.rewards().trigger()).isEqualTo(RewardsPolicy.Trigger.ANNUAL);
        assertThat(older.rewards().minimumCapaian()).isEqualByComparingTo("100");
        assertThat(older.rewards().requirePatternKept()).isTrue();
        assertThat(older.pembinaan().opensCaseOn("2026")).isTrue();
        assertThat(older.pembinaan().opensCaseOn("2026-03")).as("a bad month is an early warning").isFalse();
        assertThat(older.calendar().holidays()).isEmpty();
        assertThat(older.calendar().unrecordedWorkingDay()).isEqualTo(RewardsPolicy.UnrecordedDay.NO_RECORD);
        assertThat(older.problems()).isEmpty();
    }

    @Test
    void theCalendarsWorkingDaysAreWeekdaysLessTheRegionsHolidays() {
        RewardsPolicy.Calendar calendar = new RewardsPolicy.Calendar(List.of(LocalDate.of(2026, 8, 17)), null);
        assertThat(calendar.workingDay(LocalDate.of(2026, 8, 17))).as("Hari Kemerdekaan, a Monday").isFalse();
        assertThat(calendar.workingDay(LocalDate.of(2026, 8, 18))).isTrue();
        assertThat(calendar.workingDay(LocalDate.of(2026, 8, 22))).as("a Saturday").isFalse();
    }
}
