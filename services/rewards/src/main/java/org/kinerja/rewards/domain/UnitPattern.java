package org.kinerja.rewards.domain;

import java.time.Instant;
import java.util.List;

/**
 * Whether a unit kept its distribution pattern (R3) in a period, as scoring last said (VIOLATED or CLEARED, at its
 * version), and the leadership's justification of a deviation when one was recorded. A unit scoring never reported
 * on kept it: scoring speaks only when a pattern is broken, broken differently, or fits again.
 */
public record UnitPattern(String id, String unitId, String period, String status, List<String> violations,
        long distributionVersion, String justification, String justifiedBy, Instant justifiedAt, long version) {

    public static final String VIOLATED = "VIOLATED";

    public UnitPattern {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static String idOf(String unitId, String period) {
        return unitId + ":" + period;
    }

    public static UnitPattern none(String unitId, String period) {
        return new UnitPattern(idOf(unitId, period), unitId, period, "CLEARED", List.of(), 0, null, null, null, 0);
    }

    /** Scoring's newer word on the pattern; the justification stays (it answers the unit's period, not a version). */
    public UnitPattern reported(String newStatus, List<String> newViolations, long newDistributionVersion) {
        return new UnitPattern(id, unitId, period, newStatus, newViolations, newDistributionVersion, justification,
                justifiedBy, justifiedAt, version + 1);
    }

    public UnitPattern justified(String reason, String by, Instant at) {
        return new UnitPattern(id, unitId, period, status, violations, distributionVersion, reason, by, at,
                version + 1);
    }

    public boolean violated() {
        return VIOLATED.equals(status);
    }

    /** Kept: never broken, fitting again, or broken with a justification the leadership recorded. */
    public boolean keptOrJustified() {
        return !violated() || justification != null;
    }
}
