package org.kinerja.audit.application;

import java.time.Instant;

/**
 * Which entries of the trail a reader asks for; every filter is optional. Entries come in sequence order, from the one
 * after {@code afterSequence}, at most {@code limit} of them (a reader pages on with the last sequence it got).
 *
 * @param kind a kind ({@code evaluation.locked}) or the family of kinds before a dot ({@code evaluation})
 */
public record AuditQuery(String employeeId, String agencyId, String kind, Instant from, Instant to,
        long afterSequence, int limit) {

    public static final int MAX_LIMIT = 500;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }

    /** The same query narrowed to one employee (what an employee may see: decisions about themselves). */
    public AuditQuery about(String employee) {
        return new AuditQuery(employee, agencyId, kind, from, to, afterSequence, limit);
    }
}
