package org.kinerja.reporting.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.RealisationReported;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.security.Caller;
import org.kinerja.reporting.domain.EvidencePolicy;
import org.kinerja.reporting.domain.ReportRefusal;
import org.kinerja.reporting.domain.ReportRules;
import org.kinerja.reporting.domain.Submitter;

/**
 * Realisasi per indicator per month or quarter, event-first like reports: the same checks as a report (employee,
 * agency, approved indicator, not in the future), plus the budget for a cost indicator and an explanation when the
 * figure falls short of the period's target. The same indicator and period again replaces it (the next revision).
 */
public class ReportRealisation {

    /** Where accepted realisations are read back (built from reporting.activities.v1). */
    public interface RealisationView {
        void save(RealisationReported realisation);

        Optional<RealisationReported> find(String realisationId);

        List<RealisationReported> ofEmployee(String employeeId);
    }

    private final ReportingDirectory directory;
    private final RealisationView view;
    private final ActivityEvents events;
    private final EvidencePolicy evidence;
    private final Clock clock;

    public ReportRealisation(ReportingDirectory directory, RealisationView view, ActivityEvents events,
            EvidencePolicy evidence, Clock clock) {
        this.directory = directory;
        this.view = view;
        this.events = events;
        this.evidence = evidence;
        this.clock = clock;
    }

    public RealisationReported report(Caller caller, String employeeId, String agencyId, String indicatorId,
            String period, BigDecimal realisation, BigDecimal budget, String evidenceUrl, String explanation) {
        Submitter submitter = SubmitActivity.submitter(caller);
        RealisationReported candidate = new RealisationReported(null, employeeId, agencyId, indicatorId, period,
                realisation, null, budget, evidenceUrl, explanation, 1, caller.subject(), clock.instant());
        check(candidate, submitter).ifPresent(r -> {
            throw SubmitActivity.problem(r);
        });
        return publish(candidate, "/agencies/" + agencyId);
    }

    /**
     * The checks of a realisation, whichever way it came (REST, or an agency's system over Kafka): those of a report
     * (employee, agency, approved indicator, not in the future), its evidence where required, the budget of a cost
     * indicator, the explanation of a shortfall.
     */
    public Optional<ReportRefusal> check(RealisationReported candidate, Submitter submitter) {
        ReportRules.Claim claim = new ReportRules.Claim(candidate.employeeId(), candidate.agencyId(),
                candidate.indicatorId(), firstDay(candidate.period()));
        Optional<ReportRules.ApprovedIndicator> indicator = directory.findIndicator(candidate.indicatorId());
        Optional<ReportRefusal> refusal = ReportRules.check(claim, submitter,
                directory.findEmployee(candidate.employeeId()), indicator, LocalDate.now(clock));
        if (refusal.isPresent()) {
            return refusal;
        }
        refusal = ReportRules.checkEvidence(indicator.orElseThrow(), evidence, true, candidate.evidenceUrl());
        return refusal.isPresent() ? refusal : ReportRules.checkRealisation(indicator.get(), candidate.period(),
                candidate.realisation(), candidate.budgetRealisation(), candidate.explanation());
    }

    /** Publishes a checked realisation as the next revision of its indicator and period. */
    public RealisationReported publish(RealisationReported candidate, String source) {
        RealisationReported reported = numbered(candidate);
        events.publish(event(reported, source));
        return reported;
    }

    /** The same without waiting: the future completes once Kafka acknowledged it. */
    public CompletableFuture<?> send(RealisationReported candidate, String source) {
        return events.send(event(numbered(candidate), source));
    }

    /** The candidate as the next revision of its employee, indicator and period, with the period's target. */
    private RealisationReported numbered(RealisationReported candidate) {
        String id = candidate.employeeId() + ":" + candidate.indicatorId() + ":" + candidate.period();
        int revision = view.find(id).map(r -> r.revision() + 1).orElse(1);
        BigDecimal target = directory.findIndicator(candidate.indicatorId())
                .map(i -> i.periodTargets().get(candidate.period())).orElse(null);
        return new RealisationReported(id, candidate.employeeId(), candidate.agencyId(),
                candidate.indicatorId(), candidate.period(), candidate.realisation(), target,
                candidate.budgetRealisation(), candidate.evidenceUrl(), candidate.explanation(), revision,
                candidate.reportedBy(), clock.instant());
    }

    private static OutgoingEvent event(RealisationReported reported, String source) {
        return OutgoingEvent.of(EventType.REALISATION_REPORTED, "realisation:" + reported.realisationId() + ":"
                + reported.revision(), source, reported.employeeId(), reported.realisationId(), reported.reportedAt(),
                reported);
    }

    public List<RealisationReported> ofEmployee(Caller caller, String employeeId) {
        new ReportReadAccess(directory).requirePersonal(caller, employeeId);
        return view.ofEmployee(employeeId);
    }

    /** The first day of a month (yyyy-mm) or quarter (yyyy-Qn). */
    static LocalDate firstDay(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        String rest = period.substring(5);
        int month = rest.startsWith("Q") ? (Integer.parseInt(rest.substring(1)) - 1) * 3 + 1
                : Integer.parseInt(rest);
        return LocalDate.of(year, month, 1);
    }
}
