package org.kinerja.console.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The daily log (progress harian): one day's work against an indicator of the approved SKP, sent to reporting as the
 * employee. The form's own key goes as the Idempotency-Key, so a form sent twice (a double click, a resend after a
 * timeout) is one report. Every rule (the day in the SKP's year, the daily cap, evidence) is reporting's.
 */
public final class DailyLog {

    private final Platform platform;

    public DailyLog(Platform platform) {
        this.platform = platform;
    }

    /** What the employee filled in; the times and the evidence link are optional. */
    public record Entry(String indicatorId, LocalDate activityDate, LocalTime startTime, LocalTime endTime,
            BigDecimal quantity, String description, String evidenceUrl, String formKey) {
    }

    /** Sends the entry; the accepted report's id, or a {@link PlatformRefusal} saying what to correct. */
    public String log(SignedInUser user, Entry entry) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("employeeId", user.subject());
        report.put("agencyId", user.agency());
        report.put("indicatorId", entry.indicatorId());
        report.put("activityDate", entry.activityDate());
        report.put("startTime", entry.startTime());
        report.put("endTime", entry.endTime());
        report.put("quantity", entry.quantity());
        report.put("description", entry.description());
        report.put("evidenceUrl", blankToNull(entry.evidenceUrl()));
        return platform.send(user, Platform.Command.post("/api/reporting/activities", report).once(entry.formKey()),
                Views.Accepted.class).reportId();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
