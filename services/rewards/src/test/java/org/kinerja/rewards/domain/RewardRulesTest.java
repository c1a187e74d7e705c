package org.kinerja.rewards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RewardRulesTest {

    @Test
    void aRunOfSangatBaikCountsBackAcrossYearAndMonthBoundaries() {
        Predicate sangatBaik = Predicate.SANGAT_BAIK;
        Map<String, Predicate> predicates = Map.of("2025", sangatBaik, "2026", sangatBaik, "2025-12", sangatBaik,
                "2026-01", sangatBaik, "2026-02", Predicate.BAIK, "2025-Q4", sangatBaik, "2026-Q1", sangatBaik);
        assertThat(RewardRules.sangatBaikRun("2026", 2, p -> Optional.ofNullable(predicates.get(p))))
                .contains(java.util.List.of("2025", "2026"));
        assertThat(RewardRules.sangatBaikRun("2026-01", 2, p -> Optional.ofNullable(predicates.get(p))))
                .contains(java.util.List.of("2025-12", "2026-01"));
        assertThat(RewardRules.sangatBaikRun("2026-Q1", 2, p -> Optional.ofNullable(predicates.get(p))))
                .contains(java.util.List.of("2025-Q4", "2026-Q1"));
        assertThat(RewardRules.sangatBaikRun("2026-02", 2, p -> Optional.ofNullable(predicates.get(p)))).isEmpty();
        assertThat(RewardRules.sangatBaikRun("2026", 3, p -> Optional.ofNullable(predicates.get(p)))).isEmpty();
    }

    @Test
    void bestPerformersAreTheHighestCapaianRatedBaikOrBetterWithStableTies() {
        Map<String, RewardRules.Standing> unit = Map.of(
                "a", new RewardRules.Standing("a", Predicate.SANGAT_BAIK, new BigDecimal("110")),
                "b", new RewardRules.Standing("b", Predicate.BAIK, new BigDecimal("118")),
                "c", new RewardRules.Standing("c", Predicate.KURANG, new BigDecimal("120")),
                "d", new RewardRules.Standing("d", Predicate.BAIK, new BigDecimal("110")));
        assertThat(RewardRules.bestPerformers(unit, 1)).extracting(RewardRules.Standing::employeeId)
                .containsExactly("b");
        assertThat(RewardRules.bestPerformers(unit, 3)).extracting(RewardRules.Standing::employeeId)
                .containsExactly("b", "a", "d");
        assertThat(RewardRules.bestPerformers(unit, 0)).isEmpty();
    }

    @Test
    void trainingNeedsComeFromWeakQualityAndCompetence() {
        RewardsPolicy.Training policy = RewardsPolicy.defaults("x").training();
        assertThat(TrainingNeeds.fromIndicators(policy, java.util.List.of(
                new TrainingNeeds.IndicatorResult("iki-1", "KUALITAS", new BigDecimal("89.99")),
                new TrainingNeeds.IndicatorResult("iki-2", "KUALITAS", new BigDecimal("90")),
                new TrainingNeeds.IndicatorResult("iki-3", "KUANTITAS", new BigDecimal("10")))))
                .extracting(TrainingNeeds.Need::topic).containsExactly("KUALITAS:iki-1");
        assertThat(TrainingNeeds.fromKompeten(policy, 69)).extracting(TrainingNeeds.Need::topic)
                .containsExactly("BERAKHLAK:KOMPETEN");
        assertThat(TrainingNeeds.fromKompeten(policy, 70)).isEmpty();
    }
}
