package org.kinerja.reporting.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Periods;
import org.kinerja.contracts.events.EvaluationPeriodChanged;
import org.kinerja.contracts.events.FeedbackGiven;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.reporting.domain.EvaluationPeriod;
import org.kinerja.reporting.domain.EvaluationWindow;
import org.kinerja.reporting.domain.FeedbackRules;
import org.kinerja.reporting.domain.ReportRules.KnownEmployee;

/**
 * The evaluation of an employee for a period: self-assessment by the employee, the two ratings, finalisation and
 * locking by their pejabat penilai, reopening by the region's administrator only (with a reason, audited as an
 * event); and feedback, each kind from whom the rules allow. Every change is an event.
 */
public class ManageEvaluation {

    /** How a region evaluates within the year, besides the annual evaluation every region has. */
    private final EvaluationStore store;
    private final ReportingDirectory directory;
    private final Periods.Cadence cadence;
    private final EvaluationWindow window;
    private final boolean numericMode;
    /** In the region's time zone: "today" is the region's day. */
    private final Clock clock;

    public ManageEvaluation(EvaluationStore store, ReportingDirectory directory, Periods.Cadence cadence,
            EvaluationWindow window, boolean numericMode, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.cadence = cadence;
        this.window = window;
        this.numericMode = numericMode;
        this.clock = clock;
    }

    public EvaluationPeriod find(Caller caller, String employeeId, String period) {
        KnownEmployee employee = directory.requireEmployee(employeeId);
        requireMayRead(caller, employee);
        return store.find(employeeId, period).orElseGet(() -> opened(employee, period));
    }

    /**
     * The employee's periods that have been acted on, by period (one not listed is still OPEN); read by whoever
     * reads one of them.
     */
    public List<EvaluationPeriod> periods(Caller caller, String employeeId) {
        requireMayRead(caller, directory.requireEmployee(employeeId));
        return store.periodsOf(employeeId);
    }

    public EvaluationPeriod selfAssess(Caller caller, String employeeId, String period, String text) {
        KnownEmployee employee = directory.requireEmployee(employeeId);
        if (!caller.isEmployee(employeeId)) {
            throw Refusal.notAllowed("not-your-evaluation", "Only employee " + employeeId
                    + " gives their self-assessment.");
        }
        requireEvaluable(employee, period);
        return change(caller, employee, period, p -> p.selfAssess(text), null);
    }

    /**
     * The penilai's ratings; where the region uses the PP 30/2019 numbers (KINERJA_LEGACY_SCORE) also the numeric
     * Perilaku value and the innovation of the period, refused elsewhere (the number would decide nothing).
     */
    public EvaluationPeriod rate(Caller caller, String employeeId, String period, EvaluationPeriod.Rating results,
            EvaluationPeriod.Rating behaviour, java.math.BigDecimal perilakuValue, String innovation) {
        KnownEmployee employee = penilaiOnly(caller, employeeId);
        requireEvaluable(employee, period);
        if (!numericMode && (perilakuValue != null || innovation != null)) {
            throw Refusal.invalid("numeric-perilaku-not-used", "This region evaluates by the PermenPANRB "
                    + "6/2022 ratings alone; a numeric Perilaku value and an innovation count only where the PP "
                    + "30/2019 numbers are used (KINERJA_LEGACY_SCORE=true).");
        }
        return change(caller, employee, period, p -> p.rate(results, behaviour, perilakuValue, innovation), null);
    }

    public EvaluationPeriod finalise(Caller caller, String employeeId, String period) {
        return change(caller, penilaiOnly(caller, employeeId), period, EvaluationPeriod::finalise, null);
    }

    public EvaluationPeriod lock(Caller caller, String employeeId, String period) {
        KnownEmployee employee = directory.requireEmployee(employeeId);
        if (!caller.isAdmin() && !caller.isPenilai(employee.penilaiId())) {
            throw Refusal.notAllowed("not-the-penilai", "Only the penilai or the administrator locks a period.");
        }
        return change(caller, employee, period, EvaluationPeriod::lock, null);
    }

    public EvaluationPeriod reopen(Caller caller, String employeeId, String period, String reason) {
        if (!caller.isAdmin()) {
            throw Refusal.notAllowed("admin-only", "Only the region's administrator reopens a locked period.");
        }
        return change(caller, directory.requireEmployee(employeeId), period, p -> p.reopen(reason), reason);
    }

    /**
     * The evaluation an upheld objection opens again for the penilai: recorded by whoever decided the objection (the
     * atasan penilai, or the administrator for the kepala daerah), with the decision's note as the reason.
     */
    public EvaluationPeriod reopenForUpheldObjection(Caller decider, String employeeId, String period,
            String decisionNote) {
        return change(decider, directory.requireEmployee(employeeId), period,
                p -> p.reopenForUpheldObjection(decisionNote), EvaluationPeriod.upheldReason(decisionNote));
    }

    /**
     * The atasan penilai's own ratings of an upheld objection (where the region says so): the evaluation is reopened,
     * rated and finalised by the one who decided, three audited events.
     */
    public EvaluationPeriod rateForUpheldObjection(Caller decider, String employeeId, String period,
            String decisionNote, EvaluationPeriod.Rating results, EvaluationPeriod.Rating behaviour) {
        KnownEmployee employee = directory.requireEmployee(employeeId);
        change(decider, employee, period, p -> p.reopenForUpheldObjection(decisionNote),
                EvaluationPeriod.upheldReason(decisionNote));
        change(decider, employee, period, p -> p.rate(results, behaviour), null);
        return change(decider, employee, period, EvaluationPeriod::finalise, null);
    }

    public EvaluationStore.Feedback giveFeedback(Caller caller, String employeeId, String period,
            FeedbackRules.Kind kind, String rhkId, FeedbackRules.Behaviour behaviour, String text, Integer score) {
        if (score != null && (kind != FeedbackRules.Kind.SUPERVISOR || behaviour == null)) {
            throw Refusal.invalid("score-not-allowed", "A score (0-100) is the penilai's score of one "
                    + "BerAKHLAK value: give it with kind SUPERVISOR and a behaviour.");
        }
        KnownEmployee subject = directory.requireEmployee(employeeId);
        if (!Periods.valid(period)) {
            throw Refusal.invalid("invalid-period", "A period is a year (2026), a month (2026-03) or a "
                    + "quarter (2026-Q1).");
        }
        String giverPenilai = directory.findEmployee(caller.subject()).map(KnownEmployee::penilaiId).orElse(null);
        String giverAgency = caller.agencyId();
        FeedbackRules.refusal(kind, caller.subject(), giverAgency, giverPenilai, subject).ifPresent(reason -> {
            throw Refusal.notAllowed("feedback-not-allowed", "Feedback refused: " + reason + ".");
        });
        Instant now = clock.instant();
        EvaluationStore.Feedback feedback = new EvaluationStore.Feedback("fb-" + UUID.randomUUID(), employeeId,
                period, kind.name(), rhkId, behaviour == null ? null : behaviour.name(), text, score, caller.subject(),
                now);
        FeedbackGiven data = new FeedbackGiven(feedback.feedbackId(), employeeId, subject.agencyId(), period,
                kind.name(), rhkId, feedback.behaviour(), text, caller.subject(), now, score);
        store.addFeedback(feedback, OutgoingEvent.of(EventType.FEEDBACK_GIVEN, "feedback:" + feedback.feedbackId(),
                "/agencies/" + subject.agencyId(), employeeId, feedback.feedbackId(), now, data));
        return feedback;
    }

    public java.util.List<EvaluationStore.Feedback> feedback(Caller caller, String employeeId, String period) {
        requireMayRead(caller, directory.requireEmployee(employeeId));
        return store.feedbackOf(employeeId, period);
    }

    private EvaluationPeriod change(Caller caller, KnownEmployee employee, String period,
            UnaryOperator<EvaluationPeriod> transition, String reason) {
        EvaluationPeriod current = store.find(employee.employeeId(), period).orElseGet(() -> opened(employee, period));
        EvaluationPeriod next = transition.apply(current);
        Instant now = clock.instant();
        EvaluationPeriodChanged data = new EvaluationPeriodChanged(next.employeeId(), next.agencyId(), next.unitId(),
                next.period(), next.status().name(), current.version() == 0 ? null : current.status().name(),
                next.penilaiId(), name(next.hasilKerja()), name(next.perilakuKerja()), caller.subject(), reason,
                next.version(), now, caller.recordsDecisionOf(next.penilaiId()).orElse(null), next.perilakuValue(),
                next.innovation());
        OutgoingEvent event = OutgoingEvent.of(EventType.EVALUATION_PERIOD_CHANGED, "evaluation-period:"
                + next.employeeId() + ":" + next.period() + ":" + next.version(), "/agencies/" + next.agencyId(),
                next.employeeId(), next.employeeId() + ":" + next.period(), now, data);
        if (!store.save(next, event)) {
            throw Refusal.conflict("period-changed", "The period was changed by someone else meanwhile; reload.");
        }
        return next;
    }

    private EvaluationPeriod opened(KnownEmployee employee, String period) {
        boolean quarterly = period.contains("-Q");
        boolean monthly = period.length() == 7 && !quarterly;
        if ((quarterly && cadence != Periods.Cadence.QUARTERLY) || (monthly && cadence != Periods.Cadence.MONTHLY)) {
            throw Refusal.invalid("period-not-used-here", "This region evaluates " + cadence
                    + " (and yearly); '" + period + "' is not one of its periods.");
        }
        return EvaluationPeriod.open(employee.employeeId(), employee.agencyId(), employee.unitId(), period,
                employee.penilaiId());
    }

    /**
     * A period is evaluated once it can be: started, in its rating window, and planned (an approved SKP for its
     * year: without targets there is nothing to evaluate against).
     */
    private void requireEvaluable(KnownEmployee employee, String period) {
        if (!Periods.valid(period)) {
            return; // opened(...) refuses it with invalid-period
        }
        window.refusal(period, LocalDate.now(clock)).ifPresent(violation -> {
            throw Refusal.invalid(violation.code(), violation.getMessage());
        });
        int year = Periods.yearOf(period);
        if (!directory.hasApprovedPlan(employee.employeeId(), year)) {
            throw Refusal.invalid("no-approved-skp", "Employee " + employee.employeeId() + " has no "
                    + "approved SKP for " + year + ": a period is evaluated against the approved plan's targets.");
        }
    }

    private KnownEmployee penilaiOnly(Caller caller, String employeeId) {
        KnownEmployee employee = directory.requireEmployee(employeeId);
        if (!caller.decidesAs(employee.penilaiId())) {
            throw Refusal.notAllowed("not-the-penilai", employee.penilaiId() == null
                    ? "Employee " + employeeId + " has no pejabat penilai yet: the head of an OPD is rated once the "
                            + "administrator records the region's leadership (Sekda and kepala daerah)."
                    : "Only the pejabat penilai of employee " + employeeId + " rates and finalises their evaluation"
                            + " (the administrator records the kepala daerah's).");
        }
        return employee;
    }


    /** An evaluation is read by the employee's readers (their penilai and atasan penilai too) and their agency. */
    private static void requireMayRead(Caller caller, KnownEmployee employee) {
        if (!ReportReadAccess.readsOrActsFor(caller, employee)) {
            throw Refusal.notAllowed("not-your-agency", "An evaluation is visible to the employee, their penilai "
                    + "and atasan penilai, their agency's HR operators, the administrator and leaders.");
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
