package org.kinerja.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule R1, the whole quadrant. */
class PredicateTest {

    @ParameterizedTest(name = "Hasil Kerja {0}, Perilaku {1} → {2}")
    @CsvSource({
            "ABOVE, BELOW, KURANG", "ABOVE, MEETS, BAIK", "ABOVE, ABOVE, SANGAT_BAIK",
            "MEETS, BELOW, KURANG", "MEETS, MEETS, BAIK", "MEETS, ABOVE, BAIK",
            "BELOW, BELOW, SANGAT_KURANG", "BELOW, MEETS, BUTUH_PERBAIKAN", "BELOW, ABOVE, BUTUH_PERBAIKAN"})
    void theQuadrant(Rating hasilKerja, Rating perilaku, Predicate expected) {
        assertThat(Predicate.of(hasilKerja, perilaku)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"SANGAT_BAIK, false", "BAIK, false", "BUTUH_PERBAIKAN, true", "KURANG, true", "SANGAT_KURANG, true"})
    void belowBaikOpensCoaching(Predicate predicate, boolean below) {
        assertThat(predicate.belowBaik()).isEqualTo(below);
    }
}
