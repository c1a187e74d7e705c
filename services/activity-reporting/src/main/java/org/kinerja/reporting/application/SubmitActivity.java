package org.kinerja.reporting.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.platform.events.EventPublisher;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.security.Caller;
import org.kinerja.platform.security.Role;
import org.kinerja.platform.web.ApiProblem;
import org.kinerja.reporting.domain.ReportRefusal;
import org.kinerja.reporting.domain.Submitter;
import org.springframework.http.HttpStatus;

/**
 * Event-first submission over REST: validate, publish to reporting.activities.v1 and wait for Kafka's acknowledgement,
 * then answer. Nothing is written anywhere else; reporting's own view follows from the topic.
 */
public class SubmitActivity {

    /** What the caller reports. */
    public record Command(String employeeId, String agencyId, String indicatorId, LocalDate activityDate,
            LocalTime startTime, LocalTime endTime, BigDecimal quantity, String description, String evidenceUrl) {
    }

    private final ReportValidation validation;
    private final EventPublisher publisher;
    private final ReportMetrics metrics;
    private final Clock clock;

    public SubmitActivity(ReportValidation validation, EventPublisher publisher, ReportMetrics metrics, Clock clock) {
        this.validation = validation;
        this.publisher = publisher;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Submits a report. With an idempotency key, the report id is derived from it, so a retried submission yields the
     * very same report, which every consumer recognises as already applied.
     */
    public ActivityReported submit(Caller caller, Command command, String idempotencyKey) {
        String reportId = idempotencyKey == null ? "rpt-" + UUID.randomUUID()
                : "rpt-" + UUID.nameUUIDFromBytes((command.employeeId() + "/" + idempotencyKey)
                        .getBytes(StandardCharsets.UTF_8));
        ActivityReported report = new ActivityReported(reportId, command.employeeId(), command.agencyId(),
                command.indicatorId(), command.activityDate(), command.startTime(), command.endTime(),
                command.quantity(), command.description(), command.evidenceUrl(), clock.instant());
        Submitter submitter = new Submitter(caller.has(Role.EMPLOYEE) ? caller.subject() : null,
                caller.actsForAgency(caller.agencyId()) ? caller.agencyId() : null, caller.isAdmin());
        validation.check(report, submitter).ifPresent(refusal -> {
            metrics.refused(report.agencyId(), ReportMetrics.Channel.REST, refusal);
            throw problem(refusal);
        });
        publisher.publish(Topics.ACTIVITIES, event(report, "/agencies/" + report.agencyId()));
        metrics.accepted(report.agencyId(), ReportMetrics.Channel.REST);
        return report;
    }

    static OutgoingEvent event(ActivityReported report, String source) {
        return OutgoingEvent.of(EventType.ACTIVITY_REPORTED, "activity-reported:" + report.reportId(), source,
                report.employeeId(), report.reportId(), report.reportedAt(), report);
    }

    static ApiProblem problem(ReportRefusal refusal) {
        HttpStatus status = refusal.kind() == ReportRefusal.Kind.OTHER_AGENCY ? HttpStatus.FORBIDDEN
                : HttpStatus.UNPROCESSABLE_CONTENT;
        return new ApiProblem(status, refusal.kind().code(), "Report refused: " + refusal.reason() + ".");
    }
}
