package org.kinerja.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodsTest {

    @Test
    void theThreeKindsOfPeriod() {
        assertThat(Periods.valid("2026")).isTrue();
        assertThat(Periods.valid("2026-12")).isTrue();
        assertThat(Periods.valid("2026-Q4")).isTrue();
        assertThat(Periods.valid("2026-13")).isFalse();
        assertThat(Periods.valid("2026-Q5")).isFalse();
        assertThat(Periods.valid(null)).isFalse();
        assertThat(Periods.isYear("2026")).isTrue();
        assertThat(Periods.isMonth("2026-03")).isTrue();
        assertThat(Periods.isQuarter("2026-Q1")).isTrue();
        assertThat(Periods.perYear("2026-Q1")).isEqualTo(4);
        assertThat(Periods.perYear("2026-03")).isEqualTo(12);
    }

    @Test
    void daysFallInTheirMonthQuarterAndYear() {
        LocalDate day = LocalDate.of(2026, 8, 17);
        assertThat(Periods.year(day)).isEqualTo("2026");
        assertThat(Periods.subPeriod(day, Periods.Cadence.MONTHLY)).isEqualTo("2026-08");
        assertThat(Periods.subPeriod(day, Periods.Cadence.QUARTERLY)).isEqualTo("2026-Q3");
        assertThat(Periods.start("2026-Q3")).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Periods.start("2026-08")).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(Periods.start("2026")).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Periods.monthsOf("2026-Q2")).containsExactly("2026-04", "2026-05", "2026-06");
    }

    @Test
    void periodsStepAcrossYearEnds() {
        assertThat(Periods.next("2025-12")).isEqualTo("2026-01");
        assertThat(Periods.next("2025-Q4")).isEqualTo("2026-Q1");
        assertThat(Periods.next("2025")).isEqualTo("2026");
        assertThat(Periods.previous("2026-01")).isEqualTo("2025-12");
        assertThat(Periods.previous("2026-Q1")).isEqualTo("2025-Q4");
        assertThat(Periods.previous("2026")).isEqualTo("2025");
    }

    @Test
    void aPeriodEndsOnItsLastDayAndAYearHasItsMonthsOrQuarters() {
        assertThat(Periods.end("2028-02")).isEqualTo(java.time.LocalDate.of(2028, 2, 29));
        assertThat(Periods.end("2026-Q4")).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        assertThat(Periods.end("2026")).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        assertThat(Periods.subPeriodsOf("2026", Periods.Cadence.QUARTERLY))
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(Periods.subPeriodsOf("2026", Periods.Cadence.MONTHLY)).hasSize(12).startsWith("2026-01")
                .endsWith("2026-12");
    }
}
