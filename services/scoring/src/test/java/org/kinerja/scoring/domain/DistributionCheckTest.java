package org.kinerja.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.scoring.domain.Predicate.BAIK;
import static org.kinerja.scoring.domain.Predicate.BUTUH_PERBAIKAN;
import static org.kinerja.scoring.domain.Predicate.KURANG;
import static org.kinerja.scoring.domain.Predicate.SANGAT_BAIK;
import static org.kinerja.scoring.domain.Predicate.SANGAT_KURANG;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinerja.scoring.domain.DistributionCheck.UnitPredicate;

/** Rule R3 with the rounding it prescribes: at most floor(p × n), at least ceil(p × n). */
class DistributionCheckTest {

    @Test
    void istimewaAllowsAtMostSeventyPercentSangatBaik() {
        // n = 10: at most floor(7.0) = 7
        assertThat(DistributionCheck.violations(UnitPredicate.ISTIMEWA, Map.of(SANGAT_BAIK, 7, BAIK, 3))).isEmpty();
        assertThat(DistributionCheck.violations(UnitPredicate.ISTIMEWA, Map.of(SANGAT_BAIK, 8, BAIK, 2)))
                .singleElement().asString().contains("SANGAT_BAIK at most 70 % (7 of 10), has 8");
        // n = 9: floor(6.3) = 6
        assertThat(DistributionCheck.violations(UnitPredicate.ISTIMEWA, Map.of(SANGAT_BAIK, 7, BAIK, 2)))
                .hasSize(1);
    }

    @Test
    void baikNeedsAtLeastOneBelowBaik() {
        assertThat(DistributionCheck.violations(UnitPredicate.BAIK, Map.of(BAIK, 7, SANGAT_BAIK, 3)))
                .singleElement().asString().contains("at least one BUTUH_PERBAIKAN or KURANG");
        assertThat(DistributionCheck.violations(UnitPredicate.BAIK, Map.of(BAIK, 7, SANGAT_BAIK, 2, KURANG, 1)))
                .isEmpty();
        assertThat(DistributionCheck.violations(UnitPredicate.BAIK, Map.of(BAIK, 8, BUTUH_PERBAIKAN, 2)))
                .singleElement().asString().contains("BAIK at most 70 %");
    }

    @Test
    void butuhPerbaikanNeedsSixtyPercentOfIt() {
        // n = 7: at least ceil(4.2) = 5 BUTUH_PERBAIKAN; at most floor(0.7) = 0 SANGAT_BAIK
        assertThat(DistributionCheck.violations(UnitPredicate.BUTUH_PERBAIKAN, Map.of(BUTUH_PERBAIKAN, 5, BAIK, 2)))
                .isEmpty();
        assertThat(DistributionCheck.violations(UnitPredicate.BUTUH_PERBAIKAN,
                Map.of(BUTUH_PERBAIKAN, 4, BAIK, 2, SANGAT_BAIK, 1))).hasSize(2);
    }

    @Test
    void kurangAndSangatKurangNeedTheirShares() {
        // n = 10: KURANG ≥ 6, BUTUH_PERBAIKAN ≥ 1, SANGAT_BAIK ≤ 1
        assertThat(DistributionCheck.violations(UnitPredicate.KURANG, Map.of(KURANG, 6, BUTUH_PERBAIKAN, 1, BAIK, 3)))
                .isEmpty();
        assertThat(DistributionCheck.violations(UnitPredicate.KURANG, Map.of(KURANG, 6, BAIK, 4)))
                .singleElement().asString().contains("BUTUH_PERBAIKAN at least 10 %");
        assertThat(DistributionCheck.violations(UnitPredicate.SANGAT_KURANG,
                Map.of(SANGAT_KURANG, 6, KURANG, 1, BAIK, 3))).isEmpty();
        assertThat(DistributionCheck.violations(UnitPredicate.SANGAT_KURANG,
                Map.of(SANGAT_KURANG, 6, BAIK, 3, SANGAT_BAIK, 1))).hasSize(2);
    }

    @Test
    void anEmptyUnitBreaksNothingAndTheHeadTakesTheUnitsAchievement() {
        assertThat(DistributionCheck.violations(UnitPredicate.BAIK, Map.of())).isEmpty();
        assertThat(DistributionCheck.headRating(UnitPredicate.ISTIMEWA)).isEqualTo(Rating.ABOVE);
        assertThat(DistributionCheck.headRating(UnitPredicate.BAIK)).isEqualTo(Rating.MEETS);
        assertThat(DistributionCheck.headRating(UnitPredicate.KURANG)).isEqualTo(Rating.BELOW);
    }
}
