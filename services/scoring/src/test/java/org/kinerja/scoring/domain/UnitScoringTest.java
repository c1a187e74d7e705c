package org.kinerja.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinerja.contracts.events.Reason;

/** The unit side: running counts, the distribution rule raised and cleared, the flag, stale contributions ignored. */
class UnitScoringTest {

    private final UnitScoring units = new UnitScoring(new InMemoryScoringStore(), ScoringPolicy.DEFAULT, "makassar");

    private UnitScoring.Outcome contribute(String employee, long version, Predicate predicate, String capaian) {
        return units.apply(new UnitContribution("pelayanan", "dukcapil", employee, "2026", version, true, predicate,
                new BigDecimal(capaian))).orElseThrow();
    }

    @Test
    void countsMoveFromTheOldPredicateToTheNewOne() {
        contribute("a", 1, Predicate.BAIK, "100");
        contribute("b", 1, Predicate.BAIK, "95");
        UnitScore score = contribute("a", 2, Predicate.SANGAT_BAIK, "115").score();
        assertThat(score.employees()).isEqualTo(2);
        assertThat(score.predicateCounts()).isEqualTo(Map.of(Predicate.SANGAT_BAIK, 1, Predicate.BAIK, 1));
        assertThat(score.averageCapaian()).isEqualByComparingTo("105.00");
        assertThat(score.version()).isEqualTo(3);
        assertThat(units.apply(new UnitContribution("pelayanan", "dukcapil", "a", "2026", 2, true, Predicate.KURANG,
                BigDecimal.ONE))).as("a stale contribution").isEmpty();
    }

    @Test
    void theDistributionRuleIsCheckedAgainstTheUnitPredicateAndClearedWhenItFits() {
        contribute("a", 1, Predicate.BAIK, "100");
        contribute("b", 1, Predicate.BAIK, "100");
        UnitScoring.Outcome set = units.applyPredicate("pelayanan", "dukcapil", "2026",
                DistributionCheck.UnitPredicate.BAIK, 1).orElseThrow();
        assertThat(set.violationsChanged()).isTrue();
        assertThat(set.score().violations()).containsExactly(Reason.of("BAIK_AT_MOST", 70, 1, 2, 2),
                Reason.of("BUTUH_PERBAIKAN_OR_KURANG_AT_LEAST_ONE"));
        assertThat(set.score().violations()).extracting(DistributionCheck::words).containsExactly(
                "BAIK at most 70 % (1 of 2), has 2", "at least one BUTUH_PERBAIKAN or KURANG");
        assertThat(set.score().headHasilKerja()).isEqualTo(Rating.MEETS);
        assertThat(contribute("a", 2, Predicate.BAIK, "101").violationsChanged()).isFalse();
        UnitScoring.Outcome fixed = contribute("b", 2, Predicate.BUTUH_PERBAIKAN, "80");
        assertThat(fixed.violationsChanged()).isTrue();
        assertThat(fixed.score().violations()).isEmpty();
        assertThat(units.applyPredicate("pelayanan", "dukcapil", "2026", DistributionCheck.UnitPredicate.ISTIMEWA, 1))
                .as("an older predicate version").isEmpty();
    }

    @Test
    void aUnitIsFlaggedWhenItsCapaianOrPredicateMixFallsBelowThePolicy() {
        contribute("a", 1, Predicate.BAIK, "95");
        UnitScore weak = contribute("b", 1, Predicate.KURANG, "70").score();
        assertThat(weak.flagReasons()).containsExactly(Reason.of("AVERAGE_CAPAIAN_BELOW", "82.50", "90"),
                Reason.of("BELOW_BAIK_SHARE_ABOVE", "50.00", "30"));
        assertThat(weak.flagReasons()).extracting(UnitFlagPolicy::words).containsExactly(
                "average capaian 82.50 below 90", "50.00 % of predicates below BAIK (more than 30 %)");
        UnitScore better = contribute("b", 2, Predicate.BAIK, "100").score();
        assertThat(better.flagReasons()).isEmpty();
    }

    @Test
    void anEmployeeWhoLeftNoLongerCountsButTheVersionStillGrows() {
        contribute("a", 1, Predicate.BAIK, "100");
        contribute("b", 1, Predicate.KURANG, "60");
        UnitScore after = units.apply(new UnitContribution("pelayanan", "dukcapil", "b", "2026", 4, false, null,
                BigDecimal.ZERO)).orElseThrow().score();
        assertThat(after.employees()).isEqualTo(1);
        assertThat(after.predicateCounts()).isEqualTo(Map.of(Predicate.BAIK, 1));
        assertThat(after.averageCapaian()).isEqualByComparingTo("100.00");
        assertThat(after.version()).isEqualTo(5);
    }
}
