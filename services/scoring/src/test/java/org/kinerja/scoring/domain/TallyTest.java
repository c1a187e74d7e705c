package org.kinerja.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void answersEveryAggregation() {
        Tally tally = Tally.EMPTY
                .add(new BigDecimal("4"), LocalDate.of(2026, 1, 3), Instant.EPOCH, "a")
                .add(new BigDecimal("1"), LocalDate.of(2026, 1, 9), Instant.EPOCH, "b")
                .add(new BigDecimal("7"), LocalDate.of(2026, 1, 5), Instant.EPOCH, "c");
        assertThat(tally.realisation(Aggregation.SUM)).isEqualByComparingTo("12");
        assertThat(tally.realisation(Aggregation.AVERAGE)).isEqualByComparingTo("4");
        assertThat(tally.realisation(Aggregation.MIN)).isEqualByComparingTo("1");
        assertThat(tally.realisation(Aggregation.MAX)).isEqualByComparingTo("7");
        assertThat(tally.realisation(Aggregation.LATEST)).isEqualByComparingTo("1");
        assertThat(tally.count()).isEqualTo(3);
    }

    @Test
    void emptyRealisesZero() {
        assertThat(Tally.EMPTY.realisation(Aggregation.MAX)).isEqualByComparingTo("0");
    }
}
