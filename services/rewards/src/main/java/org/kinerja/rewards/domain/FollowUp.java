package org.kinerja.rewards.domain;

import java.time.Instant;

/** The current follow-up of an employee for a period, as of the evaluation version it was decided from. */
public record FollowUp(String followUpId, String employeeId, String agencyId, String period, FollowUpKind kind,
        String reason, long evaluationVersion, Instant decidedAt) {

    public static String idFor(String employeeId, String period) {
        return employeeId + ":" + period;
    }
}
