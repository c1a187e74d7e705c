package org.kinerja.contracts.events;

import java.time.Instant;

/**
 * An objection (keberatan) to an annual evaluation moved: FILED by the employee, ANSWERED_BY_PENILAI, then
 * DECIDED_BY_ATASAN_PENILAI (UPHELD or DISMISSED). An upheld objection is the administrator's ground to reopen.
 */
public record ObjectionChanged(String objectionId, String employeeId, String agencyId, String period, String status,
        String reason, String answer, String decision, String decisionNote, String penilaiId, String atasanPenilaiId,
        String by, long version, Instant changedAt, String onBehalfOf) {
}
