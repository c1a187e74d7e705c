package org.kinerja.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.kinerja.contracts.events.Reason;

/**
 * A unit's figures for a period, as of {@code version}: employees counted, predicates per kind, average capaian, the
 * organisation predicate and the Hasil Kerja rating it gives the unit's head (R3), the distribution rule's violations
 * (R3), and why the unit is flagged as performing badly (empty when it is not), each as reasons a client words itself.
 */
public record UnitScore(String unitId, String agencyId, String regionId, String period, long version, int employees,
        Map<Predicate, Integer> predicateCounts, BigDecimal averageCapaian,
        DistributionCheck.UnitPredicate unitPredicate, Rating headHasilKerja, List<Reason> violations,
        List<Reason> flagReasons) {

    public UnitScore {
        predicateCounts = Map.copyOf(predicateCounts);
        violations = List.copyOf(violations);
        flagReasons = List.copyOf(flagReasons);
    }
}
