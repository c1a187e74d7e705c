package org.kinerja.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule R4, with figures computed by hand. */
class LegacyScoreTest {

    @Test
    void weightsDependOnPeerOrSubordinateInput() {
        // 100 × 0.6 + 80 × 0.4 = 92.00; 100 × 0.7 + 80 × 0.3 = 94.00
        assertThat(LegacyScore.of(new BigDecimal("100"), new BigDecimal("80"), true, false).value())
                .isEqualByComparingTo("92.00");
        assertThat(LegacyScore.of(new BigDecimal("100"), new BigDecimal("80"), false, false).value())
                .isEqualByComparingTo("94.00");
        // 87.5 × 0.7 + 91.3 × 0.3 = 61.25 + 27.39 = 88.64
        assertThat(LegacyScore.of(new BigDecimal("87.5"), new BigDecimal("91.3"), false, false))
                .isEqualTo(new LegacyScore(new BigDecimal("88.64"), LegacyScore.Band.CUKUP));
    }

    @ParameterizedTest(name = "{0} (innovation {1}) → {2}")
    @CsvSource({"115, true, SANGAT_BAIK", "115, false, BAIK", "110, true, SANGAT_BAIK", "109.99, true, BAIK",
            "120, true, SANGAT_BAIK", "90, false, BAIK", "89.99, false, CUKUP", "70, false, CUKUP",
            "69.99, false, KURANG", "50, false, KURANG", "49.99, false, SANGAT_KURANG"})
    void bands(String value, boolean innovation, LegacyScore.Band expected) {
        assertThat(LegacyScore.band(new BigDecimal(value), innovation)).isEqualTo(expected);
    }
}
