package org.kinerja.reporting.application;

import java.math.BigDecimal;
import java.time.Clock;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.ActivityCorrected;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.ActivityRetracted;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;

/**
 * Corrections and retractions of an accepted report, event-first like reports: checked against reporting's view,
 * published to reporting.activities.v1 with the next revision, acknowledged. Scoring applies each exactly once (a
 * revision no newer than the one it holds changes nothing). A report keeps its indicator and day; to move it, retract
 * it and report again.
 */
public class CorrectActivity {

    private final ActivityView view;
    private final ActivityEvents events;
    private final Clock clock;

    public CorrectActivity(ActivityView view, ActivityEvents events, Clock clock) {
        this.view = view;
        this.events = events;
        this.clock = clock;
    }

    public ActivityCorrected correct(Caller caller, String reportId, BigDecimal quantity, String description,
            String evidenceUrl, String reason) {
        ReportedActivity current = changeable(caller, reportId);
        ActivityReported r = current.report();
        ActivityCorrected correction = new ActivityCorrected(r.reportId(), r.employeeId(), r.agencyId(),
                r.indicatorId(), r.activityDate(), current.revision() + 1, reason, quantity,
                description == null ? r.description() : description,
                evidenceUrl == null ? r.evidenceUrl() : evidenceUrl, caller.subject(), clock.instant());
        events.publish(OutgoingEvent.of(EventType.ACTIVITY_CORRECTED, "activity-corrected:"
                + r.reportId() + ":" + correction.revision(), "/agencies/" + r.agencyId(), r.employeeId(),
                r.reportId(), correction.correctedAt(), correction));
        return correction;
    }

    public ActivityRetracted retract(Caller caller, String reportId, String reason) {
        ReportedActivity current = changeable(caller, reportId);
        ActivityReported r = current.report();
        ActivityRetracted retraction = new ActivityRetracted(r.reportId(), r.employeeId(), r.agencyId(),
                r.indicatorId(), r.activityDate(), current.revision() + 1, reason, caller.subject(), clock.instant());
        events.publish(OutgoingEvent.of(EventType.ACTIVITY_RETRACTED, "activity-retracted:"
                + r.reportId() + ":" + retraction.revision(), "/agencies/" + r.agencyId(), r.employeeId(),
                r.reportId(), retraction.retractedAt(), retraction));
        return retraction;
    }

    private ReportedActivity changeable(Caller caller, String reportId) {
        ReportedActivity current = view.find(reportId).orElseThrow(() -> Refusal.notFound("report-not-found",
                "No accepted report '" + reportId + "' (a report just accepted appears within moments)."));
        ActivityReported report = current.report();
        if (!caller.isEmployee(report.employeeId()) && !caller.actsForAgency(report.agencyId())) {
            throw Refusal.notAllowed("not-your-agency", "Only employee " + report.employeeId() + " or agency '"
                    + report.agencyId() + "' may correct or retract this report.");
        }
        if (current.retracted()) {
            throw Refusal.conflict("report-retracted", "Report '" + reportId + "' was retracted; report again "
                    + "instead.");
        }
        return current;
    }
}
