package org.kinerja.reporting.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.reporting.domain.ReportRefusal;
import org.kinerja.reporting.domain.ReportRules;
import org.kinerja.reporting.domain.Submitter;

/** The one validation every path (REST, Kafka intake) goes through, against the local projections. */
public class ReportValidation {

    private final ReportingDirectory directory;
    private final Clock clock;

    public ReportValidation(ReportingDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public Optional<ReportRefusal> check(ActivityReported report, Submitter submitter) {
        ReportRules.Claim claim = new ReportRules.Claim(report.employeeId(), report.agencyId(), report.indicatorId(),
                report.activityDate());
        return ReportRules.check(claim, submitter, directory.findEmployee(report.employeeId()),
                directory.findIndicator(report.indicatorId()), LocalDate.now(clock));
    }
}
