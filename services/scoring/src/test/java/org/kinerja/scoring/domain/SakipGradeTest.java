package org.kinerja.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R6: grades with strict lower bounds, checked at and just above every bound. */
class SakipGradeTest {

    @ParameterizedTest
    @CsvSource({"100, AA", "90.01, AA", "90, A", "80.01, A", "80, BB", "70.01, BB", "70, B", "60.01, B", "60, CC",
            "50.01, CC", "50, C", "30.01, C", "30, D", "0, D"})
    void gradesHaveStrictLowerBounds(String total, SakipGrade grade) {
        assertThat(SakipGrade.of(new BigDecimal(total))).isEqualTo(grade);
    }
}
