package org.kinerja.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kinerja.scoring.domain.Capaian.Polarity;

class CapaianTest {

    private static final BigDecimal CAP = new BigDecimal("120");

    @ParameterizedTest(name = "target {0}, realisation {1}, {2} → {3}")
    @CsvSource({
            "1200, 77.5, HIGHER_IS_BETTER, 6.46",
            "1200, 1200, HIGHER_IS_BETTER, 100.00",
            "1200, 1500, HIGHER_IS_BETTER, 120.00",
            "3, 4, LOWER_IS_BETTER, 75.00",
            "3, 2, LOWER_IS_BETTER, 120.00",
            "3, 2.8, LOWER_IS_BETTER, 107.14",
            "0, 5, HIGHER_IS_BETTER, 100.00",
            "0, 5, LOWER_IS_BETTER, 100.00",
            "3, 0, LOWER_IS_BETTER, 120.00"})
    void followsRuleR2(String target, String realisation, Polarity polarity, String expected) {
        assertThat(Capaian.of(new BigDecimal(target), new BigDecimal(realisation), polarity, true, CAP))
                .isEqualByComparingTo(expected);
    }

    @Test
    void noReportMeansNoEvidence() {
        assertThat(Capaian.of(new BigDecimal("3"), BigDecimal.ZERO, Polarity.LOWER_IS_BETTER, false, CAP))
                .isEqualByComparingTo("0");
    }

    @Test
    void aPolicyMayCapAtOneHundred() {
        assertThat(Capaian.of(new BigDecimal("10"), new BigDecimal("15"), Polarity.HIGHER_IS_BETTER, true,
                new BigDecimal("100"))).isEqualByComparingTo("100");
    }

    @ParameterizedTest
    @CsvSource({"110, ABOVE", "109.99, MEETS", "90, MEETS", "89.99, BELOW", "0, BELOW"})
    void defaultBands(String capaian, Rating expected) {
        assertThat(ScoringPolicy.DEFAULT.band(new BigDecimal(capaian))).isEqualTo(expected);
    }
}
