package org.kinerja.reporting.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.platform.security.Role;
import org.kinerja.reporting.domain.ReportRefusal;
import org.kinerja.reporting.domain.Submitter;

/**
 * Event-first submission over REST, one report or a month of them: validate, publish to reporting.activities.v1 and
 * wait for Kafka's acknowledgement, then answer. Nothing is written anywhere else; reporting's own view follows from
 * the topic. With an idempotency key the report id derives from it, so a retried submission is the very same report:
 * if it is already accepted the retry is a no-op, and every consumer recognises a duplicate anyway.
 */
public class SubmitActivity {

    /** The refusal of another report under an idempotency key already used: a retry sends the very same report. */
    private static final ReportRefusal KEY_REUSED = new ReportRefusal(ReportRefusal.Kind.REPORT_ID_CONFLICT,
            "another report was accepted under this Idempotency-Key; send the very same report to retry, or correct "
                    + "the accepted one");

    /** What the caller reports. */
    public record Command(String employeeId, String agencyId, String indicatorId, String reportType,
            LocalDate activityDate, LocalTime startTime, LocalTime endTime, ActivityReported.Location location,
            BigDecimal quantity, String description, String evidenceUrl, String idempotencyKey) {
    }

    /** The outcome of one report of a bulk call: its report id when accepted, or the refusal. */
    public record ItemResult(int index, String reportId, String status, String code, String detail) {
    }

    private final ReportValidation validation;
    private final ActivityEvents events;
    private final ActivityView view;
    private final ReportMetrics metrics;
    private final Clock clock;

    public SubmitActivity(ReportValidation validation, ActivityEvents events, ActivityView view,
            ReportMetrics metrics, Clock clock) {
        this.validation = validation;
        this.events = events;
        this.view = view;
        this.metrics = metrics;
        this.clock = clock;
    }

    public ActivityReported submit(Caller caller, Command command) {
        ActivityReported report = build(command);
        Submitter submitter = submitter(caller);
        Optional<ReportedActivity> already = alreadyAccepted(command, report, submitter);
        if (already.isPresent()) {
            if (!already.get().acceptedAs(report)) {
                metrics.refused(report.agencyId(), ReportMetrics.Channel.REST, KEY_REUSED);
                throw problem(KEY_REUSED);
            }
            return already.get().report();
        }
        validation.check(report, submitter).ifPresent(refusal -> {
            metrics.refused(report.agencyId(), ReportMetrics.Channel.REST, refusal);
            throw problem(refusal);
        });
        events.publish(event(report, "/agencies/" + report.agencyId()));
        metrics.accepted(report.agencyId(), ReportMetrics.Channel.REST);
        return report;
    }

    /**
     * A bulk call (an agency sending a month of reports): each report is held to the same checks as a single one,
     * minutes of the same employee and day within the call count toward the cap together, and all accepted reports
     * are published before the answer. Refused reports are listed with their reason; the others are accepted.
     */
    public List<ItemResult> submitAll(Caller caller, List<Command> commands) {
        Submitter submitter = submitter(caller);
        Map<String, Long> minutesInCall = new HashMap<>();
        List<ItemResult> results = new ArrayList<>();
        List<ActivityReported> accepted = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            ActivityReported report = build(commands.get(i));
            Optional<ReportedActivity> already = alreadyAccepted(commands.get(i), report, submitter);
            if (already.isPresent() && already.get().acceptedAs(report)) {
                results.add(new ItemResult(i, report.reportId(), "ALREADY_ACCEPTED", null, null));
                continue;
            }
            if (already.isPresent()) {
                metrics.refused(report.agencyId(), ReportMetrics.Channel.REST, KEY_REUSED);
                results.add(new ItemResult(i, null, "REFUSED", KEY_REUSED.kind().code(),
                        problem(KEY_REUSED).getMessage()));
                continue;
            }
            String day = report.employeeId() + "/" + report.activityDate();
            Optional<ReportRefusal> refusal = validation.check(report, submitter, minutesInCall.getOrDefault(day, 0L));
            if (refusal.isPresent()) {
                metrics.refused(report.agencyId(), ReportMetrics.Channel.REST, refusal.get());
                results.add(new ItemResult(i, null, "REFUSED", refusal.get().kind().code(),
                        problem(refusal.get()).getMessage()));
                continue;
            }
            minutesInCall.merge(day, report.minutes().orElse(0), Long::sum);
            accepted.add(report);
            results.add(new ItemResult(i, report.reportId(), "ACCEPTED", null, null));
        }
        events.publishAll(accepted.stream()
                .map(report -> event(report, "/agencies/" + report.agencyId())).toList());
        accepted.forEach(report -> metrics.accepted(report.agencyId(), ReportMetrics.Channel.REST));
        return results;
    }

    private ActivityReported build(Command command) {
        String reportId = command.idempotencyKey() == null ? "rpt-" + UUID.randomUUID()
                : "rpt-" + UUID.nameUUIDFromBytes((command.employeeId() + "/" + command.idempotencyKey())
                        .getBytes(StandardCharsets.UTF_8));
        return new ActivityReported(reportId, command.employeeId(), command.agencyId(), command.indicatorId(),
                command.reportType() == null ? ActivityReported.DAILY : command.reportType(), command.activityDate(),
                command.startTime(), command.endTime(), command.location(), command.quantity(),
                command.description(), command.evidenceUrl(), clock.instant());
    }

    /**
     * The report accepted before under the same idempotency key, if the caller may report for its employee: to anyone
     * else the key is no proof of anything, and the report goes on to the checks that refuse it (an answer of
     * "already accepted" would tell another agency that the employee reported under that key). Another report under
     * a key already used is refused: a retry must send the very same report.
     */
    private Optional<ReportedActivity> alreadyAccepted(Command command, ActivityReported report,
            Submitter submitter) {
        if (command.idempotencyKey() == null) {
            return Optional.empty();
        }
        return view.find(report.reportId()).filter(accepted -> submitter.mayReportFor(
                accepted.report().employeeId(), accepted.report().agencyId()));
    }

    /** Who submits, as the report rules see the verified caller. */
    static Submitter submitter(Caller caller) {
        return new Submitter(caller.has(Role.EMPLOYEE) ? caller.subject() : null,
                caller.actsForAgency(caller.agencyId()) ? caller.agencyId() : null, caller.isAdmin());
    }

    static OutgoingEvent event(ActivityReported report, String source) {
        return OutgoingEvent.of(EventType.ACTIVITY_REPORTED, "activity-reported:" + report.reportId(), source,
                report.employeeId(), report.reportId(), report.reportedAt(), report);
    }

    static Refusal problem(ReportRefusal refusal) {
        Refusal.Kind kind = refusal.kind() == ReportRefusal.Kind.OTHER_AGENCY ? Refusal.Kind.NOT_ALLOWED
                : Refusal.Kind.INVALID;
        return new Refusal(kind, refusal.kind().code(), "Report refused: " + refusal.reason() + ".");
    }
}
