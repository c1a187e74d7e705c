package org.kinerja.rewards.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.kinerja.contracts.Periods;

/**
 * The reward rules of R8 as functions of the predicates and capaian rewards has seen: a run of SANGAT_BAIK earns a
 * certificate and promotion priority; a unit's best performers earn an incentive recommendation.
 */
public final class RewardRules {

    private RewardRules() {
    }

    /** An employee's standing in a unit's period: their predicate and average capaian. */
    public record Standing(String employeeId, Predicate predicate, BigDecimal averageCapaian) {
    }

    /**
     * The periods of a run of {@code needed} consecutive SANGAT_BAIK ending at {@code period} (a year, month or
     * quarter), or empty when there is none. {@code predicateOf} answers the employee's predicate of a period.
     */
    public static Optional<List<String>> sangatBaikRun(String period, int needed,
            Function<String, Optional<Predicate>> predicateOf) {
        List<String> run = new java.util.ArrayList<>();
        String current = period;
        for (int i = 0; i < needed; i++) {
            if (predicateOf.apply(current).orElse(null) != Predicate.SANGAT_BAIK) {
                return Optional.empty();
            }
            run.add(0, current);
            current = Periods.previous(current);
        }
        return Optional.of(run);
    }

    /**
     * A unit's best performers of a period: the {@code top} highest average capaian among those rated BAIK or better
     * (ties broken by employee id, so the result is stable).
     */
    public static List<Standing> bestPerformers(Map<String, Standing> unit, int top) {
        return unit.values().stream()
                .filter(s -> s.predicate() != null && !s.predicate().belowBaik())
                .sorted(Comparator.comparing(Standing::averageCapaian).reversed()
                        .thenComparing(Standing::employeeId))
                .limit(top).toList();
    }
}
