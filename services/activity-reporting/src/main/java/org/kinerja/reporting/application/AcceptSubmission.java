package org.kinerja.reporting.application;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.ActivityCorrected;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.ActivityRetracted;
import org.kinerja.contracts.events.RealisationReported;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.events.PoisonRecordException;
import org.kinerja.platform.events.ReceivedEvent;
import org.kinerja.platform.events.RetryableRefusalException;
import org.kinerja.platform.parking.Awaited;
import org.kinerja.reporting.domain.ReportRefusal;
import org.kinerja.reporting.domain.Submitter;

/**
 * The Kafka path for agencies' own systems: a record on an agency's reporting.activity-submissions.v1.<agencyId> is
 * held to exactly the checks of the REST API, the publishing agency being the topic's (whose principal alone may write
 * it), never a header the publisher writes.
 * Accepted reports are republished unchanged to reporting.activities.v1; refused ones go to the dead-letter topic with
 * the reason: at once, or, when the refusal may only mean that what the record needs (the registry's employee,
 * planning's approved indicator, the report a correction revises) has not reached this service yet, as a
 * {@link RetryableRefusalException} naming what it awaits, which the listener parks (see ParkingLot).
 */
public class AcceptSubmission {

    private final ReportValidation validation;
    private final ActivityView view;
    private final ReportRealisation realisations;
    private final ActivityEvents events;
    private final ReportMetrics metrics;
    private final Clock clock;

    public AcceptSubmission(ReportValidation validation, ActivityView view, ReportRealisation realisations,
            ActivityEvents events, ReportMetrics metrics, Clock clock) {
        this.validation = validation;
        this.view = view;
        this.realisations = realisations;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * {@code agency} is the authenticated publisher's agency. Returns the acknowledgement of what was published (sent
     * without waiting, so a poll's records travel to Kafka together): the caller waits for it before it commits.
     */
    public CompletableFuture<?> accept(String agency, ReceivedEvent event) {
        if (event.data() instanceof ActivityReported report) {
            return acceptReport(event, agency, report);
        } else if (event.data() instanceof RealisationReported realisation) {
            realisations.check(realisation, Submitter.agency(agency)).ifPresent(refusal -> {
                String reason = "realisation of " + realisation.indicatorId() + " for " + realisation.period()
                        + " refused: " + refusal;
                throw refusal.kind().mayBeLate()
                        ? new RetryableRefusalException(reason, refusal.kind().code(), awaited(refusal,
                                realisation.employeeId(), realisation.indicatorId()))
                        : new PoisonRecordException(reason, refusal.kind().code());
            });
            return realisations.send(realisation, event.source());
        } else {
            return acceptRevision(event, agency);
        }
    }

    /**
     * A correction or retraction from an agency's system: of a report of that agency, keeping its indicator and day,
     * with the next revision. A revision already applied is a redelivery and changes nothing; a revision further ahead
     * may only mean the one before it has not arrived yet.
     */
    private CompletableFuture<?> acceptRevision(ReceivedEvent event, String agency) {
        boolean correction = event.data() instanceof ActivityCorrected;
        String reportId = correction ? event.data(ActivityCorrected.class).reportId()
                : event.data(ActivityRetracted.class).reportId();
        int revision = correction ? event.data(ActivityCorrected.class).revision()
                : event.data(ActivityRetracted.class).revision();
        ReportedActivity current = view.find(reportId).orElseThrow(() -> new RetryableRefusalException(
                "report " + reportId + " is not an accepted report (yet)", Awaited.report(reportId)));
        ActivityReported original = current.report();
        if (!original.agencyId().equals(agency)) {
            throw new PoisonRecordException("report " + reportId + " refused: not-your-agency: it belongs to agency '"
                    + original.agencyId() + "'", ReportRefusal.Kind.OTHER_AGENCY.code());
        }
        if (revision <= current.revision()) {
            return CompletableFuture.completedFuture(null);
        }
        if (current.retracted()) {
            throw new PoisonRecordException("report " + reportId + " was retracted; report again instead");
        }
        if (revision > current.revision() + 1) {
            throw new RetryableRefusalException("report " + reportId + " is at revision " + current.revision()
                    + "; revision " + revision + " must follow revision " + (current.revision() + 1),
                    Awaited.report(reportId));
        }
        String indicator = correction ? event.data(ActivityCorrected.class).indicatorId()
                : event.data(ActivityRetracted.class).indicatorId();
        java.time.LocalDate day = correction ? event.data(ActivityCorrected.class).activityDate()
                : event.data(ActivityRetracted.class).activityDate();
        if (!original.indicatorId().equals(indicator) || !original.activityDate().equals(day)) {
            throw new PoisonRecordException("report " + reportId + " keeps its indicator and day; retract it and "
                    + "report again to move it");
        }
        EventType type = correction ? EventType.ACTIVITY_CORRECTED : EventType.ACTIVITY_RETRACTED;
        return events.send(OutgoingEvent.of(type, type.type() + ":" + reportId + ":"
                + revision, event.source(), original.employeeId(), reportId, event.time() == null
                        ? clock.instant() : event.time(), event.data()));
    }

    private CompletableFuture<?> acceptReport(ReceivedEvent event, String agency, ActivityReported report) {
        java.util.Optional<ReportedActivity> accepted = view.find(report.reportId());
        if (accepted.isPresent()) {
            return resent(accepted.get(), report, agency);
        }
        validation.check(report, Submitter.agency(agency)).ifPresent(refusal -> {
            String reason = "report " + report.reportId() + " refused: " + refusal;
            if (refusal.kind().mayBeLate()) {
                throw new RetryableRefusalException(reason, refusal.kind().code(), awaited(refusal,
                        report.employeeId(), report.indicatorId()));
            }
            metrics.refused(agency, ReportMetrics.Channel.KAFKA, refusal);
            throw new PoisonRecordException(reason, refusal.kind().code());
        });
        CompletableFuture<?> acknowledged = events.send(SubmitActivity.event(report,
                event.source()));
        metrics.accepted(agency, ReportMetrics.Channel.KAFKA);
        return acknowledged;
    }

    /**
     * A report whose id was accepted before: the same report sent again is acknowledged and not published again (it
     * counted once); another body under that id is refused, for a report changes only by a correction. To another
     * agency the refusal says no more than that the id is taken.
     */
    private CompletableFuture<?> resent(ReportedActivity accepted, ActivityReported report, String agency) {
        boolean ours = accepted.report().agencyId().equals(agency);
        if (ours && accepted.acceptedAs(report)) {
            metrics.resent(agency);
            return CompletableFuture.completedFuture(null);
        }
        ReportRefusal refusal = new ReportRefusal(ReportRefusal.Kind.REPORT_ID_CONFLICT, ours
                ? "another report was accepted under this reportId; send kinerja.reporting.activity.corrected.v1 to "
                        + "change it, or give a new report its own reportId"
                : "this reportId is taken; give the report its own reportId");
        metrics.refused(agency, ReportMetrics.Channel.KAFKA, refusal);
        throw new PoisonRecordException("report " + report.reportId() + " refused: " + refusal,
                refusal.kind().code());
    }

    /** What a refusal that may be early waits for: the registry's employee or planning's approved indicator. */
    private static Awaited awaited(ReportRefusal refusal, String employeeId, String indicatorId) {
        return refusal.kind() == ReportRefusal.Kind.UNKNOWN_EMPLOYEE ? Awaited.employee(employeeId)
                : Awaited.indicator(indicatorId);
    }
}
