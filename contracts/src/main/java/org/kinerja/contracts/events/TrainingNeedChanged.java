package org.kinerja.contracts.events;

import java.time.Instant;

/** A training need from a weak aspect, OPEN, or RESOLVED when a later score of the same period no longer shows it. */
public record TrainingNeedChanged(String needId, String employeeId, String agencyId, String unitId, String period,
        String topic, String reason, String status, Instant changedAt) {
}
