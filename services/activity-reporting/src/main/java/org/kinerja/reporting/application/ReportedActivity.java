package org.kinerja.reporting.application;

import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.reporting.domain.ReportFingerprint;

/**
 * An accepted report as reporting's view holds it: the report with its latest correction applied, its revision (1 for
 * the original), whether it was retracted (a retracted report no longer counts anywhere), and the fingerprint of the
 * body it was accepted with (see {@link ReportFingerprint}; absent on reports kept before it was).
 */
public record ReportedActivity(ActivityReported report, int revision, boolean retracted, String lastReason,
        String fingerprint) {

    public static ReportedActivity original(ActivityReported report) {
        return new ReportedActivity(report, 1, false, null, ReportFingerprint.of(report));
    }

    /**
     * Whether {@code resent} is the report accepted under its id, sent again. A report kept without a fingerprint is
     * compared as it stands while no correction has changed it; after one, nothing tells, and a resend is taken as
     * the redelivery it most likely is.
     */
    public boolean acceptedAs(ActivityReported resent) {
        if (fingerprint != null) {
            return fingerprint.equals(ReportFingerprint.of(resent));
        }
        return revision > 1 || ReportFingerprint.of(report).equals(ReportFingerprint.of(resent));
    }
}
