package org.kinerja.contracts.events;

import java.time.Instant;

/**
 * An SKP moved through its state machine; {@code by} is who moved it (the employee, or the penilai deciding), and
 * {@code onBehalfOf} the kepala daerah whose decision the administrator recorded. The content of an approval travels
 * in {@link PlanApproved}.
 */
public record PlanStatusChanged(String planId, String employeeId, String agencyId, String unitId, int year,
        String status, String previousStatus, String by, String note, boolean approvedVersionInForce, long version,
        Instant changedAt, String onBehalfOf) {
}
