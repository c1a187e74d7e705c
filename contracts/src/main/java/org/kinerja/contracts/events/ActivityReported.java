package org.kinerja.contracts.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A progress harian (daily activity report) against one indicator. The same payload is what agencies publish to
 * {@code reporting.activity-submissions.v1}; once validated it is republished, unchanged, to
 * {@code reporting.activities.v1}. {@code reportId} is unique per report and is what consumers deduplicate on.
 * {@code startTime}/{@code endTime} (optional) count toward the daily cap of logged minutes. A FIELD report (a
 * real-time report such as an incident handled) also carries its {@code location}.
 */
public record ActivityReported(String reportId, String employeeId, String agencyId, String indicatorId,
        String reportType, LocalDate activityDate, @JsonFormat(pattern = "HH:mm") LocalTime startTime,
        @JsonFormat(pattern = "HH:mm") LocalTime endTime, Location location, BigDecimal quantity,
        String description, String evidenceUrl, Instant reportedAt) {

    /** A daily activity report (progress harian), the default. */
    public static final String DAILY = "DAILY";
    /** A real-time field report with a place and time. */
    public static final String FIELD = "FIELD";

    /** Where a field report happened. */
    public record Location(BigDecimal latitude, BigDecimal longitude, String description) {
    }

    /** Minutes the activity took, when its time span is given. */
    public java.util.OptionalLong minutes() {
        return startTime == null || endTime == null ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(java.time.Duration.between(startTime, endTime).toMinutes());
    }
}
