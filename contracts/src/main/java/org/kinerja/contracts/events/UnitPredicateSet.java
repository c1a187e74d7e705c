package org.kinerja.contracts.events;

import java.time.Instant;

/** A unit's organisation predicate for a period, set by the head of its parent organisation. */
public record UnitPredicateSet(String unitId, String agencyId, String period, String predicate, String setBy,
        long version, Instant setAt) {
}
