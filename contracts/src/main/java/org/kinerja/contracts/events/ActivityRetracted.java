package org.kinerja.contracts.events;

import java.time.Instant;
import java.time.LocalDate;

/** An accepted report was withdrawn and no longer counts; apply only a revision newer than the one held. */
public record ActivityRetracted(String reportId, String employeeId, String agencyId, String indicatorId,
        LocalDate activityDate, int revision, String reason, String retractedBy, Instant retractedAt) {
}
