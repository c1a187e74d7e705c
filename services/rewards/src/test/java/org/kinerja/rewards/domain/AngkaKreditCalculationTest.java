package org.kinerja.rewards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R5 with the default coefficients and multipliers; two decimals, half up. */
class AngkaKreditCalculationTest {

    @ParameterizedTest
    @CsvSource({"AHLI_MUDA, SANGAT_BAIK, 37.50", "AHLI_UTAMA, BAIK, 50.00", "PEMULA, BUTUH_PERBAIKAN, 2.81",
            "PEMULA, SANGAT_KURANG, 0.94", "MAHIR, BUTUH_PERBAIKAN, 9.38", "TERAMPIL, KURANG, 2.50",
            "AHLI_MADYA, SANGAT_BAIK, 56.25", "PENYELIA, SANGAT_KURANG, 6.25"})
    void creditIsCoefficientTimesMultiplierRoundedHalfUp(JfLevel level, Predicate predicate, String credit) {
        AngkaKreditCalculation result = AngkaKreditCalculation.of(RewardsPolicy.defaults("x").angkaKredit(), level,
                predicate);
        assertThat(result.credit()).isEqualByComparingTo(credit);
        assertThat(result.credit().scale()).isEqualTo(2);
    }
}
