package org.kinerja.contracts.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A progress harian (daily activity report) against one indicator. The same payload is what agencies publish to
 * {@code reporting.activity-submissions.v1}; once validated it is republished, unchanged, to
 * {@code reporting.activities.v1}. {@code reportId} is unique per report and is what consumers deduplicate on.
 */
public record ActivityReported(String reportId, String employeeId, String agencyId, String indicatorId,
        LocalDate activityDate, BigDecimal quantity, String description, String evidenceUrl, Instant reportedAt) {
}
