package org.kinerja.reporting.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.reporting.domain.EvidencePolicy;
import org.kinerja.reporting.domain.ReportRefusal;
import org.kinerja.reporting.domain.ReportRules;
import org.kinerja.reporting.domain.Submitter;

/** The one validation every path (REST, Kafka intake) goes through, against the local projections. */
public class ReportValidation {

    private final ReportingDirectory directory;
    private final ActivityView view;
    private final long dailyCapMinutes;
    private final EvidencePolicy evidence;
    private final Clock clock;

    public ReportValidation(ReportingDirectory directory, ActivityView view, long dailyCapMinutes,
            EvidencePolicy evidence, Clock clock) {
        this.directory = directory;
        this.view = view;
        this.dailyCapMinutes = dailyCapMinutes;
        this.evidence = evidence;
        this.clock = clock;
    }

    public Optional<ReportRefusal> check(ActivityReported report, Submitter submitter) {
        return check(report, submitter, 0);
    }

    /**
     * Checks a report; {@code minutesAlongside} are minutes of the same employee and day that are being submitted
     * together with it (a bulk call) and are not in the view yet.
     */
    public Optional<ReportRefusal> check(ActivityReported report, Submitter submitter, long minutesAlongside) {
        ReportRules.Claim claim = new ReportRules.Claim(report.employeeId(), report.agencyId(), report.indicatorId(),
                report.activityDate(), report.startTime(), report.endTime(),
                ActivityReported.FIELD.equals(report.reportType()), report.location() != null);
        Optional<ReportRules.ApprovedIndicator> indicator = directory.findIndicator(report.indicatorId());
        Optional<ReportRefusal> refusal = ReportRules.check(claim, submitter,
                directory.findEmployee(report.employeeId()), indicator, LocalDate.now(clock));
        if (refusal.isEmpty()) {
            refusal = ReportRules.checkEvidence(indicator.orElseThrow(), evidence, false, report.evidenceUrl());
        }
        if (refusal.isPresent()) {
            return refusal;
        }
        long logged = report.minutes().isPresent()
                ? view.minutesLogged(report.employeeId(), report.activityDate(), report.reportId()) + minutesAlongside
                : 0;
        return ReportRules.checkTimeSpan(claim, new ReportRules.DailyWork(dailyCapMinutes, logged));
    }
}
