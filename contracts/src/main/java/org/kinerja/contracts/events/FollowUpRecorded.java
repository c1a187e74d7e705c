package org.kinerja.contracts.events;

import java.time.Instant;

/** rewards decided a follow-up for an employee's period evaluation, with the reason in words. */
public record FollowUpRecorded(String followUpId, String employeeId, String agencyId, String period, String kind,
        String reason, long evaluationVersion, Instant decidedAt) {
}
