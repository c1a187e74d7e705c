package org.kinerja.reporting.application;

import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.platform.events.EventPublisher;
import org.kinerja.platform.events.PoisonRecordException;
import org.kinerja.platform.events.ReceivedEvent;
import org.kinerja.platform.events.RetryableRefusalException;
import org.kinerja.reporting.domain.Submitter;

/**
 * The Kafka path for agencies' own systems: a record on reporting.activity-submissions.v1 is held to exactly the
 * checks of the REST API, the publishing agency being the record's CloudEvents source ({@code /agencies/<id>}).
 * Accepted reports are republished unchanged to reporting.activities.v1; refused ones go to the dead-letter topic with
 * the reason: at once, or after a bounded wait when the refusal may only mean that the registry's or planning's event
 * has not reached this service yet.
 */
public class AcceptSubmission {

    static final String AGENCY_SOURCE_PREFIX = "/agencies/";

    private final ReportValidation validation;
    private final EventPublisher publisher;
    private final ReportMetrics metrics;

    public AcceptSubmission(ReportValidation validation, EventPublisher publisher, ReportMetrics metrics) {
        this.validation = validation;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    public void accept(ReceivedEvent event) {
        if (!event.source().startsWith(AGENCY_SOURCE_PREFIX)
                || event.source().length() == AGENCY_SOURCE_PREFIX.length()) {
            throw new PoisonRecordException("ce_source must name the publishing agency as /agencies/<agencyId>, "
                    + "got '" + event.source() + "'");
        }
        String agency = event.source().substring(AGENCY_SOURCE_PREFIX.length());
        ActivityReported report = event.data(ActivityReported.class);
        validation.check(report, Submitter.agency(agency)).ifPresent(refusal -> {
            String reason = "report " + report.reportId() + " refused: " + refusal;
            if (refusal.kind().mayBeLate()) {
                throw new RetryableRefusalException(reason);
            }
            metrics.refused(agency, ReportMetrics.Channel.KAFKA, refusal);
            throw new PoisonRecordException(reason);
        });
        publisher.publish(Topics.ACTIVITIES, SubmitActivity.event(report, event.source()));
        metrics.accepted(agency, ReportMetrics.Channel.KAFKA);
    }
}
