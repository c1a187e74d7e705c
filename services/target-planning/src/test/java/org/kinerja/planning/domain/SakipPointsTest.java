package org.kinerja.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SakipPointsTest {

    private static SakipPoints points(String perencanaan, String pengukuran, String pelaporan, String evaluasi) {
        return new SakipPoints(perencanaan == null ? null : new BigDecimal(perencanaan), new BigDecimal(pengukuran),
                new BigDecimal(pelaporan), new BigDecimal(evaluasi));
    }

    @Test
    void eachComponentStaysWithinItsWeightAndTheTotalIsTheirSum() {
        SakipPoints full = points("30", "30", "15", "25");
        assertThat(full.problems()).isEmpty();
        assertThat(full.total()).isEqualByComparingTo("100");
        assertThat(points("26.5", "24.1", "12.3", "19.85").total()).isEqualByComparingTo("82.75");
    }

    @Test
    void outOfRangeMissingAndOverPreciseComponentsAreRefusedWithTheirNames() {
        assertThat(points("30.01", "0", "15.5", "-1").problems()).containsExactly(
                "perencanaan must be between 0 and 30 (got 30.01)", "pelaporan must be between 0 and 15 (got 15.5)",
                "evaluasiInternal must be between 0 and 25 (got -1)");
        assertThat(points(null, "1", "1", "1.005").problems()).containsExactly("perencanaan is required",
                "evaluasiInternal has at most two decimals (got 1.005)");
    }
}
