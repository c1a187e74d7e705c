package org.kinerja.contracts.events;

import java.time.Instant;

/**
 * A unit's organisation predicate for a period, set by the head of its parent organisation. {@code headEmployeeId}
 * (optional) is the unit's head at that moment: the predicate gives their Hasil Kerja rating (rule R3).
 */
public record UnitPredicateSet(String unitId, String agencyId, String period, String predicate, String setBy,
        long version, Instant setAt, String headEmployeeId) {
}
