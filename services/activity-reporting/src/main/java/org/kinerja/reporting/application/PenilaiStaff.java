package org.kinerja.reporting.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.kinerja.contracts.Periods;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.reporting.domain.EvaluationPeriod;
import org.kinerja.reporting.domain.Objection;
import org.kinerja.reporting.domain.PeriodStatus;
import org.kinerja.reporting.domain.ReportRules.KnownEmployee;

/**
 * What a pejabat penilai's work list needs of reporting, for all their staff at once: each employee's periods acted on,
 * the objections against final annual evaluations, and how much work they logged in a month (Monitoring Pengisian).
 * One call however many staff a penilai has, so a work list costs the same for two staff or forty.
 */
public class PenilaiStaff {

    /** A period (or an objection against it) and where it stands. */
    public record State(String period, String status) {
    }

    /**
     * One employee the penilai oversees: {@code relation} PENILAI or ATASAN_PENILAI; the month's reports (withdrawn
     * ones left out) and the last day logged, for the staff they rate.
     */
    public record Staff(String employeeId, String relation, List<State> periods, List<State> objections,
            int reportsInMonth, LocalDate lastReportDay) {
    }

    private final ReportingDirectory directory;
    private final EvaluationStore evaluations;
    private final ManageObjection.ObjectionStore objections;
    private final ActivityView activities;

    public PenilaiStaff(ReportingDirectory directory, EvaluationStore evaluations,
            ManageObjection.ObjectionStore objections, ActivityView activities) {
        this.directory = directory;
        this.evaluations = evaluations;
        this.objections = objections;
        this.activities = activities;
    }

    /** Read by the penilai themselves, their agency's HR operator, the region's administrator and leaders. */
    public List<Staff> of(Caller caller, String penilaiId, YearMonth month) {
        if (!caller.readsWorkListOf(penilaiId, () -> directory.findEmployee(penilaiId)
                .map(KnownEmployee::agencyId))) {
            throw Refusal.notAllowed("not-your-appraisees", "The work list of " + penilaiId + " is read by "
                    + penilaiId + ", their agency's HR operator and the region's administrator and leaders.");
        }
        return directory.overseenBy(penilaiId).stream().filter(e -> e.inactiveFrom() == null)
                .map(e -> staff(e, penilaiId, month)).toList();
    }

    private Staff staff(KnownEmployee employee, String penilaiId, YearMonth month) {
        boolean rates = penilaiId.equals(employee.penilaiId());
        List<EvaluationPeriod> periods = evaluations.periodsOf(employee.employeeId());
        List<State> objectionStates = new ArrayList<>();
        for (EvaluationPeriod period : periods) {
            boolean fin = period.status() == PeriodStatus.PREDICATE_SET || period.status() == PeriodStatus.LOCKED;
            if (Periods.isYear(period.period()) && fin) {
                Optional<Objection> objection = objections.find(employee.employeeId() + ":" + period.period());
                objection.ifPresent(o -> objectionStates.add(new State(period.period(), o.status().name())));
            }
        }
        List<LocalDate> days = !rates ? List.of() : activities.ofEmployee(employee.employeeId()).stream()
                .filter(a -> !a.retracted()).map(a -> a.report().activityDate())
                .filter(day -> YearMonth.from(day).equals(month)).toList();
        return new Staff(employee.employeeId(), rates ? "PENILAI" : "ATASAN_PENILAI",
                periods.stream().map(p -> new State(p.period(), p.status().name())).toList(), objectionStates,
                days.size(), days.stream().max(Comparator.naturalOrder()).orElse(null));
    }
}
