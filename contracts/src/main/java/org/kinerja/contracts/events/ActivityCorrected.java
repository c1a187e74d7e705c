package org.kinerja.contracts.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An accepted report was corrected: the new quantity, description and evidence replace the old ones. The report keeps
 * its indicator and day. {@code revision} is 2 for the first change; apply only a revision newer than the one held.
 */
public record ActivityCorrected(String reportId, String employeeId, String agencyId, String indicatorId,
        LocalDate activityDate, int revision, String reason, BigDecimal quantity, String description,
        String evidenceUrl, String correctedBy, Instant correctedAt) {
}
