package org.kinerja.reporting.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.kinerja.contracts.events.ActivityCorrected;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.ActivityRetracted;

/** reporting's own view of accepted reports, built only by consuming reporting.activities.v1. */
public interface ActivityView {

    /** Stores each report under its id (a poll's at once); the same report again changes nothing. */
    void saveAll(List<ActivityReported> reports);

    /** Applies a correction unless the view already holds the same or a newer revision of the report. */
    void apply(ActivityCorrected correction);

    /** Applies a retraction unless the view already holds the same or a newer revision of the report. */
    void apply(ActivityRetracted retraction);

    Optional<ReportedActivity> find(String reportId);

    List<ReportedActivity> ofEmployee(String employeeId);

    /** Minutes the employee's reports (not retracted) with a time span log for the day, but for the given report. */
    long minutesLogged(String employeeId, LocalDate day, String exceptReportId);
}
