package org.kinerja.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The running figures of one unit in one period: how many employees count in it, how many hold each predicate, the
 * sum of their average capaian, the unit's organisation predicate, the violations of the distribution rule it has, and
 * the sum of its members' score versions (with the predicate's version, that makes the unit's version).
 */
public record UnitState(String unitId, String agencyId, String period, int members, Map<Predicate, Integer> predicates,
        BigDecimal capaianSum, DistributionCheck.UnitPredicate unitPredicate, long predicateVersion,
        long memberVersions, List<String> violations) {

    public UnitState {
        predicates = new TreeMap<>(predicates);
        violations = List.copyOf(violations);
    }

    static UnitState empty(String unitId, String agencyId, String period) {
        return new UnitState(unitId, agencyId, period, 0, Map.of(), BigDecimal.ZERO, null, 0, 0, List.of());
    }

    public long version() {
        return memberVersions + predicateVersion;
    }
}
