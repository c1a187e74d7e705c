package org.kinerja.reporting.application;

import org.kinerja.contracts.events.ActivityReported;

/**
 * An accepted report as reporting's view holds it: the report with its latest correction applied, its revision (1 for
 * the original), and whether it was retracted (a retracted report no longer counts anywhere).
 */
public record ReportedActivity(ActivityReported report, int revision, boolean retracted, String lastReason) {

    public static ReportedActivity original(ActivityReported report) {
        return new ReportedActivity(report, 1, false, null);
    }
}
